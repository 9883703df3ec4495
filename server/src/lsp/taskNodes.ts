import type { TaskNode, TaskTree } from '../core';
import type { TaskFilter, TaskLevel, TaskSort, TaskTreeNode } from '../protocol';

/** Counts problems of one task document (its own file); undefined when unknown. */
export type ProblemLookup = (uri: string) => number;

type Level = 'epic' | 'story' | 'task';

/** Converts a core tree node to the protocol's flat node. */
export function toNode(n: TaskNode, level: Level, folder: string, problems: ProblemLookup, line: number | undefined, hasChildren: boolean): TaskTreeNode {
  return {
    id: n.id,
    level,
    folder,
    title: n.title || (n.missing ? '(no file)' : ''),
    ...(n.file ? { uri: n.file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(n.status ? { status: n.status } : {}),
    ...(n.qaStatus ? { qaStatus: n.qaStatus } : {}),
    progress: { ...n.progress },
    ...(n.missing ? { missing: true } : {}),
    problems: n.file ? problems(n.file) : 0,
    hasChildren,
  };
}

interface Branch {
  node: TaskNode;
  children: Branch[];
}

/** The tree as branches, so filters can keep a parent when one of its descendants matches. */
export function branches(tree: TaskTree): Branch[] {
  return tree.epics.map((e) => ({ node: e, children: e.stories.map((s) => ({ node: s, children: s.tasks.map((t) => ({ node: t, children: [] })) })) }));
}

function isDone(n: TaskNode): boolean {
  return /^COMPLETED/.test(n.status ?? '') || (n.progress.total > 0 && n.progress.done === n.progress.total && n.tasksCompleted === n.tasksTotal);
}

function isInProgress(n: TaskNode): boolean {
  return !isDone(n) && (n.progress.inProgress > 0 || /IN_PROGRESS|IN_DEVELOPMENT|PLANNING/.test(n.status ?? '') || (n.progress.done > 0 && n.progress.done < n.progress.total));
}

/** Whether a branch survives the filter: by itself, or because something below it does. */
export function keep(b: Branch, filter: TaskFilter, text: string, problems: ProblemLookup): boolean {
  const own = (() => {
    switch (filter) {
      case 'all':
        return true;
      case 'inProgress':
        return b.children.length === 0 ? isInProgress(b.node) : false;
      case 'notDone':
        return !isDone(b.node);
      case 'withProblems':
        return Boolean(b.node.missing) || (b.node.file ? problems(b.node.file) > 0 : false);
    }
  })();
  const textOk = !text || `${b.node.id} ${b.node.title}`.toLowerCase().includes(text);
  if (own && textOk) return true;
  return b.children.some((c) => keep(c, filter, text, problems));
}

export function sortBranches(list: Branch[], sort: TaskSort): Branch[] {
  if (sort === 'id') return list;
  const ratio = (n: TaskNode) => (n.progress.total ? n.progress.done / n.progress.total : isDone(n) ? 1 : 0);
  return [...list].sort((a, b) => ratio(a.node) - ratio(b.node) || (a.node.id < b.node.id ? -1 : 1));
}

export function levelOfDepth(depth: number): Level {
  return depth === 0 ? 'epic' : depth === 1 ? 'story' : 'task';
}

/** Finds the branch for an id inside a list of epics. */
export function findBranch(list: Branch[], id: string): Branch | undefined {
  const epic = list.find((b) => b.node.id === id.slice(0, 4));
  if (!epic || id.length === 4) return epic;
  const story = epic.children.find((b) => b.node.id === id.slice(0, 7));
  if (!story || id.length === 7) return story;
  return story.children.find((b) => b.node.id === id);
}

export type { Branch, TaskLevel };
