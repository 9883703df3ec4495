/**
 * Return codes of the second generation over stdio, on a plugin laid out like resin.ai's
 * orchestrator (codes in RETURN-CODES.md's tables, states in their own documents): hover,
 * definition, references, rename and completion as an editor asks for them.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Hover, Location, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';
import { TABLE_FLOW } from '../unit/returnCodes/tableFlow';

const AGENT = 'kit/agents/quality-assurance.md';
const CODES = 'kit/resources/STATE-MACHINE/RETURN-CODES.md';
const AGENT_TEXT = TABLE_FLOW[AGENT]!;
const CODES_TEXT = TABLE_FLOW[CODES]!;

/** The position of the `nth` (0-based) occurrence of `needle` in `text`, `delta` characters in. */
const position = (text: string, needle: string, delta = 0, nth = 0) => {
  let offset = text.indexOf(needle);
  for (let k = 0; k < nth; k++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, needle);
  const lines = text.slice(0, offset + delta).split('\n');
  return { line: lines.length - 1, character: lines.at(-1)!.length };
};

describe('protocol: return codes defined in tables (plugin layout)', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  let agent: string;
  let codes: string;

  before(async () => {
    ws = tempWorkspace(TABLE_FLOW);
    client = await LspClient.start({ root: ws.root });
    agent = client.uri(AGENT);
    codes = client.uri(CODES);
    await client.open(agent, AGENT_TEXT);
    await client.open(codes, CODES_TEXT);
    // The flow spans files that are not open: wait until the workspace is indexed and the hover knows
    // the resource another agent reads (its return list names PARTIAL for developer).
    for (let i = 0; ; i++) {
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: agent }, position: position(AGENT_TEXT, '`PARTIAL`', 2) });
      if (hover && /Returned by developer/.test((hover.contents as MarkupContent).value)) break;
      assert.ok(i < 200, 'the workspace is indexed within 20 s');
      await sleep(100);
    }
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('hovers a code in a plugin agent with its description, its transitions and the agents that return it', async () => {
    const where = position(AGENT_TEXT, '`PARTIAL`', 1);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: agent }, position: where });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*`PARTIAL`\*\* return code — Operation partially completed/);
    assert.match(value, /Defined in RETURN-CODES\.md, line 12\./);
    assert.match(value, /- WORK → WORK: Continue WORK/);
    assert.match(value, /Returned by developer, quality-assurance\./);
    assert.deepEqual(hover.range, { start: where, end: { line: where.line, character: where.character + 'PARTIAL'.length } });
    // Not a code: the word "Return" in prose.
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: agent }, position: position(AGENT_TEXT, 'Return `', 2) }), null);
  });

  it('goes from a code to its row of the codes table, and from a state to its document', async () => {
    const def = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: agent }, position: position(AGENT_TEXT, '`FAILURE`', 2) });
    assert.deepEqual(
      def.map((l) => [l.uri, l.range.start.line]),
      [[codes, position(CODES_TEXT, '| FAILURE |').line]],
    );
    const state = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: codes }, position: position(CODES_TEXT, '| TEST ', 3) });
    assert.deepEqual(
      state.map((l) => l.uri),
      [client.uri('kit/resources/STATE-MACHINE/STATE/TEST.md')],
    );
  });

  it('finds every use of a code across the agent, the tables and the resource another agent reads', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: agent },
      position: position(AGENT_TEXT, '`SUCCESS`', 2, 1),
      context: { includeDeclaration: true },
    });
    const files = [...new Set(refs.map((r) => r.uri.replace(/^.*\/kit\//, '')))].sort();
    assert.deepEqual(files, ['agents/quality-assurance.md', 'resources/AGENT/HANDOFF.md', 'resources/STATE-MACHINE/RETURN-CODES.md']);
    // The agent's prose and its return list; the handoff's list; the definition's prose, row and three transitions.
    assert.equal(refs.length, 8);
    const without = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: agent },
      position: position(AGENT_TEXT, '`SUCCESS`', 2, 1),
      context: { includeDeclaration: false },
    });
    assert.equal(without.length, refs.length - 1, 'the row of the codes table is the declaration');
  });

  it('prepares and performs a rename across the tables and the prose, and refuses a name that is not a code', async () => {
    const where = { textDocument: { uri: agent }, position: position(AGENT_TEXT, '`PARTIAL`', 3) };
    const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', where);
    assert.equal(prepared.placeholder, 'PARTIAL');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...where, newName: 'INCOMPLETE' });
    const changes = edit.changes ?? {};
    assert.deepEqual(
      Object.keys(changes)
        .map((u) => u.replace(/^.*\/kit\//, ''))
        .sort(),
      ['agents/quality-assurance.md', 'resources/AGENT/HANDOFF.md', 'resources/STATE-MACHINE/RETURN-CODES.md'],
    );
    for (const edits of Object.values(changes)) for (const e of edits as TextEdit[]) assert.equal(e.newText, 'INCOMPLETE');
    await client.applyWorkspaceEdit({ changes: { [codes]: changes[codes]! } });
    assert.match(client.text(codes), /\| INCOMPLETE \| Operation partially completed/);
    assert.match(client.text(codes), /\| WORK {10}\| INCOMPLETE {5}\| Continue WORK/);
    await client.change(codes, CODES_TEXT);
    assert.equal(await client.request('textDocument/rename', { ...where, newName: 'not a code' }), null);
  });

  it('completes codes in the code column and states in the state column of the transitions table', async () => {
    const line = CODES_TEXT.split('\n').findIndex((l) => l.startsWith('| WORK          | FAILURE'));
    const ask = async (character: number) => {
      const r = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', {
        textDocument: { uri: codes },
        position: { line, character },
      });
      return (Array.isArray(r) ? r : r.items).map((i) => i.label);
    };
    const inCode = await ask(18);
    for (const code of ['SUCCESS', 'FAILURE', 'PARTIAL']) assert.ok(inCode.includes(code), `${code} among ${inCode.join(', ')}`);
    const inState = await ask(4);
    for (const state of ['WORK', 'TEST', 'DONE']) assert.ok(inState.includes(state), `${state} among ${inState.join(', ')}`);
    assert.ok(!inState.includes('SUCCESS'), 'no codes in the state column');
  });
});
