import { memo, type ParsedDocument } from '../document/parse';
import type { TextEdit } from '../types';
import { bodyLines } from './lines';

/** ⬜ / `[ ]` → todo, 🔄 → inProgress, ✅ / `[x]` → done. */
export type ChecklistState = 'todo' | 'inProgress' | 'done';
/** GFM task-list boxes or the emoji progression. */
export type ChecklistStyle = 'gfm' | 'emoji';

/** One checklist item: `- [ ] text`, `- [x] text`, or `- ⬜ text` / `- 🔄 text` / `- ✅ text`. */
export interface ChecklistItem {
  /** Zero-based line. */
  line: number;
  style: ChecklistStyle;
  state: ChecklistState;
  /** Offsets of the marker (`[ ]`, `[x]` or the emoji). */
  markerStart: number;
  markerEnd: number;
  /** The item's text after the marker. */
  text: string;
  /** The `## ` section the item is under, as written (without the hashes). */
  section: string;
  /** The nearest heading of any level above the item. */
  heading: string;
}

/** How many items are in each state. */
export interface ChecklistCounts {
  done: number;
  inProgress: number;
  todo: number;
  total: number;
}

// Emoji may carry a variation selector (U+FE0F), as some editors and keyboards insert it.
const ITEM = /^(\s*(?:[-*+]|\d+[.)])\s+)(\[[ xX]\]|(?:⬜|🔄|✅)\uFE0F?)(?=\s|$)/u;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

const EMOJI_STATE: Record<string, ChecklistState> = { '⬜': 'todo', '🔄': 'inProgress', '✅': 'done' };

/** The checklist items of a document, outside fenced code, computed once per version. */
export function checklistItems(doc: ParsedDocument): readonly ChecklistItem[] {
  return memo(doc, 'tasks.checklist', () => {
    const items: ChecklistItem[] = [];
    let section = '';
    let heading = '';
    for (const l of bodyLines(doc)) {
      if (l.inFence) continue;
      const h = HEADING.exec(l.text);
      if (h) {
        heading = h[2]!;
        if (h[1]!.length <= 2) section = h[2]!;
        continue;
      }
      const m = ITEM.exec(l.text);
      if (!m) continue;
      const marker = m[2]!;
      const markerStart = l.start + m[1]!.length;
      const gfm = marker.startsWith('[');
      items.push({
        line: l.line,
        style: gfm ? 'gfm' : 'emoji',
        state: gfm ? (marker === '[ ]' ? 'todo' : 'done') : EMOJI_STATE[marker.replace('\uFE0F', '')]!,
        markerStart,
        markerEnd: markerStart + marker.length,
        text: l.text.slice(m[0].length).trim(),
        section,
        heading,
      });
    }
    return items;
  });
}

/** Counts items by state. */
export function countItems(items: readonly ChecklistItem[]): ChecklistCounts {
  const c: ChecklistCounts = { done: 0, inProgress: 0, todo: 0, total: 0 };
  for (const i of items) {
    c[i.state]++;
    c.total++;
  }
  return c;
}

const NEXT_EMOJI: Record<ChecklistState, string> = { todo: '🔄', inProgress: '✅', done: '⬜' };

/**
 * The edit that moves the checklist item on `line` one step: GFM boxes flip between `[ ]` and
 * `[x]`; emoji items go ⬜ → 🔄 → ✅ → ⬜. Undefined when the line holds no item.
 */
export function toggleChecklistItem(doc: ParsedDocument, line: number): TextEdit | undefined {
  const item = checklistItems(doc).find((i) => i.line === line);
  if (!item) return undefined;
  const newText = item.style === 'gfm' ? (item.state === 'done' ? '[ ]' : '[x]') : NEXT_EMOJI[item.state];
  return { range: doc.lines.range(item.markerStart, item.markerEnd), newText };
}
