/// <reference types="mocha" />
/// <reference types="vscode" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, ruleId, waitFor, waitForDiagnostics } from '../support';

describe('quick fix', () => {
  before(async () => {
    await activeExtension();
  });

  it('adds the missing name and the diagnostic goes away', async () => {
    const editor = await open('.claude/agents/test-runner.md');
    const uri = editor.document.uri;
    const [diag] = await waitForDiagnostics(uri, 'agent-name-missing', (d) => d.some((x) => ruleId(x) === 'agent-name-missing'));
    const actions = await waitFor('a quick fix for agent-name-missing', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag!.range, vscode.CodeActionKind.QuickFix.value);
      const ours = (all ?? []).filter((a) => a.diagnostics?.some((d) => ruleId(d) === 'agent-name-missing'));
      return ours.length ? ours : undefined;
    });
    const fix = actions.find((a) => a.title === 'Add `name: test-runner`');
    assert.ok(fix, `expected "Add \`name: test-runner\`" among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(fix.edit, 'the fix carries its edit');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(editor.document.lineAt(1).text, 'name: test-runner');
    await waitForDiagnostics(uri, 'agent-name-missing to disappear', (d) => !d.some((x) => ruleId(x) === 'agent-name-missing'));
  });
});
