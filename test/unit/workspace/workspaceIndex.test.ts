/**
 * The index stores each file's facts compactly (a bit mask and the facts in indexer order) and
 * tells facts apart without writing their JSON: what is read back, and what counts as a change,
 * must be what a map of facts and a JSON comparison gave.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../../server/src/core/document/parse';
import { sameFacts, WorkspaceIndex, type Indexer } from '../../../server/src/core/workspace/workspaceIndex';

/** An indexer whose fact is the text after `key:` on some line, when there is one. */
function lineIndexer(key: string, shape: (value: string) => unknown = (v) => ({ value: v })): Indexer<unknown> {
  return {
    key,
    kinds: ['markdown'],
    extract(doc) {
      const m = new RegExp(`^${key}: (.*)$`, 'm').exec(doc.text);
      return m ? shape(m[1]!) : undefined;
    },
  };
}

const KEYS = ['a', 'b', 'c', 'd', 'e'];
const indexers = KEYS.map((k, i) => lineIndexer(k, i === 1 ? (v) => v.split(',') : i === 2 ? (v) => v : undefined));
const doc = (uri: string, lines: string[]) => parseDocument(uri, 0, `${lines.join('\n')}\n`, 'markdown');

describe('WorkspaceIndex storage', () => {
  it('reads back every combination of facts as stored', () => {
    const index = new WorkspaceIndex(indexers);
    for (let mask = 0; mask < 1 << KEYS.length; mask++) {
      const lines = KEYS.filter((_, i) => mask & (1 << i)).map((k) => `${k}: ${k}${mask}`);
      index.update(doc(`file:///ws/${mask}.md`, lines));
    }
    for (let mask = 0; mask < 1 << KEYS.length; mask++) {
      KEYS.forEach((k, i) => {
        const fact = index.fact(`file:///ws/${mask}.md`, indexers[i]!);
        if (!(mask & (1 << i))) return assert.equal(fact, undefined);
        const value = `${k}${mask}`;
        assert.deepEqual(fact, i === 1 ? [value] : i === 2 ? value : { value });
      });
    }
    KEYS.forEach((k, i) => {
      const all = [...index.facts(indexers[i]!)];
      assert.equal(all.length, 1 << (KEYS.length - 1), k);
      for (const { uri, kind } of all) {
        assert.equal(kind, 'markdown');
        assert.ok(Number(/(\d+)\.md$/.exec(uri)![1]) & (1 << i));
      }
    });
  });

  it('tells listeners which keys changed and what the file had before', () => {
    const index = new WorkspaceIndex(indexers);
    const heard: { keys: readonly string[]; before: unknown[] }[] = [];
    index.onDidChange((_uri, keys, before) => heard.push({ keys, before: indexers.map((x) => before(x)) }));
    index.update(doc('file:///ws/x.md', ['a: 1', 'c: 3']));
    index.update(doc('file:///ws/x.md', ['a: 1', 'c: 4', 'e: 5']));
    index.update(doc('file:///ws/x.md', ['a: 1', 'c: 4', 'e: 5']));
    index.remove('file:///ws/x.md');
    assert.deepEqual(heard, [
      { keys: ['a', 'c'], before: [undefined, undefined, undefined, undefined, undefined] },
      { keys: ['c', 'e'], before: [{ value: '1' }, undefined, '3', undefined, undefined] },
      { keys: ['a', 'c', 'e'], before: [{ value: '1' }, undefined, '4', undefined, { value: '5' }] },
    ]);
    assert.equal(index.has('file:///ws/x.md'), false);
  });

  it('refuses more indexers than a mask can tell apart', () => {
    assert.throws(() => new WorkspaceIndex(Array.from({ length: 31 }, (_, i) => lineIndexer(`k${i}`))), /31 indexers/);
  });
});

describe('sameFacts', () => {
  /** Random plain data: what indexers produce (no NaN, no undefined array elements). */
  function random(seed: { n: number }, depth: number): unknown {
    const r = () => (seed.n = (seed.n * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = Math.floor(r() * (depth > 2 ? 5 : 8));
    switch (pick) {
      case 0:
        return Math.floor(r() * 3);
      case 1:
        return ['x', 'y', ''][Math.floor(r() * 3)];
      case 2:
        return r() < 0.5;
      case 3:
        return null;
      case 4:
        return undefined;
      case 5:
        return Array.from({ length: Math.floor(r() * 3) }, () => random(seed, depth + 1) ?? null);
      default: {
        const o: Record<string, unknown> = {};
        for (const k of ['p', 'q', 'r'].filter(() => r() < 0.6).sort(() => r() - 0.5)) o[k] = random(seed, depth + 1);
        return o;
      }
    }
  }

  it('agrees with comparing JSON on plain data', () => {
    const seed = { n: 42 };
    let same = 0;
    for (let i = 0; i < 20000; i++) {
      const a = random(seed, 0);
      const b = i % 3 === 0 ? structuredClone(a) : random(seed, 0);
      const json = a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
      assert.equal(sameFacts(a, b), json, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      if (json) same++;
    }
    assert.ok(same > 5000);
  });

  it('never calls different JSON the same', () => {
    const pairs: [unknown, unknown][] = [
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
      [{ a: new Map([[1, 2]]) }, { a: new Map([[1, 2]]) }],
      [[NaN], [null]],
      [{ a: undefined }, {}],
      [new Date(0), new Date(0)],
    ];
    for (const [a, b] of pairs) if (sameFacts(a, b)) assert.equal(JSON.stringify(a), JSON.stringify(b));
    assert.equal(sameFacts({ a: 1, b: 2 }, { b: 2, a: 1 }), false);
    assert.equal(sameFacts({ p: 1 }, { q: 1 }), false);
    assert.equal(sameFacts([{ p: [1, { q: 'x' }] }], [{ p: [1, { q: 'y' }] }]), false);
    assert.equal(sameFacts([{ p: [1, { q: 'x' }] }], [{ p: [1, { q: 'x' }] }]), true);
    assert.equal(sameFacts({ a: undefined, b: 1 }, { b: 1 }), true);
    assert.equal(sameFacts(new Date(0), new Date(0)), true);
  });
});
