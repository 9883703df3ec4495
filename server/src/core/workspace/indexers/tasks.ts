import { channelKey, type Indexer } from '../workspaceIndex';
import type { TaskLevel } from '../../tasks/ids';
import { isCompleted, taskModel, type PercentLine } from '../../tasks/model';
import { scanReferences } from '../../tasks/references';

/** The small facts kept per epic, story or task file. */
export interface TaskFact {
  id: string;
  level: TaskLevel;
  /** The item's own name: from the file name, else from the heading. */
  name: string;
  /** Ancestors' names as the file name spells them (legacy layout). */
  epicName?: string;
  storyName?: string;
  status?: string;
  qaStatus?: string;
  done: number;
  inProgress: number;
  todo: number;
  completed: boolean;
  /** Child IDs listed in the file (a story's task breakdown). */
  children?: string[];
  /**
   * A story's progress line as written (`**40% COMPLETE** (2 of 5 tasks completed)`, or `2/5` with
   * `fraction`), so that it is checked against its tasks without reading the story again.
   */
  progress?: WrittenProgress;
}

/** The figures of a progress line: the percentage and, when written, the counts. */
export interface WrittenProgress {
  percent: number;
  done?: number;
  total?: number;
  fraction?: boolean;
}

/** Index key of the per-document task facts; rules reading them list it in `dependsOn`. */
export const TASK_FACTS_KEY = 'tasks.facts';
/**
 * The task facts' IDs, names and breakdowns without progress: what rules about other files read
 * (missing parents, references, duplicates, links, names). A ticked item does not move it.
 */
export const TASK_IDS_KEY = channelKey(TASK_FACTS_KEY, 'ids');
/** Whether each task is completed: what a story's `% COMPLETE` line is checked against. */
export const TASK_COMPLETION_KEY = channelKey(TASK_FACTS_KEY, 'completion');
/** Index key of the IDs each Markdown file mentions. */
export const TASK_REFS_KEY = 'tasks.refs';

/** One fact per task document that carries an ID in its file name or heading. */
export const taskFactsIndexer: Indexer<TaskFact> = {
  key: TASK_FACTS_KEY,
  kinds: ['task'],
  extract(doc) {
    const m = taskModel(doc);
    if (!m.id || m.level === undefined) return undefined;
    const name = m.file?.name || m.heading?.names[m.heading.names.length - 1] || '';
    // Assigned in the order the properties always had (every task file: no temporary objects).
    const fact = { id: m.id, level: m.level, name } as TaskFact;
    if (m.file?.epicName !== undefined) fact.epicName = m.file.epicName;
    if (m.file?.storyName !== undefined) fact.storyName = m.file.storyName;
    if (m.status !== undefined) fact.status = m.status;
    if (m.qaStatus !== undefined) fact.qaStatus = m.qaStatus;
    fact.done = m.counts.done;
    fact.inProgress = m.counts.inProgress;
    fact.todo = m.counts.todo;
    fact.completed = isCompleted(m);
    if (m.children.length) fact.children = m.children;
    if (m.level === 2 && m.percent) fact.progress = writtenProgress(m.percent);
    return fact;
  },
  channels: {
    ids: (f) => [f.id, f.level, f.name, f.epicName, f.storyName, f.children],
    completion: (f) => f.completed,
  },
};

function writtenProgress(p: PercentLine): WrittenProgress {
  const out: WrittenProgress = { percent: p.percent };
  if (p.counts) {
    out.done = p.counts.done;
    out.total = p.counts.total;
  }
  if (p.fraction) out.fraction = true;
  return out;
}

/** The IDs each Markdown file mentions (strong or weak), so "find references" reads only those files. */
export const taskRefsIndexer: Indexer<string[]> = {
  key: TASK_REFS_KEY,
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  extract(doc) {
    const ids = new Set(scanReferences(doc).references.map((r) => r.id));
    return ids.size ? [...ids].sort() : undefined;
  },
};
