import type { ParsedDocument } from '../../document/parse';

/** Offsets of a piece of text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The cursor is on a top-level key (possibly half typed, possibly an empty line). */
export interface KeyCursor {
  at: 'key';
  /** The key text under the cursor (empty on an empty line). */
  word: Span;
  /** The line already has `:` after the word, so a completion inserts the key alone. */
  hasColon: boolean;
  line: number;
}

/** One entry of a value: a tool between top-level commas, or the whole scalar. */
export interface ValueEntry {
  /** The name part (before any parenthesised specifier). */
  name: string;
  start: number;
  nameEnd: number;
  end: number;
}

/** The cursor is in the value of a top-level key, on its line or in one of its list items. */
export interface ValueCursor {
  at: 'value';
  key: string;
  keySpan: Span;
  /** `inline` for `key: value`, `item` for a `- value` line below the key. */
  form: 'inline' | 'item';
  /** The whole value text on this line, trimmed, without quotes, brackets or a trailing comment. */
  value: Span;
  /** The comma-separated entry holding the cursor (empty at the cursor when there is none). */
  entry: ValueEntry;
  /** Whether the cursor sits inside an entry's parentheses (a specifier such as `Bash(git:*)`). */
  inSpecifier: boolean;
  /** The cursor directly follows `:`, `,` or `-`, so inserted text needs a leading space. */
  needsSpace: boolean;
  line: number;
}

export type FrontmatterCursor = KeyCursor | ValueCursor;

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)/;
const PARTIAL_KEY = /^[A-Za-z_][\w-]*/;
const ITEM_LINE = /^([ \t]*)-(?=[ \t]|$)/;

/** Zero-based lines holding frontmatter content, or undefined when there is no YAML frontmatter. */
export function contentLines(doc: ParsedDocument): { first: number; last: number } | undefined {
  const fm = doc.frontmatter;
  if (!fm || fm.language !== undefined) return undefined;
  const fence = doc.lines.positionAt(fm.openStart).line;
  const last = fm.close ? doc.lines.positionAt(fm.close.start).line - 1 : doc.lines.lineCount - 1;
  return last > fence ? { first: fence + 1, last } : undefined;
}

/**
 * Works out what the cursor is on, reading lines rather than the YAML tree: while the user types,
 * the YAML is often invalid and the parser's fields are incomplete. `spaceSeparated` lists (skills'
 * `allowed-tools`) also separate entries by blanks.
 */
export function cursorAt(doc: ParsedDocument, offset: number, spaceSeparated = false): FrontmatterCursor | undefined {
  const lines = contentLines(doc);
  if (!lines) return undefined;
  const { line, character } = doc.lines.positionAt(offset);
  if (line < lines.first || line > lines.last) return undefined;
  const lineStart = doc.lines.lineStart(line);
  const text = doc.lines.lineText(line);

  const key = KEY_LINE.exec(text);
  if (key) {
    const keyEnd = key[1]!.length;
    if (character <= keyEnd) return { at: 'key', word: { start: lineStart, end: lineStart + keyEnd }, hasColon: true, line };
    return valueCursor(doc, offset, line, key[1]!, { start: lineStart, end: lineStart + keyEnd }, lineStart + key[0].length, 'inline', spaceSeparated);
  }

  const item = ITEM_LINE.exec(text);
  if (item) {
    if (character < item[0].length) return undefined;
    const owner = ownerOfItem(doc, line, lines.first);
    return owner ? valueCursor(doc, offset, line, owner.key, owner.keySpan, lineStart + item[0].length, 'item', spaceSeparated) : undefined;
  }

  const partial = PARTIAL_KEY.exec(text)?.[0] ?? '';
  const rest = text.slice(partial.length);
  if (character <= partial.length && /^[ \t]*:?[ \t]*$/.test(rest)) {
    return { at: 'key', word: { start: lineStart, end: lineStart + partial.length }, hasColon: rest.includes(':'), line };
  }
  return undefined;
}

/** Top-level keys written on column 0 of the frontmatter, except on `exceptLine`. */
export function presentKeys(doc: ParsedDocument, exceptLine = -1): Set<string> {
  const keys = new Set<string>();
  const lines = contentLines(doc);
  if (!lines) return keys;
  for (let l = lines.first; l <= lines.last; l++) {
    if (l === exceptLine) continue;
    const m = KEY_LINE.exec(doc.lines.lineText(l));
    if (m) keys.add(m[1]!);
  }
  return keys;
}

/** The key a `- item` line belongs to: the nearest key line above, past other items and blanks. */
function ownerOfItem(doc: ParsedDocument, line: number, first: number): { key: string; keySpan: Span } | undefined {
  for (let l = line - 1; l >= first; l--) {
    const text = doc.lines.lineText(l);
    if (ITEM_LINE.test(text) || text.trim() === '' || /^[ \t]*#/.test(text)) continue;
    const m = KEY_LINE.exec(text);
    // The key must have no inline value: `tools:` followed by items.
    if (!m || text.slice(m[0].length).replace(/#.*$/, '').trim() !== '') return undefined;
    const start = doc.lines.lineStart(l);
    return { key: m[1]!, keySpan: { start, end: start + m[1]!.length } };
  }
  return undefined;
}

function valueCursor(
  doc: ParsedDocument,
  offset: number,
  line: number,
  key: string,
  keySpan: Span,
  from: number,
  form: 'inline' | 'item',
  spaceSeparated: boolean,
): ValueCursor {
  const value = valueSpan(doc.text, from, doc.lines.lineEnd(line));
  const entries = splitEntries(doc.text, value.start, value.end, spaceSeparated);
  const entry = entries.find((e) => offset >= e.start && offset <= e.end) ?? { name: '', start: offset, nameEnd: offset, end: offset };
  return {
    at: 'value',
    key,
    keySpan,
    form,
    value,
    entry,
    inSpecifier: offset > entry.nameEnd && entry.end > entry.nameEnd,
    needsSpace: entry.start === entry.end && /[:,-]$/.test(doc.text.slice(doc.lines.lineStart(line), offset)),
    line,
  };
}

/** The value's own text: leading blanks, quotes and `[`, and a trailing comment, `]` or quote removed. */
function valueSpan(text: string, from: number, to: number): Span {
  let end = to;
  const comment = /(^|[ \t])#/.exec(text.slice(from, to));
  if (comment) end = from + comment.index;
  let start = from;
  while (start < end && /[ \t"'[]/.test(text[start]!)) start++;
  while (end > start && /[ \t"'\]]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Splits at commas (and blanks, for space-separated lists) outside parentheses; each entry is
 * trimmed, and quotes around it are dropped.
 */
function splitEntries(text: string, from: number, to: number, spaceSeparated: boolean): ValueEntry[] {
  const out: ValueEntry[] = [];
  let depth = 0;
  let segment = from;
  const flush = (end: number) => {
    let a = segment;
    let b = end;
    while (a < b && /[\s"']/.test(text[a]!)) a++;
    while (b > a && /[\s"']/.test(text[b - 1]!)) b--;
    if (a === b) return;
    const paren = text.indexOf('(', a);
    const nameEnd = paren >= 0 && paren < b ? paren : b;
    out.push({ name: text.slice(a, nameEnd).trim(), start: a, nameEnd, end: b });
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || (spaceSeparated && (c === ' ' || c === '\t')))) {
      flush(i);
      segment = i + 1;
    }
  }
  flush(to);
  return out;
}

/** Every entry of the value a cursor is in: the inline value, or all `- item` lines of the key. */
export function listedEntries(doc: ParsedDocument, cursor: ValueCursor, spaceSeparated = false): ValueEntry[] {
  const lines = contentLines(doc);
  if (!lines) return [];
  const keyLine = doc.lines.positionAt(cursor.keySpan.start).line;
  const keyText = doc.lines.lineText(keyLine);
  const inlineFrom = doc.lines.lineStart(keyLine) + (KEY_LINE.exec(keyText)?.[0].length ?? keyText.length);
  const inline = valueSpan(doc.text, inlineFrom, doc.lines.lineEnd(keyLine));
  const out = splitEntries(doc.text, inline.start, inline.end, spaceSeparated);
  for (let l = keyLine + 1; l <= lines.last; l++) {
    const text = doc.lines.lineText(l);
    if (text.trim() === '' || /^[ \t]*#/.test(text)) continue;
    const item = ITEM_LINE.exec(text);
    if (!item) break;
    const start = doc.lines.lineStart(l) + item[0].length;
    const v = valueSpan(doc.text, start, doc.lines.lineEnd(l));
    out.push(...splitEntries(doc.text, v.start, v.end, spaceSeparated));
  }
  return out;
}
