/**
 * Settings that change which files are read, and as what, re-index closed files; each workspace
 * folder of a multi-root workspace has its own config file. Spoken over stdio to the bundled server.
 */
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { AgentChildrenParams, AgentViewNode } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

/** What VS Code answers for the `agentDocs` section when the user has set nothing. */
const UNSET = { rules: {}, documents: {}, skills: { target: null }, maxFileSize: null, followSymlinks: null, trace: { server: 'off' } };
const agent = (name: string) => `---\nname: ${name}\ndescription: Reviews ${name} changes.\n---\n\nReview the diff.\n`;
/** Long enough to wait for an index that does come, short enough that a missing one fails soon. */
const WAIT_MS = 5000;

describe('protocol: settings that change what is indexed', () => {
  let ws: TempWorkspace;
  let outside: TempWorkspace;
  let client: LspClient;
  let settings: Record<string, unknown> = UNSET;

  const children = (params: Partial<AgentChildrenParams> = {}) => client.request<AgentViewNode[]>('agentDocs/agentChildren', { filter: 'all', ...params });
  /** The labels of the Agents view's agents: what the index knows about closed files. */
  const agents = async (): Promise<string[]> => {
    const g = (await children()).find((n) => n.label === 'Agents');
    if (!g) return [];
    const nodes = await children({ parent: { id: g.id, level: g.level, folder: g.folder, ...(g.group ? { group: g.group } : {}) } });
    return nodes.map((n) => n.label).sort();
  };
  const change = async (patch: Record<string, unknown>) => {
    settings = { ...settings, ...patch };
    await client.changeSettings(settings);
  };
  const waitForAgents = (expected: string[], what: string) =>
    client.poll(agents, (labels) => JSON.stringify(labels) === JSON.stringify(expected), what, WAIT_MS);

  before(async () => {
    ws = tempWorkspace({
      '.claude/agents/reviewer.md': agent('reviewer'),
      // Not an agent by the default globs: only once `agentDocs.documents` says so.
      'prompts/planner.md': agent('planner'),
    });
    // A team's shared agents, linked into the workspace from outside it.
    outside = tempWorkspace({ '.claude/agents/shared.md': agent('shared') });
    symlinkSync(outside.root, join(ws.root, 'team'), 'dir');
    client = await LspClient.start({ root: ws.root, settings });
    await waitForAgents(['reviewer'], 'the first index');
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
    outside?.dispose();
  });

  it('agentDocs.documents: a closed file that now counts as an agent is indexed as one', async () => {
    await change({ documents: { agent: ['.claude/agents/*.md', 'prompts/*.md'] } });
    await waitForAgents(['planner', 'reviewer'], 'planner indexed as an agent');
    await change({ documents: {} });
    await waitForAgents(['reviewer'], 'planner back to plain Markdown');
  });

  it('the config file: `documents` written there re-indexes too', async () => {
    const configFile = pathToFileURL(
      ws.write('agent-docs.config.json', JSON.stringify({ documents: { agent: ['.claude/agents/*.md', 'prompts/*.md'] } })),
    ).href;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configFile, type: 1 }] });
    await waitForAgents(['planner', 'reviewer'], 'planner indexed as an agent by the config file');
    ws.write('agent-docs.config.json', '{}');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configFile, type: 2 }] });
    await waitForAgents(['reviewer'], 'planner back to plain Markdown');
  });

  it('agentDocs.ignore: ignored files leave the index, and come back', async () => {
    await change({ ignore: ['**/node_modules/**', '.claude/**'] });
    await waitForAgents([], 'reviewer ignored');
    await change({ ignore: null });
    await waitForAgents(['reviewer'], 'reviewer back');
  });

  it('agentDocs.maxFileSize: files over the new limit leave the index, and come back', async () => {
    await change({ maxFileSize: 20 });
    await waitForAgents([], 'every file over 20 bytes skipped');
    await change({ maxFileSize: null });
    await waitForAgents(['reviewer'], 'reviewer back');
  });

  it('agentDocs.followSymlinks: files behind a link out of the workspace are indexed, and forgotten', async () => {
    await change({ followSymlinks: true });
    await waitForAgents(['reviewer', 'shared'], 'the linked folder read');
    await change({ followSymlinks: null });
    await waitForAgents(['reviewer'], 'the linked folder forgotten');
  });
});

describe('protocol: one config file per workspace folder', () => {
  let a: TempWorkspace;
  let b: TempWorkspace;
  let client: LspClient;
  // CRLF line endings: Claude Code's fallback quoting does not apply, so the YAML error stands.
  const BROKEN = '---\r\nname: broken\r\ndescription: @mention starts a value\r\n---\r\nBody\r\n';
  const NAMED_ONLY = '---\nname: planner\n---\nBody\n';
  const yamlSeverity = (ds: Diagnostic[]) => ds.find((d) => d.code === 'yaml-syntax')?.severity;

  before(async () => {
    a = tempWorkspace({
      'agent-docs.config.json': JSON.stringify({ rules: { 'yaml-syntax': 'warning' } }),
      '.claude/agents/broken.md': BROKEN,
      'prompts/planner.md': NAMED_ONLY,
    });
    b = tempWorkspace({
      'agent-docs.config.json': JSON.stringify({ rules: { 'yaml-syntax': 'off' }, documents: { agent: ['.claude/agents/*.md', 'prompts/*.md'] } }),
      '.claude/agents/broken.md': BROKEN,
      'prompts/planner.md': NAMED_ONLY,
    });
    client = await LspClient.start({ root: a.root, moreFolders: [b.root], settings: UNSET });
  });
  after(() => {
    client?.dispose();
    a?.dispose();
    b?.dispose();
  });

  it("applies each folder's rule severities to its own files", async () => {
    const inA = pathToFileURL(join(a.root, '.claude/agents/broken.md')).href;
    const inB = pathToFileURL(join(b.root, '.claude/agents/broken.md')).href;
    await client.open(inA, BROKEN);
    await client.open(inB, BROKEN);
    await client.waitForDiagnostics(inA, (ds) => yamlSeverity(ds) === 2);
    // Folder b turns yaml-syntax off; with one config for the session it stays a warning.
    await client.waitForDiagnostics(inB, (ds) => yamlSeverity(ds) === undefined);
  });

  it("classifies each folder's files by its own document globs", async () => {
    const inA = pathToFileURL(join(a.root, 'prompts/planner.md')).href;
    const inB = pathToFileURL(join(b.root, 'prompts/planner.md')).href;
    await client.open(inA, NAMED_ONLY);
    await client.open(inB, NAMED_ONLY);
    const missing = (ds: Diagnostic[]) => ds.some((d) => d.code === 'agent-description-missing');
    await client.waitForDiagnostics(inB, missing);
    assert.equal(missing(await client.waitForDiagnostics(inA, () => true)), false, 'in folder a it is plain Markdown');
  });
});
