/**
 * One voice with VS Code's own validation: in a document VS Code validates itself (language
 * `chatagent` or `skill`, named by the client), what VS Code already reports stays a hint here,
 * with its fix; everything else, and the same file under `markdown`, keeps its severity.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, PULL_CAPABILITIES } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

const AGENT = '---\nname: reviewer\ndescription: Reviews\nmodel: Claude Sonnet 4.5\ncolor: magenta\n---\nBody\n';
const SKILL = '---\nname: pdf-toolz\ndescription: Works with PDF files\n---\nBody\n';
const severities = (ds: Diagnostic[]) => Object.fromEntries(ds.map((d) => [String(d.code), d.severity]));

describe('protocol: one voice with VS Code’s own validation', () => {
  let ws: TempWorkspace;
  let client: LspClient;

  before(async () => {
    ws = tempWorkspace({ '.claude/agents/reviewer.md': AGENT, '.claude/skills/pdf-tools/SKILL.md': SKILL });
    client = await LspClient.start({
      root: ws.root,
      capabilities: PULL_CAPABILITIES,
      initializationOptions: { hostValidatedLanguages: ['chatagent', 'skill'] },
    });
    await client.waitForNotification('agentDocs/indexed');
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  const pull = async (uri: string) => {
    const report = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    return report.items;
  };

  it('keeps what VS Code reports on an open chatagent document as a hint, with its fix, and the rest as it was', async () => {
    const uri = client.uri('.claude/agents/reviewer.md');
    await client.open(uri, AGENT, 'chatagent');
    const items = await pull(uri);
    // 4 = hint, 2 = warning.
    assert.deepEqual(severities(items), { 'agent-model-value': 4, 'agent-color-value': 2 });
    const model = items.find((d) => d.code === 'agent-model-value')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: model.range,
      context: { diagnostics: [model], only: ['quickfix'] },
    });
    assert.ok(
      actions.some((a) => /sonnet|opus|haiku|inherit/.test(a.title)),
      `a fix is still offered: ${actions.map((a) => a.title).join(', ')}`,
    );
    await client.close(uri);
  });

  it('keeps the severity where VS Code does not validate: the same file as markdown, or closed', async () => {
    const uri = client.uri('.claude/agents/reviewer.md');
    await client.open(uri, AGENT, 'markdown');
    assert.equal(severities(await pull(uri))['agent-model-value'], 2);
    await client.close(uri);
    const pull2 = client.pullWorkspace();
    await pull2.until((r) => r.get(uri)?.kind === 'full', 'the closed agent in the workspace report');
    const report = pull2.reports.get(uri)!;
    assert.equal(report.kind === 'full' && severities(report.items)['agent-model-value'], 2);
    pull2.cancel();
  });

  it('keeps the skill name that is not its folder’s as a hint in an open skill document', async () => {
    const uri = client.uri('.claude/skills/pdf-tools/SKILL.md');
    await client.open(uri, SKILL, 'skill');
    assert.equal(severities(await pull(uri))['skill-name-folder-mismatch'], 4);
    await client.close(uri);
  });
});
