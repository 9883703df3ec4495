/// <reference types="mocha" />
/// <reference types="vscode" />
// Links and names in VS Code (workspaces/links): plugin `orch` whose agent dev reads a resource by
// `plugin:orch:resources://core/TMUX.md` and a relative link; command work spawns `orch:reviewer`
// and routes its codes under `### reviewer:`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, open, root, waitFor, waitForDiagnostics } from '../support';

const DEV = 'orch/agents/dev.md';
const REVIEWER = 'orch/agents/reviewer.md';
const WORK = 'orch/commands/work.md';
const TMUX = 'orch/resources/core/TMUX.md';

const uri = (relative: string) => vscode.Uri.joinPath(root(), relative);
const read = async (relative: string) => (await vscode.workspace.openTextDocument(uri(relative))).getText();
const exists = async (relative: string) =>
  vscode.workspace.fs.stat(uri(relative)).then(
    () => true,
    () => false,
  );

function at(doc: vscode.TextDocument, needle: string, offset = 3): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `${needle} in ${doc.uri.path}`);
  return doc.positionAt(i + offset);
}

describe('links and names', () => {
  before(async () => {
    await activeExtension();
    // The workspace is indexed once the server reports a plugin resource link it can resolve.
    const editor = await open(DEV);
    await waitFor(
      'a document link on the resource',
      async () => {
        const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', editor.document.uri);
        return links?.some((l) => l.target?.path.endsWith(TMUX)) ? true : undefined;
      },
      [],
      60_000,
    );
  });

  it('Ctrl-click on a resource link opens the file', async () => {
    const editor = await open(DEV);
    const pos = at(editor.document, 'resources://core', 14);
    // What Ctrl-click runs: open the link under the cursor. The editor finds its links in the
    // background after it is shown, so click again until it has (as a person would).
    const opened = await waitFor(
      'TMUX.md in the active editor',
      async () => {
        const path = vscode.window.activeTextEditor?.document.uri.path;
        if (path?.endsWith(TMUX)) return path;
        const dev = await vscode.window.showTextDocument(editor.document);
        dev.selection = new vscode.Selection(pos, pos);
        await vscode.commands.executeCommand('editor.action.openLink');
        return undefined;
      },
      [vscode.window.onDidChangeActiveTextEditor],
      30_000,
    );
    assert.ok(opened.endsWith(TMUX));
  });

  it('renaming an agent renames its file, its name and the orchestrator’s mentions', async () => {
    const editor = await open(REVIEWER);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>(
      'vscode.executeDocumentRenameProvider',
      editor.document.uri,
      at(editor.document, 'name: reviewer', 8),
      'critic',
    );
    assert.ok(edit, 'a rename edit');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('orch/agents/critic.md on disk', async () => ((await exists('orch/agents/critic.md')) ? true : undefined), [], 20_000);
    assert.equal(await exists(REVIEWER), false);
    assert.match(await read('orch/agents/critic.md'), /^---\nname: critic\n/);
    const work = await read(WORK);
    assert.match(work, /`subagent_type: orch:critic`/);
    assert.match(work, /^### critic:$/m);
    assert.doesNotMatch(work, /reviewer/);
  });

  it('moving a resource file in the explorer updates the links to it', async () => {
    const move = new vscode.WorkspaceEdit();
    move.renameFile(uri(TMUX), uri('orch/resources/sessions/TMUX.md'));
    // What the explorer does on a drag: a file operation that runs the willRename participants.
    assert.ok(await vscode.workspace.applyEdit(move));
    const text = await waitFor(
      'dev.md pointing at the moved file',
      async () => {
        const t = await read(DEV);
        return t.includes('resources://sessions/TMUX.md') ? t : undefined;
      },
      [vscode.workspace.onDidChangeTextDocument],
      30_000,
    );
    assert.match(text, /\[tmux notes\]\(\.\.\/resources\/sessions\/TMUX\.md\)/);
    const diagnostics = await waitForDiagnostics(
      uri(DEV),
      'no broken link',
      (d) => !d.some((x) => String((x.code as { value?: unknown })?.value ?? x.code).startsWith('link-')),
    );
    assert.deepEqual(
      diagnostics.filter((d) => String((d.code as { value?: unknown })?.value ?? d.code).startsWith('link-')),
      [],
    );
  });
});
