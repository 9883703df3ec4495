/**
 * Where agents and the plan are looked for (the views' empty states): folders that look like agents
 * in a collection that keeps them outside `agents/` (contains-studio's `engineering/*.md`), the
 * globs that add them, and the re-index once they are in the settings.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../support/lspClient';
import { tempWorkspace, type TempWorkspace } from '../support/tempWorkspace';

// Name and description only: nothing agent-only (`tools`, `color`, …) that would make the core read
// the folder as an agent collection by itself.
const agent = (name: string) => `---\nname: ${name}\ndescription: Use this agent when ${name} work is needed.\n---\n\nYou are ${name}.\n`;

describe('protocol: document locations for the empty states', () => {
  let ws: TempWorkspace;
  let client: LspClient;
  let folder: string;

  before(async () => {
    ws = tempWorkspace({
      'engineering/rapid-prototyper.md': agent('rapid-prototyper'),
      'engineering/backend-architect.md': agent('backend-architect'),
      'design/ui-designer.md': agent('ui-designer'),
      'design/README.md': '# Design agents\n',
      'notes/todo.md': '# Todo\n\n- write more agents\n',
      'README.md': agent('not-an-agent'),
    });
    client = await LspClient.start({ root: ws.root, settings: {} });
    await client.waitForNotification('agentDocs/indexed');
    folder = client.uri('').replace(/\/$/, '');
  });
  after(() => {
    client?.dispose();
    ws?.dispose();
  });

  it('finds the folders whose files look like agents, most files first, and says where agents are looked for', async () => {
    const answer = await client.request<{ globs: string[]; candidates: { folder: string; files: number }[]; configFile?: string }>(
      'agentDocs/documentLocations',
      { folder, kind: 'agent' },
    );
    assert.deepEqual(answer.candidates, [
      { folder: 'engineering', files: 2 },
      { folder: 'design', files: 1 },
    ]);
    assert.ok(answer.globs.includes('**/agents/**/*.md'), answer.globs.join(', '));
    assert.equal(answer.configFile, undefined);
    const none = await client.request<{ agents: unknown[] }>('agentDocs/agentChildren', { filter: 'all' });
    assert.deepEqual(none, []);
  });

  it('proposes the globs with the chosen folders added, and the agents appear once they are set', async () => {
    const answer = await client.request<{ proposed: string[]; globs: string[] }>('agentDocs/documentLocations', {
      folder,
      kind: 'agent',
      add: ['engineering', 'design'],
    });
    // Added before the exclusions, so that `design/README.md` stays out.
    assert.deepEqual(
      answer.proposed.filter((g) => !answer.globs.includes(g)),
      ['engineering/*.md', 'design/*.md'],
    );
    assert.ok(answer.proposed.indexOf('design/*.md') < answer.proposed.indexOf('!**/README.md'));
    await client.changeSettings({ documents: { agent: answer.proposed } });
    const groups = await client.poll(
      () => client.request<{ label: string; count: number }[]>('agentDocs/agentChildren', { filter: 'all' }),
      (g) => g.some((n) => n.label === 'Agents'),
      'the Agents group after the re-index',
    );
    assert.deepEqual(
      groups.map((g) => [g.label, g.count]),
      [['Agents', 3]],
    );
  });

  it('adds a plan folder recursively', async () => {
    const answer = await client.request<{ proposed: string[]; globs: string[] }>('agentDocs/documentLocations', {
      folder,
      kind: 'task',
      add: ['planning/sprints'],
    });
    assert.deepEqual(
      answer.proposed.filter((g) => !answer.globs.includes(g)),
      ['planning/sprints/**/*.md'],
    );
  });
});
