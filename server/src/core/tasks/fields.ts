import { memo, type ParsedDocument } from '../document/parse';
import { taskBlocks } from './blocks';

/** A `**Name**: value` line (optionally a list item, optionally `**Name:**`), with the value's offsets. */
export interface HeaderField {
  name: string;
  value: string;
  line: number;
  valueStart: number;
  valueEnd: number;
  /** Whether the line sits after a thematic break (`---`): the footer. */
  inFooter: boolean;
}

/** The start of a field line, up to its value (matched at the line's start, nothing copied). */
const FIELD = /[ \t]*(?:[-*+][ \t]+)?\*\*([A-Za-z][A-Za-z ]*?)(?::\*\*|\*\*[ \t]*:)[ \t]*/y;

/** Every bold-labelled field in the body's text (not in code or HTML), in order, once per version. */
export function headerFields(doc: ParsedDocument): readonly HeaderField[] {
  return memo(doc, 'tasks.fields', () => {
    const out: HeaderField[] = [];
    const md = taskBlocks(doc);
    const { text, lines } = doc;
    const footerAfter = md.thematicBreaks[0] ?? Infinity;
    for (let line = md.firstLine; line < lines.lineCount; line++) {
      if (md.lineKind(line) !== 'paragraph') continue;
      const start = line === md.firstLine ? doc.bodyStart : lines.lineStart(line);
      // A field line starts (after spaces) with `**` or a list marker: most lines are skipped unread.
      let first = start;
      while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
      const c = text.charCodeAt(first);
      if (c !== 42 && c !== 45 && c !== 43) continue;
      FIELD.lastIndex = start;
      const m = FIELD.exec(text);
      if (!m) continue;
      const valueStart = FIELD.lastIndex;
      let valueEnd = lines.lineEnd(line);
      if (valueStart > valueEnd) continue;
      while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1]!)) valueEnd--;
      out.push({ name: m[1]!.trim(), value: text.slice(valueStart, valueEnd), line, valueStart, valueEnd, inFooter: line > footerAfter });
    }
    return out;
  });
}

/** All fields with a name (case-insensitive). */
export function fieldsNamed(doc: ParsedDocument, name: string): HeaderField[] {
  const byName = memo(doc, 'tasks.fieldsByName', (d) => {
    const map = new Map<string, HeaderField[]>();
    for (const f of headerFields(d)) {
      const key = f.name.toLowerCase();
      const list = map.get(key);
      if (list) list.push(f);
      else map.set(key, [f]);
    }
    return map;
  });
  return byName.get(lowerName(name))?.slice() ?? [];
}

/** Field names asked for are a handful of constants: each lowered once, not on every call. */
const LOWER_NAMES = new Map<string, string>();

function lowerName(name: string): string {
  let lower = LOWER_NAMES.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (LOWER_NAMES.size < 64) LOWER_NAMES.set(name, lower);
  }
  return lower;
}
