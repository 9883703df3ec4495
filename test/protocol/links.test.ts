/** Links and names over stdio: diagnostics, document links, rename of an agent, willRenameFiles, a file created on disk. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentLink, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const PLUGIN = 'orch/.claude-plugin/plugin.json';
const DEV = 'orch/agents/dev.md';
const REVIEWER = 'orch/agents/reviewer.md';
const TMUX = 'orch/resources/core/TMUX.md';
const DEV_TEXT = `---
name: dev
description: Develops.
tools: Agent(reviewer), Read
---
- Read \`plugin:orch:resources://CORE/TMUX.md\`.
- Then [the notes](../notes/later.md).

## Return Codes:

### reviewer:
- \`SUCCESS\`
`;

describe('protocol: links and names', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  let dev: string;

  before(async () => {
    ws = tempWorkspace({
      [PLUGIN]: '{ "name": "orch" }\n',
      [DEV]: DEV_TEXT,
      [REVIEWER]: '---\nname: reviewer\ndescription: Reviews.\n---\nReview.\n',
      [TMUX]: '# Tmux\n',
    });
    client = await LspClient.start({ root: ws.root });
    dev = client.uri(DEV);
    await client.open(dev, DEV_TEXT);
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('reports a case-only resource link, a missing link and an unscoped agent, with fixes', async () => {
    const diags = await client.waitForDiagnostics(
      dev,
      (d) => d.some((x) => x.code === 'link-case-mismatch') && d.some((x) => x.code === 'agent-reference-unscoped'),
    );
    const codes = diags
      .filter((d) => /^(link|agent-reference)-/.test(String(d.code)))
      .map((d) => `${d.range.start.line}:${d.code}`)
      .sort();
    assert.deepEqual(codes, ['3:agent-reference-unscoped', '5:link-case-mismatch', '6:link-target-missing']);
  });

  it('links the resource to its file, in its real spelling', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: dev } });
    assert.deepEqual(
      links.map((l) => [l.range.start.line, l.target]),
      [[5, client.uri(TMUX)]],
    );
  });

  it('sees a file created on disk: the missing link resolves', async () => {
    // In a folder that did not exist either: the listings above it are stale too.
    mkdirSync(join(ws.root, 'orch', 'notes'));
    writeFileSync(join(ws.root, 'orch', 'notes', 'later.md'), '# Later\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('orch/notes/later.md'), type: 1 }] });
    await client.waitForDiagnostics(dev, (d) => !d.some((x) => x.code === 'link-target-missing'));
  });

  it('renames an agent with its file and its mentions, as one edit', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: dev },
      position: { line: 10, character: 6 },
      newName: 'critic',
    });
    const changes = edit.documentChanges ?? [];
    const renames = changes.filter((c) => 'kind' in c && c.kind === 'rename');
    assert.deepEqual(renames, [{ kind: 'rename', oldUri: client.uri(REVIEWER), newUri: client.uri('orch/agents/critic.md') }]);
    const texts = changes.flatMap((c) =>
      'textDocument' in c ? (c.edits as TextEdit[]).map((e) => `${c.textDocument.uri === dev ? 'dev' : 'reviewer'}:${e.range.start.line}:${e.newText}`) : [],
    );
    assert.deepEqual(texts.sort(), ['dev:10:critic', 'dev:3:critic', 'reviewer:1:critic']);
  });

  it('answers willRenameFiles with the links to the moved file', async () => {
    const edit = await client.request<WorkspaceEdit | null>('workspace/willRenameFiles', {
      files: [{ oldUri: client.uri('orch/resources/core'), newUri: client.uri('orch/resources/basics') }],
    });
    assert.ok(edit?.changes);
    assert.deepEqual(Object.keys(edit.changes), [dev]);
    assert.deepEqual(
      edit.changes[dev]!.map((e) => e.newText),
      ['basics/TMUX.md'],
    );
  });
});
