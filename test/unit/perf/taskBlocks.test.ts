/**
 * The task domain's lean scan of a body (`tasks/blocks.ts`) must give the Markdown model's answers
 * wherever it answers at all: every line's kind, the headings with their anchors, the list items
 * with their task markers, the thematic breaks, and no code, links or definitions. Checked over every
 * Markdown file of the corpus, a plan from the bench's generator and edge cases; the bench's plan
 * files must take the lean path (else it buys nothing).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MarkdownModel } from '../../../server/src/core/document/markdown';
import { parseDocument } from '../../../server/src/core/document/parse';
import { leanBlocks, type TaskHeadingBlock, type TaskListItem } from '../../../server/src/core/tasks/blocks';
import { markdownFiles } from '../../support/markdownFiles';
import { sharedPath } from '../../support/shared';

const CORPUS = sharedPath('corpus');
const MAKE_TASKS = sharedPath('bench', 'make-tasks.mjs');

/** Compares the lean scan with the model; returns whether the lean scan answered. */
function agree(text: string, label: string): boolean {
  const doc = parseDocument(`file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/${encodeURIComponent('0001.01.01 - E - S - T.md')}`, 0, text, 'task');
  const lean = leanBlocks(doc);
  if (!lean) return false;
  const md = new MarkdownModel(doc.text, doc.bodyStart, doc.lines);
  assert.equal(lean.firstLine, md.firstLine, `${label}: first line`);
  for (let line = 0; line < doc.lines.lineCount + 1; line++) {
    assert.equal(lean.lineKind(line), md.lineKind(line), `${label}: kind of line ${line}`);
    assert.equal(lean.isCodeLine(line), md.isCodeLine(line), `${label}: code line ${line}`);
    assert.equal(lean.isTextLine(line), md.isTextLine(line), `${label}: text line ${line}`);
  }
  const heading = (h: TaskHeadingBlock) => [h.level, h.setext, h.line, h.start, h.end, h.contentStart, h.raw, h.anchor];
  assert.deepEqual(lean.headings.map(heading), md.headings.map(heading), `${label}: headings`);
  for (let line = 0; line < doc.lines.lineCount; line++)
    assert.equal(lean.headingAbove(line)?.line, md.headingAbove(line)?.line, `${label}: heading above ${line}`);
  const item = (i: TaskListItem) => [i.line, i.contentStart, i.firstLine, i.task?.style, i.task?.state, i.task?.start, i.task?.end];
  assert.deepEqual(lean.listItems.map(item), md.listItems.map(item), `${label}: list items`);
  assert.deepEqual(lean.thematicBreaks, md.thematicBreaks, `${label}: breaks`);
  assert.equal(md.links.length, 0, `${label}: links`);
  assert.equal(md.definitions.length, 0, `${label}: definitions`);
  assert.equal(md.codeSpans.length, 0, `${label}: code spans`);
  return true;
}

const EDGE_CASES = [
  '# T\n---\n',
  'para\n---\n',
  'para\n--\n',
  'para\n-\n',
  'para\n  ---\n',
  '- a\n---\n',
  '* * *\n',
  'a\n***\n',
  'a\n___\n',
  '- [ ] x\n- [x] y\n- [X] z\n- ✅ z\n- 🔄 w\n- ⬜️ v\n- ⏸ p\n',
  '-  [ ] two spaces\n-    [ ] four spaces\n',
  '-     five spaces\n',
  '- # h\n',
  '  - nested\n',
  '- a\n  - b\n',
  '- a\n - b\n',
  '1. one\n',
  '#tag\n',
  '####### seven\n',
  '# h #\n# h#\n#\n# #\n## a ## \n# a \\#\n',
  '   # three spaces\n',
  '    # four spaces\n',
  'a\n    b\n',
  '\n    code\n',
  '- a\n\n    b\n',
  '- a\n\n  b\n',
  '# Task [0001.02.03] - A\n',
  '# Dup\n# Dup\n## Dup\n# Dup-1\n',
  '# Ünïcödé — dash ✅ emoji\n',
  '# a_b\n',
  '# *a*\n',
  '=\n',
  'a\n=\n',
  'a\n  ===\n',
  '+ plus\n* star\n- dash\n',
  '- a\nlazy\n',
  'x\n- a\n',
  '- [ ]\n',
  '- [x]done\n',
  '- a\n-\n',
  '-\ta\n',
  'emoji ✅ in a paragraph\n',
  '\ufeff# H\n- [ ] a\n',
  '---\nname: x\n---\n# H\n- [ ] a\n',
  '---\nname: x\n---\n',
  '***bold***\n',
  '_a_\n',
  '- ___\n',
  '- ***\n',
  '- * x\n',
  '- + x\n',
  '- 1. x\n',
  '2024. year\n',
  'a  \nb\n',
  '# No newline at the end',
  '',
  '\n\n\n',
  '- **Task ID**: 0001.02.03\n- **Development Status**: IN_PROGRESS\n',
  '**[40]% COMPLETE** (2 of 5 tasks completed)\n',
  'See [0001.02] and [x].\n',
  '# [0001.02] Story\n',
  '~~~\ncode\n~~~\n',
  'a ~~b~~\n',
  '# a ~~b~~\n',
  '# a & b\n',
  '- ~~~\n',
  '- =\n',
  '- ===\n',
  'a\n- \n',
  '   - three\n',
  '> quote\n',
  '| a |\n',
];

describe('task blocks: the lean scan agrees with the Markdown model', () => {
  it('on edge cases', () => {
    for (const text of EDGE_CASES) agree(text, JSON.stringify(text));
    // Some of them are read by the lean scan: the comparison is not vacuous.
    assert.ok(EDGE_CASES.filter((t) => agree(t, JSON.stringify(t))).length >= 30);
  });

  it('on every Markdown file of the corpus', { skip: !CORPUS && 'corpus not found beside the repository' }, () => {
    let lean = 0;
    const files = markdownFiles(CORPUS!);
    for (const f of files) if (agree(readFileSync(f, 'utf8').replace(/^\ufeff/, ''), f)) lean++;
    assert.ok(lean > 100, `${lean} of ${files.length} corpus files read by the lean scan`);
    if (process.env.SHOW_LEAN) console.log(`${lean} of ${files.length} corpus files read by the lean scan`);
  });

  it("on the bench's plan, which it reads without the model", { skip: !MAKE_TASKS && 'no benchmark builder' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'agent-docs-blocks-'));
    try {
      execFileSync(process.execPath, [MAKE_TASKS!, dir, '300']);
      const files = readdirSync(dir);
      assert.ok(files.length > 300);
      for (const f of files) {
        const lean = agree(readFileSync(join(dir, f), 'utf8'), f);
        // Stories link to their epic (links are the model's to read); tasks and epics do not.
        if (!/^\d{4}\.\d{2} /.test(f)) assert.ok(lean, `${f} takes the lean path`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
