/**
 * The Markdown model against the reference parser (test/support/markdownOracle.ts) on generated
 * documents that mix every construct the model reads: containers, fences, tables, links, code
 * spans, HTML, definitions, task boxes, CRLF. Seeded, so a failure reproduces.
 *
 * Two constructs are left out of the mix because micromark departs from CommonMark's reference
 * implementation (commonmark.js) and from GitHub there, and the model follows CommonMark: a line
 * indented by four or more columns after a container ends (micromark starts indented code, or
 * refuses a list starting at `2)` after indented code), and a lone HTML tag such as `<span>` or `</pre>` on a
 * lazy continuation line; and an empty list item right after a list marker or quote that
 * interrupted a paragraph (`x` then `1. -`: micromark reads `-` as paragraph text). test/unit/markdown/model.test.ts
 * covers those cases by hand.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { MarkdownModel } from '../../../server/src/core/document/markdown';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { CATEGORIES, loadOracle, modelFindings, oracleFindings, type Oracle } from '../../support/markdownOracle';

const PREFIXES = ['', '', '', ' ', '  ', '   ', '> ', '>', '- ', '* ', '1. ', '2) ', '  - ', '> - ', '- > ', '-   ', '1.  '];
const BODIES = [
  'text',
  'more text',
  '# Heading',
  '## Head *em* `code`',
  '### x ###',
  '```',
  '```js',
  '~~~',
  '````',
  '``` a`b',
  '---',
  '***',
  '===',
  '- [ ] task',
  '- [x] done',
  '[ ] not',
  '✅ done',
  '<!-- comment -->',
  '<!--',
  '-->',
  '<div>',
  '</div>',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  'a | b',
  '-- | --',
  '[link](http://x.com "t")',
  '[ref]',
  '[ref]: /url "title"',
  '[Ref][]',
  '![img](a.png)',
  '<http://auto.link>',
  '`a` and ``b ` c``',
  '`unclosed',
  '[a `]` b](c)',
  '[outer [inner](x)](y)',
  '*a* _b_ __c__',
  '\\`escaped\\`',
  '[x]: <a b>',
  '[y]:',
  '  /dest',
  '"title"',
  'foo\\',
  '[^1]',
  '[^1]: note',
  'www.x.com',
  '***bold***',
  '[](empty)',
  '[t](<a b>)',
  '[t](a(b)c)',
  '&amp; &copy;',
  '[t]( x )',
  '',
  '-',
  '+',
  '1.',
  '10. ten',
  '#',
  '` lead`',
  '`trail `',
  '`  `',
  '[a]: <>',
  '[ü]',
  '[Ü]: /u',
  '| x |',
  '|-|',
  'a|b|c',
  ':-:|--',
  '<?php ?>',
  '<![CDATA[ x ]]>',
  '<!DOCTYPE html>',
  '<pre>',
  '<style>',
  '[link](<a>)',
  '[l](a "t" )',
  "[l](a 't')",
  '[l](a (t))',
  '![a ![b](c)](d)',
  '&#35; hash',
  '&#x1F600;',
  '\\',
  '\\\\`x`',
];

/** Bodies that make an empty list item; see the header for why they follow no list marker. */
const EMPTY_ITEMS = ['', '-', '+', '1.'];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Markdown model agrees with the reference parser on generated documents', () => {
  let oracle: Oracle;
  before(async () => {
    oracle = await loadOracle();
  });

  it('finds the same structure in 1,500 mixed documents', () => {
    const next = random(13);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const failures: string[] = [];
    for (let n = 0; n < 1500; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(next() * 8);
      for (let i = 0; i < count; i++) {
        const body = pick(BODIES);
        lines.push(next() < 0.15 ? '' : (EMPTY_ITEMS.includes(body) ? pick(['', ' ']) : pick(PREFIXES)) + body);
      }
      const text = lines.join(next() < 0.1 ? '\r\n' : '\n') + (next() < 0.5 ? '\n' : '');
      const mine = modelFindings(new MarkdownModel(text, 0, new LineIndex(text)), text);
      const theirs = oracleFindings(oracle, text, 0);
      for (const c of CATEGORIES) {
        if (JSON.stringify(mine[c]) !== JSON.stringify(theirs[c]))
          failures.push(`${JSON.stringify(text)} ${c}: reference ${JSON.stringify(theirs[c])}, model ${JSON.stringify(mine[c])}`);
      }
    }
    assert.deepEqual(failures.slice(0, 10), []);
  });
});
