/**
 * The same findings for a file whatever the order of the arguments, the working directory, relative
 * or absolute paths, a file given twice or with its folder, and whether it is linted alone or with
 * its workspace (cross-file rules read the rest of the workspace as context).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../support/cli';
import { tempWorkspace, type TempWorkspace } from '../../support/tempWorkspace';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  range: unknown;
}

const FILES: Record<string, string> = {
  // Cross-file: a preloaded skill that exists, one that does not, and a duplicate name.
  '.claude/agents/reviewer.md': '---\nname: reviewer\ndescription: Reviews code.\nskills: [checklist, missing-skill]\ntools: Read, Bsh\n---\nBody\n',
  '.claude/agents/reviewer-copy.md': '---\nname: reviewer\ndescription: The same name again.\n---\nBody\n',
  '.claude/skills/checklist/SKILL.md': '---\nname: checklist\ndescription: A checklist.\n---\nSteps\n',
  '.claude/commands/ship.md': '---\ndescription: Ship it\nargument-hint: [a] [b]\n---\nShip $1\n',
  'docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001 - Shop.md': '# Epic 0001: Shop\n\nSee Task 0001.01.09.\n',
  'notes/readme.md': '# Notes\n\nPlain Markdown.\n',
};

describe('lint gives the same results whatever the call', () => {
  let ws: TempWorkspace;
  let outside = '';
  /** Findings by absolute file, from `lint --format json`. */
  const lint = (args: string[], cwd: string) => {
    const run = runCli(['lint', '--format', 'json', ...args], { cwd });
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
    const parsed = JSON.parse(run.stdout) as { path: string; findings: JsonFinding[] }[];
    return new Map(parsed.map((r) => [resolve(cwd, r.path), r.findings]));
  };
  let reference: Map<string, JsonFinding[]>;

  before(() => {
    ws = tempWorkspace(FILES);
    outside = mkdtempSync(join(tmpdir(), 'agent-docs-outside-'));
    reference = lint(['.'], ws.root);
  });
  after(() => {
    ws.dispose();
    rmSync(outside, { recursive: true, force: true });
  });

  const file = (p: string) => join(ws.root, p);
  /** The reference's findings for the files a run reported, in the reference's file order. */
  const expectedFor = (files: Iterable<string>) => {
    const wanted = new Set(files);
    return new Map([...reference].filter(([f]) => wanted.has(f)));
  };

  it('finds the cross-file problems in the reference run', () => {
    const reviewer = reference.get(file('.claude/agents/reviewer.md'))!.map((f) => f.ruleId);
    assert.ok(
      reviewer.includes('agent-skill-unknown') && reviewer.includes('agent-name-duplicate') && reviewer.includes('agent-tool-unknown'),
      reviewer.join(),
    );
    assert.equal(
      reference.get(file('.claude/agents/reviewer.md'))!.filter((f) => f.ruleId === 'agent-skill-unknown').length,
      1,
      'only missing-skill is unknown',
    );
    assert.equal(reference.size, Object.keys(FILES).length);
  });

  it('does not depend on the order of the arguments', () => {
    const a = lint(['.claude', 'docs', 'notes'], ws.root);
    const b = lint(['notes', 'docs', '.claude'], ws.root);
    assert.deepEqual([...a], [...b]);
    assert.deepEqual([...a], [...reference]);
  });

  it('does not depend on the working directory: inside the agents folder, outside the workspace', () => {
    const inside = lint(['.'], join(ws.root, '.claude', 'agents'));
    assert.deepEqual([...inside], [...expectedFor(inside.keys())]);
    assert.equal(inside.size, 2);
    const fromOutside = lint([ws.root], outside);
    assert.deepEqual([...fromOutside], [...reference]);
    const relativeFromOutside = lint([relative(outside, ws.root)], outside);
    assert.deepEqual([...relativeFromOutside], [...reference]);
  });

  it('reads the rest of the workspace as context when given one file, relative or absolute', () => {
    const rel = lint(['.claude/agents/reviewer.md'], ws.root);
    const abs = lint([file('.claude/agents/reviewer.md')], outside);
    assert.deepEqual([...rel], [...expectedFor([file('.claude/agents/reviewer.md')])]);
    assert.deepEqual([...abs], [...rel]);
    const task = lint([file('docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001 - Shop.md')], outside);
    assert.deepEqual([...task], [...expectedFor(task.keys())]);
  });

  it('reports a file given twice, or with its folder, once', () => {
    const twice = lint(['.claude/agents/reviewer.md', file('.claude/agents/reviewer.md'), './.claude/agents/reviewer.md'], ws.root);
    assert.deepEqual([...twice], [...expectedFor([file('.claude/agents/reviewer.md')])]);
    const withFolder = lint(['.claude/agents/reviewer.md', '.claude/agents', '.claude'], ws.root);
    assert.deepEqual([...withFolder], [...expectedFor(withFolder.keys())]);
    assert.equal(withFolder.size, 4);
  });

  it('keeps a nested project out of the outer workspace, alone or with it', () => {
    // An example project with its own `.claude/`: Claude Code run in the outer folder does not load
    // its skills (the outer agent's `nested-only` is unknown), and its own agent sees them whatever
    // the call.
    const nested = tempWorkspace({
      '.claude/agents/outer.md': '---\nname: outer\ndescription: Outer.\nskills: [outer-skill, nested-only]\n---\nBody\n',
      '.claude/skills/outer-skill/SKILL.md': '---\nname: outer-skill\ndescription: Outer.\n---\nSteps\n',
      'examples/app/.claude/skills/nested-only/SKILL.md': '---\nname: nested-only\ndescription: Only here.\n---\nSteps\n',
      'examples/app/.claude/agents/inner.md': '---\nname: inner\ndescription: Inner.\nskills: [nested-only]\n---\nBody\n',
    });
    try {
      const rules = (m: Map<string, JsonFinding[]>, p: string) => (m.get(join(nested.root, p)) ?? []).map((f) => f.ruleId);
      const all = lint(['.'], nested.root);
      assert.deepEqual(rules(all, '.claude/agents/outer.md'), ['agent-skill-unknown']);
      assert.deepEqual(rules(all, 'examples/app/.claude/agents/inner.md'), []);
      for (const [args, cwd] of [
        [['.claude/agents/outer.md'], nested.root],
        [['examples/app/.claude/agents/inner.md'], nested.root],
        [['.'], join(nested.root, 'examples', 'app')],
        [[nested.root], outside],
      ] as const) {
        const run = lint([...args], cwd);
        for (const [f, findings] of run) assert.deepEqual(findings, all.get(f), `${args.join(' ')} from ${cwd}: ${f}`);
      }
    } finally {
      nested.dispose();
    }
  });
  it('reads a folder with no project marker as one workspace, from inside it or from outside', () => {
    // Skills copied into a plain folder (no .git, .claude or config): two share a name, which only
    // a cross-file rule sees, and a link's folder is said relative to the folder given.
    const plain = tempWorkspace({
      'skills/a/SKILL.md': '---\nname: same\ndescription: One.\n---\nSee [x](missing.md)\n',
      'skills/b/SKILL.md': '---\nname: same\ndescription: Two.\n---\nSteps\n',
    });
    try {
      const inside = lint(['.'], plain.root);
      const fromOutside = lint([plain.root], outside);
      assert.ok(
        [...inside.values()].flat().some((f) => f.ruleId === 'skill-name-duplicate'),
        'the duplicate is found from inside',
      );
      assert.ok(
        [...inside.values()].flat().some((f) => f.message.includes('`skills/a/`')),
        'the folder is relative to the workspace',
      );
      assert.deepEqual([...fromOutside].sort(), [...inside].sort());
    } finally {
      plain.dispose();
    }
  });
});
