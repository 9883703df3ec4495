/**
 * Claude Code's own `claude plugin validate` (the pinned binary) as the oracle for plugin files.
 * The resin.ai plugin of the corpus is laid out in a temporary folder (hard links to the corpus
 * files, read in place; placeholders for the files `_snapshot_tree.txt` lists but the corpus did
 * not copy, such as `hooks/ping-pong.sh`), validated, and linted: every error and warning the
 * validator gives on its manifests and hooks must be one of our findings, on the key or value it
 * names. So must the duplicated keyword it does not see. The rule fixtures that are plugins or
 * marketplaces are held against the validator the same way.
 */
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mergeConfig, type Finding } from '../../server/src/core';
import { lintFiles } from '../../server/src/cli/lint';
import { claudeBinary, unmatched, validate, type ValidatorFinding } from '../support/pluginValidator';
import { REPO_ROOT, sharedPath } from '../support/shared';

const RESIN = sharedPath('corpus', 'suxxes__resin.ai');

/** Lays the corpus repository out under a new folder: links to its files, placeholders for the rest. */
function layOutResin(source: string): string {
  const root = mkdtempSync(join(tmpdir(), 'agent-docs-resin-'));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const from = join(dir, name);
      const to = join(root, relative(source, from));
      if (statSync(from).isDirectory()) walk(from);
      else {
        mkdirSync(dirname(to), { recursive: true });
        try {
          linkSync(from, to);
        } catch {
          copyFileSync(from, to);
        }
      }
    }
  };
  walk(source);
  for (const line of readFileSync(join(source, '_snapshot_tree.txt'), 'utf8').split('\n')) {
    const rel = line.trim();
    if (!rel || rel.endsWith('/') || existsSync(join(root, rel))) continue;
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    // Not copied by the corpus: an empty stand-in, executable when it is a shell script.
    writeFileSync(join(root, rel), rel.endsWith('.sh') ? '#!/bin/sh\nexit 0\n' : '');
    if (rel.endsWith('.sh')) chmodSync(join(root, rel), 0o755);
  }
  return root;
}

async function ourFindings(root: string): Promise<(file: string) => readonly Finding[]> {
  const { results } = await lintFiles({ paths: [root], config: mergeConfig(), root, fix: false, log: () => {} });
  const byFile = new Map(results.map((r) => [resolvePath(r.path), r.findings]));
  return (file) => byFile.get(resolvePath(file)) ?? [];
}

const describeFinding = (v: ValidatorFinding) => `${v.level} ${v.file} ${v.path}: ${v.message.slice(0, 160)}`;

describe('plugin files against claude plugin validate', { skip: RESIN ? false : 'the shared corpus is not beside the repository' }, () => {
  let claude: string;
  let root: string;
  let validator: ValidatorFinding[];
  let ours: (file: string) => readonly Finding[];

  before(async () => {
    claude = await claudeBinary();
    root = layOutResin(RESIN!);
    const [marketplace, plugin] = await Promise.all([validate(claude, root), validate(claude, join(root, 'orchestrator'))]);
    validator = [...marketplace, ...plugin.filter((p) => !marketplace.some((m) => m.file === p.file && m.path === p.path && m.message === p.message))];
    ours = await ourFindings(root);
  });
  after(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('resin.ai: the validator warns about the nine unquoted hook commands and the marketplace description', () => {
    const unquoted = validator.filter((v) => v.file.endsWith('hooks.json') && /without quotes/.test(v.message));
    assert.equal(unquoted.length, 9, validator.map(describeFinding).join('\n'));
    assert.ok(validator.some((v) => v.file.endsWith('marketplace.json') && v.path === 'description'));
  });

  it('resin.ai: every error and warning the validator gives is one of our findings, on the key or value it names (or the frontmatter line)', () => {
    assert.ok(
      validator.some((v) => v.file.endsWith('.md')),
      'the validator has things to say about the Markdown files too',
    );
    assert.deepEqual(unmatched(validator, ours, { markdown: true }).map(describeFinding), []);
    const hooks = ours(join(root, 'orchestrator', 'hooks', 'hooks.json')).filter((f) => f.ruleId === 'hook-path-unquoted');
    assert.equal(hooks.length, 9);
    assert.ok(ours(join(root, '.claude-plugin', 'marketplace.json')).some((f) => f.ruleId === 'marketplace-description-missing'));
  });

  it('resin.ai: we also report the keyword `agents` listed twice, which the validator does not', () => {
    const manifest = join(root, 'orchestrator', '.claude-plugin', 'plugin.json');
    assert.ok(!validator.some((v) => v.file === manifest && /keyword/i.test(v.message)));
    const dup = ours(manifest).filter((f) => f.ruleId === 'plugin-keyword-duplicate');
    assert.equal(dup.length, 1);
    assert.equal(dup[0]!.range.start.line, 24, 'the second "agents" of the keywords');
  });

  it('resin.ai: nothing about scripts or servers that exist in the repository', () => {
    const missing = ['hook-script-missing', 'hook-script-not-executable', 'mcp-command-missing', 'plugin-path-missing'];
    const files = ['orchestrator/hooks/hooks.json', 'orchestrator/.mcp.json', 'orchestrator/.claude-plugin/plugin.json'];
    for (const file of files)
      assert.deepEqual(
        ours(join(root, file)).filter((f) => missing.includes(f.ruleId)),
        [],
        file,
      );
  });

  it('rule fixtures that are plugins or marketplaces: every validator error and warning on their JSON is ours too', async () => {
    const fixtures = join(REPO_ROOT, 'test', 'fixtures', 'rules');
    const dirs: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        if (!statSync(p).isDirectory()) continue;
        if (existsSync(join(p, '.claude-plugin', 'plugin.json')) || existsSync(join(p, '.claude-plugin', 'marketplace.json'))) dirs.push(p);
        else if (name !== '.claude-plugin') walk(p);
      }
    };
    walk(fixtures);
    assert.ok(dirs.length >= 20, `found ${dirs.length} plugin fixtures`);
    const missed: string[] = [];
    // Two at a time: the machine is shared.
    for (let i = 0; i < dirs.length; i += 2) {
      await Promise.all(
        dirs.slice(i, i + 2).map(async (dir) => {
          const [found, lint] = await Promise.all([validate(claude, dir), ourFindings(dir)]);
          missed.push(...unmatched(found, lint).map(describeFinding));
        }),
      );
    }
    assert.deepEqual(missed, []);
  });
});
