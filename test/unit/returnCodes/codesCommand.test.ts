import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatText } from '../../../server/src/cli/codesCommand';
import { routingTable } from '../../../server/src/core/returnCodes/routing';
import { flow } from './flow';

const REPO_ROOT = join(__dirname, '../../../..');
const CLI = join(REPO_ROOT, 'out/server/src/cli/main.js');

describe('agent-docs codes', () => {
  it('builds the routing table: agent → codes → who routes them', () => {
    const { service } = flow();
    const table = routingTable(service.index);
    assert.deepEqual(
      table.agents.map((a) => [
        a.agent,
        a.codes.map((c) => `${c.code}:${c.routedBy.map((r) => `${r.section}@${r.line}`)}|${c.notRoutedBy.map((r) => `${r.section}@${r.line}`)}`),
      ]),
      [
        ['developer-web', ['SUCCESS_TO_QUALITY_ASSURANCE:developer-*@20|', 'FAILURE_CONTINUE:developer-*@21|']],
        [
          'quality-assurance',
          ['SUCCESS_TO_FL_FINAL:quality-assurance@24|', 'FAILURE_TO_DEV:quality-assurance@25|', 'MISSING_TASK_FILES:|quality-assurance@23'],
        ],
      ],
    );
    assert.deepEqual(table.deadRoutes, []);
    assert.match(formatText(table), /MISSING_TASK_FILES\s+NOT ROUTED by .*develop\.md:23 \(quality-assurance\)/);
  });

  it('says so when nothing is declared', () => {
    assert.equal(formatText({ agents: [], deadRoutes: [] }), 'No return codes declared.\n');
  });

  it('prints JSON for a folder, with dead routes', () => {
    const r = spawnSync(process.execPath, [CLI, 'codes', '--format', 'json', 'test/fixtures/rules/return-code-not-declared'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      agents: { agent: string; codes: { code: string }[] }[];
      deadRoutes: { code: string; section: string; line: number }[];
    };
    assert.deepEqual(
      out.agents.map((a) => a.agent),
      ['builder', 'planner', 'worker-a', 'worker-b', 'worker-old'],
    );
    assert.deepEqual(
      out.deadRoutes.map((d) => `${d.code}@${d.section}:${d.line}`),
      ['TIMEOUT_BUILD@builder:12', 'SUCCESS_PLANNED@planner:19', 'SUCCESS_HAUNTED@ghost:22'],
    );
  });

  it('rejects an unknown format as a usage error', () => {
    const r = spawnSync(process.execPath, [CLI, 'codes', '--format', 'xml'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown format "xml"/);
  });
});
