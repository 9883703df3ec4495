/**
 * The fast paths taken for speed must give exactly what the slow, obvious code gives: file URIs
 * equal to Node's `pathToFileURL`, compiled globs equal to minimatch's `match`, the synchronous
 * listing equal to the asynchronous one.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { minimatch } from 'minimatch';
import { globMatch } from '../../../server/src/core/config/glob';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { editDistance, sameLetters, sameLettersIn, withinOneEdit } from '../../../server/src/core/text/similarity';
import { byteOfChar } from '../../../server/src/core/encoding/cp1252';
import { basename } from '../../../server/src/core/text/names';
import { decodeSafe } from '../../../server/src/core/files/uris';
import { levelOf, looksLikeDate } from '../../../server/src/core/tasks/ids';
import { scanReferences } from '../../../server/src/core/tasks/references';
import { parseDocument } from '../../../server/src/core/document/parse';
import { listDocumentFiles, listDocumentFilesSync, pathToUri } from '../../../server/src/host/files';
import { displayPath } from '../../../server/src/cli/collect';

import { sharedPath } from '../../support/shared';

const CORPUS = sharedPath('corpus');

describe('pathToUri', () => {
  const paths = [
    '/ws/.claude/agents/a.md',
    '/ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.01.01 - Epic 1 - Story 1.1 - Task 1.md',
    "/ws/x/(a)[b]{c}!$&'*+,;=:@~.md",
    '/ws/x/100%.md',
    '/ws/x/a#b?c.md',
    '/ws/x/über café.md',
    '/ws/x/tab\there.md',
    '/ws/x/back\\slash.md',
    '/ws/x/quote"<>`^|.md',
    '/ws/./x/../y.md',
    '/ws//double.md',
    '/ws/trailing/',
    '/',
  ];
  for (const p of paths) {
    it(`equals pathToFileURL for ${JSON.stringify(p)}`, () => assert.equal(pathToUri(p), pathToFileURL(p).href));
  }
});

describe('globMatch', () => {
  const globs = [
    '**/SKILL.md',
    '**/.claude/agents/**/*.md',
    '**/commands/**/*.md',
    '*.md',
    '**/node_modules/**',
    '**/{a,b}/*.md',
    'docs/*.md',
    '!**/x.md',
    'README.*',
    '**/docs/DEVELOPMENT_PLAN_AND_PROGRESS/*.md',
    '**/docs/DEVELOPMENT-PLAN/**/*.md',
    '**/agents/**/*.md',
    '**/README.md',
    '**/.git/**',
    'a?c/*.md',
    '**/[ab]/x.md',
  ];
  const paths = [
    'SKILL.md',
    'a/SKILL.md',
    'a/skill.md',
    'a/SKILL.MD',
    '.claude/agents/x.md',
    'p/.claude/agents/sub/x.md',
    '.claude/agents/x.txt',
    'commands/x.md',
    'a/commands/b/c.md',
    'x.md',
    'a/x.md',
    'node_modules/p/x.md',
    'a/b/x.md',
    'docs/x.md',
    'docs/a/x.md',
    '.hidden/x.md',
    'README.md',
    'a/README.txt',
    'docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001 - x.md',
    'p/docs/DEVELOPMENT-PLAN/b/c.md',
    'agents/x.md',
    'p/agents/q/x.md',
    '.git/x.md',
    'a/readme.md',
    'abc/x.md',
    'a/B/x.md',
    'node_modules',
    'x/.claude/agents/y.MD',
  ];
  for (const g of globs) {
    for (const nocase of [false, true]) {
      it(`${g} (${nocase ? 'any case' : 'exact case'}) agrees with minimatch`, () => {
        const m = new minimatch.Minimatch(g, { dot: true, nocase, matchBase: !g.includes('/') });
        for (const p of paths) assert.equal(globMatch(g, p, nocase), m.match(p), p);
      });
    }
  }
});

describe('LineIndex (line starts found on first use)', () => {
  it('converts offsets and positions across \\n, \\r\\n and \\r', () => {
    const text = 'a\nbc\r\nd\re';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(text.indexOf('e')), { line: 3, character: 0 });
    assert.equal(lines.lineCount, 4);
    assert.equal(lines.offsetAt({ line: 1, character: 5 }), 4);
    assert.equal(lines.lineText(1), 'bc');
  });
});

describe('LineIndex line starts without \\r', () => {
  it('equal the character-by-character answer', () => {
    for (const text of ['', 'a', '\n', 'a\n', '\n\nb', 'ab\ncd\n\nef', 'x\r\ny\rz\n']) {
      const lines = new LineIndex(text);
      const expected = [0];
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') expected.push(i + 1);
        else if (text[i] === '\r') expected.push(text[i + 1] === '\n' ? ++i + 1 : i + 1);
      }
      assert.deepEqual(
        Array.from({ length: lines.lineCount }, (_, l) => lines.lineStart(l)),
        expected,
        JSON.stringify(text),
      );
    }
  });
});

describe('task references found in the whole body at once', () => {
  it('sit on the line LineIndex gives and read context from their own line only', () => {
    const texts = [
      'Task\n0001.02.03',
      'Task\r\n0001.02.03',
      'Task\r0001.02.03',
      'Story\n0001.02',
      'Story\r\n0001.02',
      '\ufeffTask [0001.02]\r\nStory 0001.03\rsee 0001.02.03\n',
    ];
    for (const text of texts) {
      const doc = parseDocument('file:///ws/notes.md', 1, text, 'markdown');
      for (const ref of scanReferences(doc).references) {
        assert.equal(ref.line, doc.lines.positionAt(ref.start).line, JSON.stringify(text));
        const lineText = doc.lines.lineText(ref.line);
        // A keyword on the line above does not make a bare number on the next line a reference
        // (a full `EEEE.SS.TT` is one anywhere: it names a task whatever stands around it).
        if (!/\b(task|story|epic)\b/i.test(lineText)) assert.equal(ref.strong, ref.id.split('.').length === 3, JSON.stringify(text));
      }
    }
    const crlf = parseDocument('file:///ws/notes.md', 1, 'x\r\nTask [0001.02.03]\r\n', 'markdown');
    assert.deepEqual(
      scanReferences(crlf).references.map((r) => [r.id, r.line, r.strong]),
      [['0001.02.03', 1, true]],
    );
  });
});

describe('damaged-text lead characters', () => {
  it('are exactly U+00C2–U+00F4: no other UTF-16 unit maps to a lead byte 0xC2–0xF4', () => {
    for (let code = 0; code < 0x10000; code++) {
      const b = byteOfChar(code);
      assert.equal(b !== undefined && b >= 0xc2 && b <= 0xf4, code >= 0xc2 && code <= 0xf4, code.toString(16));
    }
  });
});

describe('task ID helpers without arrays', () => {
  const ids = [
    '0001',
    '0001.02',
    '0001.02.03',
    '2024.10.15',
    '2024.10',
    '2024.13.01',
    '2024.10.32',
    '1899.01.01',
    '2199.12.31',
    '2200.01.01',
    '',
    '.',
    'a.b',
    ' 2024.10',
    '2024',
    '0x7e8.01',
    '1e3.01',
    'abc',
    '2024..',
    '2024.1.2.3',
  ];
  it('levelOf counts parts like split', () => {
    for (const id of ids) assert.equal(levelOf(id), id.split('.').length, id);
  });
  it('looksLikeDate agrees with the split-and-convert definition', () => {
    const slow = (id: string) => {
      const [y, m, d] = id.split('.').map(Number);
      if (y === undefined || y < 1900 || y > 2199) return false;
      if (m === undefined || m < 1 || m > 12) return false;
      return d === undefined || (d >= 1 && d <= 31);
    };
    for (const id of ids) assert.equal(looksLikeDate(id), slow(id), id);
  });
});

describe('listDocumentFilesSync', () => {
  it('lists what listDocumentFiles lists, with and without followed links', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agent-docs-walk-'));
    try {
      mkdirSync(join(dir, 'a', 'node_modules'), { recursive: true });
      mkdirSync(join(dir, 'b'));
      for (const f of ['a/x.md', 'a/y.MARKDOWN', 'a/z.txt', 'a/node_modules/n.md', 'b/w.md', 'top.md']) writeFileSync(join(dir, f), '');
      symlinkSync(join(dir, 'b'), join(dir, 'a', 'link'));
      symlinkSync(dir, join(dir, 'b', 'loop'));
      for (const followSymlinks of [false, true]) {
        const sync = listDocumentFilesSync(dir, { followSymlinks });
        assert.deepEqual(sync, await listDocumentFiles(dir, { followSymlinks }));
        assert.equal(
          sync.some((p) => p.includes('link')),
          followSymlinks,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The textbook optimal-string-alignment distance, to check the fast one against. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance with a bound', () => {
  it('equals the textbook distance when within the bound, and bound + 1 beyond it', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const word = (len = 9) => Array.from({ length: rnd(len) }, () => 'abcde'[rnd(5)]).join('');
    for (let i = 0; i < 3000; i++) {
      // Long words now and then, so that the reused scratch rows grow between calls.
      const a = word(i % 97 === 0 ? 90 : 9);
      const b = rnd(3) === 0 ? a.slice(0, rnd(a.length + 1)) + word().slice(0, 2) : word(i % 89 === 0 ? 150 : 9);
      const full = osaDistance(a, b);
      assert.equal(editDistance(a, b), full, `${a} ${b}`);
      for (const max of [0, 1, 2, 3, 5]) assert.equal(editDistance(a, b, max), Math.min(full, max + 1), `${a} ${b} ${max}`);
    }
  });
  it('withinOneEdit answers editDistance(a, b, 1) <= 1', () => {
    let seed = 11;
    const rnd = (n: number) => {
      seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x9e3779b9) | 0;
      return (seed >>> 8) % n;
    };
    const word = () => Array.from({ length: rnd(8) }, () => 'abc'[rnd(3)]).join('');
    const edit = (w: string): string => {
      const i = rnd(w.length + 1);
      switch (rnd(4)) {
        case 0:
          return w.slice(0, i) + 'abc'[rnd(3)] + w.slice(i);
        case 1:
          return w.slice(0, i) + w.slice(i + 1);
        case 2:
          return w.slice(0, i) + 'abc'[rnd(3)] + w.slice(i + 1);
        default:
          return w.slice(0, i) + w.slice(i + 1, i + 2) + w.slice(i, i + 1) + w.slice(i + 2);
      }
    };
    for (let k = 0; k < 20000; k++) {
      const a = word();
      // Near words (one or two edits away) as well as unrelated ones.
      const b = rnd(3) === 0 ? word() : rnd(2) ? edit(a) : edit(edit(a));
      assert.equal(withinOneEdit(a, b), editDistance(a, b, 1) <= 1, `${a} ${b}`);
    }
  });
  it('keeps known distances', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('', 'abc'), 3);
  });
});

describe('sameLettersIn (candidates squashed once)', () => {
  it('gives what sameLetters gives, the first candidate when several share the letters', () => {
    const candidates = ['review-pr', 'Review_PR', 'deploy', 'de ploy', 'x', 'allowed-tools', 'ALLOWED_TOOLS'];
    const lookup = sameLettersIn(candidates);
    for (const word of ['reviewpr', 'REVIEW-PR', 're_view pr', 'deploy', 'De-Ploy', 'x', 'y', '', 'allowedTools', 'allowed--tools', 'nothing']) {
      assert.equal(lookup(word), sameLetters(word, candidates), word);
    }
    assert.equal(lookup('reviewpr'), 'review-pr');
  });
});

describe('basename without regular expressions', () => {
  it('equals the replace-based definition', () => {
    const byRegex = (s: string) => {
      const clean = s.replace(/[?#].*$/, '').replace(/\/+$/, '');
      return decodeSafe(clean.slice(clean.lastIndexOf('/') + 1));
    };
    const inputs = [
      '',
      '/',
      '//',
      'a',
      'a/',
      'a//',
      '/a',
      'file:///ws/x/a%20b.md',
      'file:///ws/x/',
      'file:///ws/x/a.md?q=1',
      'file:///ws/x/a.md#h',
      'x/y#a/b',
      'x/y?a/b#c',
      'x/#',
      '?',
      '#/',
      'a?b#c',
      'a#b?c',
      'dir/%E0%A4%A.md',
      'C:\\a\\b.md',
    ];
    for (const s of inputs) assert.equal(basename(s), byRegex(s), JSON.stringify(s));
  });
});

describe('displayPath cut from the absolute path', () => {
  it('equals the path.relative-based definition', () => {
    const byRelative = (abs: string, cwd: string) => {
      const rel = relative(cwd, abs);
      return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
    };
    const cwds = ['/ws', '/ws/', '/', '/ws/sub', '/w', '/ws/./x', '/ws/../ws'];
    const paths = [
      '/ws/.claude/agents/a.md',
      '/ws/docs/DEVELOPMENT_PLAN_AND_PROGRESS/0001.01.01 - Epic 1 - Story 1.1 - Task 1.md',
      '/ws/..hidden.md',
      '/ws/...md',
      '/ws/.x/..y/z.md',
      '/ws/./x/../y.md',
      '/ws/x/..',
      '/ws/x/.',
      '/ws//double.md',
      '/ws/trailing/',
      '/ws',
      '/ws/',
      '/wsx/a.md',
      '/w/a.md',
      '/ws/sub/a.md',
      '/other/a.md',
      '/',
      'relative/a.md',
    ];
    for (const cwd of cwds) for (const abs of paths) assert.equal(displayPath(abs, cwd), byRelative(abs, cwd), `${abs} in ${cwd}`);
    if (!CORPUS) return;
    const corpus = listDocumentFilesSync(CORPUS);
    assert.ok(corpus.length > 1000);
    for (const abs of corpus) assert.equal(displayPath(abs, CORPUS), byRelative(abs, CORPUS), abs);
    for (const abs of corpus.slice(0, 200)) assert.equal(displayPath(abs, dirname(CORPUS)), byRelative(abs, dirname(CORPUS)), abs);
  });
});
