/**
 * What a user sees: the packaged .vsix installed into code-server, driven in headless Chromium like
 * a person would (explorer clicks, hover, Ctrl+.). Asserts on the workbench DOM and saves
 * screenshots under test/artifacts/ (squiggle, Problems panel, hover, quick-fix menu, the Tasks and
 * Agents views of the Agent Docs sidebar).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, REPO, editorHelpers, packageExtension, type Editors } from './support';

const FILE = 'code-reviewer.md';
const MESSAGE = 'Agent has no `name`';

describe('e2e: the packaged extension in code-server', { timeout: 600_000 }, () => {
  let editors: Editors;
  let server: { url: string; stop(): Promise<void> } | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let vsixPath = '';

  before(async () => {
    editors = await editorHelpers();
    mkdirSync(ARTIFACTS, { recursive: true });
    // Package what was built, the way a release would.
    const out = packageExtension(editors);
    vsixPath = out;
    const profile = editors.editorProfile();
    assert.match(editors.installExtension(out, profile), /successfully installed/i);
    const folder = join(editors.tempDir('agent-docs-e2e-'), 'workspace');
    cpSync(join(REPO, 'test', 'e2e', 'workspace'), folder, { recursive: true });
    // The sidebar screenshots want a plan and a few agents: the VS Code suite's fixtures.
    cpSync(join(REPO, 'test', 'vscode', 'workspaces', 'tasks', 'docs'), join(folder, 'docs'), { recursive: true });
    cpSync(join(REPO, 'test', 'vscode', 'workspaces', 'agents', '.claude'), join(folder, '.claude'), { recursive: true });
    server = await editors.startCodeServer({ folder, profile });
    context = await editors.launchBrowser();
    page = context!.pages()[0] ?? (await context!.newPage());
    await page.goto(`${server!.url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });
  });

  after(async () => {
    await context?.close().catch(() => {});
    await server?.stop();
    editors?.cleanupAll();
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, name) });
  /** A test body that leaves a screenshot of the workbench behind when it fails. */
  const step = (name: string, body: () => Promise<void>) => async () => {
    try {
      await body();
    } catch (e) {
      await shot(`failed-${name}.png`).catch(() => {});
      throw e;
    }
  };

  it('packages only the allow-listed files, in under 1.5 MB', () => {
    const ls = spawnSync(process.execPath, [join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(ls.status, 0, ls.stderr);
    const files = ls.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const allowed =
      /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/(extension|server|cli)\.js|dist\/webview\/flow\.(js|css)|syntaxes\/[\w.-]+\.tmLanguage\.json|schemas\/[\w.-]+\.json|images\/icon\.png|media\/[\w-]+\.svg|docs\/[\w.-]+\.md)$/;
    assert.deepEqual(
      files.filter((f) => !allowed.test(f)),
      [],
      'nothing outside the allow-list (no sources, tests or node_modules)',
    );
    for (const required of [
      'dist/extension.js',
      'dist/server.js',
      'dist/webview/flow.js',
      'dist/webview/flow.css',
      'images/icon.png',
      'docs/rules.md',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
    ]) {
      assert.ok(files.includes(required), `${required} is packaged`);
    }
    assert.ok(statSync(vsixPath).size < 1.5 * 1024 * 1024, `the .vsix is ${statSync(vsixPath).size} bytes`);
  });

  it(
    'opens the agent from the explorer and shows the error squiggle',
    step('open', async () => {
      const row = (name: string) =>
        page
          .locator('.explorer-folders-view .monaco-list-row')
          .filter({ hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) })
          .first();
      for (const folder of ['.claude', 'agents']) {
        await row(folder).click({ timeout: 30_000 });
        // A click on a row that is being re-rendered may only select it; the arrow key expands it.
        if ((await row(folder).getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('ArrowRight');
        await page.locator(`.explorer-folders-view .monaco-list-row[aria-expanded="true"]`).filter({ hasText: folder }).first().waitFor({ timeout: 10_000 });
      }
      await row(FILE).click({ timeout: 30_000 });
      await page.locator(`.tab.active[aria-label*="${FILE}"], .tab.active:has-text("${FILE}")`).first().waitFor({ timeout: 30_000 });
      const squiggle = page.locator('.monaco-editor .squiggly-error').first();
      await squiggle.waitFor({ timeout: 60_000 });
      await shot('squiggle.png');
    }),
  );

  it(
    'lists the problem in the Problems panel with its rule id',
    step('problems', async () => {
      await page.locator('[id="status.problems"]').click();
      const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: MESSAGE }).first();
      await row.waitFor({ timeout: 30_000 });
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /agent-name-missing/);
      await shot('problems.png');
    }),
  );

  it(
    'shows the message in a hover over the squiggle',
    step('hover', async () => {
      const box = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
      assert.ok(box, 'the squiggle is on screen');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover').filter({ hasText: MESSAGE }).first();
      await hover.waitFor({ timeout: 30_000 });
      assert.match(await hover.innerText(), /agent-name-missing/);
      await shot('hover.png');
    }),
  );

  it(
    'offers the quick fix in the Ctrl+. menu and applying it removes the squiggle',
    step('quick-fix', async () => {
      const box = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
      assert.ok(box);
      await page.mouse.click(box.x + 2, box.y + box.height / 2);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      const item = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Add `name: code-reviewer`' }).first();
      await item.waitFor({ timeout: 30_000 });
      await shot('quick-fix.png');
      await item.click();
      await page.locator('.monaco-editor .view-lines').filter({ hasText: 'name: code-reviewer' }).waitFor({ timeout: 30_000 });
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: 60_000 });
      await shot('fixed.png');
    }),
  );

  /** The rows of the sidebar view titled `title`, as `label|description` text. */
  const viewPane = (title: string) =>
    page
      .locator('.part.sidebar .pane')
      .filter({ has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }) })
      .first();
  const treeRow = (title: string, label: string) =>
    viewPane(title)
      .locator('.monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) })
      .first();
  /** Expands a collapsed row by its twistie (a click on the label would open the file). */
  const expand = async (title: string, label: string) => {
    const row = treeRow(title, label);
    await row.waitFor({ timeout: 30_000 });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
    await viewPane(title)
      .locator('.monaco-list-row[aria-expanded="true"]')
      .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) })
      .first()
      .waitFor({ timeout: 10_000 });
  };
  /** `label — description` of a row, as drawn. */
  const rowText = async (title: string, label: string) => {
    const row = treeRow(title, label);
    const name = (await row.locator('.label-name').innerText()).trim();
    const description = (await row.locator('.label-description').allInnerTexts()).join('').trim();
    return description ? `${name} — ${description}` : name;
  };
  /**
   * How far (px) each row's label and description run past the visible end of the row (VS Code
   * cuts them with an ellipsis): the text's laid-out extent against the label container's edge.
   */
  const overflow = (title: string) =>
    viewPane(title)
      .locator('.monaco-list-row')
      .evaluateAll((rows: any[]) =>
        rows.map((row) => {
          const edge = row.querySelector('.monaco-icon-label-container')!.getBoundingClientRect().right;
          const over = (el: any) => {
            if (!el || !el.textContent) return 0;
            const r = (globalThis as any).document.createRange();
            r.selectNodeContents(el);
            return Math.max(0, Math.round(r.getBoundingClientRect().right - edge));
          };
          return {
            label: row.querySelector('.label-name')?.textContent ?? '',
            name: over(row.querySelector('.label-name')),
            description: over(row.querySelector('.label-description')),
            width: Math.round(row.getBoundingClientRect().width),
          };
        }),
      );
  /** Rows whose label or description is cut short at the sidebar's current (default) width. */
  const truncatedLabels = async (title: string) =>
    (await overflow(title))
      .filter((r) => r.name > 0 || r.description > 0)
      .map((r) => `${r.label} (label +${r.name}px, description +${r.description}px of ${r.width}px)`);

  it(
    'shows the plan in the Tasks view of the Agent Docs container',
    step('tasks-view', async () => {
      await page.locator('.part.activitybar [aria-label^="Agent Docs"]').first().click();
      await expand('Tasks', '0001 Shop');
      await expand('Tasks', '0001\\.01 Cart');
      await expand('Tasks', '0001\\.01\\.02 Checkout');
      const text = (label: string) => rowText('Tasks', label);
      assert.equal(await text('0001 Shop'), '0001 Shop — 3/5 · 60%');
      assert.equal(await text('0001\\.01 Cart'), '0001.01 Cart — 3/5 · 60%');
      assert.equal(await text('0001\\.01\\.01 Add To Cart'), '0001.01.01 Add To Cart — 3/3');
      assert.equal(await text('0001\\.01\\.02 Checkout'), '0001.01.02 Checkout — 0/2 · 0%');
      assert.equal(await text('0002 Accounts'), '0002 Accounts — 0/2 · 0%');
      await treeRow('Tasks', 'Paying empties the cart').waitFor();
      // State icons are drawn (codicons), one per row.
      assert.equal(await treeRow('Tasks', '0001\\.01\\.01 Add To Cart').locator('.codicon-pass-filled').count(), 1);
      assert.equal(await treeRow('Tasks', '0001\\.01\\.02 Checkout').locator('.codicon-sync').count(), 1);
      assert.equal(await treeRow('Tasks', 'Paying empties the cart').locator('.codicon-circle-large-outline').count(), 1);
      assert.deepEqual(await truncatedLabels('Tasks'), [], 'no label cut short at the default sidebar width');
      await page.locator('.part.sidebar').screenshot({ path: join(ARTIFACTS, 'tasks-view.png') });
      // The status-bar summary: 3 of 7 items done, one task in progress.
      const status = page
        .locator('.part.statusbar .statusbar-item')
        .filter({ hasText: /\d+% · \d+ in progress/ })
        .first();
      assert.equal((await status.innerText()).trim(), '43% · 1 in progress');
      assert.equal(await status.locator('.codicon-checklist').count(), 1);
      await page.locator('.part.statusbar').screenshot({ path: join(ARTIFACTS, 'status-bar.png') });
    }),
  );

  it(
    'shows agents, skills, commands and return codes in the Agents view',
    step('agents-view', async () => {
      const header = viewPane('Agents').locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      await expand('Agents', 'developer');
      const text = (label: string) => rowText('Agents', label);
      assert.equal(await text('Agents'), 'Agents — 3');
      assert.equal(await text('quality-assurance'), 'quality-assurance — 1 warning');
      assert.equal(await text('MISSING_TASK_FILES'), 'MISSING_TASK_FILES — not routed');
      assert.equal(await text('/develop'), '/develop');
      // The 28-character code is shortened in the middle to fit the default sidebar width (the
      // tooltip shows it whole): no row is cut.
      assert.equal(await treeRow('Agents', 'SUCCESS_TO_…_ASSURANCE').locator('.codicon-pass-filled').count(), 1);
      assert.deepEqual(await truncatedLabels('Agents'), [], 'no label cut short at the default sidebar width');
      await page.locator('.part.sidebar').screenshot({ path: join(ARTIFACTS, 'agents-view.png') });
    }),
  );

  it('saved screenshots that are real PNGs', () => {
    for (const name of ['squiggle.png', 'problems.png', 'hover.png', 'quick-fix.png', 'tasks-view.png', 'agents-view.png']) {
      const png = readFileSync(join(ARTIFACTS, name));
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', name);
      assert.ok(png.length > 10_000, `${name} has content`);
    }
  });
});
