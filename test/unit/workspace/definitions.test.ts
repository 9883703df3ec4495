/**
 * The workspace's agents, skills and commands as the sidebar lists them: names the way Claude
 * Code gives them, description/model/tools from the summary facts, and the index event that
 * reports every update (problem counts depend on the whole text, not only on facts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definitionsIn } from '../../../server/src/core/workspace/definitions';
import { DESCRIPTION_LIMIT } from '../../../server/src/core/workspace/indexers/summary';
import { memoryService } from '../../support/workspace';

const FILES = {
  '.claude/agents/zeta.md': '---\nname: zeta\ndescription: "Last, \\n but listed."\nmodel: opus\ntools:\n  - Read\n  - "Bash(git log:*)"\n---\n',
  '.claude/agents/Alpha Helper.md': '---\ndescription: No name here.\n---\n',
  '.claude/agents/beta.md': `---\nname: beta\ndescription: ${'long '.repeat(100)}\n---\n\n**RETURN CODES:**\n- \`SUCCESS_DONE\` - Done\n`,
  '.claude/skills/pdf/SKILL.md': '---\ndescription: Reads PDFs.\nallowed-tools: Read Bash(python:*)\n---\n',
  '.claude/skills/named/SKILL.md': '---\nname: other-name\ndescription: Named apart from its folder.\n---\n',
  '.claude/commands/deploy.md': 'Deploy now.\n',
  '.claude/commands/git/sync.md': '---\ndescription: Sync.\nallowed-tools: Bash(git pull:*), Bash(git push:*)\n---\n',
  'docs/readme.md': '# Not a definition\n',
};

describe('workspace definitions', () => {
  it('lists agents, skills and commands in kind then name order, named as Claude Code names them', () => {
    const { service } = memoryService(FILES);
    const list = definitionsIn(service.index, 'file:///ws');
    assert.deepEqual(
      list.map((d) => [d.kind, d.name, d.unnamed ?? false, d.namespace ?? '', d.codes]),
      [
        ['agent', 'Alpha Helper', true, '', 0],
        ['agent', 'beta', false, '', 1],
        ['agent', 'zeta', false, '', 0],
        ['skill', 'other-name', false, '', 0],
        ['skill', 'pdf', false, '', 0],
        ['command', 'deploy', false, '', 0],
        ['command', 'sync', false, 'git', 0],
      ],
    );
  });

  it('keeps description, model and tools, and cuts long descriptions', () => {
    const { service } = memoryService(FILES);
    const byName = new Map(definitionsIn(service.index, '').map((d) => [d.name, d.summary]));
    assert.deepEqual(byName.get('zeta'), { description: 'Last, but listed.', model: 'opus', tools: ['Read', 'Bash(git log:*)'] });
    assert.equal(byName.get('beta')!.description!.length, DESCRIPTION_LIMIT);
    assert.ok(byName.get('beta')!.description!.endsWith('…'));
    assert.deepEqual(byName.get('pdf')!.tools, ['Read', 'Bash(python:*)']);
    assert.deepEqual(byName.get('sync')!.tools, ['Bash(git pull:*)', 'Bash(git push:*)']);
    assert.deepEqual(byName.get('deploy'), {});
  });

  it('lists only the files under the folder asked for', () => {
    const { service } = memoryService(FILES);
    assert.equal(definitionsIn(service.index, 'file:///elsewhere').length, 0);
  });

  it('follows renames through the cache', () => {
    const { service, uri } = memoryService(FILES);
    assert.ok(definitionsIn(service.index, '').some((d) => d.name === 'zeta'));
    service.indexFile(uri('.claude/agents/zeta.md'), '---\nname: omega\ndescription: Renamed.\n---\n');
    const names = definitionsIn(service.index, '')
      .filter((d) => d.kind === 'agent')
      .map((d) => d.name);
    assert.deepEqual(names, ['Alpha Helper', 'beta', 'omega']);
  });

  it('reports every update to onDidUpdate, also when no fact changed', () => {
    const { service, uri } = memoryService(FILES);
    const updates: string[] = [];
    const changes: string[] = [];
    service.index.onDidUpdate((u) => updates.push(u));
    service.index.onDidChange((u) => changes.push(u));
    // A body edit: same facts, different text.
    service.indexFile(uri('.claude/commands/deploy.md'), 'Deploy now, carefully.\n');
    assert.deepEqual(updates, [uri('.claude/commands/deploy.md')]);
    assert.deepEqual(changes, []);
  });
});
