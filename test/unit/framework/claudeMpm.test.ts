import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AgentDocsService, mergeConfig, parseConfigText, RULE_IDS } from '../../../server/src/core';
import { claudeMpmKind, isFlatSkill } from '../../../server/src/core/framework/claudeMpmKinds';
import { claudeMpmProjectOf, detectClaudeMpmProjects, frameworkOf } from '../../../server/src/core/framework/detect';
import { skillsByName } from '../../../server/src/core/workspace/indexers/skills';
import { mpmFlatSkillName } from '../../../server/src/core/spec/claudeMpm';

describe('claude-mpm detection', () => {
  it('recognises a project by its folder, its package and its JSON templates', () => {
    assert.equal(claudeMpmProjectOf('file:///w/app/.claude-mpm/configuration.yaml'), 'file:///w/app/');
    assert.equal(claudeMpmProjectOf('file:///w/app/.claude-mpm/'), 'file:///w/app/');
    assert.equal(claudeMpmProjectOf('file:///w/mpm/src/claude_mpm/agents/BASE_PM.md'), 'file:///w/mpm/');
    assert.equal(claudeMpmProjectOf('file:///venv/lib/site-packages/claude_mpm/skills/bundled/pdf.md'), 'file:///venv/lib/site-packages/');
    assert.equal(claudeMpmProjectOf('file:///w/tpl/agents/templates/engineer.json'), 'file:///w/tpl/');
  });

  it('ignores look-alikes', () => {
    assert.equal(claudeMpmProjectOf('file:///w/bobmatnyc__claude-mpm__v4.21.0/README.md'), undefined);
    assert.equal(claudeMpmProjectOf('file:///w/app/agents/templates/notes.md'), undefined);
    assert.equal(claudeMpmProjectOf('file:///w/app/.claude/agents/reviewer.md'), undefined);
    assert.equal(claudeMpmProjectOf('file:///w/app/my_claude_mpm_notes/x.md'), undefined);
  });

  it('keeps only the outermost projects', () => {
    const projects = detectClaudeMpmProjects([
      'file:///w/a/src/claude_mpm/agents/templates/qa.json',
      'file:///w/a/src/claude_mpm/skills/bundled/pdf.md',
      'file:///w/a/.claude-mpm/',
      'file:///w/b/README.md',
      'file:///w/c/.claude-mpm/memories/x.md',
    ]);
    assert.deepEqual(projects, ['file:///w/a/', 'file:///w/c/']);
  });

  it('lets the setting decide over detection', () => {
    assert.equal(frameworkOf('file:///w/a/x.md', 'auto', ['file:///w/a/']), 'claude-mpm');
    assert.equal(frameworkOf('file:///w/b/x.md', 'auto', ['file:///w/a/']), 'claude-code');
    assert.equal(frameworkOf('file:///w/b/x.md', 'claude-mpm', []), 'claude-mpm');
    assert.equal(frameworkOf('file:///w/a/x.md', 'claude-code', ['file:///w/a/']), 'claude-code');
  });
});

describe('claude-mpm layout', () => {
  it('reads flat bundled skills as skills and instruction fragments as plain Markdown', () => {
    assert.equal(claudeMpmKind('src/claude_mpm/skills/bundled/git-workflow.md'), 'skill');
    assert.equal(claudeMpmKind('.claude/skills/my-skill.md'), 'skill');
    assert.equal(claudeMpmKind('src/claude_mpm/skills/bundled/LICENSE_ATTRIBUTIONS.md'), 'markdown');
    assert.equal(claudeMpmKind('src/claude_mpm/skills/bundled/debugging/tdd/SKILL.md'), undefined);
    assert.equal(claudeMpmKind('src/claude_mpm/agents/BASE_PM.md'), 'markdown');
    assert.equal(claudeMpmKind('src/claude_mpm/agents/PM_INSTRUCTIONS.md'), 'markdown');
    assert.equal(claudeMpmKind('agents/engineer/BASE-AGENT.md'), 'markdown');
    assert.equal(claudeMpmKind('src/claude_mpm/agents/templates/circuit-breakers.md'), 'markdown');
    assert.equal(claudeMpmKind('src/claude_mpm/agents/bundled/rust-engineer.md'), undefined);
    assert.equal(claudeMpmKind('.claude/agents/BASE.md'), undefined, 'Claude Code loads every file of .claude/agents');
    assert.ok(isFlatSkill('file:///x/skills/bundled/pdf.md'));
    assert.ok(!isFlatSkill('file:///x/skills/bundled/main/pdf/SKILL.md'));
  });

  it('classifies by the framework the service finds', () => {
    const service = new AgentDocsService({ host: { readFile: () => undefined, log: () => {} }, roots: ['file:///w/'], frameworkProjects: ['file:///w/mpm/'] });
    assert.equal(service.kindOf('file:///w/mpm/src/claude_mpm/skills/bundled/pdf.md'), 'skill');
    assert.equal(service.kindOf('file:///w/mpm/src/claude_mpm/agents/BASE_PM.md'), 'markdown');
    assert.equal(service.kindOf('file:///w/other/agents/BASE_PM.md'), 'agent', 'outside the project, the default globs decide');
    assert.equal(service.kindOf('file:///w/other/skills/bundled/pdf.md'), 'markdown');
    service.setFrameworkProjects([]);
    assert.equal(service.kindOf('file:///w/mpm/src/claude_mpm/skills/bundled/pdf.md'), 'markdown');
  });

  it('names nested skills the way claude-mpm deploys them', () => {
    assert.equal(mpmFlatSkillName('universal/collaboration/git-workflow'), 'universal-collaboration-git-workflow');
    assert.equal(mpmFlatSkillName('toolchains/python/Frameworks_X/'), 'toolchains-python-frameworks-x');
  });
});

describe('skill identities', () => {
  it('indexes flat skills by file name and skill_id, and skill-folder skills by their deployment name', () => {
    const config = mergeConfig({ framework: 'claude-mpm', skillFolders: ['file:///skills-repo/'] });
    const service = new AgentDocsService({ host: { readFile: () => undefined, log: () => {} }, roots: ['file:///w/'], config });
    service.indexFile('file:///w/src/claude_mpm/skills/bundled/async-testing.md', '---\nskill_id: async-tests\nskill_version: 0.1.0\n---\n');
    service.indexFile('file:///skills-repo/universal/collaboration/git-workflow/SKILL.md', '---\nname: git-workflow\ndescription: x\n---\n');
    const names = [...skillsByName(service.index).keys()].sort();
    assert.deepEqual(names, ['async-testing', 'async-tests', 'git-workflow', 'universal-collaboration-git-workflow']);
  });
});

describe('framework and skillFolders settings', () => {
  it('reads both, resolving skill folders against the config file', () => {
    const { layer, problems } = parseConfigText(
      JSON.stringify({ framework: 'claude-mpm', skillFolders: ['../claude-mpm-skills', '/abs/skills/'] }),
      RULE_IDS,
      'file:///w/agents/',
    );
    assert.deepEqual(problems, []);
    assert.equal(layer.framework, 'claude-mpm');
    assert.deepEqual(layer.skillFolders, ['file:///w/claude-mpm-skills/', 'file:///abs/skills/']);
  });

  it('reports bad values and keeps the rest', () => {
    const { layer, problems } = parseConfigText(JSON.stringify({ framework: 'mpm', skillFolders: 'skills', maxFileSize: 10 }), RULE_IDS, 'file:///w/');
    assert.deepEqual(problems, ['"framework" must be one of "auto", "claude-code", "claude-mpm"', '"skillFolders" must be a list of folder paths']);
    assert.equal(layer.maxFileSize, 10);
    const relative = parseConfigText(JSON.stringify({ skillFolders: ['skills'] }), RULE_IDS);
    assert.deepEqual(relative.problems, ['"skillFolders": cannot resolve "skills" without a workspace folder']);
  });

  it('defaults to auto detection and no extra folders', () => {
    const config = mergeConfig();
    assert.equal(config.framework, 'auto');
    assert.deepEqual(config.skillFolders, []);
  });
});

describe('claude-mpm fields in the editor', () => {
  const text = '---\nname: research\ndescription: Research.\nagent_id: research\n\n---\n';
  const make = (framework: 'claude-mpm' | 'claude-code') => {
    const service = new AgentDocsService({ host: { readFile: () => undefined, log: () => {} }, roots: ['file:///w/'], config: mergeConfig({ framework }) });
    service.openDocument('file:///w/.claude/agents/research.md', 1, text);
    return service;
  };
  const uri = 'file:///w/.claude/agents/research.md';

  it('explains claude-mpm keys on hover and offers them in completion', () => {
    const service = make('claude-mpm');
    const hover = service.hover(uri, { line: 3, character: 2 });
    assert.match(String(hover?.contents.value), /claude-mpm.*identifier for the agent.*Claude Code ignores it/s);
    const labels = service.completion(uri, { line: 4, character: 0 }).map((i) => i.label);
    assert.ok(labels.includes('resource_tier') && labels.includes('model'), labels.join(', '));
    assert.ok(!labels.includes('agent_id'), 'a key already present is not offered again');
  });

  it('keeps to Claude Code outside claude-mpm projects', () => {
    const service = make('claude-code');
    // Only what Claude Code does with the key (it ignores it): nothing of claude-mpm's.
    const hover = String(service.hover(uri, { line: 3, character: 2 })?.contents.value ?? '');
    assert.doesNotMatch(hover, /claude-mpm/);
    assert.ok(!service.completion(uri, { line: 4, character: 0 }).some((i) => i.label === 'resource_tier'));
  });
});
