import type { ParsedDocument } from './parse';

/**
 * A top-level `key: value` as written, found line by line so it works even when the YAML does not
 * parse: from the key's line to the next line that starts another top-level key.
 */
export interface TopLevelBlock {
  key: string;
  keyStart: number;
  /** Offset just after the colon and the spaces after it. */
  valueStart: number;
  /** Start of the next block's line, or the end of the frontmatter content. */
  end: number;
}

const KEY_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)[ \t]*/;

/**
 * Words that open a line of a conversation transcript (`user: ...`) inside an `<example>` block
 * rather than a frontmatter key, when they sit at column 0 in a broken description.
 */
const TRANSCRIPT_WORDS = new Set([
  'user',
  'assistant',
  'human',
  'claude',
  'ai',
  'context',
  'commentary',
  'example',
  'examples',
  'note',
  'response',
  'input',
  'output',
  'result',
  'task',
  'reason',
  'reasoning',
]);

/**
 * Splits frontmatter content into top-level blocks. A column-0 `word:` line starts a new block
 * unless it reads like a transcript line (`user:`, `assistant:`), which belongs to the value above.
 */
export function topLevelBlocks(doc: ParsedDocument): TopLevelBlock[] {
  const fm = doc.frontmatter;
  if (!fm) return [];
  const { lines } = doc;
  const out: TopLevelBlock[] = [];
  const first = lines.positionAt(fm.contentStart).line;
  const last = lines.positionAt(fm.contentEnd).line;
  for (let l = first; l <= last; l++) {
    const start = lines.lineStart(l);
    if (start >= fm.contentEnd) break;
    const m = KEY_LINE.exec(lines.lineText(l));
    if (!m) continue;
    const key = m[1]!;
    if (out.length > 0 && TRANSCRIPT_WORDS.has(key.toLowerCase())) continue;
    const prev = out[out.length - 1];
    if (prev) prev.end = start;
    out.push({ key, keyStart: start, valueStart: start + m[0].length, end: fm.contentEnd });
  }
  return out;
}

/** The block holding an offset, if any. */
export function blockAt(blocks: readonly TopLevelBlock[], offset: number): TopLevelBlock | undefined {
  let found: TopLevelBlock | undefined;
  for (const b of blocks) if (b.keyStart <= offset) found = b;
  return found && offset < Math.max(found.end, found.valueStart + 1) ? found : undefined;
}
