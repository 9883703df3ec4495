import type { ParsedDocument } from '../document/parse';
import type { FieldEntry } from '../document/yamlFields';

/**
 * The lines a top-level field owns, as offsets. A key owns the comment lines directly above it at
 * its own indentation (a `# agent-docs-disable-next-line` there is about this key), its value's
 * lines, and lines indented deeper than the key (comments inside a block list). A comment at the
 * key's indentation below the value belongs to the next key, or to nobody when a blank line
 * separates it from that key: it is never the previous key's.
 */
export interface FieldSpan {
  /** Start of the first comment line the key owns above it, else of the key's line: remove from here. */
  start: number;
  /** Start of the key's own line: replace the field from here, keeping its comments. */
  keyLineStart: number;
  /** Just past the line break ending the field's last non-blank line: insert after the field here. */
  contentEnd: number;
  /** Past the blank lines that follow too, up to the next line at the key's indentation or the closing fence. */
  end: number;
}

const BLANK = /^[ \t]*$/;

/** Which lines a top-level field owns: see `FieldSpan`. Removing `[start, end)` removes the field and nothing else. */
export function fieldSpan(doc: ParsedDocument, f: FieldEntry): FieldSpan {
  const { lines, text } = doc;
  const fm = doc.frontmatter;
  const limit = fm?.contentEnd ?? text.length;
  const firstLine = fm ? lines.positionAt(fm.contentStart).line : 0;
  const keyPos = lines.positionAt(f.keyStart);
  const indent = keyPos.character;
  const keyLineStart = lines.lineStart(keyPos.line);
  // A `---` inside a line ends the YAML there (Claude Code's inline close): that line counts only
  // up to the limit, and no span reaches past it into the fence.
  const lineText = (line: number) => text.slice(lines.lineStart(line), Math.min(lines.lineEnd(line), limit));
  const indentOf = (line: number) => lineText(line).search(/[^ \t]/);

  let top = keyPos.line;
  while (top - 1 >= firstLine && indentOf(top - 1) === indent && lines.lineText(top - 1)[indent] === '#') top--;

  let last = lines.positionAt(Math.max(f.keyEnd, f.valueEnd)).line;
  // A block value's range can end at the start of the following line.
  if (f.valueEnd > f.keyEnd && lines.positionAt(f.valueEnd).character === 0 && last > keyPos.line) last--;
  let next = last + 1;
  for (; next < lines.lineCount && lines.lineStart(next) < limit; next++) {
    const line = lineText(next);
    if (BLANK.test(line)) continue;
    if (indentOf(next) <= indent) break;
    last = next;
  }
  const lineAfter = (line: number) => (line + 1 < lines.lineCount ? Math.min(lines.lineStart(line + 1), limit) : Math.max(limit, lines.lineEnd(line)));
  let contentEnd = Math.min(Math.max(lineAfter(last), lines.lineEnd(last)), limit);
  let end = next < lines.lineCount && lines.lineStart(next) < limit ? lines.lineStart(next) : Math.max(limit, contentEnd);
  // Keys sharing a line (a flow mapping) own no whole lines: nothing is removed.
  const following = fm?.yaml?.fields.find((o) => o.keyStart > f.keyStart);
  if (following) {
    const bound = lines.lineStart(lines.positionAt(following.keyStart).line);
    contentEnd = Math.min(contentEnd, bound);
    end = Math.min(end, bound);
    if (end <= keyLineStart) return { start: keyLineStart, keyLineStart, contentEnd: keyLineStart, end: keyLineStart };
  }
  // Comments never reach back into the previous key's value (a compact list at column 0).
  const previous = fm?.yaml?.fields.filter((o) => o.keyStart < f.keyStart).pop();
  if (previous) top = Math.min(keyPos.line, Math.max(top, lines.positionAt(Math.max(previous.keyEnd, previous.valueEnd - 1)).line + 1));
  return { start: lines.lineStart(top), keyLineStart, contentEnd, end };
}

/** The raw source text of a field's value, as written (quotes included). */
export function rawValue(doc: ParsedDocument, entry: FieldEntry): string {
  return doc.text.slice(entry.valueStart, entry.valueEnd);
}

/** The range to report for a field's value: the value, or the key when it has none. */
export function valueSpan(entry: FieldEntry): { start: number; end: number } {
  return entry.valueEnd > entry.valueStart ? { start: entry.valueStart, end: entry.valueEnd } : { start: entry.keyStart, end: entry.keyEnd };
}

/** End offset with trailing whitespace and line breaks left out (block values end on the next line). */
export function trimmedEnd(doc: ParsedDocument, start: number, end: number): number {
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  return end;
}
