/**
 * Task ID features over the protocol, spoken to the bundled server: hover, definition, document
 * links, references, completion, code lenses, and the quick fix that creates a missing task file.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentLink, Hover, Location } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const DIR = 'docs/DEVELOPMENT_PLAN_AND_PROGRESS';
const TASK = `# Task [0001.02.03] - Shop - Items - Add item

**Task ID**: 0001.02.03
**Story**: [0001.02] - Items ([📋 Story Document](./0001.02%20-%20Shop%20-%20Items.md))
**Epic**: [0001] - Shop ([📋 Epic Document](./0001%20-%20Shop.md))
**Development Status**: IN_PROGRESS
**QA Validation Status**: QA_PENDING

## Success Criteria

- [x] typed
- 🔄 enter
- ⬜ saved

---

**Development Status**: IN_PROGRESS
**QA Validation Status**: QA_PENDING
`;
const FILES: Record<string, string> = {
  [`${DIR}/0001 - Shop.md`]: '# Epic [0001] - Shop\n\n**Status**: IN_DEVELOPMENT\n',
  [`${DIR}/0001.02 - Shop - Items.md`]: '# Story [0001.02] - Shop - Items\n\n**Status**: IN_DEVELOPMENT\n',
  [`${DIR}/0001.02.03 - Shop - Items - Add item.md`]: TASK,
};
const NOTES = 'Next: Task [0001.02.03], then Task [0001.02.04] - Remove item.\nBlocked by Task [\n';

describe('protocol: task IDs', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  let notes: string;
  let taskUri: string;
  const pos = (line: number, character: number) => ({ textDocument: { uri: notes }, position: { line, character } });

  before(async () => {
    ws = tempWorkspace(FILES);
    client = await LspClient.start({ root: ws.root });
    notes = client.uri('notes.md');
    taskUri = client.uri(`${DIR}/0001.02.03 - Shop - Items - Add item.md`);
    await client.open(notes, NOTES);
    // The workspace is indexed in the background; wait until the task's file is known.
    await client.poll(
      () => client.request<Location[]>('textDocument/definition', pos(0, 14)),
      (l) => l.length === 1,
      'task indexed',
    );
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('hovers with title, status and progress', async () => {
    const hover = await client.request<Hover>('textDocument/hover', pos(0, 14));
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Task 0001\.02\.03\*\* — Add item/);
    assert.match(value, /Status: `IN_PROGRESS`/);
    assert.match(value, /33% — 1 done, 1 in progress, 1 to do/);
    assert.deepEqual(hover.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 22 } });
  });

  it('goes to the task file and links IDs to it', async () => {
    const defs = await client.request<Location[]>('textDocument/definition', pos(0, 14));
    assert.deepEqual(
      defs.map((d) => [d.uri, d.range.start.line]),
      [[taskUri, 0]],
    );
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: notes } });
    assert.deepEqual(
      links.map((l) => [l.range.start.character, l.target]),
      [[12, taskUri]],
    );
  });

  it('finds references in other files', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...pos(0, 14), context: { includeDeclaration: true } });
    assert.deepEqual([...new Set(refs.map((r) => r.uri))].sort(), [notes, taskUri].sort());
  });

  it('completes task IDs after `Task [`', async () => {
    const items = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', pos(1, 17));
    const list = Array.isArray(items) ? items : items.items;
    assert.deepEqual(
      list.map((i) => i.label),
      ['0001.02.03'],
    );
  });

  it('shows progress in a code lens on the task heading', async () => {
    await client.open(taskUri, TASK);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: taskUri } });
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title]),
      [[0, 'Task 0001.02.03: [███▒▒▒░░░░] 33% — 1 done, 1 in progress, 1 to do']],
    );
  });

  it('offers to create the missing task file from the template', async () => {
    const diagnostics = await client.waitForDiagnostics(notes, (d) => d.some((x) => x.code === 'task-reference-missing'));
    const missing = diagnostics.find((d) => d.code === 'task-reference-missing')!;
    assert.equal(missing.range.start.character, 36);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: notes },
      range: missing.range,
      context: { diagnostics: [missing] as Diagnostic[], only: ['quickfix'] },
    });
    const create = actions.find((a) => /^Create task file/.test(a.title));
    assert.ok(create?.edit?.documentChanges, JSON.stringify(actions.map((a) => a.title)));
    const op = create.edit.documentChanges.find((c) => 'kind' in c && c.kind === 'create') as { uri: string } | undefined;
    assert.equal(op?.uri, client.uri(`${DIR}/0001.02.04 - Shop - Items - Remove item.md`));
  });

  it('clears the missing-task warning once the file exists', async () => {
    const rel = `${DIR}/0001.02.04 - Shop - Items - Remove item.md`;
    ws.write(rel, '# Task [0001.02.04] - Shop - Items - Remove item\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(rel), type: 1 }] });
    const after = await client.waitForDiagnostics(notes, (d) => !d.some((x) => x.code === 'task-reference-missing'));
    assert.deepEqual(
      after.filter((d) => String(d.code).startsWith('task-')),
      [],
    );
  });
});
