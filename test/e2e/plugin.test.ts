/**
 * The resin.ai plugin of the corpus as a person sees it: the packaged .vsix in code-server on a
 * temporary copy of `suxxes__resin.ai` (the corpus itself is read, never edited; stand-ins for the
 * files its snapshot lists but did not copy, such as `hooks/ping-pong.sh`), driven in headless
 * Chromium. Types a new hook event into `orchestrator/hooks/hooks.json` and checks what VS Code's
 * JSON support offers from the contributed schema; hovers the return code `PARTIAL` in the plugin
 * agent `feature-manager` and checks what the return-code tables say about it. Screenshots:
 * test/artifacts/plugin-hook-completion.png, plugin-hooks-problem.png, plugin-return-code-hover.png.
 */
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, editorHelpers, packageExtension, type Editors } from './support';
import { sharedPath } from '../support/shared';

const RESIN = sharedPath('corpus', 'suxxes__resin.ai');

describe('e2e: the resin.ai plugin in code-server', { timeout: 600_000, skip: RESIN ? false : 'the shared corpus is not beside the repository' }, () => {
  let editors: Editors;
  let server: { url: string; stop(): Promise<void> } | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let folder = '';

  before(async () => {
    editors = await editorHelpers();
    mkdirSync(ARTIFACTS, { recursive: true });
    const out = packageExtension(editors);
    const profile = editors.editorProfile();
    assert.match(editors.installExtension(out, profile), /successfully installed/i);
    // A copy in a temp folder: the editor may write to what it opens, the corpus stays as it is.
    folder = join(editors.tempDir('agent-docs-e2e-'), 'resin.ai');
    cpSync(RESIN!, folder, { recursive: true });
    // The corpus did not copy every file of the repository (`_snapshot_tree.txt` lists them all):
    // stand-ins for the missing ones, so that the hook scripts exist as they do in the real plugin.
    for (const line of readFileSync(join(folder, '_snapshot_tree.txt'), 'utf8').split('\n')) {
      const rel = line.trim();
      if (!rel || rel.endsWith('/') || existsSync(join(folder, rel))) continue;
      mkdirSync(dirname(join(folder, rel)), { recursive: true });
      writeFileSync(join(folder, rel), rel.endsWith('.sh') ? '#!/bin/sh\nexit 0\n' : '', { mode: rel.endsWith('.sh') ? 0o755 : 0o644 });
    }
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
      await shot(`failed-plugin-${name}.png`).catch(() => {});
      throw e;
    }
  };

  /** Opens a file of the workspace by Quick Open and waits for its tab. */
  async function openFile(path: string): Promise<void> {
    const name = path.split('/').pop()!;
    await page
      .locator('.monaco-workbench')
      .click({ position: { x: 700, y: 400 } })
      .catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 30_000 });
    await input.fill(path);
    // The first result is the file itself once Quick Open has searched.
    await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active[aria-label*="${name}"], .tab.active:has-text("${name}")`).first().waitFor({ timeout: 30_000 });
  }

  /**
   * Puts the cursor at line:column (1-based) with Quick Open's Go to Line (`:line:column`). The
   * column is the visible one (a tab counts as its width).
   */
  async function goTo(line: number, column: number): Promise<void> {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    // Enter before the picker has read the line number does nothing (seen under load).
    await page
      .locator('.quick-input-widget .monaco-list-row')
      .filter({ hasText: `go to line ${line}` })
      .first()
      .waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    // The status bar counts a tab as several columns: the line is what can be compared.
    await page
      .locator('.statusbar-item', { hasText: new RegExp(`Ln ${line}, Col \\d+`) })
      .first()
      .waitFor({ timeout: 10_000 });
  }

  it(
    'reports the nine unquoted ${CLAUDE_PLUGIN_ROOT} in hooks/hooks.json in the Problems panel',
    step('hooks-problem', async () => {
      await openFile('orchestrator/hooks/hooks.json');
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 90_000 });
      await page.locator('[id="status.problems"]').click();
      // The panel lists the whole workspace's problems (the agents' come first): filter to this file.
      await page
        .locator('.markers-panel-action-filter textarea, .markers-panel-action-filter input, .panel .viewpane-filter textarea, .panel .viewpane-filter input')
        .first()
        .fill('**/hooks/hooks.json');
      const row = page
        .locator('.markers-panel .monaco-list-row')
        .filter({ hasText: /hook-path-unquoted/ })
        .first();
      await row.waitFor({ timeout: 30_000 });
      assert.match((await row.innerText()).replace(/\s+/g, ' '), /`\$\{CLAUDE_PLUGIN_ROOT\}` is not quoted/);
      // The nine commands, and nothing else: the scripts they run are there.
      const file = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'hooks.json' }).first();
      assert.equal((await file.locator('.monaco-count-badge').innerText()).trim(), '9');
      assert.equal(
        await page
          .locator('.markers-panel .monaco-list-row')
          .filter({ hasText: /hook-script-missing/ })
          .count(),
        0,
      );
      await shot('plugin-hooks-problem.png');
      // Close the panel again: the next steps want the editor's room.
      await page.locator('[id="status.problems"]').click();
    }),
  );

  it(
    'completes a hook event name in hooks/hooks.json from the contributed schema, without the events already there',
    step('hook-completion', async () => {
      await openFile('orchestrator/hooks/hooks.json');
      const text = readFileSync(join(folder, 'orchestrator', 'hooks', 'hooks.json'), 'utf8').split('\n');
      assert.equal(text[1]!.trim(), '"hooks": {');
      // After `"hooks": {` on line 2, a new line and the start of an event name.
      await goTo(2, 1);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('"Subagent');
      const widget = page.locator('.editor-widget.suggest-widget.visible');
      const visible = await widget.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (!visible) await page.keyboard.press('Control+Space');
      const rows = widget.locator('.monaco-list-row');
      await rows.filter({ hasText: 'SubagentStart' }).first().waitFor({ timeout: 60_000 });
      const labels = (await rows.locator('.label-name').allInnerTexts()).map((l) => l.replace(/"/g, '').trim());
      assert.ok(labels.includes('SubagentStart'), `offered: ${labels.join(', ')}`);
      assert.ok(!labels.includes('SubagentStop'), `an event the file has is not offered again: ${labels.join(', ')}`);
      // The details of the focused item: the event's description from the schema.
      const details = page.locator('.suggest-details-container .suggest-details');
      if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
      await details
        .filter({ hasText: /subagent/i })
        .first()
        .waitFor({ timeout: 10_000 });
      await shot('plugin-hook-completion.png');
      // The edit stays unsaved in the temporary copy.
      await page.keyboard.press('Escape');
    }),
  );

  it(
    'hovers the return code PARTIAL in the plugin agent feature-manager with its description and transitions',
    step('return-code-hover', async () => {
      const rel = 'orchestrator/agents/feature-manager.md';
      const lines = readFileSync(join(folder, rel), 'utf8').split('\n');
      const index = lines.findIndex((l) => /^\s*- `PARTIAL` - /.test(l));
      assert.ok(index >= 0, 'feature-manager.md lists `PARTIAL`');
      await openFile(rel);
      await goTo(index + 1, lines[index]!.indexOf('PARTIAL') + 3);
      // Show Hover at the cursor (Ctrl+K Ctrl+I), as a keyboard user would.
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page
        .locator('.monaco-hover')
        .filter({ hasText: /return code/ })
        .first();
      await hover.waitFor({ timeout: 60_000 });
      const text = (await hover.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /PARTIAL return code — Operation partially completed/);
      assert.match(text, /WORK → WORK: Continue WORK with remaining items/);
      assert.match(text, /TEST → TEST: Continue TEST with remaining validations/);
      assert.match(text, /RETURN-CODES\.md/);
      await shot('plugin-return-code-hover.png');
    }),
  );

  it('saved screenshots that are real PNGs', () => {
    for (const name of ['plugin-hooks-problem.png', 'plugin-hook-completion.png', 'plugin-return-code-hover.png']) {
      const png = readFileSync(join(ARTIFACTS, name));
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', name);
      assert.ok(png.length > 10_000, `${name} has content`);
    }
  });
});
