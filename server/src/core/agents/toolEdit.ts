import type { ParsedDocument } from '../document/parse';
import type { OffsetEdit } from '../rules/types';
import type { ClassifiedTool } from './tools';

/**
 * The edit that removes one entry from a tools list with its separator: the whole `- item` line of
 * a block list, else the entry and the comma after it (or before it, for the last entry).
 */
export function removeToolEntry(doc: ParsedDocument, item: ClassifiedTool): OffsetEdit {
  const { text, lines } = doc;
  const line = lines.positionAt(item.start).line;
  const lineText = lines.lineText(line);
  if (/^\s*-\s+["']?[^,]*["']?\s*$/.test(lineText) && lineText.includes(item.text)) {
    return {
      start: lines.lineStart(line),
      end: lines.lineStart(line + 1) > lines.lineStart(line) ? lines.lineStart(line + 1) : lines.lineEnd(line),
      newText: '',
    };
  }
  // Step over a closing quote of a quoted list item.
  let end = item.end;
  if (text[end] === '"' || text[end] === "'") end++;
  let start = item.start;
  if (text[start - 1] === '"' || text[start - 1] === "'") start--;
  let after = end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  if (text[after] === ',') {
    after++;
    while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
    return { start, end: after, newText: '' };
  }
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (text[before - 1] === ',') return { start: before - 1, end, newText: '' };
  return { start, end, newText: '' };
}

/** The edit that renames an entry's tool name, keeping its specifier. */
export function renameTool(item: ClassifiedTool, newName: string): OffsetEdit {
  return { start: item.start, end: item.nameEnd, newText: newName };
}
