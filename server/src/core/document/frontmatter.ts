/**
 * Finds frontmatter exactly where Claude Code does (2.1.332 reads it with
 * `/^---\s*\n([\s\S]*?)---\s*\n?/` after dropping a UTF-8 BOM): `---` at the very start of the
 * file, then only blanks up to a line break; the block ends at the **first** `---` after that,
 * wherever it stands. Usually that is a `---` line; a line of more dashes closes it just as well,
 * and so does a `---` inside a value or a comment (`# ---- Phase 1 ----`), which cuts the block
 * short: what follows is read as the body. A first line such as `---js` names another language:
 * it is recorded, never evaluated, and Claude Code sees no frontmatter there.
 */

export interface FenceSplit {
  /** Offset of the opening fence (after any BOM). */
  openStart: number;
  /** Offset just past the opening fence line's break. */
  contentStart: number;
  /** Offset where the YAML content ends: the closing `---`, or the end of the text when there is none. */
  contentEnd: number;
  /**
   * Where Claude Code's block ends: a `---` line (`fence`), a line of more dashes (`dashes`), or
   * `---` somewhere inside a line (`inline`), which ends the YAML in the middle of that line.
   */
  close?: { start: number; end: number; kind: 'fence' | 'dashes' | 'inline' };
  /** Offset where the body starts. */
  bodyStart: number;
  /** `js`, `coffee`, ... when the opening fence names a language other than YAML. */
  language?: string;
}

/** A frontmatter block that Claude Code will not see because it does not start on line 1. */
export interface MisplacedFence {
  /** Offset of the text before the fence (blank lines or indentation) that hides it. */
  leadStart: number;
  /** Offset of the `---` itself. */
  fenceStart: number;
  fenceEnd: number;
  /** Start of the closing fence's line and offset of its `---` (they differ when it is indented). */
  closeLineStart: number;
  closeFenceStart: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

interface Line {
  start: number;
  end: number; // before the break
  next: number; // after the break
}

function* lines(text: string, from: number): Generator<Line> {
  LINE_BREAK.lastIndex = from;
  let start = from;
  for (;;) {
    const m = LINE_BREAK.exec(text);
    if (!m) {
      if (start <= text.length) yield { start, end: text.length, next: text.length };
      return;
    }
    yield { start, end: m.index, next: m.index + m[0].length };
    start = m.index + m[0].length;
    if (start === text.length) return;
  }
}

export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** JavaScript's `\s`, as Claude Code's fence pattern uses it. */
const BLANK = /\s/;

/** The end of the line holding `at` (before its break), and the offset after the break. */
function lineAround(text: string, at: number): { start: number; end: number; next: number } {
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const next = text.startsWith('\r\n', end) ? end + 2 : end < text.length ? end + 1 : end;
  return { start, end, next };
}

/** Where the block that starts at `contentStart` ends, as Claude Code finds it. */
function closeOf(text: string, contentStart: number): { close: NonNullable<FenceSplit['close']>; bodyStart: number } | undefined {
  const at = text.indexOf('---', contentStart);
  if (at < 0) return undefined;
  const line = lineAround(text, at);
  const rest = text.slice(at + 3, line.end);
  if (line.start === at && /^[ \t]*$/.test(rest)) return { close: { start: at, end: line.end, kind: 'fence' }, bodyStart: line.next };
  if (line.start === at && /^-+[ \t]*$/.test(rest)) return { close: { start: at, end: line.end, kind: 'dashes' }, bodyStart: line.next };
  return { close: { start: at, end: at + 3, kind: 'inline' }, bodyStart: at + 3 };
}

export function splitFrontmatter(text: string): FenceSplit | undefined {
  const start = bomLength(text);
  if (!text.startsWith('---', start)) return undefined;
  // Claude Code: `---`, then blanks (line breaks included) up to a line feed.
  let i = start + 3;
  let feed = -1;
  while (i < text.length && BLANK.test(text[i]!)) {
    if (text[i] === '\n') feed = i;
    i++;
  }
  const first = lineAround(text, start);
  if (feed < 0 && i === text.length) {
    // A fence with nothing after it: never closed.
    return { openStart: start, contentStart: text.length, contentEnd: text.length, bodyStart: text.length };
  }
  if (feed < 0) {
    // `---js`, `---yaml`: another language, which Claude Code does not read as frontmatter.
    const opener = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/.exec(text.slice(first.start, first.end));
    if (!opener || first.next === first.end) return undefined;
    const closed = closeOf(text, first.next);
    return {
      openStart: start,
      contentStart: first.next,
      contentEnd: closed ? closed.close.start : text.length,
      ...(closed ? { close: closed.close } : {}),
      bodyStart: closed ? closed.bodyStart : text.length,
      language: opener[1]!,
    };
  }
  const contentStart = first.next;
  const closed = closeOf(text, contentStart);
  if (!closed) return { openStart: start, contentStart, contentEnd: text.length, bodyStart: text.length };
  return { openStart: start, contentStart, contentEnd: closed.close.start, close: closed.close, bodyStart: closed.bodyStart };
}

/**
 * Looks for a fenced block that begins after blank lines or with indentation at the top of the
 * file, followed by a closing fence: frontmatter the author meant but Claude Code ignores.
 */
export function findMisplacedFence(text: string): MisplacedFence | undefined {
  const start = bomLength(text);
  let seen = 0;
  let opening: Line | undefined;
  for (const line of lines(text, start)) {
    const content = text.slice(line.start, line.end);
    if (!opening) {
      if (content.trim() === '') {
        if (++seen > 5) return undefined;
        continue;
      }
      if (!/^[ \t]*---[ \t]*$/.test(content)) return undefined;
      if (line.start === start && content.startsWith('---')) return undefined; // a proper fence: not misplaced
      opening = line;
      continue;
    }
    if (/^[ \t]*---[ \t]*$/.test(content)) {
      const indent = /^[ \t]*/.exec(text.slice(opening.start, opening.end))![0].length;
      const closeIndent = /^[ \t]*/.exec(content)![0].length;
      return {
        leadStart: start,
        fenceStart: opening.start + indent,
        fenceEnd: opening.end,
        closeLineStart: line.start,
        closeFenceStart: line.start + closeIndent,
      };
    }
  }
  return undefined;
}
