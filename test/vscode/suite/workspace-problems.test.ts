/// <reference types="mocha" />
/// <reference types="vscode" />
/**
 * The Problems panel for the whole workspace (pull diagnostics): every file's problems without
 * opening it, the same counts as the Agents view, one set per file once it is opened, and the
 * `agentDocs.problems.scope` setting. The workspace keeps its agents in `agents/` only.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, api, nodeAt, open, root, rows, ruleId, waitFor } from '../support';

const FILES = { reviewer: 'agents/reviewer.md', tester: 'agents/tester.md', flow: 'notes/flow.md', developer: 'agents/developer.md' };
const uri = (path: string) => vscode.Uri.joinPath(root(), path);
/** agent-docs' rule ids per workspace-relative file, for every file that has any. */
function listed(): Record<string, string[]> {
  const out: [string, string[]][] = [];
  for (const [u, ds] of vscode.languages.getDiagnostics()) {
    const ours = ds.filter((d) => d.source === 'agent-docs');
    if (ours.length) out.push([vscode.workspace.asRelativePath(u), ours.map((d) => ruleId(d)!).sort()]);
  }
  // Sorted by file, so two listings compare as JSON.
  return Object.fromEntries(out.sort(([a], [b]) => (a < b ? -1 : 1)));
}
const isOpen = (path: string) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri(path).toString());

describe('workspace problems', () => {
  before(async () => {
    await activeExtension();
  });

  it('lists the problems of every file that has any, none of them open', async () => {
    const expected = { [FILES.reviewer]: ['agent-name-missing'], [FILES.tester]: ['agent-model-value'], [FILES.flow]: ['return-code-unknown'] };
    await waitFor(`problems of ${Object.keys(expected).join(', ')}`, () => (JSON.stringify(listed()) === JSON.stringify(expected) ? true : undefined), [
      vscode.languages.onDidChangeDiagnostics,
    ]).catch((e: Error) => {
      throw new Error(`${e.message}; listed: ${JSON.stringify(listed())}`);
    });
    for (const path of Object.values(FILES)) assert.equal(isOpen(path), false, `${path} was never opened`);
    const [d] = vscode.languages.getDiagnostics(uri(FILES.reviewer));
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d!.range.start.line, 0);
  });

  it('counts what the Agents view counts', async () => {
    const tree = (await api()).agents.tree;
    const agents = await waitFor('the Agents group', async () => {
      const top = await rows(tree);
      return top.some((r) => r.startsWith('Agents')) ? nodeAt(tree, ['Agents']) : undefined;
    });
    assert.deepEqual(await rows(tree, agents), ['developer', 'reviewer — no name · 1 error', 'tester — 1 warning']);
  });

  it('keeps one set of problems for a file once it is opened', async () => {
    const editor = await open(FILES.reviewer);
    // The file's own pull replaces the workspace report: still one agent-name-missing error, now with its fix.
    await waitFor('the open file pulled', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        vscode.languages.getDiagnostics(editor.document.uri)[0]!.range,
      );
      return actions?.some((a) => /Add `name: reviewer`/.test(a.title)) ? true : undefined;
    });
    assert.deepEqual(listed()[FILES.reviewer], ['agent-name-missing']);
  });

  it('lists only open files with agentDocs.problems.scope "openFiles", and all again with "workspace"', async () => {
    const config = vscode.workspace.getConfiguration('agentDocs');
    await config.update('problems.scope', 'openFiles', vscode.ConfigurationTarget.Workspace);
    await waitFor(
      'closed files cleared',
      () => (JSON.stringify(listed()) === JSON.stringify({ [FILES.reviewer]: ['agent-name-missing'] }) ? true : undefined),
      [vscode.languages.onDidChangeDiagnostics],
    ).catch((e: Error) => {
      throw new Error(`${e.message}; listed: ${JSON.stringify(listed())}`);
    });
    await config.update('problems.scope', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('closed files listed again', () => (listed()[FILES.tester] && listed()[FILES.flow] ? true : undefined), [
      vscode.languages.onDidChangeDiagnostics,
    ]);
  });

  it('follows a closed file changed on disk', async () => {
    const text = (await vscode.workspace.fs.readFile(uri(FILES.tester))).toString().replace('Claude Sonnet 4.5', 'sonnet');
    await vscode.workspace.fs.writeFile(uri(FILES.tester), Buffer.from(text));
    await waitFor('tester.md without problems', () => (listed()[FILES.tester] === undefined ? true : undefined), [vscode.languages.onDidChangeDiagnostics]);
    assert.equal(isOpen(FILES.tester), false);
  });
});
