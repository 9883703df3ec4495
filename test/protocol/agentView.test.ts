/**
 * The Agents view's custom protocol, spoken to the bundled server: agents, skills and commands
 * grouped by kind with their problem counts, an agent's return codes with their routing, the
 * "with problems" filter, and the debounced notification naming the file that changed.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';
import type { AgentChildrenParams, AgentTreeChangedParams, AgentViewNode } from '../../server/src/protocol';

const REVIEWER = '---\nname: reviewer\ndescription: Reviews changes.\nmodel: sonnet\ntools: Read, Grep\n---\n\nReview the diff.\n';

const FILES: Record<string, string> = {
  '.claude/agents/reviewer.md': REVIEWER,
  // No description: Claude Code skips it (an error); an unknown tool is a warning.
  '.claude/agents/broken.md': '---\nname: broken\ntools: Read, Teleport\n---\n\nBody.\n',
  '.claude/agents/developer-web.md':
    '---\nname: developer-web\ndescription: Implements web tasks.\n---\n\nDo the work.\n\n**RETURN CODES:**\n- `SUCCESS_TO_QA` - Implementation complete\n- `FAILURE_CONTINUE` - Keep iterating\n',
  '.claude/skills/pdf-tools/SKILL.md': '---\nname: pdf-tools\ndescription: Fills PDF forms.\nallowed-tools: Read Bash(python:*)\n---\n\nSteps.\n',
  '.claude/commands/develop.md':
    '---\ndescription: Orchestrates development.\n---\n\n# Develop\n\n## Return Codes:\n\n### developer-web:\n- `SUCCESS_TO_QA` - Implementation complete\n',
  '.claude/commands/git/sync.md': '---\ndescription: Syncs the branch.\n---\n\nRun git pull.\n',
  'notes.md': '# Notes\n',
};

describe('protocol: the Agents view', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  const children = (params: Partial<AgentChildrenParams> = {}) => client.request<AgentViewNode[]>('agentDocs/agentChildren', { filter: 'all', ...params });
  const parentOf = (n: AgentViewNode): AgentChildrenParams['parent'] => ({
    id: n.id,
    level: n.level,
    folder: n.folder,
    ...(n.uri ? { uri: n.uri } : {}),
    ...(n.group ? { group: n.group } : {}),
  });
  const group = async (label: string, filter: AgentChildrenParams['filter'] = 'all') => {
    const g = (await children({ filter })).find((n) => n.label === label);
    return g ? children({ parent: parentOf(g), filter }) : [];
  };

  before(async () => {
    ws = tempWorkspace(FILES);
    client = await LspClient.start({ root: ws.root });
    // Registered before the server can finish indexing (it first asks this client for settings).
    const indexed = client.waitForNotification<AgentTreeChangedParams>('agentDocs/agentTreeChanged', (p) => p.uris.length === 0);
    await client.poll(
      () => group('Commands'),
      (nodes) => nodes.length === 2,
      'commands indexed',
    );
    await indexed;
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('groups agents, skills and commands with counts', async () => {
    const groups = await children();
    assert.deepEqual(
      groups.map((g) => [g.level, g.label, g.group, g.count, g.hasChildren]),
      [
        ['group', 'Agents', 'agents', 3, true],
        ['group', 'Skills', 'skills', 1, true],
        ['group', 'Commands', 'commands', 2, true],
      ],
    );
  });

  it('lists agents by name with problems, state, model and tools', async () => {
    const agents = await group('Agents');
    assert.deepEqual(
      agents.map((a) => [a.label, a.state, a.hasChildren]),
      [
        ['broken', 'error', false],
        // Its FAILURE_CONTINUE is declared but not routed by the orchestrator: a warning.
        ['developer-web', 'warning', true],
        ['reviewer', 'ok', false],
      ],
    );
    const broken = agents[0]!;
    assert.equal(broken.uri, client.uri('.claude/agents/broken.md'));
    assert.ok(broken.errors! >= 1, 'the missing description is an error');
    assert.ok(broken.warnings! >= 1, 'the unknown tool is a warning');
    const reviewer = agents[2]!;
    assert.deepEqual(
      [reviewer.errors, reviewer.warnings, reviewer.description, reviewer.model, reviewer.tools],
      [0, 0, 'Reviews changes.', 'sonnet', ['Read', 'Grep']],
    );
  });

  it('names skills by their name and commands by their file, with the subfolder', async () => {
    const [skill] = await group('Skills');
    assert.deepEqual([skill!.level, skill!.label, skill!.description, skill!.tools], ['skill', 'pdf-tools', 'Fills PDF forms.', ['Read', 'Bash(python:*)']]);
    const commands = await group('Commands');
    assert.deepEqual(
      commands.map((c) => [c.level, c.label, c.namespace]),
      [
        ['command', '/develop', undefined],
        ['command', '/sync', 'git'],
      ],
    );
  });

  it("shows an agent's return codes with their declaration line and routing", async () => {
    const dev = (await group('Agents')).find((a) => a.label === 'developer-web')!;
    const codes = await children({ parent: parentOf(dev) });
    assert.deepEqual(
      codes.map((c) => [c.label, c.line, c.state, c.description]),
      [
        ['SUCCESS_TO_QA', 8, 'routed', 'Implementation complete'],
        ['FAILURE_CONTINUE', 9, 'notRouted', 'Keep iterating'],
      ],
    );
    assert.deepEqual(codes[0]!.routedBy, [{ uri: client.uri('.claude/commands/develop.md'), section: 'developer-web', line: 9 }]);
    assert.deepEqual(codes[1]!.notRoutedBy, [{ uri: client.uri('.claude/commands/develop.md'), section: 'developer-web', line: 8 }]);
    assert.equal(new Set(codes.map((c) => c.id)).size, 2);
  });

  it('keeps only entries with problems under the filter', async () => {
    assert.deepEqual(
      (await children({ filter: 'withProblems' })).map((g) => [g.label, g.count]),
      [['Agents', 2]],
    );
    assert.deepEqual(
      (await group('Agents', 'withProblems')).map((a) => a.label),
      ['broken', 'developer-web'],
    );
  });

  it('names the changed file when an agent changes on disk, with its new problem count', async () => {
    const rel = '.claude/agents/reviewer.md';
    const uri = client.uri(rel);
    // Wait for the notification about this edit (indexing at start-up sends others).
    const changed = client.waitForNotification<AgentTreeChangedParams>('agentDocs/agentTreeChanged', (p) => p.uris.includes(uri));
    writeFileSync(join(ws.root, rel), REVIEWER.replace('tools: Read, Grep', 'tools: Read, Grep, Teleport'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    assert.deepEqual((await changed).uris, [uri]);
    const reviewer = (await group('Agents')).find((a) => a.label === 'reviewer')!;
    assert.deepEqual([reviewer.state, reviewer.warnings, reviewer.tools], ['warning', 1, ['Read', 'Grep', 'Teleport']]);
  });

  it('names an open agent whose problems change with an edit of its body only', async () => {
    const uri = client.uri('.claude/agents/reviewer.md');
    const before = (await group('Agents')).find((a) => a.label === 'reviewer')!;
    const text = REVIEWER.replace('tools: Read, Grep', 'tools: Read, Grep, Teleport');
    await client.open(uri, text);
    const changed = client.waitForNotification<AgentTreeChangedParams>('agentDocs/agentTreeChanged', (p) => p.uris.includes(uri));
    // Text damaged by a wrong decoding is a warning; no fact of the file changes.
    await client.change(uri, text.replace('Review the diff.', 'Review the diff â†’ then report.'));
    await changed;
    const after = (await group('Agents')).find((a) => a.label === 'reviewer')!;
    assert.equal(after.warnings, before.warnings! + 1);
    await client.close(uri);
  });

  it('asks for a full refresh when severities change, and counts with the new ones', async () => {
    const refreshed = client.waitForNotification<AgentTreeChangedParams>('agentDocs/agentTreeChanged', (p) => p.uris.length === 0);
    await client.changeSettings({ rules: { 'agent-tool-unknown': 'off' } });
    await refreshed;
    const broken = (await group('Agents')).find((a) => a.label === 'broken')!;
    assert.deepEqual([broken.state, broken.warnings], ['error', 0]);
    assert.ok(broken.errors! >= 1);
  });
});

describe('protocol: the Agents view in a multi-root workspace', () => {
  let one: TempWorkspace;
  let two: TempWorkspace;
  let client: LspClient;
  const children = (params: Partial<AgentChildrenParams> = {}) => client.request<AgentViewNode[]>('agentDocs/agentChildren', { filter: 'all', ...params });

  before(async () => {
    one = tempWorkspace({ '.claude/agents/reviewer.md': REVIEWER, '.claude/commands/ship.md': 'Ship it.\n' });
    two = tempWorkspace({ '.claude/agents/broken.md': FILES['.claude/agents/broken.md']! });
    client = await LspClient.start({ root: one.root, moreFolders: [two.root] });
    await client.poll(
      () => children(),
      (nodes) => nodes.reduce((n, f) => n + (f.count ?? 0), 0) === 3,
      'both folders indexed',
    );
  });
  after(() => {
    client?.dispose();
    one?.dispose();
    two?.dispose();
  });

  it('shows one node per folder, each with its own groups', async () => {
    const folders = await children();
    assert.deepEqual(
      folders.map((f) => [f.level, f.count, f.hasChildren]),
      [
        ['folder', 2, true],
        ['folder', 1, true],
      ],
    );
    assert.equal(folders[0]!.label, one.root.split('/').pop());
    const groups = await children({ parent: { id: folders[1]!.id, level: 'folder', folder: folders[1]!.folder } });
    assert.deepEqual(
      groups.map((g) => [g.label, g.count]),
      [['Agents', 1]],
    );
    const agents = await children({ parent: { id: groups[0]!.id, level: 'group', folder: groups[0]!.folder, group: 'agents' } });
    assert.deepEqual(
      agents.map((a) => [a.label, a.state]),
      [['broken', 'error']],
    );
  });

  it('drops folders without problems under the filter', async () => {
    const folders = await children({ filter: 'withProblems' });
    assert.deepEqual(
      folders.map((f) => [f.label, f.count]),
      [[two.root.split('/').pop(), 1]],
    );
  });
});
