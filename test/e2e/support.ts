/**
 * Helpers for the end-to-end suites: package the extension as a release would, install it into a
 * fresh code-server profile, open a copy of a folder in headless Chromium, and read what the
 * workbench draws.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export const REPO = resolve(__dirname, '..', '..', '..');
export const ARTIFACTS = join(REPO, 'test', 'artifacts');

// The editor helpers are plain ESM shared with the other editor suites.
export type Editors = any;

export async function editorHelpers(): Promise<Editors> {
  return import(pathToFileURL(join(REPO, 'scripts', 'editor', 'codeServer.mjs')).href);
}

/** Packages what was built into a .vsix in a temp folder, the way a release would. */
export function packageExtension(editors: Editors): string {
  const out = join(editors.tempDir('agent-docs-vsix-'), 'agent-docs.vsix');
  const vsce = spawnSync(
    process.execPath,
    [
      join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce'),
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--no-rewrite-relative-links',
      '--out',
      out,
    ],
    { cwd: REPO, encoding: 'utf8', timeout: 120_000 },
  );
  assert.equal(vsce.status, 0, `vsce package failed: ${vsce.stderr}${vsce.stdout}`);
  return out;
}

export interface Workbench {
  page: Page;
  folder: string;
  close(): Promise<void>;
}

/**
 * Installs the package into a fresh profile, starts code-server on a copy of `source` and opens the
 * workbench; resolves once the Explorer is drawn. Nothing is clicked.
 */
export async function openWorkbench(editors: Editors, vsix: string, source: string, name: string): Promise<Workbench> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = editors.editorProfile();
  assert.match(editors.installExtension(vsix, profile), /successfully installed/i);
  const folder = join(editors.tempDir('agent-docs-e2e-'), name);
  cpSync(source, folder, { recursive: true });
  const server = await editors.startCodeServer({ folder, profile });
  const context: BrowserContext = await editors.launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });
  return {
    page,
    folder,
    close: async () => {
      await context.close().catch(() => {});
      await server.stop();
    },
  };
}

/** The sidebar pane titled `title` (`Tasks`, `Agents`). */
export function viewPane(page: Page, title: string): Locator {
  return page
    .locator('.part.sidebar .pane')
    .filter({ has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }) })
    .first();
}

/** Errors and warnings shown by the status bar's Problems item. */
export async function problemCounts(page: Page): Promise<{ errors: number; warnings: number }> {
  // The item reads "<errors> <warnings>" beside their icons.
  const numbers = (await page.locator('[id="status.problems"]').innerText()).match(/\d+/g)?.map(Number) ?? [];
  return { errors: numbers[0] ?? 0, warnings: numbers[1] ?? 0 };
}

/** Elements inside `scope` whose text runs past their own box (cut off or overflowing). */
export async function clippedTexts(scope: Locator, selector: string): Promise<string[]> {
  return scope
    .locator(selector)
    .evaluateAll((els: any[]) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => `${el.textContent} (${el.scrollWidth}px in ${el.clientWidth}px)`),
    );
}
