/**
 * Finds frontmatter exactly where Claude Code does: a `---` line as the very first line (after an
 * optional UTF-8 BOM), closed by the next line that is `---`. Trailing spaces on a fence line are
 * tolerated. A first line such as `---js` names another language: it is recorded, never evaluated.
 */

export interface FenceSplit {
  /** Offset of the opening fence (after any BOM). */
  openStart: number;
  /** Offset just past the opening fence line's break. */
  contentStart: number;
  /** Offset where the YAML content ends (start of the closing fence line, or end of text). */
  contentEnd: number;
  /** The closing fence line, when there is one. */
  close?: { start: number; end: number };
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

function isFence(text: string, line: Line): boolean {
  return /^---[ \t]*$/.test(text.slice(line.start, line.end));
}

export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export function splitFrontmatter(text: string): FenceSplit | undefined {
  const start = bomLength(text);
  const iter = lines(text, start);
  const first = iter.next();
  if (first.done) return undefined;
  const head = text.slice(first.value.start, first.value.end);
  const opener = /^---[ \t]*([A-Za-z][\w-]*)?[ \t]*$/.exec(head);
  if (!opener) return undefined;
  const language = opener[1];
  for (const line of iter) {
    if (isFence(text, line)) {
      return {
        openStart: first.value.start,
        contentStart: first.value.next,
        contentEnd: line.start,
        close: { start: line.start, end: line.end },
        bodyStart: line.next,
        ...(language ? { language } : {}),
      };
    }
  }
  return {
    openStart: first.value.start,
    contentStart: first.value.next,
    contentEnd: text.length,
    bodyStart: text.length,
    ...(language ? { language } : {}),
  };
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
