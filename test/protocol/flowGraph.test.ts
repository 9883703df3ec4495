/**
 * The Flow view's protocol, spoken to the bundled server over stdio: `agentDocs/flowGraph` answers
 * the graph of one flow (by id, by a file of it, else the first), with every flow for the picker;
 * `agentDocs/flowChanged` arrives when a flow fact changes (an edit, a file changed on disk) and the
 * next answer has the change; the code lens on the orchestrator opens the view on its flow.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';
import type { FlowGraphParams, FlowGraphResult } from '../../server/src/protocol';

const DEVELOP = 'app/.claude/commands/develop.md';
const DEVELOPER = 'app/.claude/agents/developer.md';
const DEVELOP_TEXT =
  '---\ndescription: Runs the flow.\n---\n\n## Return Codes:\n\n### developer:\n- `SUCCESS_TO_QA` - Hand over to QA\n\n### qa:\n- `SUCCESS_DONE` - Done\n';
const DEVELOPER_TEXT =
  '---\nname: developer\ndescription: Implements tasks.\n---\n\n**RETURN CODES:**\n- `SUCCESS_TO_QA` - Ready for QA\n- `MISSING_TASK_FILES` - No task file\n';

const FILES: Record<string, string> = {
  [DEVELOP]: DEVELOP_TEXT,
  [DEVELOPER]: DEVELOPER_TEXT,
  'app/.claude/agents/qa.md': '---\nname: qa\ndescription: Checks the work.\n---\n\n**RETURN CODES:**\n- `SUCCESS_DONE` - Every check passes\n',
  // A second flow: a plugin whose codes and transitions are tables over state documents.
  'kit/.claude-plugin/plugin.json': '{ "name": "kit" }\n',
  'kit/agents/builder.md': '---\nname: builder\ndescription: Builds.\n---\n\n- **Determine return code**\n  - `SUCCESS` - Built\n  - `FAILURE` - Broken\n',
  'kit/resources/STATE-MACHINE/RETURN-CODES.md':
    '## Return Codes\n\n### Standard Return Codes\n\n| Code | Description |\n|---|---|\n| SUCCESS | Done |\n| FAILURE | Failed |\n\n### State Transition Mapping\n\n' +
    '| Current State | Return Code | Next State Action |\n|---|---|---|\n| WORK | SUCCESS | Proceed to TEST |\n| WORK | FAILURE | Exit with error |\n| TEST | SUCCESS | Proceed to DONE |\n',
  'kit/resources/STATE-MACHINE/STATE/WORK.md': '### Work\n\nDelegate to `builder`.\n',
  'kit/resources/STATE-MACHINE/STATE/TEST.md': '### Test\n\nValidate the work.\n',
  'kit/resources/STATE-MACHINE/STATE/DONE.md': '### Done\n\nWrap up.\n',
};

describe('protocol: the Flow view', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  const graph = (params: FlowGraphParams = {}) => client.request<FlowGraphResult>('agentDocs/flowGraph', params);
  const edges = (r: FlowGraphResult) => r.graph.edges.map((e) => `${e.from} ${e.code} ${e.to ?? (e.routed ? `(${e.end})` : '(nowhere)')}`);

  before(async () => {
    ws = tempWorkspace(FILES);
    client = await LspClient.start({ root: ws.root });
    // The first notification comes once the workspace is indexed.
    const indexed = client.waitForNotification('agentDocs/flowChanged');
    await indexed;
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('lists every flow and answers the one a file belongs to', async () => {
    const byFile = await graph({ uri: client.uri(DEVELOPER) });
    assert.deepEqual(byFile.flows.map((f) => f.title).sort(), ['app', 'kit']);
    assert.equal(byFile.flow, byFile.flows.find((f) => f.title === 'app')!.id);
    assert.deepEqual(
      byFile.graph.nodes.map((n) => `${n.kind} ${n.id}`),
      ['orchestrator /develop', 'agent developer', 'agent qa'],
    );
    assert.deepEqual(edges(byFile), ['developer MISSING_TASK_FILES (nowhere)', 'developer SUCCESS_TO_QA /develop', 'qa SUCCESS_DONE /develop']);
    // Each node points at its declaration: the agent's `name:` line.
    const developer = byFile.graph.nodes.find((n) => n.id === 'developer')!;
    assert.equal(developer.uri, client.uri(DEVELOPER));
    assert.equal(developer.range.start.line, 1);
    const kit = byFile.flows.find((f) => f.title === 'kit')!;
    const byId = await graph({ flow: kit.id });
    assert.equal(byId.flow, kit.id);
    assert.deepEqual(
      edges(byId).filter((e) => !e.startsWith('builder')),
      ['WORK FAILURE (exit)', 'WORK SUCCESS TEST', 'TEST SUCCESS DONE'],
    );
  });

  it('says when an edit changes the flow, and answers with the change', async () => {
    const uri = client.uri(DEVELOP);
    await client.open(uri, DEVELOP_TEXT);
    const changed = client.waitForNotification('agentDocs/flowChanged');
    await client.change(
      uri,
      DEVELOP_TEXT.replace('- `SUCCESS_TO_QA` - Hand over to QA\n', '- `SUCCESS_TO_QA` - Hand over to QA\n- `MISSING_TASK_FILES` - Plan the task first\n'),
    );
    await changed;
    const after = await graph({ uri });
    assert.ok(
      after.graph.edges.every((e) => e.routed),
      edges(after).join(', '),
    );
    await client.close(uri);
  });

  it('says when a flow file changes on disk', async () => {
    const changed = client.waitForNotification('agentDocs/flowChanged');
    writeFileSync(
      join(ws.root, DEVELOPER),
      DEVELOPER_TEXT.replace('- `MISSING_TASK_FILES` - No task file\n', '- `MISSING_TASK_FILES` - No task file\n- `TIMEOUT_RETRY` - Out of time\n'),
    );
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(DEVELOPER), type: 2 }] });
    await changed;
    const after = await graph({ uri: client.uri(DEVELOPER) });
    assert.ok(edges(after).includes('developer TIMEOUT_RETRY (nowhere)'), edges(after).join(', '));
  });

  it('offers a code lens on the orchestrator that opens the view on its flow', async () => {
    const uri = client.uri(DEVELOP);
    await client.open(uri, DEVELOP_TEXT);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const flow = lenses.find((l) => l.command?.command === 'agentDocs.flow.show');
    assert.ok(flow, JSON.stringify(lenses));
    assert.match(flow.command!.title, /^Show Flow: 2 agents, 2 codes not routed$/);
    assert.deepEqual(flow.command!.arguments, [uri]);
    // Above the `## Return Codes:` heading.
    assert.equal(flow.range.start.line, 4);
  });
});
