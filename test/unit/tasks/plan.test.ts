import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  defaultPlanFolder,
  idPath,
  nextPlanId,
  nodeIdOfFile,
  nodeState,
  planLayoutOf,
  problemCount,
  statusState,
  type TaskNode,
} from '../../../server/src/core';
import { branches, findBranch, keep } from '../../../server/src/lsp/taskNodes';
import { memoryService } from '../../support/workspace';

const DIR = 'docs/DEVELOPMENT_PLAN_AND_PROGRESS';

/** A task file with a status and a checklist. */
function task(id: string, status: string, items: string[]): string {
  return `# Task [${id}] - Epic - Story - Task ${id}\n\n**Development Status**: ${status}\n\n## Success Criteria\n\n${items.join('\n')}\n`;
}

describe("the plan's logic", () => {
  it('reads a task whose status is DONE as done everywhere: in the progress and in the "Not done" filter', () => {
    const { service } = memoryService({
      [`${DIR}/0001.01.01 - Epic - Story - Finished.md`]: task('0001.01.01', 'DONE', ['- [x] one', '- [ ] two']),
      [`${DIR}/0001.01.02 - Epic - Story - Open.md`]: task('0001.01.02', 'NOT_STARTED', ['- [ ] three']),
    });
    const tree = service.taskTree();
    const story = tree.epics[0]!.stories[0]!;
    // The plan's progress counts it as completed...
    assert.deepEqual([story.tasksCompleted, story.tasksTotal], [1, 2]);
    // ...so the sidebar's "Not done" filter must not show it, and must show the open one.
    const all = branches(tree);
    const none = () => 0;
    assert.equal(keep(findBranch(all, '0001.01.01')!, 'notDone', '', none), false, 'a DONE task is not "not done"');
    assert.equal(keep(findBranch(all, '0001.01.02')!, 'notDone', '', none), true);
  });

  it('reads a status in one way: done, in progress, to do, or nothing said', () => {
    assert.deepEqual(
      ['COMPLETED', 'DONE', '✅ DONE - shipped', 'IN_PROGRESS (PLANNING)', 'IN_DEVELOPMENT', 'NOT_STARTED (PENDING)', 'READY_FOR_DEVELOPMENT', '', 'tbd'].map(
        statusState,
      ),
      ['done', 'done', 'done', 'inProgress', 'inProgress', 'todo', 'todo', undefined, undefined],
    );
  });

  it('places a node by its status first, then by the work below it', () => {
    const node = (id: string, status: string | undefined, done: number, total: number, tasks = [0, 0]): TaskNode => ({
      id,
      title: '',
      ...(status ? { status } : {}),
      progress: { done, inProgress: 0, todo: total - done, total },
      tasksCompleted: tasks[0]!,
      tasksTotal: tasks[1]!,
    });
    assert.equal(nodeState(node('0001.01.01', 'DONE', 1, 3)), 'done');
    assert.equal(nodeState(node('0001.01.01', undefined, 3, 3)), 'done');
    assert.equal(nodeState(node('0001.01.01', undefined, 1, 3)), 'inProgress');
    assert.equal(nodeState(node('0001.01.01', 'NOT_STARTED', 0, 3)), 'todo');
    assert.equal(nodeState(node('0001.01.01', 'NOT_STARTED', 3, 3)), 'inProgress');
    assert.equal(nodeState(node('0001.01', undefined, 3, 3, [2, 2])), 'done');
    assert.equal(nodeState(node('0001.01', undefined, 3, 4, [1, 2])), 'inProgress');
    assert.equal(nodeState(node('0001', 'IN_DEVELOPMENT', 0, 0)), 'inProgress');
  });

  it('counts in-progress tasks for the status bar with the same definition', () => {
    const { service } = memoryService({
      [`${DIR}/0001.01.01 - Epic - Story - Finished.md`]: task('0001.01.01', 'DONE', ['- [x] one', '- [ ] two']),
      [`${DIR}/0001.01.02 - Epic - Story - Busy.md`]: task('0001.01.02', 'IN_PROGRESS', ['- [ ] three']),
    });
    const tasks = service.taskTree().epics[0]!.stories[0]!.tasks;
    assert.deepEqual(
      tasks.map((t) => nodeState(t)),
      ['done', 'inProgress'],
    );
  });

  it('gives the next free ID after the highest sibling, and none past 99', () => {
    const { service } = memoryService({
      [`${DIR}/0002 - Billing.md`]: '# Epic [0002] - Billing\n',
      [`${DIR}/0002.01.01 - Billing - Invoices - Send.md`]: task('0002.01.01', 'DONE', []),
      [`${DIR}/0002.01.07 - Billing - Invoices - Remind.md`]: task('0002.01.07', 'DONE', []),
      [`${DIR}/0002.99 - Billing - Full.md`]: '# Story [0002.99] - Billing - Full\n',
    });
    const tree = service.taskTree();
    assert.equal(nextPlanId(tree), '0003');
    assert.equal(nextPlanId(tree, '0002'), undefined, 'story 99 is taken');
    assert.equal(nextPlanId(tree, '0002.01'), '0002.01.08');
    assert.equal(nextPlanId(tree, '0009'), undefined);
    assert.deepEqual(idPath('0002.01.08'), ['0002', '0002.01', '0002.01.08']);
    assert.equal(nodeIdOfFile(tree, tree.epics[0]!.stories[0]!.tasks[1]!.file!), '0002.01.07');
  });

  it('knows both plan folders and what counts as a problem', () => {
    assert.equal(planLayoutOf('file:///ws/docs/DEVELOPMENT-PLAN/0001.01.01%20-%20X.md'), 'plugin');
    assert.equal(planLayoutOf('file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001%20-%20X.md'), 'legacy');
    assert.equal(defaultPlanFolder('file:///ws'), 'file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/');
    assert.equal(problemCount([{ severity: 'error' }, { severity: 'warning' }, { severity: 'information' }, { severity: 'hint' }]), 2);
  });
});
