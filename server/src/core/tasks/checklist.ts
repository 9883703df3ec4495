import { memo, type ParsedDocument } from '../document/parse';
import { taskBlocks } from './blocks';
import type { TextEdit } from '../types';

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
  /** The `#`/`##` section the item is under, as written (without the hashes). */
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

/**
 * The checklist items of a document (list items whose first paragraph opens with a task marker),
 * computed once per version from its Markdown model. ⏸ marks a pause in a phase history, not a
 * checklist state: such items are not counted.
 */
export function checklistItems(doc: ParsedDocument): readonly ChecklistItem[] {
  return memo(doc, 'tasks.checklist', () => {
    const md = taskBlocks(doc);
    const items: ChecklistItem[] = [];
    const headings = md.headings;
    let h = 0;
    let section = '';
    let heading = '';
    for (const item of md.listItems) {
      const task = item.task;
      if (!task || task.state === 'paused') continue;
      const line = task.start === item.contentStart ? item.line : doc.lines.positionAt(task.start).line;
      for (; h < headings.length && headings[h]!.line < line; h++) {
        heading = headings[h]!.raw;
        if (headings[h]!.level <= 2) section = headings[h]!.raw;
      }
      items.push({ line, style: task.style, state: task.state, markerStart: task.start, markerEnd: task.end, text: item.firstLine, section, heading });
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
