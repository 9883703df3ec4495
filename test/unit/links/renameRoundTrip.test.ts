/**
 * Property: renaming an agent or a skill, or moving a file or folder, and then doing the reverse,
 * restores every file of the workspace byte for byte, over workspaces that reference their agents,
 * skills and files in every form the core understands.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Position } from '../../../server/src/core';
import { VirtualWorkspace } from '../../support/virtualWorkspace';

const AGENTS = ['reviewer', 'planner', 'tester', 'writer'];
const SKILLS = ['pdf', 'forms', 'deploy-staging'];

interface World {
  files: Record<string, string>;
  /** Whether resource links write `CORE/` for the folder `core/` (a case-only mismatch). */
  miscased: boolean;
}

/** A plugin `orch` with agents, skills, resources and a command, referencing each other every way. */
const world: fc.Arbitrary<World> = fc
  .record({
    agents: fc.subarray(AGENTS, { minLength: 2 }),
    skills: fc.subarray(SKILLS, { minLength: 1 }),
    skillNamed: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    resourceCase: fc.constantFrom('core', 'CORE'),
    spaced: fc.boolean(),
    forms: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 12 }),
  })
  .map(({ agents, skills, skillNamed, eol, resourceCase, spaced, forms }) => {
    const notes = spaced ? 'team notes.md' : 'notes.md';
    const notesLink = spaced ? 'team%20notes.md' : 'notes.md';
    const files: Record<string, string> = {
      'orch/.claude-plugin/plugin.json': '{ "name": "orch" }\n',
      'orch/resources/core/TMUX.md': '# Tmux\n\n## Attach\n',
      [`docs/${notes}`]: `# Notes${eol}${eol}See [tmux](../orch/resources/core/TMUX.md#attach).${eol}`,
      'orch/scripts/check.sh': 'echo ok\n',
    };
    for (const s of skills) {
      files[`orch/skills/${s}/SKILL.md`] =
        `---${eol}${skillNamed ? `name: ${s}${eol}` : ''}description: The ${s} skill.${eol}---${eol}Read \`references/guide.md\`.${eol}`;
      files[`orch/skills/${s}/references/guide.md`] = `# Guide${eol}`;
    }
    const lines = (self: string) =>
      forms.map((f, i) => {
        const a = agents[i % agents.length]!;
        const s = skills[i % skills.length]!;
        switch (f) {
          case 0:
            return `- Spawn with \`subagent_type: orch:${a}\`.`;
          case 1:
            return `- Ask @agent-orch:${a} first.`;
          case 2:
            return `- Use the \`orch:${a}\` agent.`;
          case 3:
            return `- Run \`/orch:${s}\` or \`/${s}\`.`;
          case 4:
            return `- Read \`plugin:orch:resources://${resourceCase}/TMUX.md\`.`;
          case 5:
            return `- Run \`\${CLAUDE_PLUGIN_ROOT}/scripts/check.sh\`.`;
          case 6:
            return `- See [notes](../../docs/${notesLink}) and [tmux](../resources/core/TMUX.md#attach).`;
          case 7:
            return `- Bare: \`resources://core/TMUX.md\`.`;
          case 8:
            return self === a ? '- (myself)' : `- Ping \`orch:${a}\` agent.`;
          default:
            return `- Nothing to see in ${i}.`;
        }
      });
    for (const a of agents) {
      const others = agents.filter((x) => x !== a);
      files[`orch/agents/${a}.md`] = [
        '---',
        `name: ${a}`,
        `description: The ${a}.`,
        `tools: Agent(${others.map((o) => `orch:${o}`).join(', ')}), Read`,
        `skills: [${skills.map((s) => `orch:${s}`).join(', ')}]`,
        '---',
        ...lines(a),
        '',
        '## Return Codes:',
        '',
        ...others.map((o) => `### ${o}:${eol}- \`SUCCESS\``),
        '',
      ].join(eol);
    }
    files['orch/commands/work.md'] = ['---', 'description: Works.', '---', ...lines(''), ''].join(eol);
    return { files, miscased: resourceCase !== 'core' };
  });

/** The position of the value of `name:` in a file, or its first line. */
function namePosition(text: string): Position {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => l.startsWith('name: '));
  return line >= 0 ? { line, character: 'name: '.length + 1 } : { line: 0, character: 0 };
}

function renameAt(ws: VirtualWorkspace, path: string, position: Position, newName: string): void {
  const edit = ws.service.rename(ws.uri(path), position, newName);
  assert.ok(edit, `rename at ${path}:${position.line}:${position.character} to ${newName}`);
  ws.apply(edit);
}

function move(ws: VirtualWorkspace, from: string, to: string): void {
  const m = { oldUri: ws.uri(from), newUri: ws.uri(to) };
  ws.apply({ ...ws.service.willRenameFiles([m]), renames: [m] });
}

describe('rename and move round trips', () => {
  it('renaming an agent, then renaming it back, restores every file', () => {
    fc.assert(
      fc.property(world, fc.nat(), (w, pick) => {
        const ws = new VirtualWorkspace(w.files);
        const before = ws.snapshot();
        const agent = [...ws.files.keys()].filter((p) => p.startsWith('orch/agents/')).sort()[pick % 2]!;
        const old = agent.slice('orch/agents/'.length, -'.md'.length);
        renameAt(ws, agent, namePosition(ws.files.get(agent)!), 'renamed-agent');
        assert.ok(ws.files.has('orch/agents/renamed-agent.md'), 'the file moved');
        assert.ok(
          ![...ws.files.values()].some((t) => t.includes(`orch:${old}\``) || t.includes(`orch:${old},`)),
          'no scoped reference to the old name is left',
        );
        renameAt(ws, 'orch/agents/renamed-agent.md', namePosition(ws.files.get('orch/agents/renamed-agent.md')!), old);
        assert.deepEqual(ws.snapshot(), before);
      }),
      { numRuns: 40 },
    );
  });

  it('renaming a skill from a reference, then back, restores every file', () => {
    fc.assert(
      fc.property(world, (w) => {
        const ws = new VirtualWorkspace(w.files);
        const before = ws.snapshot();
        const agent = [...ws.files.keys()].find((p) => p.startsWith('orch/agents/'))!;
        const text = ws.files.get(agent)!;
        const lines = text.split(/\r?\n/);
        const line = lines.findIndex((l) => l.startsWith('skills: ['));
        const skill = /orch:([\w-]+)/.exec(lines[line]!)![1]!;
        renameAt(ws, agent, { line, character: lines[line]!.indexOf(`orch:${skill}`) + 6 }, 'renamed-skill');
        assert.ok(ws.files.has('orch/skills/renamed-skill/SKILL.md'), 'the folder moved');
        const renamed = ws.files.get('orch/skills/renamed-skill/SKILL.md')!;
        if (/^name: /m.test(renamed)) renameAt(ws, 'orch/skills/renamed-skill/SKILL.md', namePosition(renamed), skill);
        else {
          // A skill without `name:` is renamed back from a reference to it.
          const again = ws.files.get(agent)!.split(/\r?\n/);
          const l = again.findIndex((x) => x.startsWith('skills: ['));
          renameAt(ws, agent, { line: l, character: again[l]!.indexOf('orch:renamed-skill') + 6 }, skill);
        }
        assert.deepEqual(ws.snapshot(), before);
      }),
      { numRuns: 40 },
    );
  });

  it('moving a file or folder, then moving it back, restores every file', () => {
    const moves: [string, string][] = [
      ['orch/resources/core/TMUX.md', 'orch/resources/core/sessions/TMUX.md'],
      ['orch/resources/core', 'orch/resources/basics'],
      ['orch/scripts/check.sh', 'orch/bin/check.sh'],
      ['orch/agents', 'orch/agents-old'],
      ['orch/commands/work.md', 'orch/commands/flow/work.md'],
      ['docs', 'documentation/guides'],
    ];
    fc.assert(
      fc.property(world, fc.constantFrom(...moves), (w, [from, to]) => {
        // Renaming the folder a link spells in other letter case rewrites the link to the folder's
        // real new name; moving back writes the real old name, not the miscased one.
        fc.pre(!(w.miscased && from === 'orch/resources/core'));
        const ws = new VirtualWorkspace(w.files);
        const before = ws.snapshot();
        const notes = [...ws.files.keys()].find((p) => p.startsWith('docs/'))!;
        const source = from === 'docs' ? 'docs' : from;
        move(ws, source, to);
        move(ws, to, source);
        assert.ok(ws.files.has(notes));
        assert.deepEqual(ws.snapshot(), before);
      }),
      { numRuns: 60 },
    );
  });
});
