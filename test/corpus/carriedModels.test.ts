/**
 * The CLI parses an agent, skill or command again for its cross-file rules and hands the new parse
 * the links, names and return codes the first one found (`carriedModels` / `takeOver`): the new parse must read
 * exactly what it would have computed, on every Markdown file of the shared corpus, as each kind.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/core';
import { carriedModels, takeOver } from '../../server/src/core/document/carried';
import { documentLinks } from '../../server/src/core/references/links';
import { documentNames } from '../../server/src/core/references/names';
import { returnCodesOf } from '../../server/src/core/returnCodes/extract';
import type { DocumentKind } from '../../server/src/core/types';
import { sharedPath } from '../support/shared';
import { markdownFiles } from '../support/markdownFiles';

const CORPUS = sharedPath('corpus');
const KINDS: readonly DocumentKind[] = ['agent', 'skill', 'command'];

describe('models carried to a second parse', () => {
  it('give what the second parse computes, on every corpus file as each kind', { skip: CORPUS ? false : 'corpus not found beside the repository' }, () => {
    const files = markdownFiles(CORPUS!).sort();
    const differ: string[] = [];
    let carried = 0;
    let records = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const kind of KINDS) {
        const first = parseDocument('file:///corpus/a.md', 0, text, kind);
        documentLinks(first);
        documentNames(first);
        returnCodesOf(first);
        const kept = carriedModels(first);
        const second = takeOver(parseDocument('file:///corpus/a.md', 0, text, kind), kept);
        const fresh = parseDocument('file:///corpus/a.md', 0, text, kind);
        if (kept) carried++;
        records += kept?.models.reduce((n, [, v]) => n + (Array.isArray(v) ? v.length : 1), 0) ?? 0;
        // Taken over, the links, names and return codes are read without the Markdown model.
        const links = documentLinks(second);
        const names = documentNames(second);
        const both = kept?.models.filter(([key]) => key === 'references.links' || key === 'references.names').length === 2;
        if (both && second.memo.has('markdown')) differ.push(`${relative(CORPUS!, file)} (${kind}): model built`);
        const codes = returnCodesOf(second);
        if (JSON.stringify(codes) !== JSON.stringify(returnCodesOf(fresh))) differ.push(`${relative(CORPUS!, file)} (${kind}): return codes`);
        if (JSON.stringify(links) !== JSON.stringify(documentLinks(fresh))) differ.push(`${relative(CORPUS!, file)} (${kind}): links`);
        if (JSON.stringify(names) !== JSON.stringify(documentNames(fresh))) differ.push(`${relative(CORPUS!, file)} (${kind}): names`);
      }
    }
    console.log(`${files.length} corpus files × ${KINDS.length} kinds: ${carried} carried models, ${records} records, ${differ.length} differ`);
    assert.ok(carried > 3000 && records > 10000, `only ${carried} documents and ${records} records carried`);
    assert.deepEqual(differ.slice(0, 20), []);
  });

  it('are not taken over by a text of another length, and each reader of an empty model gets its own array', () => {
    const first = parseDocument('file:///ws/a.md', 0, 'See [a](b.md) and /review.\n', 'agent');
    documentLinks(first);
    documentNames(first);
    const kept = carriedModels(first);
    assert.ok(kept);
    const other = takeOver(parseDocument('file:///ws/a.md', 0, 'See [a](bc.md) and /review.\n', 'agent'), kept);
    assert.equal(other.memo.size, 0);
    assert.equal(documentLinks(other)[0]!.path, 'bc.md');

    const plain = parseDocument('file:///ws/b.md', 0, 'Nothing here.\n', 'agent');
    documentLinks(plain);
    documentNames(plain);
    const none = carriedModels(plain);
    const a = takeOver(parseDocument('file:///ws/b.md', 0, 'Nothing here.\n', 'agent'), none);
    const b = takeOver(parseDocument('file:///ws/b.md', 0, 'Nothing here.\n', 'agent'), none);
    assert.deepEqual(documentLinks(a), []);
    assert.notEqual(documentLinks(a), documentLinks(b));
  });
});
