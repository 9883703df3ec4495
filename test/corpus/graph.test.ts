/**
 * `agent-docs graph` on the two generations of resin.ai's flow in the corpus, read in place: the
 * legacy flow's unrouted `MISSING_TASK_FILES` of quality-assurance (develop.md's
 * `### quality-assurance:` leaves it out), and the plugin flow's transitions table as edges
 * between its states, in JSON and in Mermaid.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sharedPath } from '../support/shared';

const corpus = sharedPath('corpus');
const CLI = join(__dirname, '../../../out/server/src/cli/main.js');
const LEGACY = 'suxxes__resin.ai__legacy-4657b17';
const PLUGIN = 'suxxes__resin.ai';

interface Graph {
  nodes: { id: string; kind: string; file: string; line: number }[];
  edges: {
    from: string;
    to: string | null;
    code: string | null;
    routed: boolean;
    kind: string;
    end?: string;
    rows: { file: string; line: number; role: string }[];
  }[];
}

function graph(format: string, path: string): string {
  const r = spawnSync(process.execPath, [CLI, 'graph', '--format', format, path], { cwd: corpus!, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('agent-docs graph on resin.ai (corpus)', { skip: corpus ? false : 'corpus not found' }, () => {
  it("legacy flow, json: every declaring agent and /develop, quality-assurance's MISSING_TASK_FILES routed nowhere", () => {
    const g = JSON.parse(graph('json', LEGACY)) as Graph;
    assert.deepEqual(
      g.nodes.map((n) => `${n.kind} ${n.id}`),
      [
        'orchestrator /develop',
        'agent project-manager',
        'agent feature-lead',
        ...['nextjs', 'python', 'swift', 'tauri', 'tauri-rust', 'tauri-typescript', 'typescript'].map((d) => `agent developer-${d}`),
        'agent quality-assurance',
      ],
    );
    const develop = g.nodes.find((n) => n.id === '/develop')!;
    assert.equal(develop.file, `${LEGACY}/commands/develop.md`);
    const unrouted = g.edges.filter((e) => !e.routed);
    assert.deepEqual(
      unrouted.map((e) => `${e.from} ${e.code} ${e.to}`),
      ['quality-assurance MISSING_TASK_FILES null'],
    );
    assert.deepEqual(
      unrouted[0]!.rows.map((r) => `${r.role} ${r.file}:${r.line}`),
      [`declaration ${LEGACY}/agents/quality-assurance.md:154`, `omission ${LEGACY}/commands/develop.md:499`],
    );
    // Every other code quality-assurance declares goes back to /develop, routed.
    assert.deepEqual(
      g.edges.filter((e) => e.from === 'quality-assurance' && e.routed).map((e) => `${e.code} → ${e.to}`),
      ['CRITICAL_FAILURE → /develop', 'ENHANCEMENT_REQUIRED → /develop', 'FAILURE_TO_DEV → /develop', 'SUCCESS_TO_FL_FINAL → /develop'],
    );
    assert.equal(g.edges.length, 50);
  });

  it('legacy flow, mermaid: the unrouted code is a dashed edge to a "not routed" node', () => {
    const text = graph('mermaid', LEGACY);
    assert.match(text, /^flowchart LR$/m);
    const qa = /^ {2}(n\d+)\["quality-assurance"\]$/m.exec(text)![1]!;
    const end = /^ {2}(x\d+)\(\["not routed"\]\)$/m.exec(text)![1]!;
    assert.match(text, new RegExp(`^  ${qa} -\\.->\\|"MISSING_TASK_FILES"\\| ${end}$`, 'm'));
    assert.equal(text.match(/-\.->/g)!.length, 1, 'only the one unrouted code is dashed');
  });

  it('plugin flow, json: each row of the transitions table is an edge between states', () => {
    const g = JSON.parse(graph('json', PLUGIN)) as Graph;
    assert.deepEqual(
      g.nodes.filter((n) => n.kind === 'state').map((n) => n.id),
      ['INIT', 'LOOP', 'WORK', 'TEST', 'DONE', 'QUIZ'],
    );
    const transitions = g.edges.filter((e) => e.kind === 'transition');
    assert.deepEqual(
      transitions.map((e) => `${e.from} ${e.code} ${e.to ?? `(${e.end})`} ${e.rows[0]!.line}`),
      [
        'INIT FAILURE (exit) 37',
        'INIT MISSING (exit) 38',
        'INIT SUCCESS LOOP 36',
        'INIT SUCCESS WORK 36',
        'WORK FAILURE (exit) 40',
        'WORK PARTIAL WORK 41',
        'WORK SUCCESS TEST 39',
        'WORK TIMEOUT WORK 42',
        'TEST FAILURE WORK 44',
        'TEST PARTIAL TEST 45',
        'TEST SUCCESS DONE 43',
        'DONE FAILURE (runtime) 47',
        'DONE MISSING (runtime) 48',
        'DONE SUCCESS LOOP 46',
      ],
    );
    assert.ok(transitions.every((e) => e.routed && e.rows[0]!.file === `${PLUGIN}/orchestrator/resources/STATE-MACHINE/RETURN-CODES.md`));
    // The five agents hand the table's codes back; every one is routed.
    assert.deepEqual(
      [...new Set(g.edges.filter((e) => e.kind === 'return').map((e) => e.from))],
      ['developer', 'feature-manager', 'product-manager', 'project-manager', 'quality-assurance'],
    );
    assert.ok(g.edges.every((e) => e.routed));
  });

  it('plugin flow, mermaid: the transitions as labelled edges between state nodes', () => {
    const text = graph('mermaid', PLUGIN);
    const id = (state: string) => new RegExp(`^ {2}(n\\d+)\\(\\["${state}"\\]\\)$`, 'm').exec(text)![1]!;
    for (const [from, code, to] of [
      ['INIT', 'SUCCESS', 'LOOP'],
      ['INIT', 'SUCCESS', 'WORK'],
      ['WORK', 'SUCCESS', 'TEST'],
      ['WORK', 'TIMEOUT', 'WORK'],
      ['TEST', 'FAILURE', 'WORK'],
      ['TEST', 'SUCCESS', 'DONE'],
      ['DONE', 'SUCCESS', 'LOOP'],
    ]) {
      assert.match(text, new RegExp(`^  ${id(from!)} -->\\|"${code}"\\| ${id(to!)}$`, 'm'), `${from} ${code} → ${to}`);
    }
  });
});
