/// <reference types="mocha" />
/// <reference types="vscode" />
// Needs the frontmatter hovers of the editor-features work.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, waitFor } from '../support';

function text(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

describe('hover', () => {
  before(async () => {
    await activeExtension();
  });

  it('documents the `model` key of an agent', async () => {
    const editor = await open('.claude/agents/reviewer.md');
    assert.equal(editor.document.lineAt(3).text, 'model: sonnet');
    const hovers = await waitFor(
      'a hover from agent-docs on `model:`',
      async () => {
        const r = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(3, 2));
        return r && r.length ? r : undefined;
      },
      [],
      45_000,
    );
    const all = hovers.map(text).join('\n');
    assert.match(all, /model/i);
    // The documentation names the accepted values.
    assert.match(all, /sonnet|opus|haiku|inherit/);
  });
});
