/// <reference types="mocha" />
/// <reference types="vscode" />
// Needs the frontmatter completions of the editor-features work.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, waitFor } from '../support';

function docText(item: vscode.CompletionItem): string {
  const d = item.documentation;
  return typeof d === 'string' ? d : (d?.value ?? '');
}

describe('completion', () => {
  before(async () => {
    await activeExtension();
  });

  it('offers the agent frontmatter keys, with documentation', async () => {
    const editor = await open('.claude/agents/writer.md');
    // Line 3 is the empty line inside the frontmatter.
    const position = new vscode.Position(3, 0);
    assert.equal(editor.document.lineAt(3).text, '');
    const list = await waitFor(
      'completion items from agent-docs',
      async () => {
        const r = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri(editor), position);
        return r && r.items.some((i) => label(i) === 'model') ? r : undefined;
      },
      [],
      45_000,
    );
    const labels = list.items.map(label);
    for (const key of ['model', 'tools']) assert.ok(labels.includes(key), `expected ${key} among ${labels.join(', ')}`);
    assert.ok(!labels.includes('name'), 'keys already present are not offered again');
    const model = list.items.find((i) => label(i) === 'model')!;
    assert.match(docText(model), /model/i);
  });
});

function uri(editor: vscode.TextEditor): vscode.Uri {
  return editor.document.uri;
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
