/**
 * The Flow view on the two generations of resin.ai's flow from the shared corpus, read in place
 * (nothing is edited): the packaged .vsix in code-server, the view opened from the command palette.
 * The legacy flow shows quality-assurance's unrouted MISSING_TASK_FILES beside the graph; the plugin
 * flow draws its transitions table between the states. Screenshots:
 * test/artifacts/flow-corpus-legacy.png and flow-corpus-plugin.png.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { ARTIFACTS, REPO, editorHelpers, packageExtension, type Editors } from './support';

/** The corpus sits beside the worktrees (/work/shared) or beside a clone's parent. */
const corpusRepo = (name: string) =>
  [join(REPO, '..', 'shared', 'corpus', name), join(REPO, '..', '..', 'shared', 'corpus', name), `/work/shared/corpus/${name}`].find((p) => existsSync(p));
const LEGACY = corpusRepo('suxxes__resin.ai__legacy-4657b17');
const PLUGIN = corpusRepo('suxxes__resin.ai');

describe('e2e: the Flow view on resin.ai from the corpus', { timeout: 600_000, skip: LEGACY && PLUGIN ? false : 'shared corpus not present' }, () => {
  let editors: Editors;
  let server: { url: string; stop(): Promise<void> } | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  before(async () => {
    editors = await editorHelpers();
    mkdirSync(ARTIFACTS, { recursive: true });
    const vsix = packageExtension(editors);
    const profile = editors.editorProfile();
    assert.match(editors.installExtension(vsix, profile), /successfully installed/i);
    server = await editors.startCodeServer({ folder: LEGACY, profile });
    context = await editors.launchBrowser();
    page = context!.pages()[0] ?? (await context!.newPage());
  });

  after(async () => {
    await context?.close().catch(() => {});
    await server?.stop();
    editors?.cleanupAll();
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `flow-corpus-${name}.png`) });
  const step = (name: string, body: () => Promise<void>) => async () => {
    try {
      await body();
    } catch (e) {
      await shot(`failed-${name}`).catch(() => {});
      throw e;
    }
  };

  /** Opens the folder in the workbench and the Flow view from the command palette. */
  async function openFlow(folder: string): Promise<Frame> {
    await page.goto(`${server!.url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });
    const input = page.locator('.quick-input-widget input');
    for (let attempt = 1; ; attempt++) {
      try {
        await page.locator('.monaco-workbench .part.editor').click({ position: { x: 300, y: 300 } });
        await page.keyboard.press('F1');
        await input.fill('>Agent Docs: Show Flow', { timeout: 5_000 });
        await page
          .locator('.quick-input-list .monaco-list-row')
          .filter({ has: page.locator('.label-name', { hasText: /^Agent Docs: Show Flow$/ }) })
          .first()
          .click({ timeout: 30_000 });
        break;
      } catch (e) {
        if (attempt === 3) throw e;
        await page.keyboard.press('Escape');
      }
    }
    for (let i = 0; i < 120; i++) {
      for (const frame of page.frames()) {
        if (
          await frame
            .locator('#app svg.flow g.node[data-node]')
            .count()
            .catch(() => 0)
        )
          return frame;
      }
      await page.waitForTimeout(500);
    }
    throw new Error('no frame draws the flow');
  }

  const nodesOf = (frame: Frame) => frame.locator('g.node[data-node]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')!).sort());

  it(
    'draws the legacy flow: /develop and its agents, MISSING_TASK_FILES of quality-assurance not routed',
    step('legacy', async () => {
      const frame = await openFlow(LEGACY!);
      assert.deepEqual(
        await nodesOf(frame),
        [
          '/develop',
          ...['nextjs', 'python', 'swift', 'tauri', 'tauri-rust', 'tauri-typescript', 'typescript'].map((d) => `developer-${d}`),
          'feature-lead',
          'project-manager',
          'quality-assurance',
        ].sort(),
      );
      assert.deepEqual(await frame.locator('text.code.unrouted').allTextContents(), ['MISSING_TASK_FILES']);
      assert.match((await frame.locator('.problems ul.unrouted').innerText()).replace(/\s+/g, ' '), /^MISSING_TASK_FILES quality-assurance → \(nowhere\)$/);
      assert.equal(await frame.locator('table.edges tbody tr').count(), 50);
      await page.waitForTimeout(300);
      await shot('legacy');
      // A click on the agent opens its file at its name.
      await frame.locator('g.node[data-node="quality-assurance"]').click();
      await page.locator('.tab.active', { hasText: 'quality-assurance.md' }).first().waitFor({ timeout: 30_000 });
      await page
        .locator('.statusbar-item', { hasText: /Ln 2, Col/ })
        .first()
        .waitFor({ timeout: 10_000 });
    }),
  );

  it(
    'draws the plugin flow: the transitions table between its states',
    step('plugin', async () => {
      const frame = await openFlow(PLUGIN!);
      assert.deepEqual(
        await nodesOf(frame),
        [
          'DONE',
          'INIT',
          'LOOP',
          'QUIZ',
          'RETURN-CODES',
          'TEST',
          'WORK',
          'developer',
          'feature-manager',
          'product-manager',
          'project-manager',
          'quality-assurance',
        ].sort(),
      );
      // Every code of the table drawn; nothing unrouted.
      const codes = await frame.locator('text.code').allTextContents();
      for (const code of ['SUCCESS', 'FAILURE', 'PARTIAL', 'TIMEOUT', 'MISSING']) assert.ok(codes.includes(code), code);
      assert.equal(await frame.locator('text.code.unrouted').count(), 0);
      // The edge table lists the 14 transitions (with the agents' returns and the levels' steps).
      const rows = await frame
        .locator('table.edges tbody tr')
        .evaluateAll((trs: any[]) => trs.map((tr) => [...tr.cells].map((td: any) => String(td.textContent).trim().replace(/\s+/g, ' ')).join(' | ')));
      const transitions = rows.filter((r) => /\| \S*RETURN-CODES\.md:(3[6-9]|4[0-8]) /.test(r));
      assert.equal(transitions.length, 14, transitions.join('\n'));
      for (const row of [
        'WORK | SUCCESS | TEST | yes',
        'INIT | SUCCESS | LOOP | yes',
        'INIT | SUCCESS | WORK | yes',
        'TEST | FAILURE | WORK | yes',
        'DONE | FAILURE | (decided at run time) | yes',
        'INIT | FAILURE | (exit) | yes',
      ]) {
        assert.ok(
          transitions.some((r) => r.startsWith(row)),
          `${row}\n${transitions.join('\n')}`,
        );
      }
      await page.waitForTimeout(300);
      await shot('plugin');
      await frame.locator('g.node[data-node="WORK"]').click();
      await page.locator('.tab.active', { hasText: 'WORK.md' }).first().waitFor({ timeout: 30_000 });
    }),
  );
});
