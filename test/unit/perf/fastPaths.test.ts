/**
 * The fast paths taken for speed must give exactly what the slow, obvious code gives: file URIs
 * equal to Node's `pathToFileURL`, compiled globs equal to minimatch's `match`, the synchronous
 * listing equal to the asynchronous one.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { minimatch } from 'minimatch';
import { globMatch } from '../../../server/src/core/config/glob';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { editDistance } from '../../../server/src/core/text/similarity';
import { listMarkdownFiles, listMarkdownFilesSync, pathToUri } from '../../../server/src/host/files';

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
  const globs = ['**/SKILL.md', '**/.claude/agents/**/*.md', '**/commands/**/*.md', '*.md', '**/node_modules/**', '**/{a,b}/*.md', 'docs/*.md', '!**/x.md', 'README.*'];
  const paths = ['SKILL.md', 'a/SKILL.md', 'a/skill.md', 'a/SKILL.MD', '.claude/agents/x.md', 'p/.claude/agents/sub/x.md', '.claude/agents/x.txt', 'commands/x.md', 'a/commands/b/c.md', 'x.md', 'a/x.md', 'node_modules/p/x.md', 'a/b/x.md', 'docs/x.md', 'docs/a/x.md', '.hidden/x.md', 'README.md', 'a/README.txt'];
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

describe('listMarkdownFilesSync', () => {
  it('lists what listMarkdownFiles lists, with and without followed links', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agent-docs-walk-'));
    try {
      mkdirSync(join(dir, 'a', 'node_modules'), { recursive: true });
      mkdirSync(join(dir, 'b'));
      for (const f of ['a/x.md', 'a/y.MARKDOWN', 'a/z.txt', 'a/node_modules/n.md', 'b/w.md', 'top.md']) writeFileSync(join(dir, f), '');
      symlinkSync(join(dir, 'b'), join(dir, 'a', 'link'));
      symlinkSync(dir, join(dir, 'b', 'loop'));
      for (const followSymlinks of [false, true]) {
        const sync = listMarkdownFilesSync(dir, { followSymlinks });
        assert.deepEqual(sync, await listMarkdownFiles(dir, { followSymlinks }));
        assert.equal(sync.some((p) => p.includes('link')), followSymlinks);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('editDistance with a bound', () => {
  it('equals the full distance when within the bound, and bound + 1 beyond it', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const word = () => Array.from({ length: rnd(9) }, () => 'abcde'[rnd(5)]).join('');
    for (let i = 0; i < 3000; i++) {
      const a = word();
      const b = rnd(3) === 0 ? a.slice(0, rnd(a.length + 1)) + word().slice(0, 2) : word();
      const full = editDistance(a, b);
      for (const max of [0, 1, 2, 3, 5]) assert.equal(editDistance(a, b, max), Math.min(full, max + 1), `${a} ${b} ${max}`);
    }
  });
  it('keeps known distances', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('', 'abc'), 3);
  });
});
