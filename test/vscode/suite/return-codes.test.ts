/// <reference types="mocha" />
/// <reference types="vscode" />
// Return codes in VS Code (workspaces/return-codes): developer declares SUCCESS_TO_QUALITY_ASSURANCE,
// the orchestrator command develop.md mirrors it under `### developer:`, and quality-assurance
// mentions it in its body.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, root, waitFor } from '../support';

const CODE = 'SUCCESS_TO_QUALITY_ASSURANCE';
const DEVELOPER = '.claude/agents/developer.md';
const QA = '.claude/agents/quality-assurance.md';
const ORCHESTRATOR = '.claude/commands/develop.md';

function text(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

/** The position of the first `needle` in the document (inside it, `offset` characters in). */
function at(doc: vscode.TextDocument, needle: string, offset = 3): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `${needle} in ${doc.uri.path}`);
  return doc.positionAt(i + offset);
}

const read = async (relative: string) => (await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), relative))).getText();

describe('return codes', () => {
  before(async () => {
    await activeExtension();
  });

  it('hover on a code another agent mentions shows its declaration’s description', async () => {
    const editor = await open(QA);
    const pos = at(editor.document, `\`${CODE}\``);
    const hovers = await waitFor(
      `a hover on ${CODE}`,
      async () => {
        const r = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
        const all = (r ?? []).map(text).join('\n');
        return all.includes('Implementation complete, ready for QA') ? all : undefined;
      },
      [],
      45_000,
    );
    assert.match(hovers, /developer/);
  });

  it('hover on the declaration shows the description too', async () => {
    const editor = await open(DEVELOPER);
    const r = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at(editor.document, `- \`${CODE}\``));
    assert.match((r ?? []).map(text).join('\n'), /Implementation complete, ready for QA/);
  });

  it('rename from the declaration changes it, the orchestrator mirror and a reference elsewhere', async () => {
    const editor = await open(DEVELOPER);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>(
      'vscode.executeDocumentRenameProvider',
      editor.document.uri,
      at(editor.document, `- \`${CODE}\``),
      'SUCCESS_TO_QA_REVIEW',
    );
    assert.ok(edit, 'a rename edit');
    const files = edit
      .entries()
      .map(([uri, edits]) => `${vscode.workspace.asRelativePath(uri)}×${edits.length}`)
      .sort();
    assert.deepEqual(files, [`${ORCHESTRATOR}×1`, `${DEVELOPER}×1`, `${QA}×1`].sort());
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.match(await read(DEVELOPER), /^- `SUCCESS_TO_QA_REVIEW` - Implementation complete, ready for QA$/m);
    assert.match(await read(ORCHESTRATOR), /^- `SUCCESS_TO_QA_REVIEW` - Start QA validation$/m);
    assert.match(await read(QA), /returned `SUCCESS_TO_QA_REVIEW`\./);
    for (const f of [DEVELOPER, ORCHESTRATOR, QA]) assert.doesNotMatch(await read(f), new RegExp(CODE), f);
  });
});
