/**
 * claude-mpm as its author sees it: the packaged .vsix in code-server, opened on the real claude-mpm
 * v4.21.0 repository of the shared corpus (read in place, never written: nothing is edited or
 * saved), driven in headless Chromium. JSON templates get their findings on the values, the skill
 * bindings resolve (flat skills bound, the one dangling binding named), claude-mpm's documented
 * fields are not reported, and the Agents view lists the templates. Screenshots under
 * test/artifacts/claude-mpm-*.png.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, REPO, editorHelpers, packageExtension, type Editors } from './support';

const CORPUS = resolve(REPO, '..', 'shared', 'corpus');
/** The corpus sits beside the worktrees (/work/shared) or beside a clone's parent. */
const MPM = [join(CORPUS, 'bobmatnyc__claude-mpm__v4.21.0'), '/work/shared/corpus/bobmatnyc__claude-mpm__v4.21.0'].find((p) => existsSync(p));

describe('e2e: claude-mpm v4.21.0 from the corpus in code-server', { timeout: 600_000, skip: MPM ? false : 'shared corpus not present' }, () => {
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
    // The corpus folder as it is: detection (its `src/claude_mpm/` package) must find claude-mpm.
    server = await editors.startCodeServer({ folder: MPM, profile });
    context = await editors.launchBrowser();
    page = context!.pages()[0] ?? (await context!.newPage());
    await page.goto(`${server!.url}/?folder=${encodeURIComponent(MPM!)}`);
    await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });
  });

  after(async () => {
    await context?.close().catch(() => {});
    await server?.stop();
    editors?.cleanupAll();
  });

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `claude-mpm-${name}.png`) });
  const step = (name: string, body: () => Promise<void>) => async () => {
    try {
      await body();
    } catch (e) {
      await shot(`failed-${name}`).catch(() => {});
      throw e;
    }
  };

  /** Opens a file by Quick Open (the files sit five folders deep) and waits for its tab. */
  const quickOpen = async (path: string) => {
    const name = path.split('/').pop()!;
    await page
      .locator('.monaco-workbench .part.editor')
      .click({ position: { x: 300, y: 300 } })
      .catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(path);
    // The first result is the file once the search has found it.
    await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator(`.tab.active:has-text("${name}")`).first().waitFor({ timeout: 30_000 });
  };
  /**
   * The Problems panel's rows, as text (file headers and markers alike), filtered to files matching
   * `glob` with the panel's own filter (the panel may also hold other files' problems).
   */
  const problemRows = async (glob = '') => {
    await filterProblems(glob);
    return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  };
  const filterProblems = async (glob: string) => {
    const filter = page
      .locator('.markers-panel-action-filter textarea, .markers-panel-action-filter input, .panel .viewpane-filter textarea, .panel .viewpane-filter input')
      .first();
    // The panel can re-render its filter box as it opens, dropping what was typed: type it again
    // until it stays.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await filter.fill(glob);
      await page.waitForTimeout(1000);
      if ((await filter.inputValue()) === glob) return;
    }
    assert.fail(`the Problems filter did not keep ${glob}`);
  };
  const showProblems = async () => {
    if (
      !(await page
        .locator('.markers-panel')
        .isVisible()
        .catch(() => false))
    )
      await page.locator('[id="status.problems"]').click();
    await page.locator('.markers-panel').waitFor({ timeout: 10_000 });
  };
  /** Hovers the middle of the first rendered token with exactly this text and returns the hover's text. */
  const hoverToken = async (text: string, expect: RegExp) => {
    const token = page
      .locator('.monaco-editor .view-line span span', { hasText: text })
      .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .first();
    await token.waitFor({ timeout: 15_000 });
    const box = await token.boundingBox();
    assert.ok(box, `${text} is on screen`);
    await page.mouse.move(5, 5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover').filter({ hasText: expect }).first();
    await hover.waitFor({ timeout: 30_000 });
    return (await hover.innerText()).replace(/\s+/g, ' ');
  };
  const goToLine = async (line: number) => {
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
  };

  it(
    'reports the colour and the removed tools of agent-manager.json on the values, and nothing else',
    step('template', async () => {
      await quickOpen('src/claude_mpm/agents/templates/agent-manager.json');
      await goToLine(62);
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 90_000 });
      await showProblems();
      // The panel lists the whole workspace's problems: filter to the file before waiting for its row.
      await filterProblems('**/agent-manager.json');
      await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'mpm-template-color-value' }).first().waitFor({ timeout: 60_000 });
      const rows = (await problemRows('**/agent-manager.json')).filter((r) => /agent-docs/.test(r));
      assert.equal(rows.length, 3, rows.join('\n'));
      assert.match(
        rows.find((r) => r.includes('mpm-template-color-value'))!,
        /`indigo`.*\[Ln 46, Col 14\]/,
      );
      assert.equal(rows.filter((r) => /mpm-template-tool-removed/.test(r)).length, 2, rows.join('\n'));
      assert.ok(rows.some((r) => /`MultiEdit`.*\[Ln 54/.test(r)) && rows.some((r) => /`LS`.*\[Ln 58/.test(r)), rows.join('\n'));
      // claude-mpm's schema accepts this template: no schema finding, no unknown key.
      assert.ok(!rows.some((r) => /mpm-template-schema|unknown/.test(r)), rows.join('\n'));
      await shot('template');
      const hover = await hoverToken('"indigo"', /mpm-template-color-value/);
      assert.match(hover, /Claude Code does not support the colour `indigo`/);
      await shot('hover-colour');
    }),
  );

  it(
    'explains a template key from the contributed schema on hover',
    step('key-hover', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await goToLine(61);
      const hover = await hoverToken('"resource_tier"', /tier/i);
      assert.match(hover, /resource/i);
      await shot('hover-key');
    }),
  );

  it(
    'names the one dangling binding of php-engineer.json, and binds its flat skills',
    step('bindings', async () => {
      await page.mouse.move(5, 5);
      await quickOpen('src/claude_mpm/agents/templates/php-engineer.json');
      await page.keyboard.press('Control+End');
      await filterProblems('**/php-engineer.json');
      await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'mpm-template-skill-unbound' }).first().waitFor({ timeout: 60_000 });
      const rows = (await problemRows('**/php-engineer.json')).filter((r) => /mpm-template-skill-unbound/.test(r));
      assert.equal(rows.length, 1, rows.join('\n'));
      assert.match(rows[0]!, /`espocrm-development` is not bound to `php_engineer`/);
      await shot('php-engineer');
    }),
  );

  /** The rows of a sidebar view, by title. */
  const viewPane = (title: string) =>
    page
      .locator('.part.sidebar .pane')
      .filter({ has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }) })
      .first();
  const treeRow = (label: string) =>
    viewPane('Agents')
      .locator('.monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) })
      .first();
  const rowText = async (label: string) => {
    const row = treeRow(label);
    const name = (await row.locator('.label-name').innerText()).trim();
    const description = (await row.locator('.label-description').allInnerTexts()).join('').trim();
    return description ? `${name} — ${description}` : name;
  };

  it(
    "lists the 37 templates in the Agents view, with php-engineer's bindings resolved",
    step('agents-view', async () => {
      await page.locator('.part.activitybar [aria-label^="Agent Docs"]').first().click();
      const header = viewPane('Agents').locator('.pane-header');
      await header.waitFor({ timeout: 30_000 });
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const tasks = viewPane('Tasks').locator('.pane-header');
      if ((await tasks.getAttribute('aria-expanded').catch(() => null)) === 'true') await tasks.click();
      await treeRow('Agent templates').waitFor({ timeout: 60_000 });
      assert.equal(await rowText('Agent templates'), 'Agent templates — 37');
      // Collapse the other groups so the templates are on screen.
      for (const group of ['Skills', 'Commands', 'Agents']) {
        const row = treeRow(group);
        if ((await row.count()) && (await row.getAttribute('aria-expanded')) === 'true') await row.locator('.monaco-tl-twistie').click();
      }
      if ((await treeRow('Agent templates').getAttribute('aria-expanded')) !== 'true') await treeRow('Agent templates').locator('.monaco-tl-twistie').click();
      const php = treeRow('php-engineer');
      await php.waitFor({ timeout: 30_000 });
      await php.scrollIntoViewIfNeeded();
      if ((await php.getAttribute('aria-expanded')) !== 'true') await php.locator('.monaco-tl-twistie').click();
      await treeRow('espocrm-development').waitFor({ timeout: 15_000 });
      // Problems first: the description is cut at the default width, the display name matters less.
      assert.equal(await rowText('php-engineer'), 'php-engineer — 2 warnings · PHP Engineer');
      assert.equal(await rowText('espocrm-development'), 'espocrm-development — not bound');
      // Flat skills (skills/bundled/<name>.md), bound by their file name: no description.
      for (const flat of ['git-workflow', 'test-driven-development', 'code-review']) assert.equal(await rowText(flat), flat);
      await treeRow('espocrm-development').scrollIntoViewIfNeeded();
      await page.locator('.part.sidebar').screenshot({ path: join(ARTIFACTS, 'claude-mpm-agents-view.png') });
    }),
  );

  it(
    "reports none of claude-mpm's own fields in a flat skill, a folder skill and the skills registry",
    step('fields', async () => {
      for (const file of [
        'src/claude_mpm/skills/bundled/git-workflow.md',
        'src/claude_mpm/skills/bundled/main/mcp-builder/SKILL.md',
        'config/skills_registry.yaml',
      ])
        await quickOpen(file);
      await showProblems();
      await filterProblems('**/skills_registry.yaml');
      // The registry's findings arrive last: wait for them, then read each file's rows (the panel
      // lists the whole workspace's problems, so one file at a time keeps them all on screen).
      await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'mpm-registry-agent-unknown' }).first().waitFor({ timeout: 60_000 });
      const rows: string[] = [];
      for (const glob of ['**/bundled/git-workflow.md', '**/mcp-builder/SKILL.md', '**/skills_registry.yaml'])
        rows.push(...(await problemRows(glob)).filter((r) => /agent-docs/.test(r)));
      assert.ok(rows.length > 0);
      const wrong = rows.filter((r) => /unknown-field|agent-skill-unknown|frontmatter-missing/.test(r));
      assert.deepEqual(wrong, [], 'no claude-mpm field reported unknown, no flat skill unknown');
      await shot('problems');
    }),
  );

  it('saved screenshots that are real PNGs', () => {
    for (const name of ['template', 'hover-colour', 'hover-key', 'php-engineer', 'agents-view', 'problems']) {
      const png = readFileSync(join(ARTIFACTS, `claude-mpm-${name}.png`));
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', name);
      assert.ok(png.length > 10_000, `${name} has content`);
    }
  });
});
