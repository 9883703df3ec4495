import type { ParsedDocument } from '../document/parse';
import type { Range } from '../types';
import type { ChecklistCounts, ChecklistState, ChecklistStyle } from './checklist';
import { taskModel } from './model';

/** A checklist item as the sidebar shows it; toggle it with `toggleChecklistItem(doc, line)`. */
export interface TaskChecklistItem {
  line: number;
  text: string;
  state: ChecklistState;
  style: ChecklistStyle;
  /** Offsets and range of the marker (`[ ]`, `[x]`, ⬜, 🔄, ✅). */
  markerStart: number;
  markerEnd: number;
  range: Range;
  section: string;
}

/** A document's checklist for the sidebar, tagged with the version its offsets belong to. */
export interface TaskChecklist {
  uri: string;
  version: number;
  id?: string;
  items: TaskChecklistItem[];
  counts: ChecklistCounts;
}

/** The checklist of one document as plain data. */
export function taskChecklist(doc: ParsedDocument): TaskChecklist {
  const m = taskModel(doc);
  return {
    uri: doc.uri,
    version: doc.version,
    ...(m.id ? { id: m.id } : {}),
    items: m.items.map((i) => ({
      line: i.line,
      text: i.text,
      state: i.state,
      style: i.style,
      markerStart: i.markerStart,
      markerEnd: i.markerEnd,
      range: doc.lines.range(i.markerStart, i.markerEnd),
      section: i.section,
    })),
    counts: { ...m.counts },
  };
}
