/// <reference types="mocha" />
/// <reference types="vscode" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, api, labelOf, open, ruleId, waitFor, waitForDiagnostics } from '../support';

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

  it('indexes a closed file as an agent once agentDocs.documents says it is one', async () => {
    const tree = (await api()).agents.tree;
    /** The Agents group's labels: what the server's index knows about files no editor has open. */
    const agents = async () => {
      for (const node of await tree.getChildren()) {
        if (labelOf(await tree.getTreeItem(node)) !== 'Agents') continue;
        return Promise.all((await tree.getChildren(node)).map(async (n) => labelOf(await tree.getTreeItem(n))));
      }
      return [];
    };
    const listed = (name: string, want: boolean) => async () => ((await agents()).includes(name) === want ? true : undefined);
    await waitFor('the first index, without prompts/planner.md', listed('test-runner', true), [tree.onDidChangeTreeData]);
    assert.equal((await agents()).includes('planner'), false);
    const config = vscode.workspace.getConfiguration('agentDocs');
    try {
      await config.update('documents', { agent: ['.claude/agents/*.md', 'prompts/*.md'] }, vscode.ConfigurationTarget.Workspace);
      await waitFor('prompts/planner.md listed as an agent', listed('planner', true), [tree.onDidChangeTreeData]);
    } finally {
      await config.update('documents', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('prompts/planner.md plain Markdown again', listed('planner', false), [tree.onDidChangeTreeData]);
  });
});
