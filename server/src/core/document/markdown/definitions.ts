/**
 * Link reference definitions (`[label]: destination "title"`, CommonMark §4.7), link labels,
 * destinations and titles (§6.3), label matching and the decoding of escapes and character
 * references in destinations. Functions work on a paragraph's content string; callers map the
 * returned indexes back to document offsets.
 */

const MAX_LABEL = 999;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** The parts of one definition, as indexes into the content string. */
export interface RawDefinition {
  labelStart: number;
  labelEnd: number;
  destStart: number;
  destEnd: number;
  titleStart?: number;
  titleEnd?: number;
  /** Index just past the definition's last character (its destination or title). */
  last: number;
  /** Index just past the definition's last line (after its line break, or the content's end). */
  end: number;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Skips spaces and tabs, and at most one line ending (the content joins lines with `\n`). */
function skipSpaceAndNewline(s: string, i: number): number {
  while (isSpaceOrTab(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) === 10) {
    i++;
    while (isSpaceOrTab(s.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * A link label starting at `at` (which holds `[`): the index just past its `]`, or -1. At most 999
 * characters, no unescaped brackets, not blank.
 */
export function linkLabelEnd(s: string, at: number): number {
  if (s.charCodeAt(at) !== 91) return -1;
  let blank = true;
  for (let i = at + 1; i < s.length && i - at - 1 <= MAX_LABEL; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < s.length && ASCII_PUNCTUATION.test(s[i + 1]!)) {
      blank = false;
      i++;
      continue;
    }
    if (c === 91) return -1;
    if (c === 93) return blank || i - at - 1 > MAX_LABEL ? -1 : i + 1;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) blank = false;
  }
  return -1;
}

/**
 * A link destination starting at `at`: `<...>` on one line, or a run without spaces or controls
 * whose parentheses balance. Returns the destination's inner start/end and the index after it.
 */
export function linkDestination(s: string, at: number): { start: number; end: number; next: number } | undefined {
  if (s.charCodeAt(at) === 60 /* < */) {
    for (let i = at + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 92 && i + 1 < s.length && ASCII_PUNCTUATION.test(s[i + 1]!)) {
        i++;
        continue;
      }
      if (c === 10 || c === 13 || c === 60) return undefined;
      if (c === 62) return { start: at + 1, end: i, next: i + 1 };
    }
    return undefined;
  }
  let depth = 0;
  let i = at;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 && i + 1 < s.length && ASCII_PUNCTUATION.test(s[i + 1]!)) {
      i++;
      continue;
    }
    if (c <= 32 || c === 127) break;
    if (c === 40) {
      depth++;
      if (depth > 32) return undefined;
    } else if (c === 41) {
      if (depth === 0) break;
      depth--;
    }
  }
  if (i === at || depth !== 0) return undefined;
  return { start: at, end: i, next: i };
}

/** A link title starting at `at` (`"…"`, `'…'` or `(…)`): inner start/end and the index after it. */
export function linkTitle(s: string, at: number): { start: number; end: number; next: number } | undefined {
  const open = s.charCodeAt(at);
  const close = open === 34 ? 34 : open === 39 ? 39 : open === 40 ? 41 : -1;
  if (close < 0) return undefined;
  for (let i = at + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92 && i + 1 < s.length && ASCII_PUNCTUATION.test(s[i + 1]!)) {
      i++;
      continue;
    }
    if (c === close) return { start: at + 1, end: i, next: i + 1 };
    if (open === 40 && c === 40) return undefined;
    // A title may span lines, but not a blank one.
    if (c === 10 && /^[ \t]*(?:\n|$)/.test(s.slice(i + 1, i + 200))) return undefined;
  }
  return undefined;
}

/** The index of the end of the line at `i` (past its `\n`) when only spaces and tabs remain, else -1. */
function restOfLineBlank(s: string, i: number): number {
  while (isSpaceOrTab(s.charCodeAt(i))) i++;
  if (i >= s.length) return s.length;
  return s.charCodeAt(i) === 10 ? i + 1 : -1;
}

/** A link reference definition at the start of `s[at…]` (a paragraph's content), or undefined. */
export function parseDefinition(s: string, at: number): RawDefinition | undefined {
  const labelEnd = linkLabelEnd(s, at);
  if (labelEnd < 0 || s.charCodeAt(labelEnd) !== 58 /* : */) return undefined;
  const destAt = skipSpaceAndNewline(s, labelEnd + 1);
  const dest = linkDestination(s, destAt);
  if (!dest) return undefined;
  // `[a]: <>` is an empty destination; a bare one may not be empty (linkDestination refuses it).
  const base = { labelStart: at + 1, labelEnd: labelEnd - 1, destStart: dest.start, destEnd: dest.end };
  // A title needs whitespace before it; when it is not followed by the end of its line, the
  // definition may still end after the destination (and the title line is paragraph text).
  const beforeTitle = skipSpaceAndNewline(s, dest.next);
  if (beforeTitle > dest.next) {
    const title = linkTitle(s, beforeTitle);
    const end = title ? restOfLineBlank(s, title.next) : -1;
    if (title && end >= 0) return { ...base, titleStart: title.start, titleEnd: title.end, last: title.next, end };
  }
  const end = restOfLineBlank(s, dest.next);
  return end >= 0 ? { ...base, last: dest.next, end } : undefined;
}

/** How labels match: case-folded, inner whitespace collapsed, trimmed. */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .toLowerCase()
    .toUpperCase();
}

/** Named character references decoded in destinations (the common ones; others stay as written). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
};

/** Decodes backslash escapes and character references (`&amp;`, `&#123;`, `&#x1F600;`). */
export function decodeText(s: string): string {
  if (!s.includes('\\') && !s.includes('&')) return s;
  return s.replace(/\\([!-/:-@[-`{-~])|&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, escaped, dec, hex, name) =>
    escaped !== undefined ? escaped : reference(whole, dec, hex, name),
  );
}

const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

/** A character reference at `at`: the text it stands for and its length, or undefined. */
export function referenceAt(s: string, at: number): { text: string; length: number } | undefined {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(s);
  if (!m) return undefined;
  const text = reference(m[0], m[1], m[2], m[3]);
  return text === m[0] ? undefined : { text, length: m[0].length };
}

function reference(whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name] ?? whole;
  const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
}
