/**
 * The task fact is built property by property (PERFORMANCE.md, item 34) instead of with
 * conditional spreads: the same properties in the same order (the index compares facts key by
 * key, `sameFacts`), on the bench's plan files and on every corpus file read as a task; a task file
 * name's extension is read at its end, as the expression that `parseTaskFileName` used read it.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../server/src/core/document/parse';
import { isCompleted, taskModel, type PercentLine } from '../../../server/src/core/tasks/model';
import { parseTaskFileName } from '../../../server/src/core/tasks/fileName';
import { isTaskId, levelOf } from '../../../server/src/core/tasks/ids';
import { basename } from '../../../server/src/core/text/names';
import { taskFactsIndexer } from '../../../server/src/core/workspace/indexers/tasks';
import { markdownFiles } from '../../support/markdownFiles';
import { sharedPath } from '../../support/shared';

const CORPUS = sharedPath('corpus');
const PLAN = '/tmp/agent-docs-bench/ws-1000/docs/DEVELOPMENT_PLAN_AND_PROGRESS';

/** The fact as it was built before: conditional spreads. */
function spreadFact(doc: ReturnType<typeof parseDocument>) {
  const m = taskModel(doc);
  if (!m.id || m.level === undefined) return undefined;
  const name = m.file?.name || m.heading?.names[m.heading.names.length - 1] || '';
  const progress = (p: PercentLine) => {
    const out: { percent: number; done?: number; total?: number; fraction?: boolean } = { percent: p.percent };
    if (p.counts) {
      out.done = p.counts.done;
      out.total = p.counts.total;
    }
    if (p.fraction) out.fraction = true;
    return out;
  };
  return {
    id: m.id,
    level: m.level,
    name,
    ...(m.file?.epicName !== undefined ? { epicName: m.file.epicName } : {}),
    ...(m.file?.storyName !== undefined ? { storyName: m.file.storyName } : {}),
    ...(m.status !== undefined ? { status: m.status } : {}),
    ...(m.qaStatus !== undefined ? { qaStatus: m.qaStatus } : {}),
    done: m.counts.done,
    inProgress: m.counts.inProgress,
    todo: m.counts.todo,
    completed: isCompleted(m),
    ...(m.children.length ? { children: m.children } : {}),
    ...(m.level === 2 && m.percent ? { progress: progress(m.percent) } : {}),
  };
}

function agree(path: string, text: string): boolean {
  const uri = pathToFileURL(path).href;
  const fast = taskFactsIndexer.extract(parseDocument(uri, 0, text, 'task'));
  const slow = spreadFact(parseDocument(uri, 0, text, 'task'));
  assert.equal(JSON.stringify(fast), JSON.stringify(slow), path);
  return fast !== undefined;
}

describe('task facts (built property by property)', () => {
  it('equal the spread-built facts, key order included, on the bench plan', { skip: !existsSync(PLAN) && 'no bench workspace' }, () => {
    let facts = 0;
    for (const name of readdirSync(PLAN)) if (agree(join(PLAN, name), readFileSync(join(PLAN, name), 'utf8'))) facts++;
    assert.ok(facts > 1000, `${facts} facts`);
  });
  it('equal the spread-built facts on every corpus file read as a task, and on variants of the plan layout', () => {
    let facts = 0;
    for (const file of CORPUS ? markdownFiles(CORPUS) : []) if (agree(file, readFileSync(file, 'utf8'))) facts++;
    const variants: [string, string][] = [
      [
        '/ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02 - Epic - Story.md',
        '# Story [0001.02] - Story\n\n**Status**: DONE\n\n**[40%] COMPLETE** (2 of 5 tasks completed)\n\n### Task [0001.02.01] - A\n',
      ],
      ['/ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02 - Story.md', '# Story [0001.02]\n\n**Progress**: 3/5 tasks completed\n'],
      [
        '/ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02.03 - E - S - T.md',
        '# Task [0001.02.03] - T\n\n- **Development Status**: DONE\n- **QA Status**: PASSED\n\n- [x] a\n- [ ] b\n',
      ],
      ['/ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/notes.md', '# Task [0001.02.04] - From the heading - Only\n'],
    ];
    for (const [path, text] of variants) if (agree(path, text)) facts++;
    assert.ok(facts >= 4, `${facts} facts`);
  });
});

/** `parseTaskFileName` as it was: the extension removed by an expression. */
function oldParseTaskFileName(uriOrPath: string) {
  const file = basename(uriOrPath).replace(/\.(md|markdown)$/i, '');
  const sep = file.indexOf(' - ');
  const id = sep < 0 ? file : file.slice(0, sep);
  if (!isTaskId(id)) return undefined;
  const level = levelOf(id);
  const parts =
    sep < 0
      ? []
      : file
          .slice(sep + 3)
          .split(' - ')
          .map((p) => p.trim());
  if (parts.length >= level) {
    const ancestors = parts.slice(0, level - 1);
    return {
      id,
      level,
      name: parts.slice(level - 1).join(' - '),
      ...(ancestors[0] !== undefined ? { epicName: ancestors[0] } : {}),
      ...(ancestors[1] !== undefined ? { storyName: ancestors[1] } : {}),
    };
  }
  return { id, level, name: parts.join(' - ') };
}

describe('parseTaskFileName (the extension read at the end)', () => {
  it('reads every name as the expression did', () => {
    const names = [
      '0001.02.03 - E - S - T.md',
      '0001.02.03 - E - S - T.MD',
      '0001.02.03 - E - S - T.Md',
      '0001.02.03 - E - S - T.markdown',
      '0001.02.03 - E - S - T.MarkDown',
      '0001.02.03 - E - S - T.mar\u212Adown',
      '0001.02.03 - E - S - T.mdx',
      '0001.02.03.md',
      '0001.02.md',
      '0001',
      '0001.md.md',
      '.md',
      'md',
      '0001 - Epic 1.markdown.md',
      '0001.02 - a - b - c.md',
      '0001.02.03%20-%20E%20-%20S%20-%20T.md',
      'file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.02.03%20-%20E%20-%20S%20-%20T.md',
      ...(existsSync(PLAN) ? readdirSync(PLAN) : []),
      ...(CORPUS ? markdownFiles(CORPUS) : []),
    ];
    for (const n of names) assert.equal(JSON.stringify(parseTaskFileName(n)), JSON.stringify(oldParseTaskFileName(n)), n);
  });
});
