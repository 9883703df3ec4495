import { memo, type ParsedDocument } from '../document/parse';
import { taskBlocks, type TaskBlocks } from './blocks';
import { checklistItems, countItems, type ChecklistCounts, type ChecklistItem } from './checklist';
import { fieldsNamed, type HeaderField } from './fields';
import { statusValue, taskCompleted } from './plan';
import { parseTaskFileName, type TaskFileName } from './fileName';
import { isTaskId, levelOf, parentId, type TaskLevel } from './ids';
import { markdownLinks, type MarkdownLink } from './links';
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
  /** The document's links to files (its story and epic, …), read with the rest. */
  links: readonly MarkdownLink[];
}

/** A level-1 heading's content: `Task [0001.02.03] - Epic - Story - Task` (brackets, braces or bold optional). */
const HEADING = /^(Epic|Story|Task)\b\s*\*{0,2}\s*([[{]?)([0-9A-Z.]+)[\]}]?\*{0,2}\s*(?:[-–—:]\s*(.*?))?\s*$/i;
const PERCENT = /\*\*\[?(\d{1,3})\]?%[ \t]+COMPLETE\*\*(?:[ \t]*\((\d+) of (\d+) tasks? completed\))?/gi;

/** The task model of a document, computed once per version. */
export function taskModel(doc: ParsedDocument): TaskDocModel {
  return memo(doc, 'tasks.model', () => build(doc));
}

function build(doc: ParsedDocument): TaskDocModel {
  const file = parseTaskFileName(doc.uri);
  const md = taskBlocks(doc);
  const heading = findHeading(md);
  const headingId = heading && isTaskId(heading.idText) ? heading.idText : undefined;
  const id = file?.id ?? headingId;
  const level = id ? levelOf(id) : undefined;
  const idField = fieldsNamed(doc, level === 3 ? 'Task ID' : level === 2 ? 'Story ID' : 'Epic ID')[0];
  let statusFields = level === 3 ? fieldsNamed(doc, 'Development Status') : [];
  if (statusFields.length === 0) statusFields = fieldsNamed(doc, 'Status');
  // Story files repeat each task's status in their breakdown; only the story's own fields count.
  if (level !== undefined && level < 3) statusFields = statusFields.filter((f) => !underChildHeading(md, f.line));
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
  const percent = findPercent(doc, md);
  if (percent) model.percent = percent;
  if (id && level !== undefined && level < 3) model.children = childIds(doc, md, id);
  // Read now, while the Markdown model is at hand: the link rules run after the whole workspace is
  // indexed, when a document may be held without it.
  model.links = markdownLinks(doc);
  return model;
}

/** The first level-1 heading, when it names an epic, story or task. */
function findHeading(md: TaskBlocks): TaskHeading | undefined {
  const h = md.headings.find((x) => x.level === 1 && !x.setext);
  const m = h ? HEADING.exec(h.raw) : null;
  if (!h || !m) return undefined;
  const idStart = h.contentStart + h.raw.indexOf(m[3]!, m[1]!.length);
  return {
    line: h.line,
    start: h.start,
    end: h.end,
    keyword: m[1]!,
    idText: m[3]!,
    idStart,
    idEnd: idStart + m[3]!.length,
    names: m[4] ? m[4].split(/\s+-\s+/).map((s) => s.trim()) : [],
  };
}

/** Whether a line lies under a `###` (or deeper) heading that names a child item (a story's task entries). */
function underChildHeading(md: TaskBlocks, line: number): boolean {
  const h = md.headingAbove(line);
  return h !== undefined && h.line !== line && h.level >= 3 && /\b(Task|Story)\b/i.test(h.raw);
}

/** `**Progress**: 3/5 tasks completed` (plugin layout stories). */
const FRACTION = /^(\d+)\s*\/\s*(\d+)\s+tasks?\s+completed/i;

function findPercent(doc: ParsedDocument, md: TaskBlocks): PercentLine | undefined {
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
  // `**[X]% COMPLETE** (X of Y tasks completed)`, the first one in the body's text.
  PERCENT.lastIndex = doc.bodyStart;
  for (let m = PERCENT.exec(doc.text); m; m = PERCENT.exec(doc.text)) {
    const lineNo = doc.lines.positionAt(m.index).line;
    if (md.isCodeLine(lineNo) || md.lineKind(lineNo) === 'html') continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const line: PercentLine = { line: lineNo, percent: Number(m[1]), start, end: start + m[1]!.length };
    if (m[2] !== undefined)
      line.counts = { done: Number(m[2]), total: Number(m[3]), start: m.index + m[0].lastIndexOf('(') + 1, end: m.index + m[0].length - 1 };
    return line;
  }
  return undefined;
}

/** IDs of children named in the document's headings (`### Task [0001.02.03] - …`) or table rows. */
function childIds(doc: ParsedDocument, md: TaskBlocks, id: string): string[] {
  const out = new Set<string>();
  for (const ref of scanReferences(doc).references) {
    if (ref.inCode || parentId(ref.id) !== id) continue;
    const kind = md.lineKind(ref.line);
    if (kind === 'table' || (kind === 'heading' && (md.headingAbove(ref.line)?.level ?? 1) >= 2)) out.add(ref.id);
  }
  return [...out];
}

/** Whether a task counts as done (the plan's one definition: `plan.ts` `taskCompleted`). */
export function isCompleted(model: TaskDocModel): boolean {
  return taskCompleted(model.status, model.counts);
}
