/**
 * Hostile input: whatever is in an opened folder must produce a bounded amount of work and a clear
 * finding, never an exception, a hang or a crash. Large inputs are generated here, never committed.
 * No timings are asserted: a test that completes is the proof that the work was bounded.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../../server/src/core';
import { assertFindingsInside } from '../../support/sanity';
import { memoryService } from '../../support/workspace';

const AGENT = '.claude/agents/hostile.md';

function lintAgent(text: string, layer?: Parameters<typeof memoryService>[1]): Finding[] {
  const logs: string[] = [];
  const { service, uri } = memoryService({ [AGENT]: text }, layer);
  const u = uri(AGENT);
  // Both paths a host takes: the file indexed from disk, and the same text open in an editor.
  const closed = service.lint(u);
  service.openDocument(u, 1, text);
  const open = service.lint(u);
  assert.deepEqual(
    open.map((f) => f.ruleId),
    closed.map((f) => f.ruleId),
  );
  assertFindingsInside(text, u, open);
  // Fixing must also complete and leave something we can parse again.
  const fixed = service.fixAllText(u, text);
  service.openDocument(u, 2, fixed);
  assertFindingsInside(fixed, u, service.lint(u));
  assert.deepEqual(logs, []);
  return open;
}

const ids = (fs: readonly Finding[]) => fs.map((f) => f.ruleId);
const has = (fs: readonly Finding[], id: string, message?: RegExp) =>
  assert.ok(
    fs.some((f) => f.ruleId === id && (!message || message.test(f.message))),
    `expected ${id} in ${JSON.stringify(fs.map((f) => `${f.ruleId}: ${f.message}`))}`,
  );

function fm(yaml: string, body = 'Body.\n'): string {
  return `---\n${yaml}\n---\n${body}`;
}

describe('hostile input', () => {
  it('billion laughs: aliases are never expanded, and the bomb is reported', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const findings = lintAgent(fm(`name: laughs\ndescription: d\n${levels.join('\n')}`));
    has(findings, 'yaml-syntax', /alias bomb/);
  });

  it('a few honest aliases are not a bomb', () => {
    const findings = lintAgent(fm('name: x\ndescription: &d Reviews code\nwhen: *d'));
    assert.ok(!findings.some((f) => /alias/.test(f.message)), JSON.stringify(findings));
  });

  it('flow nesting 20,000 levels deep is refused before parsing', () => {
    const n = 20000;
    const closed = lintAgent(fm(`name: deep\ndescription: ${'['.repeat(n)}${']'.repeat(n)}`));
    has(closed, 'yaml-syntax', /nests deeper than 100 levels/);
    const open = lintAgent(fm(`name: deep\ndescription: ${'{a: ['.repeat(n)}`));
    has(open, 'yaml-syntax', /nests deeper than 100 levels/);
  });

  it('block nesting deep by indentation and by `- - -` is refused before parsing', () => {
    let lines = '';
    for (let i = 0; i < 1500; i++) lines += `${' '.repeat(i)}k${i}:\n`;
    has(lintAgent(fm(`name: deep\ndescription: d\n${lines}  x`)), 'yaml-syntax', /nests deeper/);
    has(lintAgent(fm(`name: deep\ndescription: d\ntools:\n${'- '.repeat(20000)}x`)), 'yaml-syntax', /nests deeper/);
  });

  it('nesting that real files use (a few levels) parses normally', () => {
    const findings = lintAgent(
      fm(
        'name: nested\ndescription: d\nhooks:\n  PreToolUse:\n    - matcher: Bash\n      hooks:\n        - type: command\n          command: "echo [[x]] {y}"',
      ),
    );
    assert.ok(!findings.some((f) => /nests deeper/.test(f.message)), JSON.stringify(findings));
  });

  it('thousands of YAML errors are capped and summarised', () => {
    const bad = Array.from({ length: 3000 }, (_, i) => `k${i}: "quoted" then more`).join('\n');
    const findings = lintAgent(fm(`name: x\ndescription: d\n${bad}`));
    const yaml = findings.filter((f) => f.ruleId === 'yaml-syntax');
    assert.ok(yaml.length > 0 && yaml.length <= 51, `${yaml.length} yaml findings`);
  });

  it('a 10 MB file is skipped with file-too-large; with a higher limit it is parsed', () => {
    const big = fm('name: big\ndescription: d', 'word '.repeat(2 * 1024 * 1024));
    has(lintAgent(big), 'file-too-large', /over maxFileSize/);
    const parsed = lintAgent(big, { maxFileSize: 16 * 1024 * 1024 });
    assert.ok(!ids(parsed).includes('file-too-large'));
  });

  it('a 2-million-character line in frontmatter and in the body', () => {
    const line = 'x'.repeat(2_000_000);
    assert.ok(!ids(lintAgent(fm(`name: long\ndescription: ${line}`))).includes('file-too-large'));
    lintAgent(fm('name: long\ndescription: d', `${line}\n`));
  });

  it('binary content and NUL bytes are skipped with file-binary', () => {
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    has(lintAgent(bytes.toString('utf8')), 'file-binary');
    has(lintAgent(fm('name: nul\u0000\ndescription: d')), 'file-binary');
    has(lintAgent(Buffer.from('---\nname: u\n---\n', 'utf16le').toString('utf8')), 'file-binary');
  });

  it('invalid UTF-8 is read with replacement characters and reported', () => {
    const text = Buffer.concat([Buffer.from('---\nname: enc\ndescription: caf'), Buffer.from([0xe9, 0x20, 0xc3]), Buffer.from('\n---\nBody\n')]).toString(
      'utf8',
    );
    has(lintAgent(text), 'replacement-character');
  });

  it('an empty file, a lone fence, a fence without a line break', () => {
    lintAgent('');
    has(lintAgent('---'), 'frontmatter-unclosed');
    has(lintAgent('---\n'), 'frontmatter-unclosed');
    has(lintAgent('\ufeff---\r\n'), 'frontmatter-unclosed');
    lintAgent('---\n---');
  });

  it('tabs in YAML indentation', () => {
    has(lintAgent(fm('name: tabs\ndescription: d\ntools:\n\t- Read')), 'yaml-syntax', /[Tt]ab/);
  });

  it('engine names after the fence are reported, never evaluated', () => {
    for (const engine of ['js', 'javascript', 'coffee', 'coffeescript', 'toml', 'json']) {
      const findings = lintAgent(`---${engine}\n{ name: (() => { throw new Error('evaluated') })() }\n---\nBody\n`);
      has(findings, 'frontmatter-language', new RegExp(`---${engine}\\b`));
    }
  });

  it('custom YAML tags are reported and never constructed', () => {
    const findings = lintAgent(fm('name: tags\ndescription: !!js/function "function () { throw new Error(1) }"\nmodel: !custom sonnet\nx: !!js/undefined ~'));
    assert.equal(findings.filter((f) => f.ruleId === 'yaml-tag').length, 3);
  });
});
