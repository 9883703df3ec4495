import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConfigLayer } from '../../../server/src/core';
import { AGENT_SKILLS_FIELDS } from '../../../server/src/core/spec/claudeCode';
import { textAt, withCursor } from '../../support/cursor';
import { memoryService } from '../../support/workspace';

const SKILL = 'skills/review/SKILL.md';
const COMMAND = '.claude/commands/review.md';

function ask(marked: string, path: string, layer?: ConfigLayer) {
  const { text, position } = withCursor(marked);
  const { service, uri } = memoryService({ [path]: text }, layer);
  const items = service.completion(uri(path), position);
  const hover = service.hover(uri(path), position);
  return {
    labels: items.map((i) => i.label),
    replaced: (label: string) => textAt(service, uri(path), items.find((i) => i.label === label)!.range!),
    hover: hover?.contents.value,
  };
}

describe('frontmatter features for skills and commands', () => {
  it('offers Claude Code skill fields, and the skill enums', () => {
    const keys = ask('---\nname: review\n‸\n---\n', SKILL).labels;
    for (const k of ['description', 'allowed-tools', 'context', 'when_to_use', 'shell']) assert.ok(keys.includes(k), k);
    assert.ok(!keys.includes('name'));
    assert.ok(!keys.includes('permissionMode'), 'agent-only fields are not offered');
    assert.deepEqual(ask('---\ncontext: ‸\n---\n', SKILL).labels, ['fork', 'inline']);
    assert.deepEqual(ask('---\nshell: ‸\n---\n', SKILL).labels, ['bash', 'powershell']);
  });

  it('offers only the Agent Skills fields when skills target the portable specification', () => {
    const keys = ask('---\n‸\n---\n', SKILL, { skills: { target: 'agent-skills' } }).labels;
    assert.deepEqual([...keys].sort(), AGENT_SKILLS_FIELDS.map((f) => f.name).sort());
  });

  it('splits skill tool lists at spaces as well as commas', () => {
    const c = ask('---\nallowed-tools: Read Bash(git add:*) Gr‸\n---\n', SKILL);
    assert.equal(c.replaced('Grep'), 'Gr');
    assert.ok(!c.labels.includes('Read') && !c.labels.includes('Bash'));
    assert.ok(c.labels.includes('AskUserQuestion'), 'tools stripped from subagents are fine in a skill');
    assert.match(ask('---\nallowed-tools: Read Gre‸p\n---\n', SKILL).hover ?? '', /Searches for patterns/);
  });

  it('explains values with the meaning they have for a skill', () => {
    assert.match(ask('---\ncontext: fork\nbackground: fal‸se\n---\n', SKILL).hover ?? '', /waits for the forked subagent/);
    assert.match(ask('---\nuser-invocable: fal‸se\n---\n', SKILL).hover ?? '', /Hidden from the `\/` menu/);
  });

  it('offers command fields without the ones Claude Code ignores in commands', () => {
    const keys = ask('---\n‸\n---\n', COMMAND).labels;
    assert.ok(keys.includes('argument-hint') && keys.includes('allowed-tools'));
    assert.ok(!keys.includes('name') && !keys.includes('paths'));
  });
});
