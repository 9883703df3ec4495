/**
 * The spec data against the pinned Claude Code binary (`npm run spec:check`): no difference outside
 * the reviewed list, no stale review, and an extractor that never answers with nothing.
 * The binary is installed from npm on first use (ensureClaudeCode() in scripts/editor/provision.mjs).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const REPO = join(__dirname, '../../../..');

interface Difference {
  list: string;
  name: string;
  only: 'binary' | 'project';
  reason?: string;
}
interface Report {
  version: string;
  lists: number;
  differences: Difference[];
  unreviewed: Difference[];
  stale: Difference[];
}
interface CheckModule {
  specCheck(options?: { binary?: string; cache?: boolean }): Report;
  compare(
    binary: Record<string, unknown>,
    project: Record<string, { values: unknown; checkedAgainst: string }>,
    reviewed: Difference[],
    pinned: string,
  ): Report;
}
interface ExtractModule {
  Bundle: new (modules: Map<string, string>) => unknown;
  SpecAnchorError: new (message: string) => Error;
  extractAll(bundle: unknown): unknown;
  extractors: Record<string, (bundle: unknown) => unknown>;
}

const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(REPO, path)).href) as Promise<T>;
const show = (ds: readonly Difference[]): string =>
  ds.map((d) => `${d.list}: ${d.name} (only in ${d.only === 'binary' ? 'Claude Code' : 'agent-docs'})`).join('\n');

describe('spec: Claude Code binary', () => {
  it('spec:check finds no unreviewed difference and no stale review', async () => {
    const { specCheck } = await load<CheckModule>('scripts/spec/check.mjs');
    const report = specCheck();
    assert.ok(report.lists >= 30, `${report.lists} lists compared`);
    assert.equal(
      report.unreviewed.length,
      0,
      `differences with Claude Code ${report.version} that reviewedDifferences.ts does not hold:\n${show(report.unreviewed)}`,
    );
    assert.equal(report.stale.length, 0, `reviewed differences that no longer occur:\n${show(report.stale)}`);
  });

  it('compare reports both sides, map values, stale reviews and an out-of-date version', async () => {
    const { compare } = await load<CheckModule>('scripts/spec/check.mjs');
    const r = compare(
      { a: ['x', 'y'], m: { Task: 'Agent', Old: 'New' }, gone: ['q'] },
      {
        a: { values: ['y', 'z'], checkedAgainst: '1.0.0' },
        m: { values: { Task: 'Agent' }, checkedAgainst: '1.0.0' },
        gone: { values: ['q'], checkedAgainst: '0.9.0' },
      },
      [
        { list: 'a', name: 'z', only: 'project', reason: 'kept on purpose' },
        { list: 'a', name: 'w', only: 'binary', reason: 'fixed since' },
      ],
      '1.0.0',
    );
    assert.deepEqual(r.differences.map((d) => `${d.list}:${d.name}:${d.only}`).sort(), [
      'a:x:binary',
      'a:z:project',
      'gone:checked against 0.9.0:project',
      'm:Old=New:binary',
    ]);
    assert.deepEqual(r.unreviewed.map((d) => d.name).sort(), ['Old=New', 'checked against 0.9.0', 'x']);
    assert.deepEqual(
      r.stale.map((d) => d.name),
      ['w'],
    );
  });

  it('every extractor throws a SpecAnchorError when its anchor is missing, never answers with nothing', async () => {
    const { Bundle, SpecAnchorError, extractors, extractAll } = await load<ExtractModule>('scripts/spec/extract.mjs');
    const empty = new Bundle(new Map([['/$bunfs/root/chunk-empty.js', 'var a=1;']]));
    assert.ok(Object.keys(extractors).length >= 14);
    for (const [name, extract] of Object.entries(extractors)) {
      assert.throws(() => extract(empty), SpecAnchorError, name);
    }
    assert.throws(() => extractAll(empty), SpecAnchorError);
  });

  it('an anchor that leads to an empty list is an error, not an empty answer', async () => {
    const { Bundle, SpecAnchorError, extractors } = await load<ExtractModule>('scripts/spec/extract.mjs');
    const loader = (colours: string) =>
      new Bundle(new Map([['/$bunfs/root/chunk-a.js', `var wA=${colours};function load(z){return{...z&&typeof z==="string"&&wA.includes(z)&&{color:z}}}`]]));
    assert.deepEqual(extractors['agentColours']!(loader('["red","blue"]')), ['red', 'blue']);
    assert.throws(() => extractors['agentColours']!(loader('[]')), SpecAnchorError);
    assert.throws(() => extractors['agentColours']!(loader('f()')), SpecAnchorError);
  });

  it('follows a name through imports and exports between chunks', async () => {
    const { Bundle, extractors } = await load<ExtractModule>('scripts/spec/extract.mjs');
    const bundle = new Bundle(
      new Map([
        [
          '/$bunfs/root/chunk-a.js',
          'import{Kx as wA}from"/$bunfs/root/chunk-b.js";function load(z){return{...z&&typeof z==="string"&&wA.includes(z)&&{color:z}}}',
        ],
        ['/$bunfs/root/chunk-b.js', 'var q={red:"r",cyan:"c"},Yx=Object.keys(q);export{Yx as Kx};'],
      ]),
    );
    assert.deepEqual(extractors['agentColours']!(bundle), ['red', 'cyan']);
  });
});
