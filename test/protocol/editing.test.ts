/** Completion and hover over stdio against the bundled server. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { withCursor } from '../support/cursor';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const PATH = '.claude/agents/editing.md';
const TEXT = '---\nname: editing\ndescription: Edits things\ntools: Read, Gr\nmodel: opus\n\n---\nBody\n';

describe('protocol: completion and hover', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  let uri: string;

  before(async () => {
    ws = tempWorkspace({ [PATH]: TEXT });
    client = await LspClient.start({ root: ws.root });
    uri = client.uri(PATH);
    await client.open(uri, TEXT);
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  const complete = async (marked: string): Promise<CompletionItem[]> => {
    const { text, position } = withCursor(marked);
    if (client.text(uri) !== text) await client.change(uri, text);
    const result = await client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
    return Array.isArray(result) ? result : (result?.items ?? []);
  };

  it('offers the missing keys, not the present ones, replacing the typed prefix', async () => {
    const items = await complete('---\nname: editing\ndescription: Edits things\ntools: Read, Gr\nmodel: opus\nco‸\n---\nBody\n');
    const labels = items.map((i) => i.label);
    for (const key of ['color', 'permissionMode', 'memory', 'disallowedTools']) assert.ok(labels.includes(key), `offers ${key}`);
    for (const key of ['name', 'description', 'tools', 'model']) assert.ok(!labels.includes(key), `does not offer ${key}`);
    const color = items.find((i) => i.label === 'color')!;
    assert.deepEqual((color.textEdit as TextEdit).range, { start: { line: 5, character: 0 }, end: { line: 5, character: 2 } });
    assert.equal((color.textEdit as TextEdit).newText, 'color: ');
    assert.equal((color.documentation as MarkupContent).kind, 'markdown');
  });

  it('offers tool names after a comma, without those already listed', async () => {
    const items = await complete('---\nname: editing\ndescription: Edits things\ntools: Read, Gr‸\nmodel: opus\n\n---\nBody\n');
    const grep = items.find((i) => i.label === 'Grep');
    assert.ok(grep);
    assert.deepEqual((grep.textEdit as TextEdit).range, { start: { line: 3, character: 13 }, end: { line: 3, character: 15 } });
    assert.ok(!items.some((i) => i.label === 'Read'));
  });

  it('offers enum values after `key: `', async () => {
    const items = await complete('---\nname: editing\ndescription: Edits things\ntools: Read, Gr\nmodel: ‸\n\n---\nBody\n');
    assert.deepEqual(
      items.map((i) => i.label),
      ['sonnet', 'opus', 'haiku', 'fable', 'best', 'opusplan', 'default', 'inherit'],
    );
  });

  it('answers hovers on keys and values with Markdown and a range', async () => {
    await client.change(uri, TEXT);
    const key = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 2 } });
    assert.ok(key);
    assert.equal((key.contents as MarkupContent).kind, 'markdown');
    assert.match((key.contents as MarkupContent).value, /Model to use/);
    assert.deepEqual(key.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } });

    const tool = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 8 } });
    assert.match((tool!.contents as MarkupContent).value, /Reads the contents of files/);
    assert.deepEqual(tool!.range, { start: { line: 3, character: 7 }, end: { line: 3, character: 11 } });

    const body = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 1 } });
    assert.equal(body, null);
  });

  it('shuts down and exits cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
