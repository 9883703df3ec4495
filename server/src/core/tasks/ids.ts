/**
 * Task ID grammar: epic `EEEE`, story `EEEE.SS`, task `EEEE.SS.TT`, zero-padded. The letters
 * themselves (`EEEE.SS.TT`, `XXXX.YY.ZZ`) and bracketed or braced forms are template placeholders.
 */

/** 1 = epic, 2 = story, 3 = task. */
export type TaskLevel = 1 | 2 | 3;

/** The ID grammar as regular-expression source, without anchors. */
export const TASK_ID_SOURCE = '[0-9]{4}(?:\\.[0-9]{2}){0,2}';
const WHOLE_ID = new RegExp(`^${TASK_ID_SOURCE}$`);

/** Whether `text` is exactly a well-formed task, story or epic ID. */
export function isTaskId(text: string): boolean {
  return WHOLE_ID.test(text);
}

/** The level of a well-formed ID, from its number of parts. */
export function levelOf(id: string): TaskLevel {
  // Counting dots gives `split('.').length` without an array per call (it runs per candidate ID).
  let parts = 1;
  for (let at = id.indexOf('.'); at >= 0; at = id.indexOf('.', at + 1)) parts++;
  return parts as TaskLevel;
}

/** What each level is called in headings and messages. */
export const LEVEL_NAMES: Record<TaskLevel, 'Epic' | 'Story' | 'Task'> = { 1: 'Epic', 2: 'Story', 3: 'Task' };

/** The story of a task, the epic of a story or task; undefined for an epic. */
export function parentId(id: string): string | undefined {
  const i = id.lastIndexOf('.');
  return i < 0 ? undefined : id.slice(0, i);
}

/** The epic an ID belongs to (its first part). */
export function epicOf(id: string): string {
  return id.slice(0, 4);
}

/** Letters used in templates for each segment (`EEEE.SS.TT`, `XXXX.YY.ZZ`, `EEEE.SS.01`). */
const PLACEHOLDER = /^(?:E{4}|X{4})(?:\.(?:SS|YY|XX|[0-9]{2}))?(?:\.(?:TT|ZZ|XX|[0-9]{2}))?$/;

/** Whether `text` (without brackets or braces) is a template placeholder such as `EEEE.SS.TT`. */
export function isPlaceholderId(text: string): boolean {
  return PLACEHOLDER.test(text) && /[A-Z]/.test(text);
}

/**
 * A loosely written ID (`1.2.3`, `01.2.03`) padded to the grammar (`0001.02.03`), or undefined when
 * a segment has too many digits to be padded.
 */
export function padTaskId(loose: string): string | undefined {
  const parts = loose.split('.');
  if (parts.length < 1 || parts.length > 3) return undefined;
  if (!parts.every((p) => /^[0-9]+$/.test(p))) return undefined;
  const [e, ...rest] = parts;
  if (e!.length > 4 || rest.some((p) => p.length > 2)) return undefined;
  return [e!.padStart(4, '0'), ...rest.map((p) => p.padStart(2, '0'))].join('.');
}

/** Whether an ID reads as a calendar date (`2024.10.15`, `2024.10`), which prose uses far more than IDs. */
export function looksLikeDate(id: string): boolean {
  // Most IDs fail on the year already; decide that without splitting (same Number() conversion).
  const dot = id.indexOf('.');
  const year = Number(dot < 0 ? id : id.slice(0, dot));
  if (year < 1900 || year > 2199) return false;
  const [y, m, d] = id.split('.').map(Number);
  if (y === undefined || y < 1900 || y > 2199) return false;
  if (m === undefined) return false;
  if (m < 1 || m > 12) return false;
  return d === undefined || (d >= 1 && d <= 31);
}
