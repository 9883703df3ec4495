/**
 * Links on a real repository, as a user meets them: resin.ai's orchestrator plugin (from the
 * corpus, copied to a temp folder because the scenario edits and moves files) opened in code-server
 * with the packaged .vsix, driven in headless Chromium by mouse and keyboard. Its agents read
 * resources as `plugin:orchestrator:resources://CORE/…` while the files live in `resources/core/`:
 * the error squiggle and its hover, Ctrl-click on a resource link, the quick fix to the real
 * spelling, and a resource file dragged to another folder in the explorer, which rewrites the links
 * to it in the agents. Screenshots go to test/artifacts/links-*.png.
 */
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, editorHelpers, packageExtension, type Editors } from './support';
import { sharedPath } from '../support/shared';

const corpus = sharedPath('corpus');
const RESIN = corpus && join(corpus, 'suxxes__resin.ai');
const TEMPLATES = corpus && join(corpus, 'davila7__claude-code-templates');

describe(
  'e2e: links on resin.ai in code-server',
  { timeout: 600_000, skip: RESIN && existsSync(RESIN) && existsSync(join(TEMPLATES!, '.claude')) ? false : 'corpus not found beside the repository' },
  () => {
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
      // No confirmation dialog on a drag in the explorer (a person would click "Move" in it).
      const settings = join(profile.userDataDir, 'User', 'settings.json');
      writeFileSync(settings, JSON.stringify({ ...JSON.parse(readFileSync(settings, 'utf8')), 'explorer.confirmDragAndDrop': false }, null, 2));
      folder = join(editors.tempDir('agent-docs-e2e-links-'), 'resin.ai');
      cpSync(join(RESIN!, 'orchestrator'), join(folder, 'orchestrator'), { recursive: true });
      // claude-code-templates' own project agents beside it: an orchestrator that spawns a reviewer.
      cpSync(join(TEMPLATES!, '.claude'), join(folder, '.claude'), { recursive: true });
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
    const step = (name: string, body: () => Promise<void>) => async () => {
      try {
        await body();
      } catch (e) {
        await shot(`failed-links-${name}.png`).catch(() => {});
        throw e;
      }
    };
    const row = (name: string) =>
      page
        .locator('.explorer-folders-view .monaco-list-row')
        .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) })
        .first();
    const expandFolder = async (name: string) => {
      await row(name).click({ timeout: 30_000 });
      if ((await row(name).getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('ArrowRight');
      await page.locator('.explorer-folders-view .monaco-list-row[aria-expanded="true"]').filter({ hasText: name }).first().waitFor({ timeout: 10_000 });
    };
    const activeTab = (file: string) => page.locator(`.tab.active[aria-label*="${file}"], .tab.active:has-text("${file}")`).first();
    /** The rendered editor line holding `text` (Monaco draws only the lines in view). */
    const viewLine = (text: string) => page.locator('.monaco-editor .view-lines .view-line').filter({ hasText: text }).first();
    const squiggles = () => page.locator('.monaco-editor .squiggly-error');

    it(
      'opens an agent and underlines its case-only resource links as errors',
      step('squiggle', async () => {
        await expandFolder('orchestrator');
        await expandFolder('agents');
        await row('developer.md').click({ timeout: 30_000 });
        await activeTab('developer.md').waitFor({ timeout: 30_000 });
        await squiggles().first().waitFor({ timeout: 90_000 });
        // Lines 25 and 26, in view, read `CORE/…`; the Problems count in the status bar says 3 (line 35 too).
        await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('.monaco-editor .squiggly-error').length >= 2, undefined, {
          timeout: 30_000,
        });
        await shot('links-squiggles.png');
      }),
    );

    it(
      'says in a hover why the link fails and on which systems',
      step('hover', async () => {
        const box = await squiggles().first().boundingBox();
        assert.ok(box, 'the squiggle is on screen');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const hover = page.locator('.monaco-hover').filter({ hasText: 'exists only as' }).first();
        await hover.waitFor({ timeout: 30_000 });
        const text = (await hover.innerText()).replace(/\s+/g, ' ');
        assert.match(text, /`?CORE\/PHASE-EXECUTION-REQUIREMENTS\.md`? exists only as `?core\/PHASE-EXECUTION-REQUIREMENTS\.md`?/);
        assert.match(text, /fails to read it on Linux/);
        assert.match(text, /link-case-mismatch/);
        await shot('links-hover.png');
        // Away from the squiggle, so its hover closes.
        await page.locator('.part.sidebar .composite.title').first().hover();
        await page.keyboard.press('Escape');
        await hover.waitFor({ state: 'hidden', timeout: 10_000 });
      }),
    );

    it(
      'opens the resource file on Ctrl-click',
      step('ctrl-click', async () => {
        const link = viewLine('AGENT/DEVELOPER/TODOWRITE-TOOL.md').locator('span', { hasText: 'TODOWRITE' }).last();
        const box = await link.boundingBox();
        assert.ok(box, 'the resource link is on screen');
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        await page.keyboard.down('Control');
        try {
          // VS Code underlines the link under a pointer that moves while Ctrl is held: the document link.
          await page.mouse.move(x - 4, y);
          await page.mouse.move(x, y);
          await page.locator('.monaco-editor .detected-link-active').first().waitFor({ timeout: 30_000 });
          await shot('links-ctrl-hover.png');
          await page.mouse.click(x, y);
        } finally {
          await page.keyboard.up('Control');
        }
        await activeTab('TODOWRITE-TOOL.md').waitFor({ timeout: 30_000 });
        await shot('links-ctrl-click.png');
      }),
    );

    it(
      'fixes a case-only link to the spelling on disk with the quick fix',
      step('quick-fix', async () => {
        await page.locator('.tab').filter({ hasText: 'developer.md' }).first().click();
        await activeTab('developer.md').waitFor({ timeout: 30_000 });
        await squiggles().first().waitFor({ timeout: 30_000 });
        const before = await squiggles().count();
        const box = await squiggles().first().boundingBox();
        assert.ok(box);
        await page.mouse.click(box.x + 2, box.y + box.height / 2);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+.');
        const item = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Change to `core/PHASE-EXECUTION-REQUIREMENTS.md`' }).first();
        await item.waitFor({ timeout: 30_000 });
        await shot('links-quick-fix.png');
        await item.click();
        await viewLine('resources://core/PHASE-EXECUTION-REQUIREMENTS.md').waitFor({ timeout: 30_000 });
        await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('.monaco-editor .squiggly-error').length === n - 1, before, {
          timeout: 60_000,
        });
        await shot('links-fixed.png');
      }),
    );

    it(
      'moving a resource file in the explorer rewrites the links to it',
      step('move', async () => {
        await expandFolder('resources');
        await expandFolder('STATE-MACHINE');
        await row('core').scrollIntoViewIfNeeded();
        // Drag HANDOFF-PROTOCOL.md from STATE-MACHINE/ onto core/.
        await row('HANDOFF-PROTOCOL.md').dragTo(row('core'), { timeout: 30_000 });
        // VS Code asks before an extension's refactoring edits run with a move; a person says OK.
        const ask = page.locator('.monaco-dialog-box').filter({ hasText: "Extension 'Agent Docs' wants to make refactoring changes with this file move" });
        await ask.waitFor({ timeout: 30_000 });
        await shot('links-move-dialog.png');
        await ask.getByRole('button', { name: 'OK' }).click();
        const moved = join(folder, 'orchestrator', 'resources', 'core', 'HANDOFF-PROTOCOL.md');
        await editors.waitUntil(async () => existsSync(moved), 30_000, 'HANDOFF-PROTOCOL.md moved into core/');
        // The agents and the phase files that read it now name the new path (saved by VS Code, whose
        // files.refactoring.autoSave is on by default).
        const readers = [
          'agents/feature-manager.md',
          'agents/product-manager.md',
          'agents/project-manager.md',
          'resources/AGENT/DEVELOPER/PHASE/11-VALIDATION-HANDOFF.md',
        ];
        for (const reader of readers) {
          const path = join(folder, 'orchestrator', reader);
          const text = await editors.waitUntil(
            async () => {
              const t = readFileSync(path, 'utf8');
              return t.includes('resources://core/HANDOFF-PROTOCOL.md') ? t : undefined;
            },
            30_000,
            `${reader} rewritten`,
          );
          assert.doesNotMatch(text, /STATE-MACHINE\/HANDOFF-PROTOCOL\.md/, reader);
          // Only that path changed: the file is otherwise byte for byte as in the corpus.
          const original = readFileSync(join(RESIN!, 'orchestrator', reader), 'utf8');
          assert.equal(text, original.replaceAll('resources://STATE-MACHINE/HANDOFF-PROTOCOL.md', 'resources://core/HANDOFF-PROTOCOL.md'), reader);
        }
        await shot('links-moved.png');
      }),
    );

    it(
      'renaming an agent with F2 renames its file, its name and the mentions that spawn it',
      step('rename', async () => {
        // Collapse the tree, so that the only `agents` folder on screen is `.claude/agents`.
        await page.locator('.part.sidebar .action-label[aria-label^="Collapse Folders in Explorer"]').first().click();
        await page
          .locator('.explorer-folders-view .monaco-list-row[aria-expanded="true"]')
          .filter({ hasText: 'orchestrator' })
          .waitFor({ state: 'detached', timeout: 10_000 });
        await expandFolder('.claude');
        await expandFolder('agents');
        await row('component-reviewer.md').click({ timeout: 30_000 });
        await activeTab('component-reviewer.md').waitFor({ timeout: 30_000 });
        const name = viewLine('name: component-reviewer').locator('span', { hasText: 'component-reviewer' }).last();
        // F2 opens the rename box once the server knows the file; until then VS Code says the
        // element cannot be renamed, and a person presses F2 again.
        const input = page.locator('.monaco-editor .rename-box input.rename-input:focus').first();
        await editors.waitUntil(
          async () => {
            await name.click();
            await page.keyboard.press('F2');
            if (
              await input.waitFor({ timeout: 5_000 }).then(
                () => true,
                () => false,
              )
            )
              return (await input.inputValue()) === 'component-reviewer';
            await page.keyboard.press('Escape');
            return false;
          },
          60_000,
          'the rename box on the agent name',
        );
        // The box opens with the whole name selected: typing replaces it.
        await page.keyboard.type('component-critic');
        assert.equal(await input.inputValue(), 'component-critic');
        await shot('links-rename.png');
        await page.keyboard.press('Enter');
        // A move with refactoring edits asks first; a rename whose links need no change does not.
        const ask = page.locator('.monaco-dialog-box').filter({ hasText: 'refactoring changes' });
        const agents = join(folder, '.claude', 'agents');
        await editors.waitUntil(
          async () => {
            if (await ask.isVisible()) await ask.getByRole('button', { name: 'OK' }).click();
            return existsSync(join(agents, 'component-critic.md')) && !existsSync(join(agents, 'component-reviewer.md'));
          },
          30_000,
          'component-reviewer.md renamed to component-critic.md',
        );
        const original = (file: string) => readFileSync(join(TEMPLATES!, '.claude', 'agents', file), 'utf8');
        const saved = (file: string, want: string) =>
          editors.waitUntil(async () => (readFileSync(join(agents, file), 'utf8') === want ? true : undefined), 30_000, `${file} as expected`);
        await saved('component-critic.md', original('component-reviewer.md').replace('name: component-reviewer', 'name: component-critic'));
        // The Task calls written out in the orchestrator, "invoke component-reviewer agent" in its
        // body, "the `component-reviewer` agent" and "with the component-reviewer agent" in a
        // description: the name where it names the agent. Other words (`component-reviewer
        // feedback`) stay as written.
        await saved(
          'component-migrator.md',
          original('component-migrator.md')
            .replaceAll('subagent_type="component-reviewer"', 'subagent_type="component-critic"')
            .replace('Use component-reviewer agent to validate', 'Use component-critic agent to validate')
            .replace('invoke component-reviewer agent:', 'invoke component-critic agent:'),
        );
        await saved(
          'component-improver.md',
          original('component-improver.md')
            .replace('with the component-reviewer agent,', 'with the component-critic agent,')
            .replace('`component-reviewer` agent', '`component-critic` agent'),
        );
        await activeTab('component-critic.md').waitFor({ timeout: 30_000 });
        await shot('links-renamed.png');
      }),
    );

    it('saved screenshots that are real PNGs', () => {
      for (const name of [
        'links-squiggles.png',
        'links-hover.png',
        'links-ctrl-click.png',
        'links-quick-fix.png',
        'links-fixed.png',
        'links-move-dialog.png',
        'links-moved.png',
      ]) {
        const png = readFileSync(join(ARTIFACTS, name));
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', name);
        assert.ok(png.length > 10_000, `${name} has content`);
      }
    });
  },
);
