/**
 * Pull diagnostics (LSP 3.17) over stdio, as VS Code uses them: the workspace's problems streamed on
 * one held `workspace/diagnostic` request, open documents pulled with result ids, and the
 * `agentDocs.problems.scope` setting. Push clients are covered by diagnostics.test.ts.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { DocumentDiagnosticReport, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspClient, PULL_CAPABILITIES, type WorkspacePull } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const UNNAMED = '---\ndescription: Reviews code\nmodel: sonnet\n---\nBody\n';
const FINE = '---\nname: fine\ndescription: Fine agent\n---\nBody\n';
const TWIN = '---\nname: twin\ndescription: One of two\n---\nBody\n';
const DEV = '---\nname: developer\ndescription: Builds\n---\n\n**RETURN CODES:**\n- `SUCCESS_TO_QA` - Done\n';
const README = '# Flow\n\nThe developer returns `SUCCES_TO_QA` when done.\n';

const name = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);
const codes = (r: WorkspaceDocumentDiagnosticReport | undefined) => (r?.kind === 'full' ? r.items.map((d) => d.code) : []);
/** Files with problems, by file name, with their rule ids. */
const listed = (reports: Map<string, WorkspaceDocumentDiagnosticReport>) =>
  Object.fromEntries([...reports.values()].filter((r) => r.kind === 'full' && r.items.length).map((r) => [name(r.uri), codes(r).sort()]));

describe('protocol: pull diagnostics and the workspace problems', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  let pull: WorkspacePull;

  before(async () => {
    ws = tempWorkspace({
      '.claude/agents/unnamed.md': UNNAMED,
      '.claude/agents/fine.md': FINE,
      '.claude/agents/twin-a.md': TWIN,
      '.claude/agents/twin-b.md': TWIN,
      '.claude/agents/developer.md': DEV,
      'README.md': README,
    });
    client = await LspClient.start({ root: ws.root, capabilities: PULL_CAPABILITIES });
    await client.waitForNotification('agentDocs/indexed');
  });
  after(() => {
    pull?.cancel();
    client?.dispose();
    ws?.dispose();
  });

  it('offers document and workspace pulls to a client that supports them', () => {
    assert.deepEqual(client.initializeResult?.capabilities.diagnosticProvider, {
      identifier: 'agent-docs',
      interFileDependencies: true,
      workspaceDiagnostics: true,
    });
  });

  it('streams the problems of every indexed file, none of them open, and nothing for clean files', async () => {
    pull = client.pullWorkspace();
    const expected = {
      'unnamed.md': ['agent-name-missing'],
      'twin-a.md': ['agent-name-duplicate'],
      'twin-b.md': ['agent-name-duplicate'],
      'README.md': ['return-code-unknown'],
    };
    const canonical = (o: Record<string, unknown>) => JSON.stringify(Object.entries(o).sort());
    await pull.until((r) => canonical(listed(r)) === canonical(expected), 'four files with problems');
    // Clean files are not sent at all: the client holds nothing for them, which is the same.
    assert.equal(pull.reports.has(client.uri('.claude/agents/fine.md')), false);
    const report = pull.reports.get(client.uri('.claude/agents/unnamed.md'))!;
    assert.equal(report.kind, 'full');
    assert.equal(report.version, null);
    assert.ok(report.resultId, 'a result id');
    // Fixes are left out of workspace reports (the file's own pull carries them once opened).
    assert.deepEqual(report.kind === 'full' && report.items[0]!.data, { ruleId: 'agent-name-missing' });
    assert.equal(report.kind === 'full' && report.items[0]!.source, 'agent-docs');
  });

  it('holds the request open (long polling) instead of answering it', async () => {
    const outcome = await Promise.race([pull.done.then(() => 'answered'), new Promise((r) => setTimeout(() => r('held'), 600))]);
    assert.equal(outcome, 'held');
  });

  it('sends only the file that changed on disk, on the same request', async () => {
    const before = pull.received.length;
    ws.write('.claude/agents/unnamed.md', FINE.replace('name: fine', 'name: renamed'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.claude/agents/unnamed.md'), type: 2 }] });
    await pull.until((r) => codes(r.get(client.uri('.claude/agents/unnamed.md'))).length === 0, 'unnamed.md cleared');
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(
      pull.received.slice(before).map((r) => name(r.uri)),
      ['unnamed.md'],
    );
  });

  it('updates another file whose problem came from the changed file, and sends no file whose problems stayed', async () => {
    const before = pull.received.length;
    ws.write('.claude/agents/twin-b.md', TWIN.replace('name: twin', 'name: twin-b'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.claude/agents/twin-b.md'), type: 2 }] });
    await pull.until(
      (r) => codes(r.get(client.uri('.claude/agents/twin-a.md'))).length === 0 && codes(r.get(client.uri('.claude/agents/twin-b.md'))).length === 0,
      'the duplicate name gone from both',
    );
    await new Promise((r) => setTimeout(r, 400));
    // Every agent was linted again (agent names are facts they read), but only these two changed.
    assert.deepEqual(
      pull.received
        .slice(before)
        .map((r) => name(r.uri))
        .sort(),
      ['twin-a.md', 'twin-b.md'],
    );
  });

  it('clears the problems of a deleted file', async () => {
    rmSync(`${ws.root}/README.md`);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('README.md'), type: 3 }] });
    await pull.until((r) => r.get(client.uri('README.md'))?.kind === 'full' && codes(r.get(client.uri('README.md'))).length === 0, 'README.md cleared');
  });

  it('answers a document pull with fixes, then "unchanged" for the same result id, then the new problems', async () => {
    const uri = client.uri('.claude/agents/open.md');
    ws.write('.claude/agents/open.md', UNNAMED);
    await client.open(uri, UNNAMED);
    const first = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(first.kind, 'full');
    const d = first.kind === 'full' ? first.items.find((x) => x.code === 'agent-name-missing') : undefined;
    assert.ok(d, 'agent-name-missing on the open document');
    assert.equal((d.data as { version: number; fixes: unknown[] }).version, 1);
    assert.ok((d.data as { fixes: unknown[] }).fixes.length > 0);
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    await client.change(uri, FINE.replace('name: fine', 'name: opened'));
    const third = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(third.kind, 'full');
    assert.deepEqual(third.kind === 'full' && third.items, []);
  });

  it('sends the file on disk again when its editor closes', async () => {
    const uri = client.uri('.claude/agents/open.md');
    // The editor held a fixed text; closing it without saving leaves the file's own problem.
    await client.close(uri);
    await pull.until((r) => codes(r.get(uri)).includes('agent-name-missing'), 'open.md from disk after close');
  });

  it('asks the client to pull open documents again when another file changes what they show', async () => {
    const uri = client.uri('.claude/agents/twin-a.md');
    await client.open(uri, TWIN);
    const before = client.refreshes;
    ws.write('.claude/agents/twin-c.md', TWIN);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.claude/agents/twin-c.md'), type: 1 }] });
    await client.poll(
      async () => client.refreshes,
      (n) => n > before,
      'a workspace/diagnostic/refresh request',
    );
    const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(report.kind === 'full' && report.items.some((x) => x.code === 'agent-name-duplicate'));
    await client.close(uri);
  });

  it('clears everything with problems.scope "openFiles" and lists it again with "workspace"', async () => {
    await client.changeSettings({ problems: { scope: 'openFiles' } });
    await pull.until((r) => Object.keys(listed(r)).length === 0, 'every file cleared');
    await client.changeSettings({ problems: { scope: 'workspace' } });
    // Streamed in slices: wait for the last of them.
    await pull.until((r) => ['twin-a.md', 'twin-c.md', 'open.md'].every((f) => listed(r)[f]), 'problems listed again');
    assert.deepEqual(Object.keys(listed(pull.reports)).sort(), ['open.md', 'twin-a.md', 'twin-c.md']);
  });

  it('omits files the client already holds when it pulls again with their result ids', async () => {
    const held = [...pull.reports.values()].filter((r) => r.resultId).map((r) => ({ uri: r.uri, value: r.resultId! }));
    pull.cancel();
    assert.deepEqual(await pull.done, { items: [] });
    pull = client.pullWorkspace(held);
    await new Promise((r) => setTimeout(r, 600));
    assert.deepEqual(pull.received, []);
  });

  it('answers at once, with everything, a client that gives no partial-result token', async () => {
    const report = await client.request<{ items: WorkspaceDocumentDiagnosticReport[] }>('workspace/diagnostic', { previousResultIds: [] });
    assert.ok(report.items.some((r) => name(r.uri) === 'twin-c.md' && codes(r).includes('agent-name-duplicate')));
  });
});
