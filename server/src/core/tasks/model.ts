import { memo, type ParsedDocument } from '../document/parse';
import { checklistItems, countItems, type ChecklistCounts, type ChecklistItem } from './checklist';
import { fieldsNamed, statusValue, statusWord, type HeaderField } from './fields';
import { parseTaskFileName, type TaskFileName } from './fileName';
import { isTaskId, levelOf, parentId, type TaskLevel } from './ids';
import { bodyLines } from './lines';
import { scanReferences } from './references';

/** The `# Task [0001.02.03] - Epic - Story - Task` heading. */
export interface TaskHeading {
  line: number;
  start: number;
  end: number;
  keyword: string;
  /** The ID as written inside the heading (may be a placeholder) and its offsets. */
  idText: string;
  idStart: number;
  idEnd: number;
  /** The names after the ID, split at " - ". */
  names: string[];
}

/** A story's `**[X]% COMPLETE** (X of Y tasks completed)` line. */
export interface PercentLine {
  line: number;
  percent: number;
  /** Offsets of the number before `%`. */
  start: number;
  end: number;
  /** The `(X of Y tasks completed)` counts after it, when written. */
  counts?: { done: number; total: number; start: number; end: number };
  /** Written as `**Progress**: X/Y tasks completed` (plugin layout): `start..end` spans `X/Y`. */
  fraction?: boolean;
}

/** Everything the task features read from one task, story or epic document. */
export interface TaskDocModel {
  id?: string;
  level?: TaskLevel;
  file?: TaskFileName;
  heading?: TaskHeading;
  /** `**Task ID**` / `**Story ID**` / `**Epic ID**`. */
  idField?: HeaderField;
  /** Every Development Status (tasks) or Status (stories, epics) field, header first. */
  statusFields: HeaderField[];
  qaFields: HeaderField[];
  status?: string;
  qaStatus?: string;
  items: readonly ChecklistItem[];
  counts: ChecklistCounts;
  percent?: PercentLine;
  /** IDs of children listed in headings or table rows (`### ✅ Task [0001.02.03] - …`). */
  children: string[];
}

const HEADING = /^#\s+(Epic|Story|Task)\b\s*\*{0,2}\s*([[{]?)([0-9A-Z.]+)[\]}]?\*{0,2}\s*(?:[-–—:]\s*(.*?))?\s*$/i;
const PERCENT = /\*\*\[?(\d{1,3})\]?%\s+COMPLETE\*\*(?:\s*\((\d+) of (\d+) tasks? completed\))?/i;

/** The task model of a document, computed once per version. */
export function taskModel(doc: ParsedDocument): TaskDocModel {
  return memo(doc, 'tasks.model', () => build(doc));
}

function build(doc: ParsedDocument): TaskDocModel {
  const file = parseTaskFileName(doc.uri);
  const heading = findHeading(doc);
  const headingId = heading && isTaskId(heading.idText) ? heading.idText : undefined;
  const id = file?.id ?? headingId;
  const level = id ? levelOf(id) : undefined;
  const levelName = level === 3 ? 'Task' : level === 2 ? 'Story' : 'Epic';
  const idField = fieldsNamed(doc, `${levelName} ID`)[0];
  let statusFields = level === 3 ? fieldsNamed(doc, 'Development Status') : [];
  if (statusFields.length === 0) statusFields = fieldsNamed(doc, 'Status');
  // Story files repeat each task's status in their breakdown; only the story's own fields count.
  if (level !== undefined && level < 3) statusFields = statusFields.filter((f) => !underChildHeading(doc, f.line));
  const qaFields = level === 3 ? [...fieldsNamed(doc, 'QA Validation Status'), ...fieldsNamed(doc, 'QA Status')].sort((a, b) => a.line - b.line) : [];
  const items = checklistItems(doc);
  // Assigned in the order the properties always had; conditional spreads (`...(x ? {x} : {})`)
  // each build and copy a temporary object, and this runs for every task file.
  const model = {} as TaskDocModel;
  if (id) {
    model.id = id;
    model.level = level;
  }
  if (file) model.file = file;
  if (heading) model.heading = heading;
  if (idField) model.idField = idField;
  model.statusFields = statusFields;
  model.qaFields = qaFields;
  if (statusFields[0]) model.status = statusValue(statusFields[0].value);
  if (qaFields[0]) model.qaStatus = statusValue(qaFields[0].value);
  model.items = items;
  model.counts = countItems(items);
  model.children = [];
  const percent = findPercent(doc);
  if (percent) model.percent = percent;
  if (id && level !== undefined && level < 3) model.children = childIds(doc, id);
  return model;
}

function findHeading(doc: ParsedDocument): TaskHeading | undefined {
  for (const l of bodyLines(doc)) {
    if (l.inFence || !l.text.startsWith('# ')) continue;
    const m = HEADING.exec(l.text);
    if (!m) return undefined;
    const idStart = l.start + l.text.indexOf(m[3]!, m[1]!.length);
    return {
      line: l.line,
      start: l.start,
      end: l.end,
      keyword: m[1]!,
      idText: m[3]!,
      idStart,
      idEnd: idStart + m[3]!.length,
      names: m[4] ? m[4].split(/\s+-\s+/).map((s) => s.trim()) : [],
    };
  }
  return undefined;
}

/** Whether a line lies under a `###` heading that names a child item (a story's task entries). */
function underChildHeading(doc: ParsedDocument, line: number): boolean {
  for (let l = line - 1; l >= 0; l--) {
    const text = doc.lines.lineText(l);
    if (/^#{1,6}\s/.test(text)) return /^#{3,6}\s.*\b(Task|Story)\b/i.test(text);
  }
  return false;
}

/** `**Progress**: 3/5 tasks completed` (plugin layout stories). */
const FRACTION = /^(\d+)\s*\/\s*(\d+)\s+tasks?\s+completed/i;

function findPercent(doc: ParsedDocument): PercentLine | undefined {
  for (const f of fieldsNamed(doc, 'Progress')) {
    const m = FRACTION.exec(f.value);
    if (!m) continue;
    const done = Number(m[1]);
    const total = Number(m[2]);
    const end = f.valueStart + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!) + m[2]!.length;
    return {
      line: f.line,
      percent: total ? Math.round((done / total) * 100) : 0,
      start: f.valueStart,
      end,
      counts: { done, total, start: f.valueStart, end },
      fraction: true,
    };
  }
  for (const l of bodyLines(doc)) {
    if (l.inFence) continue;
    const m = PERCENT.exec(l.text);
    if (!m) continue;
    const start = l.start + m.index + m[0].indexOf(m[1]!);
    const line: PercentLine = { line: l.line, percent: Number(m[1]), start, end: start + m[1]!.length };
    if (m[2] !== undefined) {
      const cStart = l.start + m.index + m[0].lastIndexOf('(') + 1;
      const cEnd = l.start + m.index + m[0].length - 1;
      line.counts = { done: Number(m[2]), total: Number(m[3]), start: cStart, end: cEnd };
    }
    return line;
  }
  return undefined;
}

function childIds(doc: ParsedDocument, id: string): string[] {
  const out = new Set<string>();
  for (const ref of scanReferences(doc).references) {
    if (ref.inFence || parentId(ref.id) !== id) continue;
    const text = doc.lines.lineText(ref.line);
    if (/^\s*(#{2,6}\s|\|)/.test(text)) out.add(ref.id);
  }
  return [...out];
}

/** Whether a task counts as done: its status says so, or (without a status) every item is ticked. */
export function isCompleted(model: TaskDocModel): boolean {
  if (model.status !== undefined && statusWord(model.status) !== '') return ['COMPLETED', 'DONE'].includes(statusWord(model.status));
  return model.counts.total > 0 && model.counts.done === model.counts.total;
}
