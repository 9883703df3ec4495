/**
 * `agent-docs graph` as a person calls it: the example workspace's flow, and clear messages with
 * exit code 2 for a format, a path or a flow that does not exist.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const REPO = join(__dirname, '../../../..');
const CLI = join(REPO, 'out/server/src/cli/main.js');
const graph = (...args: string[]) => spawnSync(process.execPath, [CLI, 'graph', ...args], { cwd: REPO, encoding: 'utf8' });

describe('agent-docs graph (CLI)', () => {
  it("prints the example workspace's flow, its one unrouted code with to: null", () => {
    const r = graph('examples/workspace');
    assert.equal(r.status, 0, r.stderr);
    const g = JSON.parse(r.stdout) as { nodes: { id: string; file: string }[]; edges: { from: string; to: string | null; code: string; routed: boolean }[] };
    assert.deepEqual(
      g.nodes.map((n) => n.id),
      ['/develop', 'developer', 'quality-assurance', 'code-reviewer', 'feature-lead'],
    );
    assert.equal(g.nodes[0]!.file, 'examples/workspace/.claude/commands/develop.md');
    assert.deepEqual(
      g.edges.filter((e) => !e.routed),
      [{ ...g.edges.find((e) => !e.routed)!, from: 'developer', to: null, code: 'MISSING_TASK_FILES', routed: false }],
    );
    assert.equal(g.edges.length, 10);
  });

  it('picks one flow by name', () => {
    const r = graph('--flow', 'workspace', '--format', 'mermaid', 'examples/workspace');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^flowchart LR\n/);
  });

  it('says what is wrong and exits 2 on an unknown format, path or flow', () => {
    const format = graph('--format', 'png', 'examples/workspace');
    assert.equal(format.status, 2);
    assert.match(format.stderr, /unknown format "png" \(json, mermaid, dot, svg\)/);
    const path = graph('examples/no-such-folder');
    assert.equal(path.status, 2);
    assert.match(path.stderr, /no such file or directory: .*no-such-folder/);
    const flow = graph('--flow', 'nope', 'examples/workspace');
    assert.equal(flow.status, 2);
    assert.equal(flow.stderr, 'agent-docs: no flow named "nope"; the flows here: workspace\n');
    assert.equal(flow.stdout, '');
  });

  it('prints an empty graph where nothing declares a code', () => {
    const r = graph('README.md');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { nodes: [], edges: [] });
  });
});
