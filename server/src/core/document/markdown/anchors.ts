import { referenceAt } from './definitions';
import type { InlineContent, InlineScan } from './inline';

/**
 * Heading text and the anchors GitHub derives from it. GitHub's rule (as github-slugger implements
 * it, checked against that library over every corpus heading by test/corpus/markdownModel.test.ts):
 * lower-case the heading's text, delete every character that is not a letter, mark, number,
 * connector punctuation (`_`), space or hyphen, turn each space into a hyphen; a repeated anchor
 * gets `-1`, `-2`, … in order of appearance.
 */

const NOT_KEPT = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;
const ASCII_KEPT = /^[a-z0-9_ -]*$/;

/** The anchor of one heading text, before duplicates are numbered. */
export function slug(text: string): string {
  const lower = text.toLowerCase();
  // Letters, digits, `_`, space and `-` of ASCII are all kept: only the spaces change.
  return (ASCII_KEPT.test(lower) ? lower : lower.replace(NOT_KEPT, '')).replace(/ /g, '-');
}

/** Numbers repeated anchors as GitHub does: `a`, `a-1`, `a-2`; an anchor already taken moves on. */
export class AnchorNumbering {
  private readonly seen = new Map<string, number>();

  next(base: string): string {
    let result = base;
    while (this.seen.has(result)) {
      const n = this.seen.get(base)! + 1;
      this.seen.set(base, n);
      result = `${base}-${n}`;
    }
    this.seen.set(result, 0);
    return result;
  }
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

type Piece = { text: string } | { char: string; count: number; open: boolean; close: boolean; length: number };

/**
 * The text a reader sees in a heading, as GitHub's anchors read it: code spans give their content,
 * links their text, footnote calls their label, images and HTML nothing, escapes and character
 * references their character, and emphasis markers that
 * pair up (CommonMark's delimiter rules for `*` and `_`) vanish. Line breaks stay `\n`.
 */
export function plainText(content: InlineContent, scan: InlineScan): string {
  const s = content.text;
  const toIndex = (offset: number) => indexOf(content, offset);
  const skip: { from: number; to: number; replace: string }[] = [];
  for (const c of scan.codeSpans) skip.push({ from: toIndex(c.start), to: toIndex(c.end), replace: c.text });
  for (const l of scan.links) {
    if (l.image) skip.push({ from: toIndex(l.start), to: toIndex(l.end), replace: '' });
    else if (l.kind === 'autolink') skip.push({ from: toIndex(l.start), to: toIndex(l.end), replace: l.url.replace(/^mailto:/, '') });
    else {
      skip.push({ from: toIndex(l.start), to: toIndex(l.textStart), replace: '' });
      skip.push({ from: toIndex(l.textEnd), to: toIndex(l.end), replace: '' });
    }
  }
  for (const h of scan.html) skip.push({ from: toIndex(h.start), to: toIndex(h.end), replace: '' });
  // A footnote call renders as its label.
  for (const f of scan.footnoteCalls) skip.push({ from: toIndex(f.start), to: toIndex(f.end), replace: f.label });
  skip.sort((a, b) => a.from - b.from || a.to - b.to);
  const pieces: Piece[] = [];
  let at = 0;
  for (const k of skip) {
    // Code and images inside a link's text are inside a skipped stretch already.
    if (k.from < at) continue;
    literal(s, at, k.from, pieces);
    pieces.push({ text: k.replace });
    at = k.to;
  }
  literal(s, at, s.length, pieces);
  matchEmphasis(pieces);
  let out = '';
  for (const p of pieces) out += 'text' in p ? p.text : p.char.repeat(p.count);
  return out;
}

function indexOf(content: InlineContent, offset: number): number {
  // Single-line content maps offsets linearly; multi-line content (setext headings) is searched.
  if (content.source.starts.length === 1) return offset - content.source.starts[0]!;
  for (let i = 0; i <= content.text.length; i++) if (content.toDoc(i) === offset) return i;
  return content.text.length;
}

/** Splits `s[from…to]` into text (escapes resolved) and runs of `*` or `_` with their flanking. */
function literal(s: string, from: number, to: number, out: Piece[]): void {
  let text = '';
  for (let i = from; i < to; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < to && ASCII_PUNCTUATION.test(s[i + 1]!)) {
      text += s[++i];
      continue;
    }
    // A backslash before a line ending is a hard line break, not text.
    if (c === '\\' && s[i + 1] === '\n') continue;
    if (c === '&') {
      const ref = referenceAt(s, i);
      if (ref && i + ref.length <= to) {
        text += ref.text;
        i += ref.length - 1;
        continue;
      }
    }
    if (c !== '*' && c !== '_') {
      text += c;
      continue;
    }
    let j = i;
    while (j < to && s[j] === c) j++;
    const before = i > 0 ? s[i - 1]! : ' ';
    const after = j < s.length ? s[j]! : ' ';
    const afterSpace = WHITESPACE.test(after);
    const beforeSpace = WHITESPACE.test(before);
    const afterPunct = PUNCTUATION.test(after);
    const beforePunct = PUNCTUATION.test(before);
    const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
    const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
    const open = c === '_' ? left && (!right || beforePunct) : left;
    const close = c === '_' ? right && (!left || afterPunct) : right;
    if (text) out.push({ text });
    text = '';
    out.push({ char: c, count: j - i, open, close, length: j - i });
    i = j - 1;
  }
  if (text) out.push({ text });
}

/** CommonMark's "process emphasis": pairs openers and closers, removing the characters they use. */
function matchEmphasis(pieces: Piece[]): void {
  for (let c = 0; c < pieces.length; c++) {
    const closer = pieces[c]!;
    if ('text' in closer || !closer.close) continue;
    while (closer.count > 0) {
      let o = c - 1;
      for (; o >= 0; o--) {
        const opener = pieces[o]!;
        if ('text' in opener || !opener.open || opener.char !== closer.char || opener.count === 0) continue;
        // The rule of three: a run that can both open and close pairs only if the sum is no multiple of 3.
        const both = opener.close || closer.open;
        if (both && (opener.length + closer.length) % 3 === 0 && !(opener.length % 3 === 0 && closer.length % 3 === 0)) continue;
        break;
      }
      if (o < 0) break;
      const opener = pieces[o] as Exclude<Piece, { text: string }>;
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      opener.count -= use;
      closer.count -= use;
      // Delimiters between a pair can no longer pair with anything outside it.
      for (let k = o + 1; k < c; k++) {
        const p = pieces[k]!;
        if (!('text' in p)) {
          p.open = false;
          p.close = false;
        }
      }
    }
  }
}
