/**
 * The real damaged agent in the shared seeds, read in place: fix-all must repair exactly the
 * damaged lines, and the result must match the undamaged original on the lines they share.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findDamagedText } from '../../../server/src/core';
import { sharedPath } from '../../support/shared';
import { memoryService } from '../../support/workspace';

const SEED = sharedPath('seeds', '000_7872fdaadb89f45c.txt');
const ORIGINAL = sharedPath('corpus', 'suxxes__resin.ai__legacy-4657b17', 'agents', 'developer-tauri-rust.md');

describe('damaged seed', { skip: !SEED || !ORIGINAL ? 'shared seeds not present' : false }, () => {
  const seed = SEED ? readFileSync(SEED, 'utf8') : '';
  const original = ORIGINAL ? readFileSync(ORIGINAL, 'utf8') : '';
  const path = '.claude/agents/developer-tauri-rust.md';
  const { service, uri } = memoryService({ [path]: seed });

  it('reports each damaged run once, on the damaged characters', () => {
    const findings = service.lint(uri(path)).filter((f) => f.ruleId === 'damaged-text');
    assert.equal(findings.length, findDamagedText(seed).length);
    const lines = seed.split('\n');
    for (const f of findings) {
      assert.equal(f.range.start.line, f.range.end.line);
      const text = lines[f.range.start.line]!.slice(f.range.start.character, f.range.end.character);
      assert.match(text, /^[âðÂÃ]/, text);
      assert.ok(f.fixes?.[0]?.isPreferred);
    }
  });

  it('fix-all repairs only the damaged lines and leaves no damage', () => {
    const fixed = service.fixAllText(uri(path), seed);
    assert.deepEqual(findDamagedText(fixed), []);
    const before = seed.split('\n');
    const after = fixed.split('\n');
    assert.equal(after.length, before.length);
    let changed = 0;
    for (let i = 0; i < before.length; i++) {
      const damaged = findDamagedText(before[i]!).length > 0;
      if (damaged) {
        changed++;
        assert.notEqual(after[i], before[i]);
      } else assert.equal(after[i], before[i], `line ${i + 1} has no damage but changed`);
    }
    assert.equal(changed, 11, 'the seed has 11 damaged lines (46, 150, 202-208, 227, 243)');
    for (const marker of ['≤', '→', '⬜', '🔄', '✅']) assert.ok(fixed.includes(marker), marker);
  });

  it('matches the undamaged original wherever the seed was not edited by hand', () => {
    const fixed = service.fixAllText(uri(path), seed).split('\n');
    const orig = original.split('\n');
    assert.equal(fixed.length, orig.length);
    const differing = fixed.flatMap((line, i) => (line === orig[i] ? [] : [i + 1]));
    // The seed's copy also reworded one line (its HOOK-AUTOMATED bullet); every other line agrees.
    assert.equal(differing.length, 1, `lines differing from the original: ${differing.join(', ')}`);
    assert.match(orig[differing[0]! - 1]!, /HOOK-AUTOMATED/);
  });
});
