/**
 * The npm package: `npm pack` in a fresh checkout builds the bundles and prints only the tarball's
 * name; the tarball holds the allow-list (the same files as the .vsix) and no dependencies; and on a
 * machine with nothing but Node, offline and with an empty npm cache, `npx agent-docs lint` from
 * it lints a workspace.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkout, cleanEnv, REPO } from '../support/checkout';

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const TARBALL = `agent-docs-${VERSION}.tgz`;

describe('npm package', { timeout: 600_000 }, () => {
  let tmp = '';
  let env: NodeJS.ProcessEnv;
  let packStdout = '';
  const npm = (args: string[], cwd: string) => {
    const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
    assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.stderr}${r.stdout}`);
    return r.stdout;
  };

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'agent-docs-pack-'));
    // A fresh, empty npm cache: nothing can come from what this machine installed before.
    env = cleanEnv({ npm_config_cache: join(tmp, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
    const src = checkout(join(tmp, 'src'), { linkModules: true });
    packStdout = npm(['pack', '--pack-destination', tmp], src);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('builds the bundles on `npm pack` and prints only the tarball name on stdout', () => {
    // pre-commit 3 reads this line as the tarball's path.
    assert.equal(packStdout, `${TARBALL}\n`);
  });

  it('holds the allow-listed files, the same as the .vsix, with a bin and no dependencies', () => {
    const entries = execFileSync('tar', ['-tzf', join(tmp, TARBALL)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((e) => e.replace(/^package\//, ''))
      .sort();
    const vsix = spawnSync(process.execPath, [join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    assert.equal(vsix.status, 0, vsix.stderr);
    assert.deepEqual(
      entries,
      vsix.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .sort(),
    );
    for (const f of ['dist/cli.js', 'package.json', 'README.md', 'LICENSE', 'docs/ci.md']) assert.ok(entries.includes(f), f);
    assert.ok(!entries.some((e) => /^(server|client|test|scripts|node_modules)\//.test(e)), entries.join());
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', join(tmp, TARBALL), 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
    assert.deepEqual(manifest.bin, { 'agent-docs': './dist/cli.js' });
    assert.equal(manifest.dependencies, undefined, 'everything the CLI needs is in its bundle');
    const cli = execFileSync('tar', ['-xzOf', join(tmp, TARBALL), 'package/dist/cli.js'], { encoding: 'utf8' });
    assert.ok(cli.startsWith('#!/usr/bin/env node\n'));
    const requires = [...new Set([...cli.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))];
    assert.deepEqual(
      requires.filter((r) => !/^(node:)?(fs|path|url|util|buffer|process|os|crypto|child_process|v8)$/.test(r)),
      [],
      'Node built-ins only',
    );
  });

  it('lints a workspace with `npx agent-docs lint` after installing the tarball offline', () => {
    const ws = join(tmp, 'ws');
    cpSync(join(REPO, 'examples', 'workspace'), ws, { recursive: true });
    const app = join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "version": "1.0.0", "private": true }\n');
    npm(['install', '--offline', '--save-dev', join(tmp, TARBALL)], app);
    assert.deepEqual(
      readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.')),
      ['agent-docs'],
      'no dependency was installed',
    );
    const run = spawnSync('npx', ['--offline', 'agent-docs', 'lint', ws, '--format', 'json'], { cwd: app, env, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const rules = (JSON.parse(run.stdout) as { findings: { ruleId: string }[] }[]).flatMap((r) => r.findings.map((f) => f.ruleId));
    for (const rule of ['frontmatter-unclosed', 'agent-description-missing', 'agent-tool-removed', 'return-code-unknown'])
      assert.ok(rules.includes(rule), rule);
    const version = spawnSync('npx', ['--offline', 'agent-docs', '--version'], { cwd: app, env, encoding: 'utf8' });
    assert.equal(version.stdout, `${VERSION}\n`);
  });

  it('runs straight from the tarball with `npx --package`', () => {
    const run = spawnSync(
      'npx',
      ['--offline', '--yes', '--package', join(tmp, TARBALL), 'agent-docs', 'lint', join(REPO, 'examples', 'workspace', '.claude', 'agents', 'developer.md')],
      { cwd: tmp, env, encoding: 'utf8' },
    );
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /agent-description-missing/);
  });
});
