// Runs the VS Code extension tests: one runTests() call per fixture workspace under
// test/vscode/workspaces/ (a scenario: its .vscode/settings.json and files), each in a fresh copy.
// Here no desktop VS Code can be downloaded, so runTests() gets `vscodeExecutablePath` =
// code-server-shim.mjs, which runs the same tests in code-server. With AGENT_DOCS_VSCODE=desktop
// (a machine with network) runTests() downloads and drives a desktop VS Code as usual.
// `node test/vscode/runTests.mjs [scenario…]`
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { ensureChromium, ensureCodeServer } from '../../scripts/editor/provision.mjs';
import { cleanupAll, tempDir } from '../../scripts/editor/codeServer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const desktop = process.env.AGENT_DOCS_VSCODE === 'desktop';
const testsPath = join(repo, 'out', 'test', 'vscode', 'index.js');
if (!existsSync(testsPath)) throw new Error(`${testsPath} is missing: run \`npm run build\` first`);
if (!existsSync(join(repo, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');

const all = readdirSync(join(here, 'workspaces')).sort();
const scenarios = process.argv.slice(2).length ? process.argv.slice(2) : all;
if (!desktop) {
  // Provision once up front, so the first scenario's timing is not the install's.
  ensureCodeServer();
  ensureChromium();
}

let failed = 0;
for (const scenario of scenarios) {
  if (!all.includes(scenario)) throw new Error(`unknown scenario ${scenario} (have ${all.join(', ')})`);
  // The tests may edit files and settings: give each run its own copy of the fixture.
  const folder = join(tempDir('agent-docs-ws-'), scenario);
  cpSync(join(here, 'workspaces', scenario), folder, { recursive: true });
  console.log(`\n--- scenario ${scenario} (${desktop ? 'desktop VS Code' : 'code-server'})`);
  try {
    await runTests({
      ...(desktop ? { version: process.env.AGENT_DOCS_VSCODE_VERSION ?? 'stable' } : { vscodeExecutablePath: join(here, 'code-server-shim.mjs') }),
      extensionDevelopmentPath: repo,
      extensionTestsPath: testsPath,
      launchArgs: [folder, '--disable-extensions'],
    });
  } catch (e) {
    failed++;
    console.error(`scenario ${scenario} failed: ${e.message ?? e}`);
  }
}
cleanupAll();
process.exit(failed ? 1 : 0);
