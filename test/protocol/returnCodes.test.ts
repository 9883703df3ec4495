/** Return codes over stdio: hover, definition, references, rename, completion and a cross-file fix. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic,
  Hover,
  Location,
  MarkupContent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { withCursor } from '../support/cursor';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const QA = '.claude/agents/quality-assurance.md';
const DEV = '.claude/agents/developer-web.md';
const ORCH = '.claude/commands/develop.md';

const QA_TEXT = `---
name: quality-assurance
description: Validates the implementation.
---

Before returning \`SUCCESS_TO_FL_FINAL\`, run every test. Keep \`API_KEY\` out of logs.

**RETURN CODES:**
- \`SUCCESS_TO_FL_FINAL\` - Validation passed
- \`FAILURE_TO_DEV\` - Back to development
- \`MISSING_TASK_FILES\` - Task file missing
`;
const DEV_TEXT = `---
name: developer-web
description: Implements web tasks.
---

**RETURN CODES:**
- \`SUCCESS_TO_QUALITY_ASSURANCE\` - Implementation complete
`;
const ORCH_TEXT = `---
description: Orchestrates development.
---

\`\`\`mermaid
graph TD
    Q[QA] -->|SUCCESS_TO_FL_FINAL| F[Final]
\`\`\`

When QA returns \`FAILURE_TO_DEV\`, go back to development.

## Return Codes:

### developer-*:
- \`SUCCESS_TO_QUALITY_ASSURANCE\` - Implementation complete

### quality-assurance:
- \`SUCCESS_TO_FL_FINAL\` - Validation passed
- \`FAILURE_TO_DEV\` - Back to development
`;

describe('protocol: return codes', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  let qa: string;
  let orch: string;

  before(async () => {
    ws = tempWorkspace({ [QA]: QA_TEXT, [DEV]: DEV_TEXT, [ORCH]: ORCH_TEXT });
    client = await LspClient.start({ root: ws.root });
    qa = client.uri(QA);
    orch = client.uri(ORCH);
    await client.open(orch, ORCH_TEXT);
    await client.open(qa, QA_TEXT);
    // The drift needs the whole workspace indexed: its diagnostic means the catalog is complete.
    await client.waitForDiagnostics(qa, (d) => d.some((x) => x.code === 'return-code-unrouted'));
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  const position = (text: string, needle: string, delta = 0) => {
    const offset = text.indexOf(needle) + delta;
    const lines = text.slice(0, offset).split('\n');
    return { line: lines.length - 1, character: lines.at(-1)!.length };
  };

  it('hovers a Mermaid label with the declaring agent and its route', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: orch }, position: position(ORCH_TEXT, 'SUCCESS_TO_FL_FINAL|', 2) });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*quality-assurance\*\* \(quality-assurance\.md, line 9\): Validation passed/);
    assert.match(value, /routed by develop\.md `### quality-assurance`/);
    assert.deepEqual(hover.range, { start: position(ORCH_TEXT, 'SUCCESS_TO_FL_FINAL|'), end: position(ORCH_TEXT, 'SUCCESS_TO_FL_FINAL|', 19) });
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: qa }, position: position(QA_TEXT, 'API_KEY', 1) }), null);
  });

  it('goes to the declaration and finds references across files', async () => {
    const def = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: orch },
      position: position(ORCH_TEXT, 'FAILURE_TO_DEV`, go', 1),
    });
    assert.deepEqual(def, [{ uri: qa, range: { start: position(QA_TEXT, '`FAILURE_TO_DEV', 1), end: position(QA_TEXT, '`FAILURE_TO_DEV', 15) } }]);
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: qa },
      position: position(QA_TEXT, '- `SUCCESS_TO_FL_FINAL', 4),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      refs.map((r) => `${r.uri === qa ? 'qa' : 'orch'}:${r.range.start.line}`),
      ['qa:5', 'qa:8', 'orch:6', 'orch:17'],
    );
  });

  it('prepares and performs a workspace rename', async () => {
    const where = { textDocument: { uri: qa }, position: position(QA_TEXT, '`MISSING_TASK_FILES', 3) };
    const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', where);
    assert.equal(prepared.placeholder, 'MISSING_TASK_FILES');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...where, newName: 'MISSING_TASKS' });
    const changed =
      edit.changes ?? Object.fromEntries((edit.documentChanges ?? []).map((c) => ['textDocument' in c ? c.textDocument.uri : '', 'edits' in c ? c.edits : []]));
    assert.deepEqual(Object.keys(changed), [qa]);
    assert.deepEqual(
      (changed[qa] as TextEdit[]).map((e) => e.newText),
      ['MISSING_TASKS'],
    );
  });

  it('completes codes after "return" inside backticks', async () => {
    const { text, position: pos } = withCursor(QA_TEXT.replace('run every test.', 'run every test, or return `FAI‸'));
    await client.change(qa, text);
    const result = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: qa }, position: pos });
    const items = Array.isArray(result) ? result : result.items;
    const item = items.find((i) => i.label === 'FAILURE_TO_DEV');
    assert.ok(item, 'offers FAILURE_TO_DEV');
    assert.equal((item.textEdit as TextEdit).newText, 'FAILURE_TO_DEV`');
    assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: pos.line, character: pos.character - 3 }, end: pos });
    await client.change(qa, QA_TEXT);
  });

  it('offers the cross-file fix that routes the missing code in the orchestrator', async () => {
    const diagnostics = await client.waitForCurrentDiagnostics(qa, (d) => d.some((x) => x.code === 'return-code-unrouted'));
    const drift = diagnostics.find((d) => d.code === 'return-code-unrouted') as Diagnostic;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: qa },
      range: drift.range,
      context: { diagnostics: [drift], only: ['quickfix'] },
    });
    const add = actions.find((a) => a.title.startsWith('Add `MISSING_TASK_FILES`'));
    assert.ok(add?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
    await client.applyWorkspaceEdit(add.edit);
    assert.match(client.text(orch), /- `FAILURE_TO_DEV` - Back to development\n- `MISSING_TASK_FILES` - Task file missing\n$/);
    await client.waitForDiagnostics(qa, (d) => !d.some((x) => x.code === 'return-code-unrouted'));
  });
});
