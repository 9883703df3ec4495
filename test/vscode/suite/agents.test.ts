/// <reference types="mocha" />
/// <reference types="vscode" />
// The Agents sidebar on workspaces/agents: two agents (developer, quality-assurance with an
// unknown tool), one skill, one command that routes the agents' return codes except developer's
// MISSING_TASK_FILES. Read through the extension's API (docs/sidebar.md).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AgentDocsApi } from '../../../client/src/api';
import type { AgentViewNode } from '../../../server/src/protocol';
import { api, iconOf, nodeAt, root, rows, rowsBecome as waitForRows } from '../support';

describe('Agents sidebar', () => {
  let ext: AgentDocsApi;
  const tree = () => ext.agents.tree;
  const path = async (...labels: string[]): Promise<AgentViewNode> => (await nodeAt(tree(), labels))!;
  /** A Markdown tooltip as plain text (`appendText` escapes spaces and punctuation). */
  const plain = (t: vscode.TreeItem['tooltip']) => (typeof t === 'string' ? t : (t?.value ?? '')).replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
  const icon = (node: AgentViewNode) => iconOf(tree(), node);
  const rowsBecome = (expected: string[], ...labels: string[]) => waitForRows(tree, expected, labels);

  before(async () => {
    ext = await api();
    await rowsBecome(['Agents — 2', 'Skills — 1', 'Commands — 1']);
  });

  it('groups agents, skills and commands, with each file’s problems', async () => {
    assert.deepEqual(await rows(tree(), await path('Agents')), ['developer — 1 warning', 'quality-assurance — 1 warning']);
    assert.deepEqual(await rows(tree(), await path('Skills')), ['release-notes']);
    assert.deepEqual(await rows(tree(), await path('Commands')), ['/develop']);
    assert.equal(await icon(await path('Agents')), 'hubot');
    assert.equal(await icon(await path('Agents', 'developer')), 'warning');
    assert.equal(await icon(await path('Skills', 'release-notes')), 'tools');
    const item = await tree().getTreeItem(await path('Agents', 'quality-assurance'));
    assert.equal(item.resourceUri?.path, vscode.Uri.joinPath(root(), '.claude/agents/quality-assurance.md').path);
    assert.match(plain(item.tooltip), /Tools: Read, Bash, Grepp/);
    assert.match(plain(item.tooltip), /\$\(warning\) 1 warning/);
  });

  it('lists an agent’s return codes with their routing', async () => {
    // A code too long for the default sidebar width is shortened in the middle; the tooltip has it whole.
    assert.deepEqual(await rows(tree(), await path('Agents', 'developer')), ['SUCCESS_TO_…_ASSURANCE', 'FAILURE_CONTINUE', 'MISSING_TASK_FILES — not routed']);
    const long = await tree().getTreeItem(await path('Agents', 'developer', 'SUCCESS_TO_…_ASSURANCE'));
    assert.equal(long.iconPath instanceof vscode.ThemeIcon && long.iconPath.id, 'pass-filled');
    assert.match(plain(long.tooltip), /SUCCESS_TO_QUALITY_ASSURANCE/);
    assert.equal(long.accessibilityInformation?.label, 'SUCCESS_TO_QUALITY_ASSURANCE');
    assert.equal(await icon(await path('Agents', 'developer', 'MISSING_TASK_FILES')), 'warning');
    const code = await tree().getTreeItem(await path('Agents', 'developer', 'FAILURE_CONTINUE'));
    assert.match(plain(code.tooltip), /Implementation issues, continuing/);
    assert.match(plain(code.tooltip), /Routed by \.claude\/commands\/develop\.md:13 \(### developer\)/);
  });

  it('updates when the orchestrator starts routing the missing code', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), '.claude/commands/develop.md'));
    const line = [...Array(doc.lineCount).keys()].find((i) => doc.lineAt(i).text.startsWith('- `FAILURE_CONTINUE`'));
    assert.ok(line !== undefined);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(line + 1, 0), '- `MISSING_TASK_FILES` - Plan the task first\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await rowsBecome(['SUCCESS_TO_…_ASSURANCE', 'FAILURE_CONTINUE', 'MISSING_TASK_FILES'], 'Agents', 'developer');
    await rowsBecome(['developer', 'quality-assurance — 1 warning'], 'Agents');
    assert.equal(await icon(await path('Agents', 'developer', 'MISSING_TASK_FILES')), 'pass-filled');
  });
});
