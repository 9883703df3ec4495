/**
 * The Flow view as a person uses it: the packaged .vsix in code-server on examples/workspace,
 * driven in headless Chromium. Opens the view from the Agents view, checks what it draws and lists,
 * hovers a code, takes the screenshots (test/artifacts/flow-view.png in the dark theme,
 * flow-view-light.png in the light one), clicks a node and checks that its file opens at the
 * agent's name, then opens the view again from the code lens on the orchestrator.
 */
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { ARTIFACTS, REPO, editorHelpers, packageExtension, type Editors } from './support';

describe('e2e: the Flow view on the example workspace', { timeout: 600_000 }, () => {
  let editors: Editors;
  let server: { url: string; stop(): Promise<void> } | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let profile: { userDataDir: string };
  const cspViolations: string[] = [];
  let folder: string;

  before(async () => {
    editors = await editorHelpers();
    mkdirSync(ARTIFACTS, { recursive: true });
    const out = packageExtension(editors);
    profile = editors.editorProfile();
    assert.match(editors.installExtension(out, profile), /successfully installed/i);
    setTheme('Default Dark Modern');
    folder = join(editors.tempDir('agent-docs-e2e-'), 'example');
    cpSync(join(REPO, 'examples', 'workspace'), folder, { recursive: true });
    server = await editors.startCodeServer({ folder, profile });
    context = await editors.launchBrowser();
    page = context!.pages()[0] ?? (await context!.newPage());
    // Any frame's complaint about the content security policy (the webview's included).
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (load|execute|apply)/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${server!.url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });
  });

  after(async () => {
    await context?.close().catch(() => {});
    await server?.stop();
    editors?.cleanupAll();
  });

  /** Writes the user settings with another colour theme; the workbench applies it as it changes. */
  function setTheme(theme: string): void {
    const file = join(profile.userDataDir, 'User', 'settings.json');
    const settings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...settings, 'workbench.colorTheme': theme }, null, 2));
  }

  /** Picks a colour theme as a person does: the command palette's Preferences: Color Theme. */
  async function pickTheme(label: string): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    // Focus settling into the webview can close the palette as it opens: try again when it does.
    for (let attempt = 1; ; attempt++) {
      try {
        await page.locator('.part.editor .tab.active').first().click();
        await page.waitForTimeout(500);
        await page.keyboard.press('F1');
        await input.fill('>Preferences: Color Theme', { timeout: 5_000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
        await page.keyboard.press('Escape');
      }
    }
    // (Browse Color Themes in Marketplace matches too: click the command itself.)
    await page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: /^Preferences: Color Theme$/ }) })
      .first()
      .click({ timeout: 10_000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor({ timeout: 10_000 });
    await input.fill(label);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  }

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, name) });
  const step = (name: string, body: () => Promise<void>) => async () => {
    try {
      await body();
    } catch (e) {
      await shot(`failed-flow-${name}.png`).catch(() => {});
      throw e;
    }
  };

  /** The frame of the Flow view's page (VS Code nests it in two iframes). */
  async function flowFrame(): Promise<Frame> {
    for (let i = 0; i < 120; i++) {
      for (const frame of page.frames()) {
        if (
          await frame
            .locator('#app svg.flow')
            .count()
            .catch(() => 0)
        )
          return frame;
      }
      await page.waitForTimeout(500);
    }
    throw new Error(
      `no frame draws the flow; frames: ${page
        .frames()
        .map((f) => f.url())
        .join(', ')}`,
    );
  }

  let frame: Frame;

  it(
    'opens from the Agents view and draws the flow, what leads nowhere and what nobody declares listed beside it',
    step('open', async () => {
      await page.locator('.part.activitybar [aria-label^="Agent Docs"]').first().click();
      const pane = page
        .locator('.part.sidebar .pane')
        .filter({ has: page.locator('.pane-header', { hasText: /^\s*Agents/i }) })
        .first();
      const header = pane.locator('.pane-header');
      // The view's title actions are re-rendered as the tree fills in (the button detaches): the
      // user settings show them without hovering (WORKBENCH_SETTINGS), and the click is tried
      // again while the view settles.
      for (let attempt = 1; ; attempt++) {
        try {
          if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
          await header.hover();
          await pane.locator('.pane-header .action-label[aria-label="Show Flow"]').click({ timeout: 10_000 });
          break;
        } catch (e) {
          if (attempt === 3) throw e;
          await page.waitForTimeout(1_000);
        }
      }
      frame = await flowFrame();
      const nodes = await frame.locator('g.node[data-node]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
      assert.deepEqual([...nodes].sort(), ['/develop', 'code-reviewer', 'developer', 'feature-lead', 'quality-assurance']);
      const codes = await frame.locator('text.code').allTextContents();
      for (const code of [
        'SUCCESS_TO_QUALITY_ASSURANCE',
        'SUCCESS_TO_CODE_REVIEW',
        'SUCCESS_TO_FL_FINAL',
        'SUCCESS_COMPLETE',
        'MISSING_TASK_FILES',
        'TIMEOUT_CONTINUE',
      ])
        assert.ok(codes.includes(code), code);
      assert.equal(await frame.locator('text.code.unrouted').textContent(), 'MISSING_TASK_FILES');
      assert.equal(await frame.locator('text.code.undeclared').textContent(), 'TIMEOUT_CONTINUE');
      assert.match((await frame.locator('.problems ul.unrouted').innerText()).replace(/\s+/g, ' '), /MISSING_TASK_FILES developer → \(nowhere\)/);
      assert.match((await frame.locator('.problems ul.undeclared').innerText()).replace(/\s+/g, ' '), /TIMEOUT_CONTINUE developer → \/develop/);
      // The same edges as a table, for screen readers.
      assert.equal(await frame.locator('table.edges tbody tr').count(), 10);
      // A strict policy with a nonce; the only script and stylesheet are the extension's bundles.
      const csp = (await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'nonce-[A-Za-z0-9]{32}';/);
      assert.doesNotMatch(csp, /unsafe-(inline|eval)/);
      // (VS Code adds its own inline script for `acquireVsCodeApi`; every script that loads a file is ours.)
      const scripts = await frame.locator('script[src]').evaluateAll((els) => els.map((e) => `${e.getAttribute('src')} ${e.hasAttribute('nonce')}`));
      assert.equal(scripts.length, 1, scripts.join(', '));
      assert.match(scripts[0]!, /\/dist\/webview\/flow\.js true$/);
      const sheets = await frame.locator('link[rel="stylesheet"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      assert.equal(sheets.length, 1);
      assert.match(sheets[0]!, /\/dist\/webview\/flow\.css$/);
      assert.deepEqual(cspViolations, [], 'no content security policy violation');
      // Colours come from the theme: the page is in the dark theme.
      assert.match((await frame.locator('body').getAttribute('class')) ?? '', /vscode-dark/);
    }),
  );

  it(
    "shows a code's description and rows on hover",
    step('hover', async () => {
      await frame.locator('text.code', { hasText: /^MISSING_TASK_FILES$/ }).hover();
      const tip = frame.locator('#tooltip');
      await tip.waitFor({ state: 'visible', timeout: 10_000 });
      const text = (await tip.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /MISSING_TASK_FILES developer → \(nowhere\) · not routed/);
      assert.match(text, /Task file missing, return to orchestrator for FL_PLAN/);
      assert.match(text, /\.claude\/agents\/developer\.md:18 - `MISSING_TASK_FILES`/);
      assert.match(text, /\.claude\/commands\/develop\.md:\d+ ### developer: does not list MISSING_TASK_FILES/);
      await shot('flow-view-hover.png');
      await page.mouse.move(5, 5);
      await tip.waitFor({ state: 'hidden', timeout: 10_000 });
    }),
  );

  it(
    'reads well in the dark and in the light theme',
    step('themes', async () => {
      await page.waitForTimeout(300);
      await shot('flow-view.png');
      await pickTheme('Light Modern');
      await frame.locator('body.vscode-light').waitFor({ timeout: 30_000 });
      // Redrawn in the light colours: the agents' frames are light.
      await page.waitForTimeout(500);
      await shot('flow-view-light.png');
      const fill = await frame
        .locator('g.node.agent rect')
        .first()
        .evaluate((e) => (globalThis as any).getComputedStyle(e).fill as string);
      const [r, g, b] = fill.match(/\d+/g)!.map(Number);
      assert.ok(r! + g! + b! > 600, `agent fill ${fill} is light`);
      // High contrast: the theme's contrast border frames the nodes.
      await pickTheme('Dark High Contrast');
      await frame.locator('body.vscode-high-contrast').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500);
      await shot('flow-view-high-contrast.png');
    }),
  );

  it(
    'exports the drawing as SVG through the save dialog',
    step('export', async () => {
      await frame.locator('button', { hasText: 'Export SVG…' }).click();
      // code-server's save dialog is a quick input holding the proposed path.
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 30_000 });
      // It fills in the folder first, then the proposed name.
      let value = '';
      for (let i = 0; i < 40 && !value.endsWith('.svg'); i++) {
        value = await input.inputValue();
        if (!value.endsWith('.svg')) await page.waitForTimeout(250);
      }
      assert.equal(value, join(folder, 'example-flow.svg'));
      await page.keyboard.press('Enter');
      const file = join(folder, 'example-flow.svg');
      for (let i = 0; i < 60 && !existsSync(file); i++) await page.waitForTimeout(250);
      const svg = readFileSync(file, 'utf8');
      assert.match(svg, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      for (const text of ['quality-assurance', '/develop', 'MISSING_TASK_FILES', 'TIMEOUT_CONTINUE']) assert.ok(svg.includes(`>${text}<`), text);
      assert.doesNotMatch(svg, /<script|\bon\w+=/i);
      await frame.locator('#status', { hasText: 'Exported to example-flow.svg' }).waitFor({ timeout: 10_000 });
    }),
  );

  it(
    "opens a node's file at its declaration when the node is clicked",
    step('click', async () => {
      assert.deepEqual(cspViolations, [], 'no content security policy violation');
      await frame.locator('g.node[data-node="quality-assurance"]').click();
      await page.locator('.tab.active[aria-label*="quality-assurance.md"], .tab.active:has-text("quality-assurance.md")').first().waitFor({ timeout: 30_000 });
      // The cursor is on the agent's name (line 2).
      await page
        .locator('.statusbar-item', { hasText: /Ln 2, Col/ })
        .first()
        .waitFor({ timeout: 10_000 });
    }),
  );

  it(
    'opens from the code lens on the orchestrator',
    step('code-lens', async () => {
      // Chromium keeps Ctrl+P for printing: open the command from the Agents view.
      await page
        .locator('.part.sidebar .monaco-list-row', { hasText: /^\s*\/develop/ })
        .first()
        .click();
      await page.locator('.tab.active', { hasText: 'develop.md' }).first().waitFor({ timeout: 30_000 });
      const lens = page.locator('.codelens-decoration a', { hasText: /^Show Flow: 4 agents, 1 code not routed, 1 code nobody declares$/ }).first();
      await lens.waitFor({ timeout: 60_000 });
      await lens.click();
      await page
        .locator('.tab.active', { hasText: /^Flow: example/ })
        .first()
        .waitFor({ timeout: 30_000 });
    }),
  );
});
