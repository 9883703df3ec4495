/**
 * The frontmatter fast path (core/document/yamlCommon.ts) must build exactly the document `yaml`'s
 * `parseDocument` builds, or decline. Checked on every frontmatter block of the shared corpus and
 * of the bench workspace (when it has been built), on the text Claude Code's fallback quoting makes
 * of the blocks that fail, and on generated near-miss inputs. "Exactly" is the whole object graph:
 * classes, own properties (symbols and non-enumerable ones too) in the same order, values, ranges;
 * and the loader's whole result (claudeYaml.ts) with and without the fast path.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAlias, parseDocument, visit } from 'yaml';
import { loadYaml, retryRewrite } from '../../../server/src/core/document/claudeYaml';
import { splitFrontmatter } from '../../../server/src/core/document/frontmatter';
import { parseCommonYaml } from '../../../server/src/core/document/yamlCommon';
import { YAML_OPTIONS } from '../../../server/src/core/document/yamlFields';
import { findExcessiveNesting } from '../../../server/src/core/document/yamlLimits';
import { sharedPath } from '../../support/shared';
import { markdownFiles } from '../../support/markdownFiles';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
const params = (runs: number): fc.Parameters<unknown> => ({ numRuns: runs, ...(SEED !== undefined ? { seed: SEED } : {}) });

/** The first place two object graphs differ, or undefined when they are the same. */
export function difference(a: unknown, b: unknown, path = '$', seen = new Map<object, unknown>()): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${String(a)} vs ${String(b)}`;
  if (seen.get(a) === b) return undefined;
  seen.set(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: ${a.constructor?.name} vs ${b.constructor?.name}`;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return `${path}: keys ${ka.map(String).join(',')} vs ${kb.map(String).join(',')}`;
  for (const k of ka) {
    const d = difference((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`, seen);
    if (d) return d;
  }
  return undefined;
}

/** Undefined when the fast path declines or builds what `yaml` builds; else what differs. */
function disagreement(content: string): string | undefined {
  const fast = parseCommonYaml(content, YAML_OPTIONS);
  if (!fast) return undefined;
  const slow = parseDocument(content, YAML_OPTIONS);
  const d = difference(fast, slow);
  if (d) return d;
  // What parseYamlFields adds to yaml's verdict: its own limits, which the fast path must not need.
  if (findExcessiveNesting(content)) return 'nests too deep';
  let alias = false;
  visit(slow, { Alias: () => void (alias = true) });
  return alias || isAlias(slow.contents) ? 'has aliases' : undefined;
}

/** Every frontmatter block of a tree as the loader receives it (closed, not another language). */
function frontmatterBlocks(root: string): { file: string; content: string }[] {
  return markdownFiles(root).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const split = splitFrontmatter(text);
    if (!split?.close || split.language !== undefined) return [];
    return [{ file, content: text.slice(split.contentStart, split.contentEnd) }];
  });
}

const CORPUS = sharedPath('corpus');
const BENCH = join(process.env['AGENT_DOCS_BENCH_CACHE'] ?? join(tmpdir(), 'agent-docs-bench'), 'ws-1000');

function checkTree(root: string): void {
  const blocks = frontmatterBlocks(root);
  let strict = 0;
  let common = 0;
  let retried = 0;
  let retriedCommon = 0;
  for (const { file, content } of blocks) {
    const ok = parseDocument(content, YAML_OPTIONS).errors.length === 0;
    const texts = ok ? [content] : [content, retryRewrite(content).text];
    for (const text of texts) {
      const d = disagreement(text);
      assert.equal(d, undefined, `${file}${text === content ? '' : ' (after the fallback quoting)'}: ${d}`);
    }
    // What the loader gives every reader (model, fields, errors, Claude Code's pass, the fallback's
    // edits), with the fast path and without it.
    const offset = 4;
    const loaded = difference(loadYaml(content, offset), loadYaml(content, offset, false));
    assert.equal(loaded, undefined, `${file}: the loader's result differs: ${loaded}`);
    const fast = parseCommonYaml(content, YAML_OPTIONS) !== undefined;
    if (ok) {
      strict++;
      if (fast) common++;
    } else {
      assert.equal(fast, false, `${file}: the fast path read a block yaml rejects`);
      retried++;
      if (parseCommonYaml(texts[1]!, YAML_OPTIONS)) retriedCommon++;
    }
  }
  // The fast path must be the common case, or it saves nothing.
  assert.ok(blocks.length > 1000, `only ${blocks.length} frontmatter blocks under ${root}`);
  assert.ok(common >= 0.9 * strict, `the fast path read only ${common} of ${strict} blocks`);
  assert.ok(retriedCommon >= 0.9 * retried, `the fast path read only ${retriedCommon} of ${retried} quoted retries`);
}

describe('frontmatter fast path', () => {
  it('builds yaml’s own document for every frontmatter block of the corpus', { skip: CORPUS ? false : 'corpus not found beside the repository' }, () => {
    checkTree(CORPUS!);
  });

  it(
    'builds yaml’s own document for every frontmatter block of the bench workspace',
    { skip: existsSync(BENCH) ? false : `no bench workspace at ${BENCH}` },
    () => {
      checkTree(BENCH);
    },
  );

  const accepted = [
    'name: x\ndescription: Use it when needed\n',
    '\n\nname: x\n\ntools: [Read, "Grep", \'Glob\']\nmodel:\n',
    'a: 1\nb: 1.50\nc: -3\nd: 0x1F\ne: 0o17\nf: 1e3\ng: .inf\nh: ~\ni: null\nj: True\nk: FALSE\nl: yes\n',
    'true: 1\nnull: 2\n12: 3\n',
    'tools:\n  - Read\n  - "Grep"\n\n  - x\nnext: y',
    'tools:\n- Read\n- Grep\nnext: y\n',
    'metadata:\n  author: me\n  version: "1.0"\n  tags: [a, b]\n  deep:\n    x: y\nafter: z\n',
    'description: "a \\n b \\" c \\\\ \\/ \\t \\x41 \\u00e9 \\U0001F600 \\_ \\N"\n',
    "description: 'it''s'\nk:   v   \nempty:   \n",
    'url: http://x.y/z?a=b#frag\nc: C# and F#\nk: a:b\n',
    'k: []\nl: [ ]\nm: [ a , b ]  \n',
    'k: v',
    'k:',
    'a: |\n  literal\n    more\n\n  text\n\n\nb: >-\n  folded\n  text\n\n  para\n    indented\n  end\nc: x\n',
    'a:\n  b: >\n    x\n    y\n  c: |-\n    z\n',
  ];
  for (const text of accepted) {
    it(`reads ${JSON.stringify(text)} as yaml does`, () => {
      const fast = parseCommonYaml(text, YAML_OPTIONS);
      assert.ok(fast, 'declined');
      assert.equal(difference(fast, parseDocument(text, YAML_OPTIONS)), undefined);
    });
  }

  const declined = [
    '', // no mapping
    '  name: x\n', // indented mapping
    '# comment\nname: x\n',
    'name: x # comment\n',
    'name: x\r\n',
    'name:\tx\n',
    'description: Use when: x\n', // strict YAML rejects it
    'description: a\n  continued\n',
    'description: "two\n  lines"\n',
    'k: &a x\nl: *a\n',
    'k: !!str 1\n',
    'k: {a: b}\n',
    'k: [a, b,]\n',
    'k: [a, [b]]\n',
    'k: [a: b]\n',
    'k: "\\q"\n',
    'k: @x\n',
    'k: - x\n',
    'k: x\n---\nl: y\n',
    `k: a${'['.repeat(101)}\n`, // within the plain value, but findExcessiveNesting counts it
    'k:\n  - a\n   - b\n',
    'k:\n  - a\n b: c\n',
    'k: |\n\n  leading blank\n',
    'k: |\n  a\n  \n  b\n', // a line of spaces inside
    'k: |+\n  keep\n',
    'k: |2\n   indicator\n',
    'k: >\n    a\n  b\n', // less indented than the first line
    `k: |\n${Array.from({ length: 101 }, (_, i) => `${' '.repeat(i + 1)}x`).join('\n')}\n`, // findExcessiveNesting counts these
  ];
  for (const text of declined) {
    it(`leaves ${JSON.stringify(text)} to yaml`, () => assert.equal(parseCommonYaml(text, YAML_OPTIONS), undefined));
  }

  it('builds yaml’s document for generated near-miss frontmatter, or declines', () => {
    // Mostly shapes the fast path reads, each piece sometimes swapped for one that is nearly the same.
    const pick = (good: string[], odd: string[]) =>
      fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
    const key = pick(
      ['name', 'description', 'tools', 'x-y', 'a.b', '_k', '1', 'true', 'null', 'Null', '0x1F', 'K9'],
      ['k k', '-k', 'é', 'k#', '.k', '"k"', '? k', 'k\t'],
    );
    const sep = pick([': ', ':  '], [':', ' : ', ':\t', '::', ': \t', ':\r']);
    const scalar = pick(
      [
        'word',
        'Read, Grep',
        'a b',
        'C#',
        'a# b',
        'x:y',
        'http://x',
        '12',
        '-3',
        '+1',
        '0o17',
        '0x1F',
        '1.50',
        '1e3',
        '.inf',
        '.NaN',
        '~',
        'null',
        'True',
        'FALSE',
        'yes',
        '"q"',
        '"a\\nb"',
        '"\\x41\\u00e9\\U0001F600"',
        "'it''s'",
        'é ü 😀',
        '\u00a0x',
        '...',
        '---',
        'v   ',
        '"a" ',
        'a\\b',
        "a'b",
        'a"b',
        '-x',
        '""',
        "''",
      ],
      [
        'a #b',
        'x: y',
        'x:',
        '@x',
        '`x`',
        '%x',
        '&a x',
        '*a',
        '!tag x',
        '!!str 1',
        '|',
        '>-',
        '? x',
        ':x',
        ',x',
        '- x',
        '-',
        '"\\q"',
        '"\\x4"',
        '"\\',
        '"unclosed',
        "'x' y",
        "'",
        '"x" #c',
        '"x"y',
        'a\tb',
        'a\rb',
        '\ufeffx',
        'a\u2028b',
        '\u0085',
        '{a: b}',
      ],
    );
    const flow = pick(
      ['[a, b]', '[ "a" , \'b\' ]', '[]', '[ ]', '[1, true, null]', '[Read,Grep]'],
      ['[a,b,]', '[a: b]', '[a, [b]]', '[a, {b}]', '[a #b]', '[a] x', '[a', '[,a]', '[a,,b]', '[ - a]'],
    );
    const block = pick(['|', '|-', '>', '>-'], ['|+', '>+', '|2', '>-1', '| # c', '|x']);
    const value = fc.oneof(
      { weight: 4, arbitrary: scalar },
      { weight: 1, arbitrary: flow },
      { weight: 1, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: block },
    );
    const indent = pick(['', '', '  ', '    '], [' ', '   ', '\t']);
    const line = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(key, sep, value).map(([k, s, v]) => `${k}${s}${v}`) },
      { weight: 2, arbitrary: fc.tuple(indent, key, sep, value).map(([i, k, s, v]) => `${i}${k}${s}${v}`) },
      { weight: 2, arbitrary: fc.tuple(indent, pick(['- '], ['-', '-  ', '- - ', '-\t']), scalar).map(([i, d, v]) => `${i}${d}${v}`) },
      {
        weight: 1,
        arbitrary: pick(
          ['', '  text: a b', '    more', '  - text', '      deeper'],
          [' ', '  ', ' ', '# comment', '  # c', '---', '...', 'cont line', ' cont', '%YAML 1.2', '? k', ': v'],
        ),
      },
    );
    const text = fc
      .tuple(fc.array(line, { minLength: 1, maxLength: 8 }), pick(['\n'], ['\r\n']), fc.boolean())
      .map(([ls, eol, last]) => ls.join(eol) + (last ? eol : ''));
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(text, (t) => {
        runs++;
        if (parseCommonYaml(t, YAML_OPTIONS)) read++;
        const d = disagreement(t) ?? difference(loadYaml(t, 3), loadYaml(t, 3, false));
        if (d) throw new Error(`${JSON.stringify(t)}: ${d}`);
      }),
      params(RUNS),
    );
    // The generator must reach the fast path often, or the comparison proves little. It does so for
    // about one input in ten (197 of 2,000 in one run), so ask for one in twenty: a floor, not the rate.
    assert.ok(read > runs / 20, `the fast path read only ${read} of ${runs} generated inputs`);
  });

  it(
    'builds yaml’s document for corpus blocks with characters inserted, or declines',
    { skip: CORPUS ? false : 'corpus not found beside the repository' },
    () => {
      const blocks = frontmatterBlocks(CORPUS!)
        .map((b) => b.content)
        .filter((c) => c.length < 2000);
      const inserts = [
        ':',
        ': ',
        ' #',
        '#',
        '"',
        "'",
        '[',
        ']',
        ',',
        '-',
        '- ',
        ' ',
        '  ',
        '\n',
        '\n  ',
        '\n- ',
        '\t',
        '\r',
        '\\',
        '&',
        '*',
        '!',
        '|',
        '>',
        '{',
        '0',
        'true',
        '\u2028',
      ];
      const mutated = fc
        .tuple(
          fc.nat(blocks.length - 1),
          fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...inserts)), { minLength: 1, maxLength: 3 }),
        )
        .map(([i, edits]) => edits.reduce((t, [at, s]) => t.slice(0, Math.floor(at * t.length)) + s + t.slice(Math.floor(at * t.length)), blocks[i]!));
      fc.assert(
        fc.property(mutated, (t) => {
          const d = disagreement(t);
          if (d) throw new Error(`${JSON.stringify(t)}: ${d}`);
        }),
        params(RUNS),
      );
    },
  );
});
