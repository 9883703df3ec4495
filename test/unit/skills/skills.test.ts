import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../server/src/core';
import { AGENT_SKILLS_FIELDS, COMMAND_FIELDS, SKILL_FIELDS } from '../../../server/src/core/spec/claudeCode';
import { deriveSkillName, skillNameProblem } from '../../../server/src/core/skills/names';
import { memoryService } from '../../support/workspace';

const PORTABLE = { skills: { target: 'agent-skills' as const } };

describe('skill spec data', () => {
  it('lists every Claude Code skill field once, and commands drop name and paths', () => {
    const names = SKILL_FIELDS.map((f) => f.name);
    assert.equal(new Set(names).size, names.length);
    for (const n of [
      'name',
      'description',
      'when_to_use',
      'argument-hint',
      'arguments',
      'disable-model-invocation',
      'user-invocable',
      'allowed-tools',
      'disallowed-tools',
      'model',
      'effort',
      'context',
      'agent',
      'background',
      'hooks',
      'paths',
      'shell',
      'metadata',
      'license',
      'compatibility',
    ]) {
      assert.ok(names.includes(n), n);
    }
    assert.deepEqual(
      COMMAND_FIELDS.map((f) => f.name),
      names.filter((n) => n !== 'name' && n !== 'paths'),
    );
    assert.deepEqual(AGENT_SKILLS_FIELDS.map((f) => f.name).sort(), ['allowed-tools', 'compatibility', 'description', 'license', 'metadata', 'name']);
  });

  it('checks and derives names by the Agent Skills rules', () => {
    for (const ok of ['pdf', 'pdf-tools', 'a1', 'x'.repeat(64)]) assert.equal(skillNameProblem(ok), undefined, ok);
    for (const bad of ['', 'PDF', '-pdf', 'pdf-', 'pdf--tools', 'pdf_tools', 'pdf tools', 'x'.repeat(65)]) assert.ok(skillNameProblem(bad), bad);
    assert.equal(deriveSkillName('My_Skill v2'), 'my-skill-v2');
    assert.equal(deriveSkillName('--a--b--'), 'a-b');
    assert.equal(deriveSkillName('x'.repeat(70)).length, 64);
  });
});

describe('skill fixes', () => {
  it('renames the folder to the name with a workspace rename', () => {
    const { service, uri } = memoryService({ 'skills/deploy/SKILL.md': '---\nname: ship-it\ndescription: d\n---\n' });
    const finding = service.lint(uri('skills/deploy/SKILL.md')).find((f) => f.ruleId === 'skill-name-folder-mismatch')!;
    const rename = finding.fixes!.find((f) => f.title.startsWith('Rename the folder'))!;
    assert.deepEqual(rename.edit.renames, [{ oldUri: 'file:///ws/skills/deploy', newUri: 'file:///ws/skills/ship-it' }]);
    assert.equal(finding.severity, 'information');
  });

  it('moves unknown keys under an existing metadata map, keeping its indentation', () => {
    const text = '---\nname: tool\ndescription: d\nmetadata:\n    owner: me\nversion: 1.5\nuser-invocable: true\n---\nBody\n';
    const { service, uri } = memoryService({ 'skills/tool/SKILL.md': text }, PORTABLE);
    const fixed = service.fixAllText(uri('skills/tool/SKILL.md'), text);
    assert.equal(fixed, '---\nname: tool\ndescription: d\nmetadata:\n    owner: me\n    version: "1.5"\n    user-invocable: "true"\n---\nBody\n');
    assert.deepEqual(
      service
        .lint(uri('skills/tool/SKILL.md'))
        .filter((f) => f.ruleId === 'skill-unknown-field')
        .map((f) => f.severity),
      ['error', 'error'],
    );
  });

  it('keeps CRLF line breaks when moving keys and adds metadata when there is none', () => {
    const text = '---\r\nname: tool\r\ndescription: d\r\nargument-hint: "[x]"\r\n---\r\n';
    const { service, uri } = memoryService({ 'skills/tool/SKILL.md': text }, PORTABLE);
    assert.equal(
      service.fixAllText(uri('skills/tool/SKILL.md'), text),
      '---\r\nname: tool\r\ndescription: d\r\nmetadata:\r\n  argument-hint: "[x]"\r\n---\r\n',
    );
  });

  it('re-lints an agent when the skill it names appears', () => {
    const agent = '---\nname: a\ndescription: d\nskills: [pdf]\n---\n';
    const { service, uri } = memoryService({ '.claude/agents/a.md': agent, '.claude/skills/other/SKILL.md': '---\ndescription: x\n---\n' });
    assert.equal(service.lint(uri('.claude/agents/a.md')).filter((f) => f.ruleId === 'agent-skill-unknown').length, 1);
    service.indexFile(uri('.claude/skills/pdf/SKILL.md'), '---\ndescription: PDFs\n---\n');
    assert.equal(service.lint(uri('.claude/agents/a.md')).filter((f) => f.ruleId === 'agent-skill-unknown').length, 0);
    assert.ok(service.rulesAffectedBy(['skills']).some((r) => r.id === 'agent-skill-unknown'));
  });

  it('removes an ignored command name with fix-all and changes nothing else', () => {
    const text = '---\nname: ship\ndescription: Deploy\n---\n\nname: in the body stays\n';
    const { service, uri } = memoryService({ '.claude/commands/deploy.md': text });
    const fixed = service.fixAllText(uri('.claude/commands/deploy.md'), text);
    assert.equal(fixed, '---\ndescription: Deploy\n---\n\nname: in the body stays\n');
  });

  it('applies a single quick fix exactly', () => {
    const text = '---\nargument-hint: [issue]\n---\n';
    const { service, uri } = memoryService({ '.claude/commands/fix.md': text });
    const f = service.lint(uri('.claude/commands/fix.md')).find((x) => x.ruleId === 'argument-hint-list')!;
    assert.equal(applyEdits(text, f.fixes![0]!.edit.changes[uri('.claude/commands/fix.md')]!).text, '---\nargument-hint: "[issue]"\n---\n');
  });
});

describe('argument placeholder hovers', () => {
  const text = '---\ndescription: d\nargument-hint: "[issue] [branch]"\n---\nFix $0 on $1, all: $ARGUMENTS, dir ${CLAUDE_SKILL_DIR}, price \\$1.\n';
  const { service, uri } = memoryService({ '.claude/commands/fix.md': text });
  const at = (needle: string, delta = 1) => {
    const offset = text.indexOf(needle) + delta;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1]!.length };
  };

  it('explains indexed, whole and variable placeholders', () => {
    assert.match(service.hover(uri('.claude/commands/fix.md'), at('$1,'))!.contents.value, /2nd argument \(`\[branch\]` in `argument-hint`\)/);
    assert.match(service.hover(uri('.claude/commands/fix.md'), at('$ARGUMENTS'))!.contents.value, /every argument/);
    assert.match(service.hover(uri('.claude/commands/fix.md'), at('${CLAUDE'))!.contents.value, /directory holding the skill/);
  });

  it('has nothing for an escaped dollar or plain text', () => {
    assert.equal(service.hover(uri('.claude/commands/fix.md'), at('\\$1.', 2)), undefined);
    assert.equal(service.hover(uri('.claude/commands/fix.md'), at('Fix', 1)), undefined);
  });
});

describe('skill and command frontmatter completion and hovers', () => {
  const files = {
    'skills/x/SKILL.md': '---\nname: x\ncon\n---\n',
    '.claude/commands/c.md': '---\ncontext: fork\nde\n---\n',
  };
  const { service, uri } = memoryService(files);

  it('offers every Claude Code skill field, and command fields without name and paths', () => {
    const skill = service.completion(uri('skills/x/SKILL.md'), { line: 2, character: 3 }).map((i) => i.label);
    for (const f of ['context', 'when_to_use', 'paths', 'compatibility']) assert.ok(skill.includes(f), f);
    assert.ok(!skill.includes('name'), 'name is already present');
    const command = service.completion(uri('.claude/commands/c.md'), { line: 2, character: 2 }).map((i) => i.label);
    assert.ok(command.includes('description') && command.includes('argument-hint'));
    assert.ok(!command.includes('name') && !command.includes('paths'));
  });

  it('explains a skill value', () => {
    assert.match(service.hover(uri('.claude/commands/c.md'), { line: 1, character: 10 })!.contents.value, /forked subagent/);
  });
});
