import { byteOfChar } from './cp1252';
import { decodeUtf8Sequence } from './utf8';

/**
 * Damaged text ("mojibake"): UTF-8 bytes that were decoded as Windows-1252 or Latin-1 on their way
 * into a file, so `→` reads `â†’` and `✅` reads `âœ…`. Decoding twice stacks the damage
 * (`’` → `â€™` → `Ã¢â‚¬â„¢`).
 *
 * Detection works backwards: a character that a single-byte code page produces stands for one
 * byte; a stretch of such characters is damage only when its bytes form complete, strict UTF-8
 * sequences that decode to a plausible character. Legitimate accented text does not: in `café`,
 * `Größe` or `naïve` the accented letter is followed by ASCII or by a byte that cannot continue a
 * sequence, and typographic quotes, dashes and box-drawing characters never start one.
 */

/** One stretch of damaged text and its repair. Offsets are UTF-16 code units into the input. */
export interface DamagedRun {
  start: number;
  end: number;
  /** The damaged text as it stands. */
  text: string;
  /** The text it was before the damage. */
  repaired: string;
  /** How many times it was decoded wrongly (2 for double damage). */
  passes: number;
  /** Which code page explains the damage. */
  encoding: 'Windows-1252' | 'Latin-1' | 'Windows-1252 or Latin-1';
}

/** One UTF-8 sequence found written as single-byte characters. */
interface Piece {
  start: number;
  end: number;
  char: string;
}

const LONGEST_SEQUENCE = 4;

/**
 * The characters that can stand for a UTF-8 lead byte (0xC2–0xF4): in both code pages those bytes
 * are U+00C2–U+00F4 and no other character maps to them (checked over all of UTF-16 by
 * test/unit/perf/fastPaths.test.ts). A native search skips straight to the next one, so text
 * without any (most files) is never walked character by character.
 */
const LEAD_CHAR = /[\u00c2-\u00f4]/g;

/**
 * Whether a decoded code point is something real text would contain. Two-byte sequences are
 * checked hardest because a capital letter before a closing quote (`ß“` in German `„Gruß“`) forms
 * one by accident; those land in rarely written scripts (Syriac, Thaana, N'Ko), which are refused.
 */
function plausible(codePoint: number, length: number, source: string): boolean {
  if (length === 2) {
    // C1 controls: only when the source itself holds a C1 control, which legitimate text never does.
    if (codePoint < 0xa0) return /[\u0080-\u009f]/.test(source);
    return codePoint <= 0x58f || (codePoint >= 0x5d0 && codePoint <= 0x6ff);
  }
  if (length === 3) return !(codePoint >= 0xe000 && codePoint <= 0xf8ff) && codePoint !== 0xfffe && codePoint !== 0xffff;
  return true;
}

/** Every UTF-8 sequence in the text that is written as single-byte characters. */
function findPieces(text: string, from = 0, to = text.length): Piece[] {
  const pieces: Piece[] = [];
  let i = from;
  while (i < to) {
    LEAD_CHAR.lastIndex = i;
    const next = LEAD_CHAR.exec(text);
    if (!next || next.index >= to) break;
    i = next.index;
    const code = text.charCodeAt(i);
    if (code < 0xc2) {
      i++;
      continue;
    }
    const lead = byteOfChar(code);
    if (lead === undefined || lead < 0xc2 || lead > 0xf4) {
      i++;
      continue;
    }
    const bytes = [lead];
    for (let j = i + 1; j < Math.min(to, i + LONGEST_SEQUENCE); j++) {
      const b = byteOfChar(text.charCodeAt(j));
      if (b === undefined) break;
      bytes.push(b);
    }
    const seq = decodeUtf8Sequence(bytes, 0);
    const source = seq ? text.slice(i, i + seq.length) : '';
    if (seq && plausible(seq.codePoint, seq.length, source)) {
      pieces.push({ start: i, end: i + seq.length, char: String.fromCodePoint(seq.codePoint) });
      i += seq.length;
    } else i++;
  }
  return pieces;
}

/** Replaces each piece by its character. */
function rebuild(text: string, start: number, end: number, pieces: readonly Piece[]): string {
  let out = '';
  let at = start;
  for (const p of pieces) {
    out += text.slice(at, p.start) + p.char;
    at = p.end;
  }
  return out + text.slice(at, end);
}

function encodingOf(text: string): DamagedRun['encoding'] {
  // Windows-1252 characters prove that code page, even beside C1 controls kept for its undefined bytes.
  if ([...text].some((c) => c.charCodeAt(0) > 0xff && byteOfChar(c.charCodeAt(0)) !== undefined)) return 'Windows-1252';
  if (/[\u0080-\u009f]/.test(text)) return 'Latin-1';
  return 'Windows-1252 or Latin-1';
}

/** Repairs a run again while it still holds damage (double decoding), at most a few times. */
function repairFully(text: string): { repaired: string; passes: number } {
  let current = text;
  let passes = 0;
  for (; passes < 4; passes++) {
    const pieces = findPieces(current);
    if (pieces.length === 0) break;
    current = rebuild(current, 0, current.length, pieces);
  }
  return { repaired: current, passes };
}

/**
 * Every damaged run in the text, in order. Sequences separated only by spaces or tabs form one
 * run (`â¬œ â†’ ðŸ”„` is one stretch of damage, not three), so a line reads as one finding.
 */
export function findDamagedText(text: string): DamagedRun[] {
  const pieces = findPieces(text);
  const runs: DamagedRun[] = [];
  let group: Piece[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const start = group[0]!.start;
    const end = group[group.length - 1]!.end;
    const damaged = text.slice(start, end);
    const once = rebuild(text, start, end, group);
    const more = repairFully(once);
    if (evident(group, 1 + more.passes))
      runs.push({ start, end, text: damaged, repaired: more.repaired, passes: 1 + more.passes, encoding: encodingOf(damaged) });
    group = [];
  };
  for (const p of pieces) {
    const last = group[group.length - 1];
    if (last && !/^[ \t]*$/.test(text.slice(last.end, p.start))) flush();
    group.push(p);
  }
  flush();
  return runs;
}

/** Whether the text holds any damaged run. */
export function hasDamagedText(text: string): boolean {
  return findPieces(text).length > 0 && findDamagedText(text).length > 0;
}

/** A letter of Greek, Cyrillic, Armenian, Hebrew or Arabic: what a two-byte sequence may decode to. */
const NON_LATIN_LETTER = /^[\u0370-\u06ff]$/;

/**
 * Whether a run's repair is evidently right. A lone letter of another script is not: `×–` in
 * `~1×–1.35×` reads as the bytes of Hebrew `ז`, but it is a times sign and an en dash, and real
 * damage to Greek or Hebrew text comes in words, not single letters. Everything else is kept:
 * symbols, arrows, punctuation and emoji (three and four bytes), accented Latin letters, runs of
 * several letters, and text damaged twice.
 */
function evident(group: readonly Piece[], passes: number): boolean {
  if (passes > 1) return true;
  const foreign = group.filter((p) => NON_LATIN_LETTER.test(p.char));
  return !(foreign.length === 1 && group.length === 1);
}

/**
 * The text with every damaged run repaired and nothing else changed. Idempotent. Use it before
 * reading text whose markers may be damaged (a checklist whose `✅` reads `âœ…`).
 */
export function repairDamagedText(text: string): string {
  const runs = findDamagedText(text);
  if (runs.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of runs) {
    out += text.slice(at, r.start) + r.repaired;
    at = r.end;
  }
  return out + text.slice(at);
}
