import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Position } from '../../../server/src/core';
import { textAt } from '../../support/cursor';
import { VirtualWorkspace } from '../../support/virtualWorkspace';

/** The position of the `n`-th occurrence of `needle` in a file, plus `delta` characters. */
function at(ws: VirtualWorkspace, path: string, needle: string, delta = 1, n = 0): Position {
  const text = ws.files.get(path)!;
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} in ${path}`);
  const before = text.slice(0, i + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

const PLUGIN = {
  'orch/.claude-plugin/plugin.json': '{ "name": "orch" }\n',
  'orch/agents/reviewer.md': '---\nname: reviewer\ndescription: Reviews each change for bugs.\n---\n# Reviewer\n\nRead the diff.\n',
  'orch/agents/lead.md': '---\nname: lead\ndescription: Leads.\ntools: Agent(orch:reviewer), Read\n---\n## Return Codes:\n\n### reviewer:\n- `SUCCESS`\n',
  'orch/skills/pdf/SKILL.md': '---\nname: pdf\ndescription: PDF files.\n---\nFill forms.\n',
  '.claude/agents/writer.md': '---\nname: writer\ndescription: Writes.\nskills: [orch:pdf, pdf]\ntools: Agent(orch:reviewer)\n---\nWrite.\n',
};

describe('agent and skill names', () => {
  it('go to the definition and find every reference, scoped or not', () => {
    const ws = new VirtualWorkspace(PLUGIN);
    const lead = ws.uri('orch/agents/lead.md');
    const defs = ws.service.definition(lead, at(ws, 'orch/agents/lead.md', 'orch:reviewer', 6));
    assert.deepEqual(
      defs.map((d) => ws.path(d.uri)),
      ['orch/agents/reviewer.md'],
    );
    assert.equal(textAt(ws.service, defs[0]!.uri, defs[0]!.range), 'reviewer');
    const refs = ws.service.references(ws.uri('orch/agents/reviewer.md'), at(ws, 'orch/agents/reviewer.md', 'reviewer'), false);
    assert.deepEqual(
      refs.map((r) => `${ws.path(r.uri)} ${textAt(ws.service, r.uri, r.range)}`),
      ['.claude/agents/writer.md orch:reviewer', 'orch/agents/lead.md orch:reviewer', 'orch/agents/lead.md reviewer'],
    );
  });

  it('hover shows the target, its description and first lines', () => {
    const ws = new VirtualWorkspace(PLUGIN);
    const h = ws.service.hover(ws.uri('orch/agents/lead.md'), at(ws, 'orch/agents/lead.md', 'orch:reviewer', 7));
    assert.ok(h);
    assert.match(h.contents.value, /\*\*agent\*\* `orch:reviewer` · plugin `orch`/);
    assert.match(h.contents.value, /Reviews each change for bugs\./);
    assert.match(h.contents.value, /`orch\/agents\/reviewer\.md`/);
    assert.match(h.contents.value, /# Reviewer\n\nRead the diff\./);
    const builtin = new VirtualWorkspace({ '.claude/agents/a.md': '---\nname: a\ndescription: A.\ntools: Agent(Explore)\n---\n' });
    assert.match(
      builtin.service.hover(builtin.uri('.claude/agents/a.md'), at(builtin, '.claude/agents/a.md', 'Explore'))!.contents.value,
      /built into Claude Code/,
    );
  });

  it('renames an agent: its name, its file and every reference, keeping plugin prefixes', () => {
    const ws = new VirtualWorkspace(PLUGIN);
    const uri = ws.uri('orch/agents/lead.md');
    const pos = at(ws, 'orch/agents/lead.md', '### reviewer', 5);
    assert.deepEqual(ws.service.prepareRename(uri, pos)?.placeholder, 'reviewer');
    const edit = ws.service.rename(uri, pos, 'critic');
    assert.ok(edit);
    ws.apply(edit);
    assert.ok(!ws.files.has('orch/agents/reviewer.md'));
    assert.match(ws.files.get('orch/agents/critic.md')!, /^---\nname: critic\n/);
    assert.match(ws.files.get('orch/agents/lead.md')!, /tools: Agent\(orch:critic\), Read/);
    assert.match(ws.files.get('orch/agents/lead.md')!, /### critic:/);
    assert.match(ws.files.get('.claude/agents/writer.md')!, /tools: Agent\(orch:critic\)/);
    assert.equal(ws.service.rename(uri, pos, 'Not A Name'), undefined);
  });

  it('a name of two or more words written bare before "agent", or in a description, is renamed with it and never reported', () => {
    const ws = new VirtualWorkspace({
      '.claude/agents/code-reviewer.md': '---\nname: code-reviewer\ndescription: Reviews.\n---\nReview.\n',
      '.claude/agents/lead.md':
        '---\nname: lead\ndescription: "Leads; hands reviews to the code-reviewer agent (the `code-reviewer` agent)."\n---\nInvoke code-reviewer agent to validate, then the code-reviewr agent (misspelt: left alone).\n' +
        'The reviewer agent, a code-reviewer-v2 agent, `code-reviewer` agent, /code-reviewer agent and multi-agent flows.\n',
    });
    const lead = ws.uri('.claude/agents/lead.md');
    assert.deepEqual(
      ws.service.lint(lead).filter((f) => f.ruleId.startsWith('agent-reference')),
      [],
      'bare names are never reported',
    );
    const refs = ws.service.references(ws.uri('.claude/agents/code-reviewer.md'), at(ws, '.claude/agents/code-reviewer.md', 'code-reviewer'), false);
    assert.deepEqual(
      refs.map((r) => `${r.range.start.line}:${r.range.start.character}`),
      ['2:42', '2:68', '4:7', '5:47'],
    );
    const edit = ws.service.rename(lead, at(ws, '.claude/agents/lead.md', 'code-reviewer agent'), 'critic');
    assert.ok(edit);
    ws.apply(edit);
    assert.equal(
      ws.files.get('.claude/agents/lead.md'),
      '---\nname: lead\ndescription: "Leads; hands reviews to the critic agent (the `critic` agent)."\n---\nInvoke critic agent to validate, then the code-reviewr agent (misspelt: left alone).\n' +
        'The reviewer agent, a code-reviewer-v2 agent, `critic` agent, /code-reviewer agent and multi-agent flows.\n',
    );
  });

  it('renames a skill: its name, its folder and its entries in skills lists', () => {
    const ws = new VirtualWorkspace(PLUGIN);
    const uri = ws.uri('.claude/agents/writer.md');
    const edit = ws.service.rename(uri, at(ws, '.claude/agents/writer.md', 'orch:pdf', 6), 'forms');
    assert.ok(edit);
    ws.apply(edit);
    assert.match(ws.files.get('orch/skills/forms/SKILL.md')!, /^---\nname: forms\n/);
    assert.match(ws.files.get('.claude/agents/writer.md')!, /skills: \[orch:forms, forms\]/);
  });

  it('completes names where they are typed: Agent(, subagent_type, @agent-, skills, /', () => {
    const ws = new VirtualWorkspace({
      ...PLUGIN,
      'orch/commands/deploy.md': '---\ndescription: Deploys.\n---\nDeploy.\n',
      '.claude/agents/new.md':
        '---\nname: new\ndescription: New.\ntools: Agent(orch:re, Read\nskills: [p\n---\nSpawn `subagent_type: orch:` and ask @agent-or, then run `/orch:de`.\n',
    });
    const path = '.claude/agents/new.md';
    const uri = ws.uri(path);
    const labels = (needle: string) =>
      ws.service
        .completion(uri, at(ws, path, needle, needle.length))
        .filter((i) => i.kind === 'value')
        .map((i) => i.label);
    assert.ok(labels('Agent(orch:re').includes('orch:reviewer'));
    assert.ok(labels('Agent(orch:re').includes('general-purpose'));
    assert.ok(labels('subagent_type: orch:').includes('orch:lead'));
    assert.ok(labels('@agent-or').includes('orch:reviewer'));
    assert.deepEqual(labels('skills: [p'), ['orch:pdf']);
    assert.ok(labels('`/orch:de').includes('orch:deploy'));
  });

  it('hover shows a preview whose cut code block is closed', () => {
    const ws = new VirtualWorkspace({
      '.claude/agents/a.md': '---\nname: a\ndescription: A.\n---\nIntro.\n\n```bash\none\ntwo\nthree\nfour\nfive\nsix\n```\n',
      '.claude/agents/b.md': '---\nname: b\ndescription: B.\ntools: Agent(a)\n---\n',
    });
    const h = ws.service.hover(ws.uri('.claude/agents/b.md'), at(ws, '.claude/agents/b.md', 'Agent(a', 6))!;
    assert.match(h.contents.value, /Intro\.\n\n```bash\none\ntwo\nthree\nfour\n```$/);
  });
});
