/// <reference types="mocha" />
/// <reference types="vscode" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, ruleId, waitForDiagnostics } from '../support';

const RULE = 'agent-name-missing';

function severityOf(d: vscode.Diagnostic[]): vscode.DiagnosticSeverity | undefined {
  return d.find((x) => ruleId(x) === RULE)?.severity;
}

describe('settings', () => {
  before(async () => {
    await activeExtension();
  });

  it('applies the workspace severity from .vscode/settings.json', async () => {
    const editor = await open('.claude/agents/test-runner.md');
    const diags = await waitForDiagnostics(editor.document.uri, `${RULE} as a warning`, (d) => severityOf(d) !== undefined);
    assert.equal(severityOf(diags), vscode.DiagnosticSeverity.Warning);
  });

  it('follows a change of agentDocs.rules without a restart', async () => {
    const editor = await open('.claude/agents/test-runner.md');
    const uri = editor.document.uri;
    const config = vscode.workspace.getConfiguration('agentDocs');
    await config.update('rules', { [RULE]: 'information' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, `${RULE} as information`, (d) => severityOf(d) === vscode.DiagnosticSeverity.Information);
    await config.update('rules', { [RULE]: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, `${RULE} turned off`, (d) => severityOf(d) === undefined);
  });
});
