import type { Finding } from '../types';
import { epicOf, levelOf, parentId } from './ids';
import type { TaskNode, TaskTree } from './tree';

/**
 * The plan's own decisions, in one place: what a status means, when an epic, story or task counts
 * as done, in progress or to do, which ID comes next, where plan files live, what counts as a
 * problem. The sidebars, the CLI and hovers translate these; none decides them again.
 */

/** Where an item stands. */
export type PlanState = 'done' | 'inProgress' | 'todo';

/** Status words that mean the work is finished (`**Status**: COMPLETED`, `DONE`). */
const DONE_WORDS: ReadonlySet<string> = new Set(['COMPLETED', 'COMPLETE', 'DONE', 'FINISHED']);
/** Status words that mean work is under way (`IN_PROGRESS (PLANNING)`, `IN_DEVELOPMENT`). */
const BUSY_WORDS: ReadonlySet<string> = new Set(['IN_PROGRESS', 'IN_DEVELOPMENT', 'PLANNING', 'IN_REVIEW', 'REVIEW', 'TESTING']);

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

/** What a written status says on its own: done, in progress, to do, or nothing (no recognisable word). */
export function statusState(status: string | undefined): PlanState | undefined {
  const word = status === undefined ? '' : statusWord(status);
  if (!word) return undefined;
  if (DONE_WORDS.has(word)) return 'done';
  if (BUSY_WORDS.has(word)) return 'inProgress';
  return 'todo';
}

/** Checklist counts as a task document has them. */
export interface ItemCounts {
  done: number;
  inProgress: number;
  total: number;
}

/**
 * Whether a task is completed: its status says so; without a status, when every checklist item is
 * ticked. Stories and epics roll this up (`tasksCompleted`).
 */
export function taskCompleted(status: string | undefined, items: ItemCounts): boolean {
  const said = statusState(status);
  if (said !== undefined) return said === 'done';
  return items.total > 0 && items.done === items.total;
}

/**
 * Where an epic, story or task stands. A status that says done or in progress decides; otherwise
 * (no status, or one that says not started) the work below decides: all of it finished is done, any
 * of it started or finished is in progress.
 */
export function nodeState(node: TaskNode): PlanState {
  const said = statusState(node.status);
  if (said === 'done' || said === 'inProgress') return said;
  const { progress } = node;
  const isTask = levelOf(node.id) === 3;
  const allDone = isTask ? progress.total > 0 && progress.done === progress.total : node.tasksTotal > 0 && node.tasksCompleted === node.tasksTotal;
  if (allDone && said === undefined) return 'done';
  const started = progress.done > 0 || progress.inProgress > 0 || (!isTask && node.tasksCompleted > 0);
  return started || allDone ? 'inProgress' : 'todo';
}

/** Findings that count as a node's problems in the plan: errors and warnings of its own file. */
export function problemCount(findings: readonly Pick<Finding, 'severity'>[]): number {
  let n = 0;
  for (const f of findings) if (f.severity === 'error' || f.severity === 'warning') n++;
  return n;
}

/**
 * The next free ID: after the highest epic of the plan, or after the highest child of `parent`
 * (`0001.02` → `0001.02.04`). Undefined when the parent is not in the plan or its 99 slots are used.
 */
export function nextPlanId(tree: TaskTree, parent?: string): string | undefined {
  if (!parent) {
    const last = tree.epics.reduce((max, e) => Math.max(max, Number(e.id)), 0);
    return last < 9999 ? String(last + 1).padStart(4, '0') : undefined;
  }
  const epic = tree.epics.find((e) => e.id === epicOf(parent));
  const siblings = levelOf(parent) === 1 ? epic?.stories : levelOf(parent) === 2 ? epic?.stories.find((s) => s.id === parent)?.tasks : undefined;
  if (!siblings) return undefined;
  const next = siblings.reduce((max, c) => Math.max(max, Number(c.id.slice(-2))), 0) + 1;
  return next > 99 ? undefined : `${parent}.${String(next).padStart(2, '0')}`;
}

/** The IDs from the epic down to an ID: `0001.02.03` → `['0001', '0001.02', '0001.02.03']`. */
export function idPath(id: string): string[] {
  const out: string[] = [];
  for (let p: string | undefined = id; p; p = parentId(p)) out.unshift(p);
  return out;
}

/** The plan folders of the two layouts (DOMAIN.md §4). */
export const PLAN_FOLDERS = {
  /** Flat, every ancestor named in the file name: `0001.02.03 - Epic - Story - Task.md`. */
  legacy: 'docs/DEVELOPMENT_PLAN_AND_PROGRESS/',
  /** The plugin layout, the item's own name only: `0001.02.03 - TASK_NAME.md`. */
  plugin: 'docs/DEVELOPMENT-PLAN/',
} as const;

export type PlanLayout = keyof typeof PLAN_FOLDERS;

/** The layout a file or folder URI belongs to (the legacy one unless it is under `docs/DEVELOPMENT-PLAN/`). */
export function planLayoutOf(uri: string): PlanLayout {
  return uri.includes(`/${PLAN_FOLDERS.plugin}`) ? 'plugin' : 'legacy';
}

/** Where a plan starts in a workspace folder that has none yet (the legacy layout's folder). */
export function defaultPlanFolder(rootUri: string): string {
  return `${rootUri.endsWith('/') ? rootUri : `${rootUri}/`}${PLAN_FOLDERS.legacy}`;
}

/** The ID of the node a file defines in a plan tree, if any. */
export function nodeIdOfFile(tree: TaskTree, uri: string): string | undefined {
  for (const e of tree.epics) {
    if (e.file === uri) return e.id;
    for (const s of e.stories) {
      if (s.file === uri) return s.id;
      for (const t of s.tasks) if (t.file === uri) return t.id;
    }
  }
  return undefined;
}
