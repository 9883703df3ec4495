/**
 * A first look at a repository as a new user has it: the packaged extension in code-server, on a
 * workspace whose agents sit in `agents/` only (no `.claude/`, no task plan), with problems in
 * several files that nobody opens. The extension starts with the folder; the Problems panel lists
 * every problem file; the Agents view is filled the moment it is shown; the Tasks view is small and
 * says how to start a plan. Screenshots go to test/artifacts/ (workspace-problems.png,
 * agents-first-open.png, tasks-no-plan.png).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ARTIFACTS,
  REPO,
  clippedTexts,
  editorHelpers,
  openWorkbench,
  packageExtension,
  problemCounts,
  viewPane,
  type Editors,
  type Workbench,
} from './support';

const WORKSPACE = join(REPO, 'test', 'vscode', 'workspaces', 'workspace-problems');
const COLLECTION = join(REPO, 'test', 'e2e', 'workspaces', 'collection');
const DEPARTMENTS = join(REPO, 'test', 'e2e', 'workspaces', 'departments');
const PROBLEM_FILES = ['reviewer.md', 'tester.md', 'flow.md'];
const TASKS_WELCOME =
  'No task plan yet. A plan is a folder of files named by ID (0001 - Name.md): docs/DEVELOPMENT-PLAN or docs/DEVELOPMENT_PLAN_AND_PROGRESS.';

describe('e2e: first impressions of a repository with agents in agents/', { timeout: 600_000 }, () => {
  let editors: Editors;
  let bench: Workbench;

  before(async () => {
    editors = await editorHelpers();
    bench = await openWorkbench(editors, packageExtension(editors), WORKSPACE, 'agents-only');
  });

  after(async () => {
    await bench?.close();
    editors?.cleanupAll();
  });

  const shot = (name: string) => bench.page.screenshot({ path: join(ARTIFACTS, name) });
  const step = (name: string, body: () => Promise<void>) => async () => {
    try {
      await body();
    } catch (e) {
      await shot(`failed-${name}.png`).catch(() => {});
      throw e;
    }
  };

  it(
    'starts with the folder and lists every problem file in the Problems panel, none of them open',
    step('workspace-problems', async () => {
      const { page } = bench;
      // Nothing is clicked: the counts come once the extension has started by itself and indexed.
      const deadline = Date.now() + 90_000;
      let counts = await problemCounts(page);
      while (!(counts.errors === 1 && counts.warnings === 2) && Date.now() < deadline) {
        await page.waitForTimeout(250);
        counts = await problemCounts(page);
      }
      assert.deepEqual(counts, { errors: 1, warnings: 2 }, 'the status bar counts the workspace problems');
      assert.equal(await page.locator('.part.editor .tabs-container .tab').count(), 0, 'no file is open');
      await page.locator('[id="status.problems"]').click();
      const panel = page.locator('.markers-panel');
      for (const file of PROBLEM_FILES) await panel.locator('.monaco-list-row').filter({ hasText: file }).first().waitFor({ timeout: 30_000 });
      const text = (await panel.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /agent-name-missing/);
      assert.match(text, /agent-model-value/);
      assert.match(text, /return-code-unknown/);
      await shot('workspace-problems.png');
      await page.keyboard.press('Control+J'); // close the panel again
    }),
  );

  it(
    'shows the Agents view filled the moment it is opened (no "no data provider", no "nothing found")',
    step('agents-first-open', async () => {
      const { page } = bench;
      // Opened through the command palette, not the activity bar.
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>Agent Docs: Focus on Agents View');
      await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'Focus on Agents View' }).first().click();
      const pane = viewPane(page, 'Agents');
      const seen: string[] = [];
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const body = (await pane.innerText().catch(() => '')).replace(/\s+/g, ' ');
        seen.push(body);
        if (/reviewer\s*(no name · )?1 error/.test(body) && /tester\s*1 warning/.test(body)) break;
        await page.waitForTimeout(50);
      }
      const last = seen[seen.length - 1] ?? '';
      assert.match(last, /developer/);
      assert.match(last, /reviewer\s*(no name · )?1 error/);
      assert.match(last, /tester\s*1 warning/);
      assert.deepEqual(
        seen.filter((s) => /no data provider|No agents, skills or commands found/i.test(s)),
        [],
        'never an empty or unregistered view',
      );
      await page.locator('.part.sidebar').screenshot({ path: join(ARTIFACTS, 'agents-first-open.png') });
    }),
  );

  it(
    'shows a compact Tasks view that says how to start a plan',
    step('tasks-no-plan', async () => {
      const { page } = bench;
      const pane = viewPane(page, 'Tasks');
      const welcome = pane.locator('.welcome-view-content');
      await welcome.waitFor({ timeout: 30_000 });
      const paragraphs = (await welcome.locator('p').allInnerTexts()).map((t) => t.replace(/\u200b/g, '').trim()).filter(Boolean);
      assert.deepEqual(paragraphs, [TASKS_WELCOME, 'Plan elsewhere? Use another folder']);
      assert.deepEqual(
        (await welcome.locator('.monaco-button').allInnerTexts()).map((t) => t.trim()),
        ['Create First Epic'],
      );
      assert.equal(await welcome.locator('p a').filter({ hasText: 'Use another folder' }).count(), 1);
      assert.doesNotMatch(await welcome.innerText(), /`|\*\*/, 'no literal Markdown');
      assert.deepEqual(await clippedTexts(welcome, 'p, .monaco-button'), [], 'nothing cut at the default sidebar width');
      // Small: the Agents view keeps most of the sidebar.
      const tasksBox = await pane.boundingBox();
      const sidebarBox = await page.locator('.part.sidebar').boundingBox();
      assert.ok(tasksBox && sidebarBox);
      assert.ok(tasksBox.height < sidebarBox.height * 0.35, `the Tasks view takes ${Math.round(tasksBox.height)} of ${Math.round(sidebarBox.height)} px`);
      // Every line and button of the welcome text ends above the view's bottom edge (nothing to scroll to).
      for (const box of await welcome.locator('p, .monaco-button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom))) {
        assert.ok(
          box <= tasksBox.y + tasksBox.height + 1,
          `the welcome text fits in the view: a line ends at ${Math.round(box)}, the view at ${Math.round(tasksBox.y + tasksBox.height)}`,
        );
      }
      await page.locator('.part.sidebar').screenshot({ path: join(ARTIFACTS, 'tasks-no-plan.png') });
    }),
  );
});

// Its files have only `name` and `description`: nothing agent-only that would make the core read
// the folders as an agent collection by itself.
describe('e2e: a collection that keeps its agents in department folders', { timeout: 600_000 }, () => {
  let editors: Editors;
  let bench: Workbench;

  before(async () => {
    editors = await editorHelpers();
    bench = await openWorkbench(editors, packageExtension(editors), COLLECTION, 'collection');
  });

  after(async () => {
    await bench?.close();
    editors?.cleanupAll();
  });

  const step = (name: string, body: () => Promise<void>) => async () => {
    try {
      await body();
    } catch (e) {
      await bench.page.screenshot({ path: join(ARTIFACTS, `failed-${name}.png`) }).catch(() => {});
      throw e;
    }
  };

  it(
    'says where it looked for agents and offers to configure their locations',
    step('agents-empty', async () => {
      const { page } = bench;
      await page.locator('.part.activitybar [aria-label^="Agent Docs"]').first().click();
      const welcome = viewPane(page, 'Agents').locator('.welcome-view-content');
      await welcome.locator('.monaco-button').filter({ hasText: 'Configure Agent Locations…' }).waitFor({ timeout: 60_000 });
      const text = (await welcome.locator('p').allInnerTexts()).map((t) => t.replace(/\u200b/g, '')).join(' ');
      assert.match(
        text,
        /^No agents, skills or commands found\. Agent Docs looked for agents in \.claude\/agents and agents folders, skills in SKILL\.md files and commands in \.claude\/commands and commands folders\.$/,
      );
      assert.deepEqual(await clippedTexts(welcome, 'p, .monaco-button'), [], 'nothing cut at the default sidebar width');
      await page.mouse.move(800, 450); // no tooltip over the view
      await page.locator('.part.sidebar').screenshot({ path: join(ARTIFACTS, 'agents-empty.png') });
    }),
  );

  it(
    'adds the folders that look like agents and fills the Agents view',
    step('agents-configured', async () => {
      const { page } = bench;
      await viewPane(page, 'Agents').locator('.monaco-button').filter({ hasText: 'Configure Agent Locations…' }).click();
      const picker = page.locator('.quick-input-widget');
      const rows = picker.locator('.monaco-list-row');
      await rows.filter({ hasText: 'engineering' }).first().waitFor({ timeout: 30_000 });
      const items = await rows.allInnerTexts();
      // innerText runs the label and its description together.
      assert.deepEqual(
        items.map((t) => t.replace(/\s+/g, '').trim()),
        ['engineering2fileswithanameandadescription', 'design1filewithanameandadescription', 'Chooseafolder…'],
      );
      await page.keyboard.press('Enter');
      await rows.filter({ hasText: 'Workspace settings' }).first().waitFor({ timeout: 30_000 });
      await rows.filter({ hasText: 'Workspace settings' }).first().click();
      const pane = viewPane(page, 'Agents');
      for (const name of ['rapid-prototyper', 'backend-architect', 'ui-designer'])
        await pane.locator('.monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: 60_000 });
      await page.locator('.part.sidebar').screenshot({ path: join(ARTIFACTS, 'agents-configured.png') });
      const settings = readFileSync(join(bench.folder, '.vscode', 'settings.json'), 'utf8');
      assert.match(settings, /"engineering\/\*\.md"/);
      assert.match(settings, /"design\/\*\.md"/);
    }),
  );
});

// contains-studio/agents' layout: agents in department folders (`engineering/*.md`), which the core
// reads as agents by their fields; no `.claude/`, no `agents/` folder, nothing configured.
describe('e2e: agents in department folders start the extension with the folder', { timeout: 600_000 }, () => {
  let editors: Editors;
  let bench: Workbench;

  before(async () => {
    editors = await editorHelpers();
    bench = await openWorkbench(editors, packageExtension(editors), DEPARTMENTS, 'departments');
  });

  after(async () => {
    await bench?.close();
    editors?.cleanupAll();
  });

  it("lists the department agents' problems and fills the Agents view, nothing clicked first", async () => {
    const { page } = bench;
    try {
      // Nothing is clicked until the status bar counts the problems of files nobody opened.
      const deadline = Date.now() + 90_000;
      let counts = await problemCounts(page);
      while (!(counts.errors === 0 && counts.warnings === 2) && Date.now() < deadline) {
        await page.waitForTimeout(250);
        counts = await problemCounts(page);
      }
      assert.deepEqual(counts, { errors: 0, warnings: 2 }, 'the extension started with the folder and counted the workspace problems');
      assert.equal(await page.locator('.part.editor .tabs-container .tab').count(), 0, 'no file is open');
      await page.locator('[id="status.problems"]').click();
      const panel = page.locator('.markers-panel');
      for (const file of ['backend-architect.md', 'growth-hacker.md'])
        await panel.locator('.monaco-list-row').filter({ hasText: file }).first().waitFor({ timeout: 30_000 });
      await page.locator('.part.activitybar [aria-label^="Agent Docs"]').first().click();
      const pane = viewPane(page, 'Agents');
      for (const name of ['backend-architect', 'content-creator', 'growth-hacker', 'rapid-prototyper'])
        await pane.locator('.monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: 10_000 });
      assert.doesNotMatch((await pane.innerText()).replace(/\s+/g, ' '), /no data provider|No agents, skills or commands found|Indexing/i);
      await page.mouse.move(800, 300); // no tooltip over the view
      await page.screenshot({ path: join(ARTIFACTS, 'departments-start.png') });
    } catch (e) {
      await page.screenshot({ path: join(ARTIFACTS, 'failed-departments-start.png') }).catch(() => {});
      throw e;
    }
  });
});
