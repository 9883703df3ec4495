import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDamagedText, hasDamagedText, repairDamagedText } from '../../../server/src/core';

/** Windows-1252 for bytes 0x80-0x9F, written out independently of the code under test; its five undefined bytes stay C1 controls. */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Damages text the way a Windows-1252 (or Latin-1) reader does: UTF-8 bytes, each read as one character. */
function damage(text: string, codePage: 'cp1252' | 'latin1' = 'cp1252'): string {
  const bytes = [...Buffer.from(text, 'utf8')];
  return bytes.map((b) => (codePage === 'cp1252' && b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b))).join('');
}

describe('damaged text detection and repair', () => {
  it('repairs the damage seen in real files', () => {
    for (const [bad, good] of [
      ['Ã©', 'é'],
      ['â†’', '→'],
      ['âœ…', '✅'],
      ['ðŸ”„', '🔄'],
      ['â¬œ', '⬜'],
      ['â‰¤', '≤'],
      ['â€™', '’'],
      ['â€”', '—'],
      ['Â©', '©'],
    ]) {
      assert.equal(repairDamagedText(`x ${bad} y`), `x ${good} y`, bad);
    }
  });

  it('round-trips text damaged by Windows-1252 and by Latin-1', () => {
    const original = 'Résumé: naïve → ≤250 lines ⬜ 🔄 ✅ “quoted” — done ⚠️ 日本語';
    assert.equal(repairDamagedText(damage(original)), original);
    assert.equal(repairDamagedText(damage(original, 'latin1')), original);
  });

  it('keeps the C1 controls that stand for bytes Windows-1252 leaves undefined', () => {
    // 🔍 is F0 9F 94 8D: 0x8D has no Windows-1252 character and survives as U+008D.
    const damaged = 'ðŸ”\u008d search';
    assert.equal(repairDamagedText(damaged), '🔍 search');
    assert.equal(findDamagedText(damaged)[0]?.encoding, 'Windows-1252');
    assert.equal(findDamagedText('â\u0086\u0092')[0]?.encoding, 'Latin-1');
  });

  it('damages test input with Windows-1252 characters', () => {
    assert.equal(damage('→ ✅'), 'â†’ âœ…');
  });

  it('repairs text damaged twice in one step', () => {
    const twice = damage(damage('it’s → ✅'));
    const runs = findDamagedText(twice);
    assert.ok(runs.length > 0);
    assert.ok(
      runs.every((r) => r.passes === 2),
      JSON.stringify(runs),
    );
    assert.equal(repairDamagedText(twice), 'it’s → ✅');
  });

  it('reports one run for damage separated by spaces, and exact offsets', () => {
    const text = 'from â¬œ â†’ ðŸ”„ now';
    const runs = findDamagedText(text);
    assert.equal(runs.length, 1);
    assert.equal(text.slice(runs[0]!.start, runs[0]!.end), 'â¬œ â†’ ðŸ”„');
    assert.equal(runs[0]!.repaired, '⬜ → 🔄');
  });

  it('leaves legitimate non-ASCII text alone', () => {
    const legit = [
      'Le café est très bon, naïve façade, à la carte « citation » ; où ça ?',
      'Die Größe der Straße ist „Grüß Gott“ — schön, Fuß“ und ÄÖÜ“ äöüß.',
      'São Paulo, mañana, niño, Ærø, Øresund, Þórr, œuvre, Š, Ž',
      '│ ├── src │ └── ┌─┬─┐ ╔═╗ ║ ╚═╝',
      '“quotes” ‘single’ — em – en … • ™ © ® ° ± × ÷ ½ ¼ € £ ¥ §',
      'Español: ¿Qué? ¡Sí! Ñandú. Português: ação, coração, SÃO PAULO, Âme',
      '日本語 한국어 русский ελληνικά עברית العربية ✅ 🔄 ⬜ → ≤',
      'Ça va? Déjà vu. Œdipe. Ÿ. À bientôt. È così. Ì. Ò. Ù.',
    ];
    for (const line of legit) {
      assert.deepEqual(findDamagedText(line), [], line);
      assert.equal(hasDamagedText(line), false, line);
    }
  });

  it('is idempotent', () => {
    const damaged = damage('a → b ✅ c é');
    const once = repairDamagedText(damaged);
    assert.equal(repairDamagedText(once), once);
  });
});
