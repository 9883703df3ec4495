import { idPath, nodeState, type TaskNode, type TaskTree } from '../core';
import type { TaskFilter, TaskLevel, TaskSort, TaskTreeNode } from '../protocol';

/** Counts problems of one task document (its own file); undefined when unknown. */
export type ProblemLookup = (uri: string) => number;

type Level = 'epic' | 'story' | 'task';

/** Converts a core tree node to the protocol's flat node. */
export function toNode(n: TaskNode, level: Level, folder: string, problems: ProblemLookup, line: number | undefined, hasChildren: boolean): TaskTreeNode {
  return {
    id: n.id,
    path: idPath(n.id),
    level,
    folder,
    title: n.title || (n.missing ? '(no file)' : ''),
    ...(n.file ? { uri: n.file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(n.status ? { status: n.status } : {}),
    ...(n.qaStatus ? { qaStatus: n.qaStatus } : {}),
    progress: { ...n.progress },
    ...(n.missing ? { missing: true } : { state: nodeState(n) }),
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

/** Whether a branch survives the filter: by itself, or because something below it does. */
export function keep(b: Branch, filter: TaskFilter, text: string, problems: ProblemLookup): boolean {
  const own = (() => {
    switch (filter) {
      case 'all':
        return true;
      case 'inProgress':
        return b.children.length === 0 ? !b.node.missing && nodeState(b.node) === 'inProgress' : false;
      case 'notDone':
        return nodeState(b.node) !== 'done';
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
  const ratio = (n: TaskNode) => (n.progress.total ? n.progress.done / n.progress.total : nodeState(n) === 'done' ? 1 : 0);
  return [...list].sort((a, b) => ratio(a.node) - ratio(b.node) || (a.node.id < b.node.id ? -1 : 1));
}

export function levelOfDepth(depth: number): Level {
  return depth === 0 ? 'epic' : depth === 1 ? 'story' : 'task';
}

/** Finds the branch for an id inside a list of epics, along the ids above it. */
export function findBranch(list: Branch[], id: string): Branch | undefined {
  let branch: Branch | undefined;
  let level = list;
  for (const step of idPath(id)) {
    branch = level.find((b) => b.node.id === step);
    if (!branch) return undefined;
    level = branch.children;
  }
  return branch;
}

export type { Branch, TaskLevel };
