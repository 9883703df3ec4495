// `npm run demo`: builds and packages the extension, installs the .vsix into a local code-server
// (VS Code in the browser) with a fresh copy of examples/workspace, and prints the URL to open.
// Runs until Ctrl-C. With `--check`, or when CI is set, it starts, checks /healthz and that the
// extension is installed, and exits 0.
// Options: `--port N` (default: AGENT_DOCS_DEMO_PORT, else 8080 if free, else any free port).
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupAll, editorProfile, installExtension, startCodeServer, tempDir } from './editor/codeServer.mjs';
import { ensureCodeServer, REPO } from './editor/provision.mjs';

const argv = process.argv.slice(2);
const check = argv.includes('--check') || Boolean(process.env.CI);
const portArg = argv.includes('--port') ? Number(argv[argv.indexOf('--port') + 1]) : Number(process.env.AGENT_DOCS_DEMO_PORT ?? 8080);
const { version, publisher, name } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const vsix = join(REPO, `${name}-${version}.vsix`);

function step(msg) {
  console.log(`\n> ${msg}`);
}

step('building and packaging');
const pkg = spawnSync('npm', ['run', 'package'], { cwd: REPO, stdio: 'inherit' });
if (pkg.status !== 0) process.exit(pkg.status ?? 1);

step('what the CLI finds in examples/workspace (the same checks the editor shows)');
spawnSync(process.execPath, ['scripts/show-example.mjs'], { cwd: REPO, stdio: 'inherit' });

step('provisioning code-server (first run only: ~3 min)');
const cs = ensureCodeServer();

step(`installing ${vsix}`);
const profile = editorProfile();
installExtension(vsix, profile);
const listed = spawnSync(
  cs.node,
  [cs.entry, '--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir, '--list-extensions', '--show-versions'],
  { encoding: 'utf8' },
);
const id = `${publisher}.${name}@${version}`;
if (!listed.stdout.split('\n').includes(id)) {
  console.error(`the extension is not installed: --list-extensions printed ${JSON.stringify(listed.stdout)}`);
  process.exit(1);
}
console.log(`installed ${id}`);

// A fresh copy each time, so the example's mistakes are there to fix again.
const folder = join(tempDir('agent-docs-demo-'), 'example-workspace');
cpSync(join(REPO, 'examples', 'workspace'), folder, { recursive: true });

step('starting code-server');
const server = await startCodeServer({ folder, profile, port: portArg });
const health = await (await fetch(`${server.url}/healthz`)).json();
const url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
if (check) {
  console.log(`code-server answered /healthz (${JSON.stringify(health)}); extension ${id} installed. Check passed.`);
  await server.stop();
  cleanupAll();
  process.exit(0);
}
console.log(
  `\nAgent Docs demo is running. Open:\n\n  ${url}\n\nThe workspace is a copy of examples/workspace (${folder}); its agents are under .claude/agents/.\nPress Ctrl-C to stop.`,
);
// Keep running until interrupted; codeServer.mjs ends code-server's process group on SIGINT/SIGTERM.
setInterval(() => {}, 1 << 30);
