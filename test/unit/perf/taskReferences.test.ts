/**
 * The task-reference scan reads the characters around each candidate in place (PERFORMANCE.md,
 * item 30) instead of testing expressions on slices of its line: it must find exactly what the
 * slicing scan found (`test/support/slowTaskReferences.ts`, the code it replaced) on every
 * Markdown file of the corpus read as a task and as plain Markdown, on the bench's plan files, on
 * edge cases around the window's ends and on generated text.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../server/src/core/document/parse';
import { scanReferences } from '../../../server/src/core/tasks/references';
import type { DocumentKind } from '../../../server/src/core/types';
import { slowScanReferences } from '../../support/slowTaskReferences';

const CORPUS = '/work/shared/corpus';
const PLAN = '/tmp/agent-docs-bench/ws-1000/docs/DEVELOPMENT_PLAN_AND_PROGRESS';

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) {
      if (name !== '.git' && name !== 'node_modules') markdownFiles(p, out);
    } else if (/\.(md|markdown)$/i.test(name)) out.push(p);
  }
  return out;
}

function agree(text: string, kind: DocumentKind, label: string): number {
  const uri = `file:///ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/${encodeURIComponent('0001.01.01 - E - S - T.md')}`;
  const fast = scanReferences(parseDocument(uri, 0, text, kind));
  const slow = slowScanReferences(parseDocument(uri, 0, text, kind));
  assert.deepEqual(fast, slow, label);
  return fast.references.length;
}

const EDGES = [
  'v2024.01.01 and 1.2024.10 and 2024.10.15.3 and 10.0001.02',
  'see https://x.example/0001.02.03 and http://a/b 0001.02.03',
  'mailto://x 0001.02 then x://0001.02.03',
  'é0001.02.03 0001.02.03é 𝐀0001.02.03 0001.02.03𝐀 ١0001.02.03',
  '\ud8000001.02.03 0001.02.03\udc00 \udc000001.02.03 0001.02.03\ud800',
  '0001.02.03.md 0001.02.03.markdown 0001.02.03.mdx 0001.02.03.MD) 0001.02.03.Markdown_ 0001.02.03.m',
  '0001.02.03. 0001.02.03.x 0001.02.03.5 0001.02,5 0001.02, x 0001.02.03,',
  'Task 0001.02 here, Story 0001.03, Epic 0002, stories 0001.04 and tasks: 0001.05',
  '`0001.02` [0001.02] [0001] feature/0001.02-x fix/0001 feat(0001.02): x chore(0003)!: y',
  '(0001.02 - Epic - Story.md) /0001.02 - x.md <0001 - y.md> 0001.02%20-%20x 0001.02 - z',
  'x_0001.02.03 0001.02.03_x -0001.02.03- 0001.02.03a a0001.02.03',
  '2024.10.15 date, 2024.10 month, 2199.12.31, 1899.01.01, 2200.01.01, 0001.13.45',
  `${'x'.repeat(200)} https://a.b/${'y'.repeat(130)} 0001.02.03`,
  `${'a'.repeat(119)}0001.02.03${'b'.repeat(119)}`,
  `Task${' '.repeat(130)}0001.02`,
  'line one 0001.02\r\nTask 0001.03\rStory 0001.04\n0001.05.md',
  '---\ntitle: 0001.02.03\n---\nTask 0001.02.03 [1.2.3] Task [1.2.3] Story [1.2] Epic [1]\n',
  '```\nTask 0001.02.03\n```\n    Story 0001.02\n- Task [01.2.3]\n',
  '\ufeffTask 0001.02.03 at the start',
  '0001.02.03',
  '0001.02.03.md',
  'é',
];

/** A small deterministic generator of text made of the pieces the context tests look at. */
function* generated(count: number): Generator<string> {
  const pieces = [
    '0001',
    '0001.02',
    '0001.02.03',
    '2024.10.15',
    '.',
    ',',
    '5',
    'a',
    'é',
    '𝐀',
    '_',
    ' ',
    '\n',
    '\r\n',
    'Task ',
    'story ',
    '`',
    '[',
    ']',
    '(',
    '):',
    '/',
    'https://x/',
    '.md',
    '.markdown',
    '-',
    ' - ',
    '%20',
    '\ud800',
    '\udc00',
    '٣',
  ];
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + (next() % 14);
    for (let j = 0; j < n; j++) s += pieces[next() % pieces.length];
    yield s;
  }
}

describe('scanReferences (context read in place)', () => {
  it('finds what the slicing scan found on every corpus file, as a task and as Markdown', () => {
    let refs = 0;
    for (const file of markdownFiles(CORPUS)) {
      const text = readFileSync(file, 'utf8');
      for (const kind of ['task', 'markdown'] as const) refs += agree(text, kind, `${file} (${kind})`);
    }
    assert.ok(refs > 200, `${refs} references`);
  });
  it("finds what the slicing scan found on the bench's plan files", { skip: !existsSync(PLAN) && 'no bench workspace' }, () => {
    let refs = 0;
    for (const name of readdirSync(PLAN).slice(0, 3000)) refs += agree(readFileSync(join(PLAN, name), 'utf8'), 'task', name);
    assert.ok(refs > 3000, `${refs} references`);
  });
  it('agrees on edge cases around the window', () => {
    for (const text of EDGES) for (const kind of ['task', 'markdown'] as const) agree(text, kind, JSON.stringify(text));
  });
  it('agrees on generated text', () => {
    for (const text of generated(20_000)) agree(text, 'markdown', JSON.stringify(text));
  });
});
