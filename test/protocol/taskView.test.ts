/**
 * The Tasks view's custom protocol, spoken to the bundled server: children level by level with
 * progress, filters and sort, the status-bar summary, checklist toggles, new plan items, and the
 * debounced notification naming only the branch that changed.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';
import type { TaskChildrenParams, TaskSummary, TaskTreeChangedParams, TaskTreeNode } from '../../server/src/protocol';

const DIR = 'docs/DEVELOPMENT_PLAN_AND_PROGRESS';
const task = (id: string, story: string, name: string, status: string, items: string) =>
  `# Task [${id}] - Shop - ${story} - ${name}\n\n**Task ID**: ${id}\n**Development Status**: ${status}\n**QA Validation Status**: QA_PENDING\n\n## Success Criteria\n\n${items}\n---\n\n**Development Status**: ${status}\n**QA Validation Status**: QA_PENDING\n`;

const FILES: Record<string, string> = {
  [`${DIR}/0001 - Shop.md`]: '# Epic [0001] - Shop\n\n**Status**: IN_DEVELOPMENT\n',
  [`${DIR}/0001.01 - Shop - Cart.md`]: '# Story [0001.01] - Shop - Cart\n\n**Status**: IN_DEVELOPMENT\n',
  [`${DIR}/0001.01.01 - Shop - Cart - Add.md`]: task('0001.01.01', 'Cart', 'Add', 'COMPLETED', '- [x] adds\n- [x] shows\n'),
  [`${DIR}/0001.01.02 - Shop - Cart - Remove.md`]: task('0001.01.02', 'Cart', 'Remove', 'IN_PROGRESS', '- ✅ removes\n- 🔄 undo\n- ⬜ confirm\n'),
  [`${DIR}/0002 - Admin.md`]: '# Epic [0002] - Admin\n\n**Status**: NOT_STARTED\n',
  [`${DIR}/0002.01 - Admin - Users.md`]: '# Story [0002.01] - Admin - Users\n\n**Status**: NOT_STARTED\n',
  [`${DIR}/0002.01.01 - Admin - Users - List.md`]: task('0002.01.01', 'Users', 'List', 'NOT_STARTED (PENDING)', '- [ ] lists\n'),
};

describe('protocol: the Tasks view', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  const children = (params: Partial<TaskChildrenParams> = {}) =>
    client.request<TaskTreeNode[]>('agentDocs/taskChildren', { filter: 'all', sort: 'id', ...params });

  before(async () => {
    ws = tempWorkspace(FILES);
    client = await LspClient.start({ root: ws.root });
    await client.poll(
      () => children(),
      (nodes) => nodes.length === 2,
      'both epics indexed',
    );
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('answers one level at a time with progress rolled up', async () => {
    const epics = await children();
    assert.deepEqual(
      epics.map((e) => [e.id, e.level, e.title, e.progress.done, e.progress.total, e.hasChildren]),
      [
        ['0001', 'epic', 'Shop', 3, 5, true],
        ['0002', 'epic', 'Admin', 0, 1, true],
      ],
    );
    const stories = await children({ parent: { id: '0001', level: 'epic', folder: epics[0]!.folder } });
    assert.deepEqual(
      stories.map((s) => [s.id, s.level, s.title]),
      [['0001.01', 'story', 'Cart']],
    );
    const tasks = await children({ parent: { id: '0001.01', level: 'story', folder: epics[0]!.folder } });
    assert.deepEqual(
      tasks.map((t) => [t.id, t.status, `${t.progress.done}/${t.progress.total}`]),
      [
        ['0001.01.01', 'COMPLETED', '2/2'],
        ['0001.01.02', 'IN_PROGRESS', '1/3'],
      ],
    );
    const items = await children({ parent: { id: '0001.01.02', level: 'task', folder: epics[0]!.folder, uri: tasks[1]!.uri! } });
    assert.deepEqual(
      items.map((i) => [i.level, i.title, i.state]),
      [
        ['item', 'removes', 'done'],
        ['item', 'undo', 'inProgress'],
        ['item', 'confirm', 'todo'],
      ],
    );
  });

  it('filters keep the path to matching items, and sorting by progress puts the least done first', async () => {
    assert.deepEqual(
      (await children({ filter: 'inProgress' })).map((e) => e.id),
      ['0001'],
    );
    assert.deepEqual(
      (await children({ filter: 'notDone' })).map((e) => e.id),
      ['0001', '0002'],
    );
    assert.deepEqual(
      (await children({ text: 'users' })).map((e) => e.id),
      ['0002'],
    );
    assert.deepEqual(
      (await children({ sort: 'progress' })).map((e) => e.id),
      ['0002', '0001'],
    );
  });

  it('summarises the plan for the status bar', async () => {
    const s = await client.request<TaskSummary>('agentDocs/taskSummary', {});
    assert.deepEqual(s, { progress: { done: 3, inProgress: 1, todo: 2, total: 6 }, epics: 2, stories: 2, tasks: 3, tasksInProgress: 1 });
  });

  it('toggles a checklist item with an edit of its marker only', async () => {
    const uri = client.uri(`${DIR}/0001.01.02 - Shop - Cart - Remove.md`);
    const folder = (await children())[0]!.folder;
    const items = await children({ parent: { id: '0001.01.02', level: 'task', folder, uri } });
    const undo = items.find((i) => i.title === 'undo')!;
    type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    const edit = await client.request<Edit | null>('agentDocs/toggleChecklistItem', { uri, line: undo.line });
    assert.ok(edit, 'an edit for the 🔄 item');
    assert.equal(edit.newText, '✅');
    assert.deepEqual(edit.range, { start: { line: undo.line!, character: 2 }, end: { line: undo.line!, character: 4 } });
    assert.equal(await client.request('agentDocs/toggleChecklistItem', { uri, line: 0 }), null, 'a heading is no checklist item');
  });

  it('plans the next task of a story from the template', async () => {
    const folder = (await children())[0]!.folder;
    const planned = await client.request<{ uri: string; id: string; content: string }>('agentDocs/newPlanItem', { folder, parentId: '0001.01', name: 'Empty' });
    assert.equal(planned.id, '0001.01.03');
    assert.match(decodeURIComponent(planned.uri), /DEVELOPMENT_PLAN_AND_PROGRESS\/0001\.01\.03 - Shop - Cart - Empty\.md$/);
    assert.match(planned.content, /^# Task \[0001\.01\.03\] - Shop - Cart - Empty/);
  });

  it('names only the changed branch when a task file changes on disk', async () => {
    const rel = `${DIR}/0002.01.01 - Admin - Users - List.md`;
    // Wait for the notification about this edit (indexing at start-up sends others).
    const changed = client.waitForNotification<TaskTreeChangedParams>('agentDocs/taskTreeChanged', (p) =>
      p.changes.some((c) => c.id === '0002.01.01' && c.status === 'IN_PROGRESS'),
    );
    writeFileSync(join(ws.root, rel), task('0002.01.01', 'Users', 'List', 'IN_PROGRESS', '- [x] lists\n'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(rel), type: 2 }] });
    const { changes } = await changed;
    assert.deepEqual(changes.map((c) => c.id).sort(), ['0002', '0002.01', '0002.01.01']);
    assert.equal(changes.find((c) => c.id === '0002')!.progress.done, 1);
  });
});
