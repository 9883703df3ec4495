import type { TaskProgress } from './tree';

const BAR_WIDTH = 10;

/** `[███▒░░░░░░]`: done, then in progress, then to do; dots when there is nothing to count. */
export function progressBar(p: { done: number; inProgress: number; total: number }, width = BAR_WIDTH): string {
  if (p.total === 0) return `[${'·'.repeat(width)}]`;
  const done = Math.round((p.done / p.total) * width);
  const busy = Math.min(width - done, Math.round((p.inProgress / p.total) * width));
  return `[${'█'.repeat(done)}${'▒'.repeat(busy)}${'░'.repeat(width - done - busy)}]`;
}

/** Done items as a whole percentage (0 when there are none). */
export function percentDone(p: TaskProgress): number {
  return p.total ? Math.round((p.done / p.total) * 100) : 0;
}

/** `2 done, 1 in progress, 2 to do`. */
export function progressCounts(p: TaskProgress): string {
  return `${p.done} done, ${p.inProgress} in progress, ${p.todo} to do`;
}
