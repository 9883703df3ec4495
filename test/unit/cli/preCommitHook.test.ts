/**
 * The pre-commit hook's definition: its `files` pattern (a Python regex) lets through exactly what
 * the CLI walks as possible documents, so the CLI's own classification decides the rest; and the
 * hook runs the CLI once for all files, and speaks when it passes.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { isDocumentPath } from '../../../server/src/host/files';

const REPO = join(__dirname, '..', '..', '..', '..');
const CORPUS = join(REPO, '..', '..', 'shared', 'corpus');

interface HookDef {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
  verbose?: boolean;
  pass_filenames?: boolean;
}

function hook(): HookDef {
  const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as HookDef[];
  assert.equal(hooks.length, 1);
  return hooks[0]!;
}

/** Python's `(?i)…` as a JavaScript regex: the pattern uses nothing else that differs. */
function pattern(files: string): RegExp {
  assert.ok(files.startsWith('(?i)'));
  const body = files.slice(4);
  assert.doesNotMatch(body, /\(\?[^:=!]|\\[AZz]|\(\?P/, 'no Python-only syntax beyond the leading (?i)');
  return new RegExp(body, 'i');
}

function walk(dir: string, out: string[] = [], depth = 0): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name === '.git') continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (depth < 12) walk(p, out, depth + 1);
    } else out.push(p);
  }
  return out;
}

describe('.pre-commit-hooks.yaml', () => {
  it('runs `agent-docs lint` once for all staged files, and prints its summary even when it passes', () => {
    const h = hook();
    assert.equal(h.id, 'agent-docs');
    assert.equal(h.entry, 'agent-docs lint');
    assert.equal(h.language, 'node');
    assert.equal(h.require_serial, true);
    assert.equal(h.verbose, true);
    assert.notEqual(h.pass_filenames, false);
  });

  it('lets through the same files the CLI walks, over the corpus and this repository', () => {
    const re = pattern(hook().files);
    const paths = [...walk(CORPUS), ...walk(REPO)].map((p) =>
      relative(p.startsWith(CORPUS) ? CORPUS : REPO, p)
        .split('\\')
        .join('/'),
    );
    assert.ok(paths.length > 2000, `${paths.length} paths`);
    const disagree = paths.filter((p) => re.test(p) !== isDocumentPath(p));
    assert.deepEqual(disagree.slice(0, 20), []);
    for (const p of [
      '.claude/agents/x.md',
      'SKILL.MD',
      'a/.claude-plugin/plugin.json',
      'hooks/hooks.json',
      '.mcp.json',
      'agents/templates/engineer.json',
      'config/skills_registry.yaml',
      'doc.markdown',
    ]) {
      assert.ok(re.test(p) && isDocumentPath(p), p);
    }
    for (const p of ['package.json', 'src/app.ts', 'notes.txt', 'templates/engineer.json', 'config/other.yaml', 'md', 'x.mdx']) {
      assert.ok(!re.test(p) && !isDocumentPath(p), p);
    }
  });
});
