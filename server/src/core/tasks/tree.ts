import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { epicOf, parentId } from './ids';
import { parseTaskFileName } from './fileName';
import { TASK_FACTS_KEY, taskFactsIndexer, type TaskFact } from '../workspace/indexers/tasks';

/** Checklist items by state, and their total. */
export interface TaskProgress {
  done: number;
  inProgress: number;
  todo: number;
  total: number;
}

/** One epic, story or task in the tree: plain data for the sidebar, the CLI and hovers. */
export interface TaskNode {
  id: string;
  /** The item's own name ("Add item"). */
  title: string;
  /** The document's URI; absent when no file has this ID. */
  file?: string;
  /** Development Status (tasks) or Status (stories, epics) as written. */
  status?: string;
  qaStatus?: string;
  /** Checklist items: a task's own, a story's or epic's summed over its descendants. */
  progress: TaskProgress;
  /** Named by a child file or a parent's breakdown, but no file has this ID. */
  missing?: boolean;
  /** Completed tasks / all tasks under a story or epic (a task: 1 or 0 of 1). */
  tasksCompleted: number;
  tasksTotal: number;
}

/** A task: a leaf. */
export type TaskTreeTask = TaskNode;
/** A story and its tasks, in ID order. */
export interface TaskTreeStory extends TaskNode {
  tasks: TaskTreeTask[];
}
/** An epic and its stories, in ID order. */
export interface TaskTreeEpic extends TaskNode {
  stories: TaskTreeStory[];
}

/** The whole plan: epics in ID order. */
export interface TaskTree {
  epics: TaskTreeEpic[];
}

/** Files per ID (more than one is a mistake the duplicate-ID rule reports). */
export interface TaskIdTable {
  byId: ReadonlyMap<string, { uri: string; fact: TaskFact }[]>;
}

/** Every task document's fact, grouped by ID, cached until a task fact changes. */
export function taskIdTable(index: WorkspaceIndex): TaskIdTable {
  return index.derived('tasks.byId', [TASK_FACTS_KEY], () => {
    const byId = new Map<string, { uri: string; fact: TaskFact }[]>();
    for (const { uri, value } of index.facts(taskFactsIndexer)) {
      const list = byId.get(value.id);
      if (list) {
        list.push({ uri, fact: value });
        list.sort((a, b) => (a.uri < b.uri ? -1 : 1));
      } else byId.set(value.id, [{ uri, fact: value }]);
    }
    return { byId };
  });
}

/** Whether some task document has an ID, and whether any has one at all. */
export interface TaskIdLookup {
  any(): boolean;
  has(id: string): boolean;
}

/**
 * `taskIdTable(index).byId` asked by ID, without the whole table while task files are still to be
 * read (a batch host's context: a lint of a few agents reads the task files of the IDs they
 * mention, not the plan). A task's ID is its file name's whenever the name spells one (`taskModel`),
 * so only the files named for an ID and those named for none can have it. Cached until a task fact
 * changes.
 */
export function taskIdLookup(index: WorkspaceIndex): TaskIdLookup {
  return index.derived('tasks.lookup', [TASK_FACTS_KEY], (): TaskIdLookup => {
    if (!index.hasPending(taskFactsIndexer)) {
      const { byId } = taskIdTable(index);
      return { any: () => byId.size > 0, has: (id) => byId.has(id) };
    }
    const named = new Map<string, string[]>();
    const unnamed: string[] = [];
    for (const uri of index.urisMaybeOfKind('task')) {
      const id = parseTaskFileName(uri)?.id;
      if (id === undefined) unnamed.push(uri);
      else {
        const list = named.get(id);
        if (list) list.push(uri);
        else named.set(id, [uri]);
      }
    }
    const holds = (uri: string, id?: string) => {
      const fact = index.fact(uri, taskFactsIndexer);
      return fact !== undefined && (id === undefined || fact.id === id);
    };
    return {
      any: () => [...named.values()].some((uris) => uris.some((u) => holds(u))) || unnamed.some((u) => holds(u)),
      has: (id) => (named.get(id) ?? []).some((u) => holds(u, id)) || unnamed.some((u) => holds(u, id)),
    };
  });
}

/** The first file (by URI) with an ID. */
export function taskFileFor(index: WorkspaceIndex, id: string): { uri: string; fact: TaskFact } | undefined {
  return taskIdTable(index).byId.get(id)?.[0];
}

/** The epic → story → task tree with progress rolled up, cached until a task fact changes. */
export function taskTree(index: WorkspaceIndex): TaskTree {
  return index.derived('tasks.tree', [TASK_FACTS_KEY], () => buildTree(taskIdTable(index)));
}

function node(id: string, entry: { uri: string; fact: TaskFact } | undefined, fallbackTitle: string): TaskNode {
  const f = entry?.fact;
  const n: TaskNode = {
    id,
    title: f?.name || fallbackTitle,
    progress: f && f.level === 3 ? { done: f.done, inProgress: f.inProgress, todo: f.todo, total: f.done + f.inProgress + f.todo } : zero(),
    tasksCompleted: f && f.level === 3 && f.completed ? 1 : 0,
    tasksTotal: id.length === 10 ? 1 : 0,
  };
  if (entry) n.file = entry.uri;
  else n.missing = true;
  if (f?.status !== undefined) n.status = f.status;
  if (f?.qaStatus !== undefined) n.qaStatus = f.qaStatus;
  return n;
}

function zero(): TaskProgress {
  return { done: 0, inProgress: 0, todo: 0, total: 0 };
}

function add(into: TaskNode, from: TaskNode): void {
  into.progress.done += from.progress.done;
  into.progress.inProgress += from.progress.inProgress;
  into.progress.todo += from.progress.todo;
  into.progress.total += from.progress.total;
  into.tasksCompleted += from.tasksCompleted;
  into.tasksTotal += from.tasksTotal;
}

function buildTree(table: TaskIdTable): TaskTree {
  // Every ID named anywhere: files, their ancestors, and children listed in breakdowns.
  const ids = new Set<string>();
  const epicNames = new Map<string, string>();
  const storyNames = new Map<string, string>();
  for (const [id, entries] of table.byId) {
    ids.add(id);
    const f = entries[0]!.fact;
    for (let p = parentId(id); p; p = parentId(p)) ids.add(p);
    for (const c of f.children ?? []) ids.add(c);
    if (f.epicName && !epicNames.has(epicOf(id))) epicNames.set(epicOf(id), f.epicName);
    if (f.storyName && f.level === 3 && !storyNames.has(parentId(id)!)) storyNames.set(parentId(id)!, f.storyName);
  }
  // Zero-padded IDs sort numerically as plain strings.
  const sorted = [...ids].sort();
  const epics = new Map<string, TaskTreeEpic>();
  const stories = new Map<string, TaskTreeStory>();
  for (const id of sorted) {
    const entry = table.byId.get(id)?.[0];
    if (id.length === 4) epics.set(id, Object.assign(node(id, entry, epicNames.get(id) ?? ''), { stories: [] }));
  }
  for (const id of sorted) {
    if (id.length !== 7) continue;
    const story: TaskTreeStory = Object.assign(node(id, table.byId.get(id)?.[0], storyNames.get(id) ?? ''), { tasks: [] });
    stories.set(id, story);
    epics.get(epicOf(id))!.stories.push(story);
  }
  for (const id of sorted) {
    if (id.length !== 10) continue;
    const task = node(id, table.byId.get(id)?.[0], '');
    const story = stories.get(parentId(id)!)!;
    story.tasks.push(task);
    add(story, task);
  }
  for (const story of stories.values()) add(epics.get(epicOf(story.id))!, story);
  return { epics: [...epics.values()] };
}

/** The node for an ID, or undefined when the tree does not name it. */
export function findTaskNode(tree: TaskTree, id: string): TaskNode | undefined {
  const epic = tree.epics.find((e) => e.id === epicOf(id));
  if (!epic || id.length === 4) return epic;
  const story = epic.stories.find((s) => s.id === id.slice(0, 7));
  if (!story || id.length === 7) return story;
  return story.tasks.find((t) => t.id === id);
}

/**
 * The tree of the task documents under one folder (a workspace root in a multi-root workspace),
 * cached like `taskTree` until a task fact changes.
 */
export function taskTreeIn(index: WorkspaceIndex, folderUri: string): TaskTree {
  const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
  return index.derived(`tasks.tree:${prefix}`, [TASK_FACTS_KEY], () => {
    const byId = new Map<string, { uri: string; fact: TaskFact }[]>();
    for (const [id, entries] of taskIdTable(index).byId) {
      const inside = entries.filter((e) => e.uri.startsWith(prefix));
      if (inside.length) byId.set(id, inside);
    }
    return buildTree({ byId });
  });
}
