/// <reference types="mocha" />
/// <reference types="vscode" />
// A claude-mpm project (recognised by its `src/claude_mpm/` package): a JSON agent template gets
// agent-docs' diagnostics on exact ranges, and VS Code's JSON support completes its keys from the
// schema agent-docs contributes through `jsonValidation`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, ruleId, waitFor, waitForDiagnostics } from '../support';

const TEMPLATE = 'src/claude_mpm/agents/templates/web_designer.json';

describe('claude-mpm templates', () => {
  before(async () => {
    await activeExtension();
  });

  it('reports a colour Claude Code does not support on the value itself, with a fix', async () => {
    const editor = await open(TEMPLATE);
    const ds = await waitForDiagnostics(editor.document.uri, 'the colour diagnostic', (d) => d.some((x) => ruleId(x) === 'mpm-template-color-value'));
    const colour = ds.find((x) => ruleId(x) === 'mpm-template-color-value')!;
    assert.equal(editor.document.getText(colour.range), '"indigo"');
    assert.equal(colour.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(colour.message, /nearest is `purple`/);
    // The template lacks `agent_version`: claude-mpm's schema requires it.
    assert.ok(
      ds.some((x) => ruleId(x) === 'mpm-template-schema' && /agent_version/.test(x.message)),
      ds.map((x) => x.message).join(' | '),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, colour.range);
    assert.ok(
      actions.some((a) => a.title === 'Change to `purple`'),
      actions.map((a) => a.title).join(', '),
    );
  });

  it('completes template keys from the contributed schema, with their documentation', async () => {
    const editor = await open(TEMPLATE);
    // Line 3 is the blank line inside the top-level object, where `agent_version` belongs.
    assert.equal(editor.document.lineAt(3).text, '');
    const position = new vscode.Position(3, 2);
    const list = await waitFor(
      'template key completions',
      async () => {
        const r = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
        return r && r.items.some((i) => label(i) === 'agent_version') ? r : undefined;
      },
      [],
      45_000,
    );
    const labels = list.items.map(label);
    for (const key of ['agent_version', 'template_version', 'knowledge']) assert.ok(labels.includes(key), `expected ${key} among ${labels.join(', ')}`);
    const item = list.items.find((i) => label(i) === 'agent_version')!;
    const doc = typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? '');
    assert.match(doc, /Version of the template/);
  });
});

function label(item: vscode.CompletionItem): string {
  const text = typeof item.label === 'string' ? item.label : item.label.label;
  return text.replace(/^"|"$/g, '');
}
