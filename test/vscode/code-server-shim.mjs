#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() spawns, where no
// desktop VS Code can be downloaded. It takes the same flags (`--extensionDevelopmentPath=…`,
// `--extensionTestsPath=…`, a workspace folder) and runs the tests in code-server instead: the
// workbench, opened in headless Chromium with the smoke-test driver enabled, reads both paths from
// the URL's `payload` and reports the runner's output and exit code through two page functions.
import { format } from 'node:util';
import { resolve } from 'node:path';
import { cleanupAll, editorProfile, launchBrowser, startCodeServer } from '../../scripts/editor/codeServer.mjs';

// Known harmless workbench noise here: no network for the marketplace, no GitHub sign-in.
const NOISE = /ENOTFOUND|authentication provider 'github'/;
const TEST_TIMEOUT_MS = Number(process.env.AGENT_DOCS_VSCODE_TIMEOUT_MS ?? 300_000);

function parseArgs(argv) {
  const out = { developmentPaths: [], testsPath: undefined, folder: undefined };
  for (const arg of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(arg);
    if (m?.[1] === 'extensionDevelopmentPath') out.developmentPaths.push(resolve(m[2]));
    else if (m?.[1] === 'extensionTestsPath') out.testsPath = resolve(m[2]);
    else if (!arg.startsWith('-') && !out.folder) out.folder = resolve(arg);
    // Electron-only flags (--no-sandbox, --disable-updates, …) mean nothing to code-server.
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath || !args.folder) {
    console.error('usage: code-server-shim.mjs --extensionTestsPath=PATH --extensionDevelopmentPath=PATH FOLDER');
    return 2;
  }
  const profile = editorProfile();
  const verbose = process.env.AGENT_DOCS_VSCODE_VERBOSE === '1';
  const server = await startCodeServer({ folder: args.folder, profile, smokeTestDriver: true, log: verbose ? (t) => process.stderr.write(t) : undefined });
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [...args.developmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(args.testsPath)]];
  const url = `${server.url}/?folder=${encodeURIComponent(args.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const context = await launchBrowser();
  try {
    let settle;
    const exited = new Promise((r) => (settle = r));
    await context.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const line = Array.isArray(logArgs) ? format(...logArgs) : String(logArgs);
      if (NOISE.test(line) && process.env.AGENT_DOCS_VSCODE_VERBOSE !== '1') return;
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    await context.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
    const page = context.pages()[0] ?? (await context.newPage());
    if (verbose) page.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
    await page.goto(url);
    const timeout = new Promise((r) => setTimeout(() => r('timeout'), TEST_TIMEOUT_MS));
    const result = await Promise.race([exited, timeout]);
    if (result === 'timeout') {
      console.error(`code-server-shim: the extension tests did not finish within ${TEST_TIMEOUT_MS} ms`);
      return 1;
    }
    return result;
  } finally {
    await context.close().catch(() => {});
    await server.stop();
  }
}

main()
  .then((code) => {
    cleanupAll();
    process.exit(code);
  })
  .catch((e) => {
    console.error(`code-server-shim: ${e.stack ?? e}`);
    cleanupAll();
    process.exit(1);
  });
