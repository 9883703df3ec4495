import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument, toggleChecklistItem, applyEdits } from '../../../server/src/core';
import { memoryService } from '../../support/workspace';
import { DIR, FILES, TASK } from './sample';

describe('task tree', () => {
  it('rolls progress up and lists named items without files as missing', () => {
    const { service, uri } = memoryService(FILES);
    const tree = service.taskTree();
    assert.equal(tree.epics.length, 1);
    const epic = tree.epics[0]!;
    assert.equal(epic.id, '0001');
    assert.equal(epic.title, 'Shopping List');
    assert.equal(epic.status, 'IN_DEVELOPMENT');
    assert.equal(epic.file, uri(`${DIR}/0001 - Shopping List.md`));
    assert.deepEqual(epic.progress, { done: 2, inProgress: 1, todo: 2, total: 5 });
    const story = epic.stories[0]!;
    assert.equal(story.title, 'Items');
    assert.deepEqual(
      story.tasks.map((t) => [t.id, t.title, t.missing ?? false]),
      [
        ['0001.02.03', 'Add item', false],
        ['0001.02.04', '', true],
      ],
    );
    assert.equal(story.tasks[0]!.qaStatus, 'QA_PENDING');
    assert.equal(story.tasksTotal, 2);
    assert.equal(story.tasksCompleted, 0);
  });

  it('creates missing parents from a lone task file, named by the task file name', () => {
    const { service } = memoryService({ [`${DIR}/0002.01.01 - Billing - Invoices - Send invoice.md`]: '# Task [0002.01.01] - Send invoice\n\n- [x] done\n' });
    const epic = service.taskTree().epics[0]!;
    assert.deepEqual([epic.id, epic.title, epic.missing], ['0002', 'Billing', true]);
    const story = epic.stories[0]!;
    assert.deepEqual([story.id, story.title, story.missing], ['0002.01', 'Invoices', true]);
    assert.equal(story.tasks[0]!.tasksCompleted, 1);
  });

  it('reads the plugin layout under docs/DEVELOPMENT-PLAN', () => {
    const { service } = memoryService({
      'docs/DEVELOPMENT-PLAN/0003 - SEARCH.md': '# Epic 0003 - SEARCH\n\n**Status**: NOT_STARTED\n',
      'docs/DEVELOPMENT-PLAN/0003.01 - INDEX.md': '# Story 0003.01 - INDEX\n',
      'docs/DEVELOPMENT-PLAN/0003.01.01 - TOKENISE.md': '# Task 0003.01.01 - TOKENISE\n\n**Development Status**: COMPLETED\n\n- ✅ split words\n',
    });
    const epic = service.taskTree().epics[0]!;
    assert.equal(epic.title, 'SEARCH');
    assert.equal(epic.stories[0]!.tasks[0]!.title, 'TOKENISE');
    assert.equal(epic.stories[0]!.tasks[0]!.status, 'COMPLETED');
    assert.equal(epic.progress.done, 1);
  });

  it('updates when a task file changes', () => {
    const { service, uri } = memoryService(FILES);
    const taskUri = uri(`${DIR}/0001.02.03 - Shopping List - Items - Add item.md`);
    service.openDocument(taskUri, 2, TASK.replace('- ⬜ Persist the list', '- ✅ Persist the list'));
    assert.equal(service.taskTree().epics[0]!.progress.done, 3);
  });
});

describe('checklist toggling', () => {
  const doc = parseDocument('file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02.03%20-%20A.md', 1, TASK, 'task');
  const lineOf = (text: string) => TASK.split('\n').indexOf(text);
  const toggled = (text: string) => {
    const edit = toggleChecklistItem(doc, lineOf(text));
    assert.ok(edit, text);
    return applyEdits(TASK, [edit]).text.split('\n')[lineOf(text)];
  };
  it('flips GFM boxes', () => {
    assert.equal(toggled('- [x] An item can be typed into the box'), '- [ ] An item can be typed into the box');
    assert.equal(toggled('- [ ] Pressing Enter adds the item'), '- [x] Pressing Enter adds the item');
  });
  it('moves emoji items ⬜ → 🔄 → ✅ → ⬜', () => {
    assert.equal(toggled('- ⬜ Persist the list'), '- 🔄 Persist the list');
    assert.equal(toggled('- 🔄 Enter key handler'), '- ✅ Enter key handler');
    assert.equal(toggled('- ✅ Input field'), '- ⬜ Input field');
  });
  it('answers nothing on a line without an item', () => {
    assert.equal(toggleChecklistItem(doc, 0), undefined);
  });
  it('lists items with their marker ranges through the service', () => {
    const { service, uri } = memoryService(FILES);
    const list = service.taskChecklist(uri(`${DIR}/0001.02.03 - Shopping List - Items - Add item.md`))!;
    assert.equal(list.items.length, 5);
    assert.deepEqual(list.items[2]!.range, {
      start: { line: lineOf('- ✅ Input field'), character: 2 },
      end: { line: lineOf('- ✅ Input field'), character: 3 },
    });
  });
});
