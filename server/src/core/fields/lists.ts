import type { ParsedDocument } from '../document/parse';
import { parseToolList, type ToolEntry, type ToolListOptions } from '../document/toolList';
import type { FieldEntry } from '../document/yamlFields';

/**
 * Entries of a list-like field (tools, skills) with absolute document offsets. `parseToolList`
 * works on the frontmatter content, whose node ranges are relative to it.
 */
export function listEntries(doc: ParsedDocument, f: FieldEntry, options: ToolListOptions = {}): ToolEntry[] {
  const fm = doc.frontmatter;
  if (!fm) return [];
  const base = fm.contentStart;
  return parseToolList(f, doc.text.slice(base, fm.contentEnd), options).map((e) => {
    // Items of a flow list keep their quotes (`["Read", "Write"]`); the entry is what is inside.
    const q = e.text[0];
    if ((q === '"' || q === "'") && e.text.length >= 2 && e.text.endsWith(q)) {
      const text = e.text.slice(1, -1);
      const paren = text.indexOf('(');
      const name = paren > 0 && text.endsWith(')') ? text.slice(0, paren).trim() : text;
      return { ...e, text, name, start: e.start + base + 1, end: e.end + base - 1, nameEnd: e.start + base + 1 + name.length };
    }
    return { ...e, start: e.start + base, end: e.end + base, nameEnd: e.nameEnd + base };
  });
}
