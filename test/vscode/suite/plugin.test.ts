/// <reference types="mocha" />
/// <reference types="vscode" />
// A plugin on workspaces/plugin (orchestrator/: manifest, hooks, agents, the state machine's
// RETURN-CODES.md): VS Code's JSON support completes hook event names from the schema the extension
// contributes, agent-docs reports on the JSON files themselves, and a return code in an agent of
// this layout hovers with what the tables say about it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, ruleId, waitFor, waitForDiagnostics } from '../support';

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const docText = (item: vscode.CompletionItem) => {
  const d = item.documentation;
  return typeof d === 'string' ? d : (d?.value ?? '');
};

describe('plugin files', () => {
  before(async () => {
    await activeExtension();
  });

  it('completes hook event names in hooks/hooks.json, with their documentation', async () => {
    const editor = await open('orchestrator/hooks/hooks.json');
    // Line 2 is the empty line inside the `hooks` object.
    assert.equal(editor.document.lineAt(2).text, '');
    const position = new vscode.Position(2, 4);
    const list = await waitFor(
      'hook event completions',
      async () => {
        const r = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
        return r && r.items.some((i) => label(i).replace(/"/g, '') === 'PreToolUse') ? r : undefined;
      },
      [],
      60_000,
    );
    const labels = list.items.map((i) => label(i).replace(/"/g, ''));
    for (const event of ['PreToolUse', 'PostToolUse', 'SessionStart', 'SubagentStop', 'PostToolBatch'])
      assert.ok(labels.includes(event), `${event} among ${labels.join(', ')}`);
    assert.ok(!labels.includes('Stop'), 'an event already present is not offered again');
    const pre = list.items.find((i) => label(i).replace(/"/g, '') === 'PreToolUse')!;
    assert.match(docText(pre), /Before a tool runs/);
  });

  it('reports the unquoted ${CLAUDE_PLUGIN_ROOT} on the variable, with a fix', async () => {
    const editor = await open('orchestrator/hooks/hooks.json');
    const uri = editor.document.uri;
    const [d] = await waitForDiagnostics(uri, 'hook-path-unquoted', (ds) => ds.some((x) => ruleId(x) === 'hook-path-unquoted'));
    assert.equal(editor.document.getText(d!.range), '${CLAUDE_PLUGIN_ROOT}');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d!.range);
    assert.ok(
      actions.some((a) => a.title === 'Quote the path'),
      actions.map((a) => a.title).join(', '),
    );
  });

  it('reports the repeated keyword in plugin.json', async () => {
    const editor = await open('orchestrator/.claude-plugin/plugin.json');
    const ds = await waitForDiagnostics(editor.document.uri, 'plugin-keyword-duplicate', (x) => x.some((d) => ruleId(d) === 'plugin-keyword-duplicate'));
    const d = ds.find((x) => ruleId(x) === 'plugin-keyword-duplicate')!;
    assert.equal(d.range.start.line, 5);
    assert.equal(editor.document.getText(d.range), '"agents"');
  });

  it('hovers a return code in a plugin agent with its description and the transitions it triggers', async () => {
    const editor = await open('orchestrator/agents/developer.md');
    const line = [...Array(editor.document.lineCount).keys()].find((i) => editor.document.lineAt(i).text.includes('`PARTIAL`'))!;
    const position = new vscode.Position(line, editor.document.lineAt(line).text.indexOf('PARTIAL') + 2);
    const text = await waitFor(
      'a hover on PARTIAL',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        const all = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
        return /return code/.test(all) ? all : undefined;
      },
      [],
      60_000,
    );
    assert.match(text, /`PARTIAL`\*\* return code — Operation partially completed/);
    assert.match(text, /WORK → WORK: Continue WORK/);
    assert.match(text, /TEST → TEST: Continue TEST/);
    assert.match(text, /Returned by developer/);
  });
});
