/// <reference types="mocha" />
/// <reference types="vscode" />
// The Tasks sidebar on a fixture plan (workspaces/tasks): epic 0001 Shop with story 0001.01 Cart
// (task Add To Cart ✅✅✅, task Checkout 🔄⬜) and epic 0002 Accounts (task Sign In ⬜⬜).
// The view's data is read through the extension's API (docs/sidebar.md), the same provider the
// tree draws from.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AgentDocsApi } from '../../../client/src/api';
import type { TaskTreeNode } from '../../../server/src/protocol';
import { api, iconOf, nodeAt, root, rows, rowsBecome as waitForRows, waitFor } from '../support';

const PLAN = 'docs/DEVELOPMENT_PLAN_AND_PROGRESS';
const CHECKOUT = `${PLAN}/0001.01.02 - Shop - Cart - Checkout.md`;

describe('Tasks sidebar', () => {
  let ext: AgentDocsApi;
  const tree = () => ext.tasks.tree;
  /** Epic → story → task by labels. */
  const path = async (...labels: string[]): Promise<TaskTreeNode> => (await nodeAt(tree(), labels))!;
  const icon = (node: TaskTreeNode) => iconOf(tree(), node);
  const rowsBecome = (expected: string[], ...labels: string[]) => waitForRows(tree, expected, labels);

  before(async () => {
    ext = await api();
    // The first request may come before the server has indexed the plan.
    await rowsBecome(['0001 Shop — 3/5 · 60%', '0002 Accounts — 0/2 · 0%']);
  });

  it('shows epics → stories → tasks → checklist items with ids, titles and progress', async () => {
    assert.deepEqual(await rows(tree(), await path('0001 Shop')), ['0001.01 Cart — 3/5 · 60%']);
    assert.deepEqual(await rows(tree(), await path('0001 Shop', '0001.01 Cart')), ['0001.01.01 Add To Cart — 3/3', '0001.01.02 Checkout — 0/2 · 0%']);
    assert.deepEqual(await rows(tree(), await path('0001 Shop', '0001.01 Cart', '0001.01.02 Checkout')), ['The cart shows a total', 'Paying empties the cart']);
    assert.deepEqual(await rows(tree(), await path('0002 Accounts', '0002.01 Login')), ['0002.01.01 Sign In — 0/2 · 0%']);
    // Containers fold, items are leaves; the icon tells the state.
    const epic = await tree().getTreeItem(await path('0001 Shop'));
    assert.equal(epic.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const item = await path('0001 Shop', '0001.01 Cart', '0001.01.02 Checkout', 'The cart shows a total');
    assert.equal((await tree().getTreeItem(item)).collapsibleState, vscode.TreeItemCollapsibleState.None);
    assert.equal(await icon(await path('0001 Shop', '0001.01 Cart', '0001.01.01 Add To Cart')), 'pass-filled');
    assert.equal(await icon(await path('0001 Shop', '0001.01 Cart', '0001.01.02 Checkout')), 'sync');
    assert.equal(await icon(await path('0002 Accounts', '0002.01 Login', '0002.01.01 Sign In')), 'circle-large-outline');
    assert.equal(await icon(item), 'sync');
    // A click opens the task file.
    const task = await tree().getTreeItem(await path('0001 Shop', '0001.01 Cart', '0001.01.02 Checkout'));
    assert.equal(task.command?.command, 'agentDocs.tasks.open');
    assert.equal(task.resourceUri?.path, vscode.Uri.joinPath(root(), CHECKOUT).path);
  });

  it('summarises the plan in the status bar', async () => {
    // 3 of 7 items done; Checkout is the one task in progress.
    const text = await waitFor('the status-bar summary', () => ext.tasks.statusBar()?.text, [], 15_000);
    assert.equal(text, '$(checklist) 43% · 1 in progress');
    assert.match(ext.tasks.statusBar()?.tooltip ?? '', /3 of 7 checklist items done across 3 tasks in 2 stories and 2 epics/);
  });

  it('filters to items in progress and to items not done', async () => {
    await vscode.commands.executeCommand('agentDocs.tasks.filter', 'inProgress');
    assert.equal(ext.tasks.view.description, 'in progress');
    assert.deepEqual(await rows(tree()), ['0001 Shop — 3/5 · 60%']);
    assert.deepEqual(await rows(tree(), await path('0001 Shop', '0001.01 Cart')), ['0001.01.02 Checkout — 0/2 · 0%']);

    await vscode.commands.executeCommand('agentDocs.tasks.filter', 'notDone');
    assert.equal(ext.tasks.view.description, 'not done');
    assert.deepEqual(await rows(tree()), ['0001 Shop — 3/5 · 60%', '0002 Accounts — 0/2 · 0%']);
    assert.deepEqual(await rows(tree(), await path('0001 Shop', '0001.01 Cart')), ['0001.01.02 Checkout — 0/2 · 0%']);

    await vscode.commands.executeCommand('agentDocs.tasks.clearFilter');
    assert.equal(ext.tasks.view.description, undefined);
    assert.equal((await rows(tree(), await path('0001 Shop', '0001.01 Cart'))).length, 2);
  });

  it('refreshes labels and progress after a task file is edited', async () => {
    await rows(tree(), await path('0001 Shop', '0001.01 Cart')); // loaded, so the change arrives as an update
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), CHECKOUT));
    const line = [...Array(doc.lineCount).keys()].find((i) => doc.lineAt(i).text === '- 🔄 The cart shows a total');
    assert.ok(line !== undefined, 'the fixture has the item');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(line, 2, line, 4), '✅');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await rowsBecome(['0001.01.01 Add To Cart — 3/3', '0001.01.02 Checkout — 1/2 · 50%'], '0001 Shop', '0001.01 Cart');
    await rowsBecome(['0001.01 Cart — 4/5 · 80%'], '0001 Shop');
    await rowsBecome(['0001 Shop — 4/5 · 80%', '0002 Accounts — 0/2 · 0%']);
    await waitFor('the status bar at 57%', () => (ext.tasks.statusBar()?.text === '$(checklist) 57% · 1 in progress' ? true : undefined), [], 15_000);
  });

  it('toggles a checklist item from the tree (⬜ → 🔄)', async () => {
    const item = await path('0002 Accounts', '0002.01 Login', '0002.01.01 Sign In', 'A wrong password shows an error');
    await vscode.commands.executeCommand('agentDocs.tasks.toggleItem', item);
    const uri = vscode.Uri.joinPath(root(), `${PLAN}/0002.01.01 - Accounts - Login - Sign In.md`);
    const doc = await vscode.workspace.openTextDocument(uri);
    await waitFor(
      'the item marked in progress in the file',
      () => (doc.getText().includes('- 🔄 A wrong password shows an error') ? true : undefined),
      [vscode.workspace.onDidChangeTextDocument],
      15_000,
    );
    assert.ok(doc.getText().includes('- ⬜ A sign-in form asks for email and password'), 'the other item is unchanged');
    // The tree follows: the item and its task now show work under way.
    await waitFor(
      'the item drawn in progress',
      async () =>
        (await icon(await path('0002 Accounts', '0002.01 Login', '0002.01.01 Sign In', 'A wrong password shows an error'))) === 'sync' ? true : undefined,
      [tree().onDidChangeTreeData],
      15_000,
    );
    await waitFor(
      'two tasks in progress in the status bar',
      () => (ext.tasks.statusBar()?.text === '$(checklist) 57% · 2 in progress' ? true : undefined),
      [],
      15_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}; status bar: ${ext.tasks.statusBar()?.text}`);
    });
  });

  it('relabels a task whose file is renamed (the title comes from the file name)', async () => {
    const from = vscode.Uri.joinPath(root(), `${PLAN}/0001.01.01 - Shop - Cart - Add To Cart.md`);
    const to = vscode.Uri.joinPath(root(), `${PLAN}/0001.01.01 - Shop - Cart - Add Items.md`);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const story = await path('0001 Shop', '0001.01 Cart');
    let last: string[] = [];
    await waitFor(
      'the renamed task in the tree',
      async () => {
        last = await rows(tree(), story);
        return last[0] === '0001.01.01 Add Items — 3/3 · 1 problem' ? true : undefined;
      },
      [tree().onDidChangeTreeData],
      30_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}; last seen ${JSON.stringify(last)}`);
    });
    assert.equal(last.length, 2, `the old name is gone: ${JSON.stringify(last)}`);
    // The heading still says "Add To Cart" (task-heading-mismatch: the task counts a problem), while
    // the story's link to the task followed the move (workspace/willRenameFiles): the story has none.
    await rowsBecome(['0001.01 Cart — 4/5 · 80%'], '0001 Shop');
    const storyText = (await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), `${PLAN}/0001.01 - Shop - Cart.md`))).getText();
    assert.match(storyText, /0001\.01\.01%20-%20Shop%20-%20Cart%20-%20Add%20Items\.md/);
  });
});
