/**
 * The summary indexer collapses only a prefix of a long description when that decides its cut
 * (`shortDescription`): the same text as collapsing the whole, on every frontmatter description of
 * the corpus and on strings built around the limit (whitespace runs across the prefix's end, a
 * description that ends in whitespace just past the limit).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../server/src/core';
import { field } from '../../../server/src/core/document/parse';
import { scalarString } from '../../../server/src/core/document/yamlFields';
import { DESCRIPTION_LIMIT, shortDescription } from '../../../server/src/core/workspace/indexers/summary';
import { sharedPath } from '../../support/shared';
import { markdownFiles } from '../../support/markdownFiles';

/** What the indexer computed before. */
function wholeCollapsed(text: string): string {
  const d = text.replace(/\s+/g, ' ').trim();
  return d.length > DESCRIPTION_LIMIT ? `${d.slice(0, DESCRIPTION_LIMIT - 1)}…` : d;
}

describe('summary descriptions collapsed from a prefix', () => {
  it('built strings around the limit', () => {
    const texts: string[] = [];
    for (const n of [0, 1, 299, 300, 301, 302, 1199, 1200, 1201, 1202, 2400]) {
      for (const ws of [' ', '\n', ' \t\n ', '\u00a0', '\ufeff']) {
        const word = 'ab' + ws;
        const body = word.repeat(Math.ceil(n / word.length)).slice(0, n);
        texts.push(
          body,
          ws + body,
          body + ws.repeat(900),
          ws.repeat(1300) + body,
          'x'.repeat(n) + ws.repeat(50) + 'y',
          'x'.repeat(n) + ws.repeat(1300),
          ws.repeat(n),
        );
      }
    }
    for (const t of texts) assert.equal(shortDescription(t), wholeCollapsed(t), JSON.stringify(t.slice(0, 80)));
  });

  const corpus = sharedPath('corpus');
  it('every description of the corpus', { skip: corpus ? false : 'corpus not found beside the repository' }, () => {
    let long = 0;
    let n = 0;
    for (const file of markdownFiles(corpus!)) {
      const doc = parseDocument('file:///corpus/a.md', 0, readFileSync(file, 'utf8'), 'agent');
      const text = scalarString(field(doc, 'description')?.value ?? null);
      if (text === undefined) continue;
      n++;
      if (text.length > 1200) long++;
      assert.equal(shortDescription(text), wholeCollapsed(text), file);
    }
    assert.ok(n > 1000 && long > 20, `only ${n} descriptions, ${long} long ones`);
  });
});
