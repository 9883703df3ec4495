/**
 * The legacy resin.ai flow from the corpus (agents in `agents/`, an orchestrator command, return
 * codes in its README; no `.claude/agents/`, no task plan), opened as a new user opens it: the
 * packaged .vsix in code-server on a temp copy, nothing clicked until the extension has started by
 * itself. The Problems panel lists the problems of files nobody opened (the README's return codes
 * among them), with the counts the Agents view shows. Counts are compared with each other, not with
 * fixed figures, so that rule changes elsewhere do not break it. Screenshot:
 * test/artifacts/legacy-flow.png.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { sharedPath } from '../support/shared';
import { ARTIFACTS, editorHelpers, openWorkbench, packageExtension, problemCounts, viewPane, type Editors, type Workbench } from './support';

const corpus = sharedPath('corpus');
const LEGACY = corpus && join(corpus, 'suxxes__resin.ai__legacy-4657b17');

/** The Problems panel's agent-docs errors and warnings in the files matching `glob` (its own filter box). */
async function markers(page: Page, glob: string): Promise<string[]> {
  await page
    .locator('.markers-panel-action-filter textarea, .markers-panel-action-filter input, .panel .viewpane-filter textarea, .panel .viewpane-filter input')
    .first()
    .fill(glob);
  await page.waitForTimeout(1000);
  const rows = await page
    .locator('.markers-panel .monaco-list-row')
    .evaluateAll((els: any[]) =>
      els.map((el) => ({ text: String(el.innerText).replace(/\s+/g, ' ').trim(), problem: el.querySelector('.codicon-error, .codicon-warning') !== null })),
    );
  return rows.filter((r) => r.problem && /agent-docs/.test(r.text)).map((r) => r.text);
}

describe(
  'e2e: the legacy resin.ai flow from the corpus',
  { timeout: 600_000, skip: LEGACY && existsSync(LEGACY) ? false : 'corpus not found beside the repository' },
  () => {
    let editors: Editors;
    let bench: Workbench;

    before(async () => {
      editors = await editorHelpers();
      bench = await openWorkbench(editors, packageExtension(editors), LEGACY!, 'legacy-flow');
    });

    after(async () => {
      await bench?.close();
      editors?.cleanupAll();
    });

    it("lists its problems, the README's return codes among them, as the Agents view counts them, no file open", async () => {
      const { page } = bench;
      try {
        // Nothing is clicked until the counts have settled (the same for two seconds).
        const deadline = Date.now() + 90_000;
        let last = '';
        let since = Date.now();
        while (Date.now() < deadline) {
          const now = JSON.stringify(await problemCounts(page));
          if (now !== last) [last, since] = [now, Date.now()];
          else if (now !== JSON.stringify({ errors: 0, warnings: 0 }) && Date.now() - since > 2000) break;
          await page.waitForTimeout(250);
        }
        const counts = await problemCounts(page);
        assert.ok(counts.errors + counts.warnings > 0, 'the extension started with the folder and counted problems');
        assert.equal(await page.locator('.part.editor .tabs-container .tab').count(), 0, 'no file is open');
        await page.locator('[id="status.problems"]').click();
        await page.locator('.markers-panel').waitFor({ timeout: 10_000 });
        // Return codes in a README that nobody opens (before pull diagnostics: nowhere until opened).
        const readme = await markers(page, 'README.md');
        assert.ok(
          readme.some((r) => /return-code-unknown/.test(r)),
          readme.join('\n'),
        );
        // Each agent row of the Agents view counts what the panel lists for its file.
        await page.locator('.part.activitybar [aria-label^="Agent Docs"]').first().click();
        const pane = viewPane(page, 'Agents');
        await pane.locator('.monaco-list-row').filter({ hasText: 'developer-tauri' }).first().waitFor({ timeout: 30_000 });
        const rows: string[] = await pane
          .locator('.monaco-list-row')
          .evaluateAll((els: any[]) =>
            els.map((el) => `${el.querySelector('.label-name')?.textContent ?? ''} — ${el.querySelector('.label-description')?.textContent ?? ''}`.trim()),
          );
        const counted = rows
          .map((r) => /^([\w-]+) — (\d+) (?:error|warning)s?(?: · (\d+) warnings?)?$/.exec(r))
          .filter((m): m is RegExpExecArray => m !== null);
        assert.ok(counted.length > 0, `an agent with problems: ${rows.join(' | ')}`);
        let total = 0;
        for (const m of counted) {
          const n = Number(m[2]) + Number(m[3] ?? 0);
          total += n;
          const listed = await markers(page, `**/agents/${m[1]}.md`);
          assert.equal(listed.length, n, `${m[1]}: the Agents view says ${n}, the Problems panel lists ${listed.join('\n')}`);
        }
        assert.ok(total <= counts.errors + counts.warnings);
        await markers(page, '');
        await page.mouse.move(800, 300);
        await page.screenshot({ path: join(ARTIFACTS, 'legacy-flow.png') });
      } catch (e) {
        await page.screenshot({ path: join(ARTIFACTS, 'failed-legacy-flow.png') }).catch(() => {});
        throw e;
      }
    });
  },
);
