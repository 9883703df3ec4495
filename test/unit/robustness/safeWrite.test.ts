/**
 * `lint --fix` must never damage a file: line endings, BOM and permissions kept, bytes outside the
 * fixes untouched, the write atomic, and nothing written over a file that changed after it was read.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, lstatSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { keepLineEndings, lineEndingStyle, mergeConfig, type Rule } from '../../../server/src/core';
import { lintFiles } from '../../../server/src/cli/lint';
import { readSnapshot, writeIfUnchanged } from '../../../server/src/host/safeWrite';

const base = mkdtempSync(join(tmpdir(), 'agent-docs-safewrite-'));
after(() => rmSync(base, { recursive: true, force: true }));
let n = 0;

/** A rule whose preferred fix inserts an LF-terminated line after the opening fence, as careless rules do. */
const insertsLf: Rule = {
  id: 'test-inserts-lf',
  description: 'test',
  severity: 'warning',
  kinds: ['agent'],
  fixable: true,
  docs: '',
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm || /^model:/m.test(ctx.doc.text)) return;
    ctx.report({
      start: 0,
      end: 3,
      message: 'no model',
      fixes: [ctx.fix('add model', [{ start: fm.contentStart, end: fm.contentStart, newText: 'model: sonnet\n' }], true)],
    });
  },
};

async function fixOne(bytes: Buffer | string, setup?: (path: string) => void): Promise<{ path: string; after: Buffer; logs: string[] }> {
  const root = join(base, `ws${n++}`);
  const path = join(root, '.claude/agents/a.md');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  setup?.(path);
  const logs: string[] = [];
  await lintFiles({ paths: [root], config: mergeConfig(), root, fix: true, log: (m) => logs.push(m), rules: [insertsLf] });
  return { path, after: readFileSync(path), logs };
}

const noTemps = (path: string) =>
  assert.deepEqual(
    readdirSync(dirname(path)).filter((f) => f.endsWith('.tmp')),
    [],
  );

describe('safe writes', () => {
  it('a CRLF file stays CRLF, including the inserted line', async () => {
    const { after } = await fixOne('---\r\nname: a\r\ndescription: d\r\n---\r\nBody\r\n');
    assert.equal(after.toString(), '---\r\nmodel: sonnet\r\nname: a\r\ndescription: d\r\n---\r\nBody\r\n');
    assert.equal(lineEndingStyle(after.toString()), 'crlf');
  });

  it('a mixed file keeps every byte outside the edit', async () => {
    const original = '---\nname: a\r\ndescription: d\r---\r\nBody\nmore\r\n';
    const { after } = await fixOne(original);
    assert.equal(after.toString(), `---\nmodel: sonnet\n${original.slice(4)}`);
  });

  it('the BOM is kept', async () => {
    const { after } = await fixOne('\ufeff---\nname: a\n---\nBody\n');
    assert.equal(after.toString(), '\ufeff---\nmodel: sonnet\nname: a\n---\nBody\n');
  });

  it('permission bits are kept, and no temporary file is left', async () => {
    for (const mode of [0o640, 0o755, 0o600, 0o664, 0o666]) {
      const { path, after } = await fixOne('---\nname: a\n---\n', (p) => chmodSync(p, mode));
      assert.match(after.toString(), /model: sonnet/);
      assert.equal(statSync(path).mode & 0o7777, mode);
      noTemps(path);
    }
  });

  it('a symbolic link stays a link; its target is fixed', async () => {
    const root = join(base, `ws${n++}`);
    const target = join(root, 'real.md');
    mkdirSync(join(root, '.claude/agents'), { recursive: true });
    writeFileSync(target, '---\nname: a\n---\n');
    const link = join(root, '.claude/agents/a.md');
    symlinkSync(target, link);
    await lintFiles({ paths: [link], config: mergeConfig(), root, fix: true, log: () => {}, rules: [insertsLf] });
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.match(readFileSync(target, 'utf8'), /model: sonnet/);
  });

  it('a file that is not valid UTF-8 is not rewritten (its bytes would be lost)', async () => {
    const bytes = Buffer.concat([Buffer.from('---\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]);
    const { after, logs } = await fixOne(bytes);
    assert.ok(after.equals(bytes));
    assert.match(logs.join('\n'), /not valid UTF-8/);
  });

  it('keepLineEndings converts only uniformly CRLF (or CR) texts', () => {
    assert.equal(keepLineEndings('a\r\nb\r\n', 'a\r\nx\nb\r\n'), 'a\r\nx\r\nb\r\n');
    assert.equal(keepLineEndings('a\rb\r', 'a\rx\nb\r'), 'a\rx\rb\r');
    assert.equal(keepLineEndings('a\nb\r\n', 'a\nx\nb\r\n'), 'a\nx\nb\r\n');
    assert.equal(keepLineEndings('a\nb\n', 'a\nx\nb\n'), 'a\nx\nb\n');
  });
});

describe('writeIfUnchanged', () => {
  const file = (content: string) => {
    const p = join(base, `f${n++}.md`);
    writeFileSync(p, content);
    return p;
  };

  it('replaces the file when nothing changed', () => {
    const p = file('old');
    assert.deepEqual(writeIfUnchanged(readSnapshot(p), 'new'), { written: true });
    assert.equal(readFileSync(p, 'utf8'), 'new');
    noTemps(p);
  });

  it('the original stays untouched until the final rename (a crash before it loses nothing)', () => {
    const p = file('old');
    let during = '';
    const outcome = writeIfUnchanged(readSnapshot(p), 'new', { beforeCommit: () => (during = readFileSync(p, 'utf8')) });
    assert.equal(outcome.written, true);
    assert.equal(during, 'old');
    assert.equal(readFileSync(p, 'utf8'), 'new');
  });

  it('refuses when the file changed after it was read; the other writer wins, nothing is lost', () => {
    const p = file('old');
    const outcome = writeIfUnchanged(readSnapshot(p), 'fixed', { beforeCommit: () => writeFileSync(p, 'edited by someone') });
    assert.equal(outcome.written, false);
    assert.equal(outcome.written === false && outcome.reason, 'changed');
    assert.equal(readFileSync(p, 'utf8'), 'edited by someone');
    noTemps(p);
  });

  it('notices a change of the same size with the modification time put back', () => {
    const p = file('aaaa');
    const when = new Date('2026-01-02T03:04:05Z');
    utimesSync(p, when, when);
    const snap = readSnapshot(p);
    const outcome = writeIfUnchanged(snap, 'fixed', {
      beforeCommit: () => {
        writeFileSync(p, 'bbbb');
        utimesSync(p, when, when);
      },
    });
    assert.equal(outcome.written, false);
    assert.equal(readFileSync(p, 'utf8'), 'bbbb');
  });

  it('refuses when the file was deleted after it was read', () => {
    const p = file('old');
    const outcome = writeIfUnchanged(readSnapshot(p), 'fixed', { beforeCommit: () => rmSync(p) });
    assert.equal(outcome.written, false);
    noTemps(p);
  });

  it('reports a failed write and leaves nothing behind', () => {
    const dir = join(base, `gone${n++}`);
    mkdirSync(dir);
    const p = join(dir, 'a.md');
    writeFileSync(p, 'old');
    const snap = readSnapshot(p);
    rmSync(dir, { recursive: true });
    const outcome = writeIfUnchanged(snap, 'fixed');
    assert.equal(outcome.written === false && outcome.reason, 'failed');
  });
});
