// Starts and stops the real editors the editor suites drive: code-server (VS Code in a server, with
// a Node extension host) and a headless Chromium on its workbench. Every process is started in its
// own process group and ended by that group, also when this process is interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureCodeServer } from './provision.mjs';

const groups = new Set();
const tempDirs = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

/** Ends every process group this module started and removes its temp folders (idempotent). */
export function cleanupAll() {
  for (const pid of groups) killGroup(pid, 'SIGKILL');
  groups.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}
process.on('exit', cleanupAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    cleanupAll();
    process.exit(130);
  });
}

/** A fresh temp folder, removed by cleanupAll unless `keep`. */
export function tempDir(prefix, keep = false) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (!keep) tempDirs.add(dir);
  return dir;
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Whether a loopback port can be listened on. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** Polls `check` until it returns a truthy value or the deadline passes. */
export async function waitUntil(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Settings that keep the workbench predictable for a robot: no chat, no welcome page, no side panel. */
export const WORKBENCH_SETTINGS = {
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'files.hotExit': 'off',
  // One row per folder, so a robot can click `.claude`, then `agents`.
  'explorer.compactFolders': false,
  // Views' title actions (Show Flow, Collapse Folders) shown without hovering: a button that hides
  // when the pointer moves, and detaches as the view re-renders, is a flaky target.
  'workbench.view.alwaysShowHeaderActions': true,
};

/** Fresh user-data and extensions folders, with the predictable user settings. */
export function editorProfile() {
  const root = tempDir('agent-docs-editor-');
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(WORKBENCH_SETTINGS, null, 2));
  return { root, userDataDir, extensionsDir };
}

function codeServerArgs(profile) {
  return ['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--disable-telemetry', '--disable-update-check'];
}

/** Installs a packaged extension into the profile's extensions folder. */
export function installExtension(vsix, profile) {
  const cs = ensureCodeServer();
  const r = spawnSync(cs.node, [cs.entry, ...codeServerArgs(profile), '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

/**
 * Starts code-server on a free loopback port with a workspace folder and waits for /healthz.
 * `smokeTestDriver` lets the URL's `payload` carry extension test paths.
 */
export async function startCodeServer({ folder, profile, smokeTestDriver = false, env = process.env, log = () => {}, port: wanted }) {
  const cs = ensureCodeServer();
  const port = wanted && (await portIsFree(wanted)) ? wanted : await freePort();
  const args = [
    cs.entry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    ...codeServerArgs(profile),
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time',
    '5',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    folder,
  ];
  const child = spawn(cs.node, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  groups.add(child.pid);
  let output = '';
  const collect = (d) => {
    output += d.toString();
    log(d.toString());
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(
      async () => {
        if (exited) throw new Error('exited');
        const res = await fetch(`${url}/healthz`);
        return res.ok;
      },
      60_000,
      'code-server /healthz',
    );
  } catch (e) {
    await stopGroup(child);
    throw new Error(`code-server did not start: ${e.message}\n${output}`, { cause: e });
  }
  return { port, url, child, output: () => output, stop: () => stopGroup(child) };
}

/** Ends a process group politely, then by force after a few seconds. */
export async function stopGroup(child) {
  if (!groups.has(child.pid)) return;
  killGroup(child.pid, 'SIGTERM');
  const gone = await Promise.race([
    new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(true) : child.once('exit', () => r(true)))),
    new Promise((r) => setTimeout(() => r(false), 5000)),
  ]);
  killGroup(child.pid, 'SIGKILL'); // the group may hold children that outlive the leader
  if (!gone) await new Promise((r) => setTimeout(r, 200));
  groups.delete(child.pid);
}

/** A headless Chromium (Debian's) driven by playwright-core, in a fresh profile. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const executablePath = ensureChromium();
  const context = await chromium.launchPersistentContext(tempDir('agent-docs-chromium-'), {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return context;
}
