import type { Table, TableCell } from './types';

/**
 * GFM table rows (GitHub Flavored Markdown spec, "Tables (extension)"): cells split at unescaped
 * pipes (also inside code spans), leading and trailing pipes optional, content trimmed.
 */

const DELIMITER_CELL = /^[ \t]*(:?)-+(:?)[ \t]*$/;

/** The alignments of a delimiter row (`| :-- | :-: | --: |`), or undefined when it is not one. */
export function delimiterRow(row: string): Table['align'] | undefined {
  const cells = cellTexts(row);
  if (cells.length === 0) return undefined;
  const align: ('left' | 'center' | 'right' | null)[] = [];
  for (const cell of cells) {
    const m = DELIMITER_CELL.exec(cell);
    if (!m) return undefined;
    align.push(m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : null);
  }
  return align;
}

function cellTexts(row: string): string[] {
  const out: string[] = [];
  const split = splitRow(row, 0, row.length);
  for (const c of split.cells) out.push(row.slice(c.rawStart, c.rawEnd));
  return out;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Splits the row `text[start…end]` (one line) into cells with document offsets. */
export function splitRow(text: string, start: number, end: number): { rowStart: number; rowEnd: number; cells: TableCell[] } {
  // A row runs from its first non-space character to the end of its line.
  while (start < end && isSpaceOrTab(text.charCodeAt(start))) start++;
  const rowStart = start;
  const rowEnd = end;
  while (end > start && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  let from = start;
  if (text.charCodeAt(from) === 124 /* | */) from++;
  let to = end;
  if (to > from && text.charCodeAt(to - 1) === 124 && text.charCodeAt(to - 2) !== 92) to--;
  const cells: TableCell[] = [];
  let cellStart = from;
  for (let i = from; i <= to; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < to) {
      i++;
      continue;
    }
    if (i < to && c !== 124) continue;
    let s = cellStart;
    let e = i;
    while (s < e && isSpaceOrTab(text.charCodeAt(s))) s++;
    while (e > s && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
    cells.push({ start: s, end: e, rawStart: cellStart, rawEnd: i, text: text.slice(s, e) });
    cellStart = i + 1;
  }
  // `|` alone (or nothing after the leading pipe) holds no cell.
  if (cells.length === 1 && from >= to) cells.length = 0;
  return { rowStart, rowEnd, cells };
}
