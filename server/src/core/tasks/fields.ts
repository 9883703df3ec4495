import { memo, type ParsedDocument } from '../document/parse';
import { bodyLines } from './lines';

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

const FIELD = /^(\s*(?:[-*+]\s+)?\*\*([A-Za-z][A-Za-z ]*?)(?::\*\*|\*\*\s*:)\s*)(.*?)\s*$/;
const BREAK = /^ {0,3}(?:-{3,}|\*{3,}|_{3,})\s*$/;

/** Every bold-labelled field of the body, in order, computed once per version. */
export function headerFields(doc: ParsedDocument): readonly HeaderField[] {
  return memo(doc, 'tasks.fields', () => {
    const out: HeaderField[] = [];
    let inFooter = false;
    for (const l of bodyLines(doc)) {
      if (l.inFence) continue;
      // A field and a `***` break both need `*`; a `---` or `___` break starts with its character
      // after at most three spaces. Other lines (most) skip both expressions.
      const t = l.text;
      if (!t.includes('*') && !t.includes('-') && !t.includes('_')) continue;
      if (BREAK.test(l.text)) {
        inFooter = true;
        continue;
      }
      const m = FIELD.exec(l.text);
      if (!m) continue;
      const valueStart = l.start + m[1]!.length;
      out.push({ name: m[2]!.trim(), value: m[3]!, line: l.line, valueStart, valueEnd: valueStart + m[3]!.length, inFooter });
    }
    return out;
  });
}

/** All fields with a name (case-insensitive). */
export function fieldsNamed(doc: ParsedDocument, name: string): HeaderField[] {
  const lower = name.toLowerCase();
  return headerFields(doc).filter((f) => f.name.toLowerCase() === lower);
}

/**
 * A status as written, without decoration: `**Status**: IN_PROGRESS (PLANNING) - 3 of 5 done`
 * gives `IN_PROGRESS (PLANNING)`; leading emoji and surrounding bold are dropped.
 */
export function statusValue(value: string): string {
  let v = value.replace(/\*\*/g, '').trim();
  v = v.replace(/^[^\p{L}\p{N}[{]+/u, '');
  const dash = v.search(/\s[-–—]\s/);
  if (dash >= 0) v = v.slice(0, dash);
  return v.trim();
}

/** The leading status word (`NOT_STARTED (PENDING)` → `NOT_STARTED`) for comparisons. */
export function statusWord(value: string): string {
  const m = /^[A-Z][A-Z_]*/.exec(statusValue(value));
  return m ? m[0] : '';
}
