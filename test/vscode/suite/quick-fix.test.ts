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
    let seen: string[] = [];
    const actions = await waitFor('the quick fix for agent-name-missing', async () => {
      // A request the editor cancels (the server's diagnostics moved on under it) is asked again.
      const all = await vscode.commands
        .executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag!.range, vscode.CodeActionKind.QuickFix.value)
        .then(
          (r) => r ?? [],
          (e: Error) => {
            if (e.message === 'Canceled') return [];
            throw e;
          },
        );
      seen = all.map((a) => a.title);
      return all.some((a) => a.title.startsWith('Add `name:')) ? all : undefined;
    }).catch((e: Error) => {
      throw new Error(`${e.message}; code actions offered: ${seen.join(', ') || 'none'}`);
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
