import { memo, type ParsedDocument } from '../document/parse';
import { markdownOf } from '../document/markdown';

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
    const md = markdownOf(doc);
    const { text, lines } = doc;
    const footerAfter = md.thematicBreaks[0] ?? Infinity;
    for (let line = md.firstLine; line < lines.lineCount; line++) {
      if (md.lineKind(line) !== 'paragraph') continue;
      const start = line === md.firstLine ? doc.bodyStart : lines.lineStart(line);
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
  const lower = name.toLowerCase();
  return headerFields(doc).filter((f) => f.name.toLowerCase() === lower);
}
