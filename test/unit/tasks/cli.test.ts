/**
 * `agent-docs tasks` end to end: the bundled CLI on a 10,000-task tree from the shared benchmark
 * builder, checked against totals counted here with nothing but a regex over the generated files.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DIR, FILES } from './sample';
import { sharedPath } from '../../support/shared';

const CLI = join(__dirname, '../../../../dist/cli.js');
const MAKE_TASKS = sharedPath('bench', 'make-tasks.mjs');

interface Node {
  id: string;
  title: string;
  file: string | null;
  status: string | null;
  progress: { done: number; inProgress: number; todo: number; total: number };
}
type Tree = { epics: (Node & { stories: (Node & { tasks: Node[] })[] })[] };

const run = (args: string[], cwd: string) => execFileSync(process.execPath, [CLI, 'tasks', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('agent-docs tasks', () => {
  let tmp = '';
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'agent-docs-tasks-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints the documented JSON shape for a small tree', () => {
    const ws = join(tmp, 'small');
    for (const [p, t] of Object.entries(FILES)) {
      mkdirSync(dirname(join(ws, p)), { recursive: true });
      writeFileSync(join(ws, p), t);
    }
    const tree = JSON.parse(run(['--format', 'json', 'small'], tmp)) as Tree;
    const epic = tree.epics[0]!;
    assert.deepEqual(Object.keys(epic), ['id', 'title', 'file', 'status', 'progress', 'stories']);
    const task = epic.stories[0]!.tasks[0]!;
    assert.deepEqual(task, {
      id: '0001.02.03',
      title: 'Add item',
      file: `${DIR}/0001.02.03 - Shopping List - Items - Add item.md`,
      status: 'IN_PROGRESS',
      progress: { done: 2, inProgress: 1, todo: 2, total: 5 },
    });
    assert.deepEqual(epic.stories[0]!.tasks[1], {
      id: '0001.02.04',
      title: '',
      file: null,
      status: null,
      progress: { done: 0, inProgress: 0, todo: 0, total: 0 },
    });
    const text = run(['small'], tmp);
    assert.match(text, /^Epic 0001 Shopping List IN_DEVELOPMENT +\[[█▒░]{10}\] +40% +2 done, 1 in progress, 2 to do$/m);
    assert.match(text, /^ {4}Task 0001\.02\.04 \(no file\)/m);
  });

  it('totals a 10,000-task tree the same as counting its markers', { skip: !MAKE_TASKS && 'no benchmark builder' }, () => {
    const ws = join(tmp, 'big');
    const dir = join(ws, 'docs/DEVELOPMENT_PLAN_AND_PROGRESS');
    execFileSync(process.execPath, [MAKE_TASKS!, dir, '10000']);
    const expected = { done: 0, inProgress: 0, todo: 0, tasks: 0, epics: new Set<string>(), stories: new Set<string>() };
    for (const name of readdirSync(dir)) {
      const m = /^(\d{4})\.(\d{2})\.(\d{2}) - /.exec(name);
      if (!m) continue;
      expected.tasks++;
      expected.epics.add(m[1]!);
      expected.stories.add(`${m[1]}.${m[2]}`);
      const text = readFileSync(join(dir, name), 'utf8');
      expected.done += (text.match(/^- ✅ /gmu) ?? []).length;
      expected.inProgress += (text.match(/^- 🔄 /gmu) ?? []).length;
      expected.todo += (text.match(/^- ⬜ /gmu) ?? []).length;
    }
    const tree = JSON.parse(run(['--format', 'json', 'big'], tmp)) as Tree;
    const sum = { done: 0, inProgress: 0, todo: 0, total: 0 };
    for (const e of tree.epics) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += e.progress[k];
    assert.deepEqual(sum, {
      done: expected.done,
      inProgress: expected.inProgress,
      todo: expected.todo,
      total: expected.done + expected.inProgress + expected.todo,
    });
    assert.equal(tree.epics.length, expected.epics.size);
    assert.equal(
      tree.epics.reduce((n, e) => n + e.stories.length, 0),
      expected.stories.size,
    );
    const tasks = tree.epics.flatMap((e) => e.stories.flatMap((s) => s.tasks));
    assert.equal(tasks.length, expected.tasks);
    assert.ok(tasks.every((t) => t.file !== null && t.file.startsWith('docs/DEVELOPMENT_PLAN_AND_PROGRESS/')));
    // Stories' progress is the sum of their tasks'.
    for (const s of tree.epics[0]!.stories)
      assert.equal(
        s.progress.total,
        s.tasks.reduce((n, t) => n + t.progress.total, 0),
      );
  });
});
