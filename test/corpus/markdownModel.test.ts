/**
 * The Markdown model against the reference parser (micromark with GFM tables, task list items and
 * footnotes, through mdast; test/support/markdownOracle.ts) on every Markdown file of the shared
 * corpus, read in place: both must find the same fences, headings (and GitHub's anchors, from
 * github-slugger), code spans, links, definitions, tables (rows and cell offsets) and task boxes,
 * at the same offsets. Prints the agreement counts per category.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { MarkdownModel } from '../../server/src/core/document/markdown';
import { CATEGORIES, loadOracle, modelFindings, oracleFindings, type Category, type Oracle } from '../support/markdownOracle';
import { sharedPath } from '../support/shared';
import { markdownFiles } from '../support/markdownFiles';

const CORPUS = sharedPath('corpus');

describe('Markdown model agrees with the reference parser on the corpus', { skip: CORPUS ? false : 'corpus not found beside the repository' }, () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  it('finds the same fences, headings, anchors, code spans, links, definitions, tables and task boxes in every file', () => {
    const files = markdownFiles(CORPUS!).sort();
    const agreeing = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    const items = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    const disagreements: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const doc = parseDocument('file:///corpus.md', 1, text, 'markdown');
      const mine = modelFindings(new MarkdownModel(text, doc.bodyStart, doc.lines), text);
      const theirs = oracleFindings(oracle, text, doc.bodyStart);
      for (const c of CATEGORIES) {
        items[c] += theirs[c].length;
        if (JSON.stringify(mine[c]) === JSON.stringify(theirs[c])) {
          agreeing[c]++;
          continue;
        }
        const only = (a: string[], b: string[]) => a.filter((x) => !b.includes(x)).slice(0, 3);
        disagreements.push(
          `${relative(CORPUS!, file)} ${c}: reference only ${JSON.stringify(only(theirs[c], mine[c]))}, model only ${JSON.stringify(only(mine[c], theirs[c]))}`,
        );
      }
    }
    console.log(`Markdown model vs reference parser, ${files.length} corpus files:`);
    for (const c of CATEGORIES) console.log(`  ${c.padEnd(12)} ${agreeing[c]}/${files.length} files agree (${items[c]} items in the reference)`);
    assert.ok(files.length > 1000, `only ${files.length} corpus files found`);
    assert.deepEqual(disagreements.slice(0, 20), []);
  });
});
