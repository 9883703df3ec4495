import {
  basename,
  defaultPlanFolder,
  idPath,
  legacyFileName,
  nodeIdOfFile,
  namesFor,
  newFileUri,
  nextPlanId,
  nodeState,
  planLayoutOf,
  TASK_FACTS_KEY,
  taskFactsIndexer,
  templateFor,
  toggleChecklistItem,
  taskTreeIn,
  type TaskTree,
} from '../core';
import {
  ChecklistToggleRequest,
  NewPlanItemRequest,
  TaskChildrenRequest,
  TaskPathRequest,
  TaskSummaryRequest,
  TaskTreeChangedNotification,
  type TaskChildrenParams,
  type TaskSummary,
  type TaskTreeNode,
} from '../protocol';
import type { Session } from './session';
import type { NotificationDescriptor, RequestDescriptor } from '../protocol';
import { branches, findBranch, keep, levelOfDepth, sortBranches, toNode, type Branch } from './taskNodes';

const NOTIFY_DELAY_MS = 100;

/**
 * Serves the Tasks view: children one level at a time from the core's cached tree, a summary for
 * the status bar, checklist toggles and new plan items; and tells the client which branches
 * changed when task facts change (debounced), so it refreshes only those.
 */
export function registerTaskView(session: Session, roots: () => readonly string[]): void {
  const { connection, service } = session;
  const onRequest = <P, R>(d: RequestDescriptor<P, R>, handler: (params: P) => R) => connection.onRequest(d.method, (p: P): unknown => handler(p));
  const notify = <P>(d: NotificationDescriptor<P>, params: P) => session.notify(d.method, params);
  /** A task file's problems as the plan counts them (`problemCount`), from the store the Problems panel uses. */
  const problems = (uri: string): number => session.problems.planProblems(uri);

  const folders = (): string[] => (roots().length ? [...roots()] : ['']);
  const treeOf = (folder: string): TaskTree => (folder ? taskTreeIn(service.index, folder) : service.taskTree());

  const children = (params: TaskChildrenParams): TaskTreeNode[] => {
    const text = (params.text ?? '').toLowerCase();
    const parent = params.parent;
    if (!parent && folders().length > 1) {
      return folders().map((f) => {
        const tree = treeOf(f);
        const progress = { done: 0, inProgress: 0, todo: 0, total: 0 };
        for (const e of tree.epics) for (const k of Object.keys(progress) as (keyof typeof progress)[]) progress[k] += e.progress[k];
        return { id: f, path: [], level: 'folder', folder: f, title: basename(f), progress, problems: 0, hasChildren: tree.epics.length > 0 };
      });
    }
    if (parent?.level === 'task') {
      if (!parent.uri) return [];
      session.sync(parent.uri);
      const list = service.taskChecklist(parent.uri)?.items ?? [];
      return list.map((item) => ({
        id: `${parent.id}#${item.line}`,
        path: [...idPath(parent.id), `${parent.id}#${item.line}`],
        level: 'item',
        folder: parent.folder,
        title: item.text || '(empty item)',
        uri: parent.uri!,
        line: item.line,
        state: item.state,
        progress: { done: item.state === 'done' ? 1 : 0, inProgress: item.state === 'inProgress' ? 1 : 0, todo: item.state === 'todo' ? 1 : 0, total: 1 },
        problems: 0,
        hasChildren: false,
      }));
    }
    const folder = parent?.level === 'folder' ? parent.id : (parent?.folder ?? folders()[0]!);
    const all = branches(treeOf(folder));
    let list: Branch[];
    let depth: number;
    if (!parent || parent.level === 'folder') {
      list = all;
      depth = 0;
    } else {
      list = findBranch(all, parent.id)?.children ?? [];
      depth = parent.level === 'epic' ? 1 : 2;
    }
    const kept = list.filter((b) => keep(b, params.filter, text, problems));
    return sortBranches(kept, params.sort).map((b) => {
      const hasChildren = depth < 2 ? b.children.length > 0 : Boolean(b.node.file) && b.node.progress.total > 0;
      return toNode(b.node, levelOfDepth(depth), folder, problems, undefined, hasChildren);
    });
  };

  onRequest(TaskChildrenRequest, children);

  onRequest(TaskSummaryRequest, (): TaskSummary => {
    const summary: TaskSummary = { progress: { done: 0, inProgress: 0, todo: 0, total: 0 }, epics: 0, stories: 0, tasks: 0, tasksInProgress: 0 };
    for (const f of folders()) {
      for (const e of treeOf(f).epics) {
        summary.epics++;
        for (const k of ['done', 'inProgress', 'todo', 'total'] as const) summary.progress[k] += e.progress[k];
        for (const s of e.stories) {
          summary.stories++;
          for (const t of s.tasks) {
            summary.tasks++;
            if (!t.missing && nodeState(t) === 'inProgress') summary.tasksInProgress++;
          }
        }
      }
    }
    return summary;
  });

  onRequest(ChecklistToggleRequest, ({ uri, line }) => {
    session.sync(uri);
    const doc = service.document(uri);
    return (doc && toggleChecklistItem(doc, line)) ?? null;
  });

  onRequest(NewPlanItemRequest, ({ folder, parentId, name }) => {
    const id = nextPlanId(treeOf(folder), parentId);
    if (!id) return null;
    const names = namesFor(service.index, id, name);
    const plan = defaultPlanFolder(folder);
    const uri = newFileUri(service.index, id, names, plan, true) ?? `${plan}${encodeURIComponent(legacyFileName(id, names))}`;
    return { uri, id, content: templateFor(id, names, planLayoutOf(uri) === 'plugin') };
  });

  onRequest(TaskPathRequest, ({ uri }) => {
    for (const folder of folders()) {
      const file = nodeIdOfFile(treeOf(folder), uri);
      if (file) return { folder, path: idPath(file) };
    }
    return null;
  });

  // Change notifications: the branches of the IDs a file had and has.
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const changes: TaskTreeNode[] = [];
    const ids = [...pending];
    pending.clear();
    const wanted = new Set<string>();
    for (const id of ids) for (const p of idPath(id)) wanted.add(p);
    for (const folder of folders()) {
      const all = branches(treeOf(folder));
      for (const id of wanted) {
        const b = findBranch(all, id);
        if (!b) continue;
        const depth = idPath(id).length - 1;
        const hasChildren = depth < 2 ? b.children.length > 0 : Boolean(b.node.file) && b.node.progress.total > 0;
        changes.push(toNode(b.node, levelOfDepth(depth), folder, problems, undefined, hasChildren));
      }
    }
    // A vanished epic has no node left to update: an empty list asks for a full refresh. (A vanished
    // story or task is covered by its parent's update, which makes the client refetch its children.)
    const vanished = [...wanted].some((id) => idPath(id).length === 1 && !changes.some((c) => c.id === id));
    notify(TaskTreeChangedNotification, { changes: vanished ? [] : changes });
  };
  // While the workspace is first indexed, one "refresh everything" at the end beats a notification
  // per batch of files.
  session.onIndexed(() => notify(TaskTreeChangedNotification, { changes: [] }));
  // Severities may have changed: problem counts are stale everywhere.
  session.onConfigChanged(() => {
    if (session.isIndexed()) notify(TaskTreeChangedNotification, { changes: [] });
  });
  service.index.onDidChange((uri, keys, before) => {
    // While the workspace is first indexed, the refresh at the end covers every change.
    if (!keys.includes(TASK_FACTS_KEY) || !session.isIndexed()) return;
    // A deleted file's old ID still names the branch it left.
    const old = before(taskFactsIndexer)?.id;
    const fact = service.index.fact(uri, taskFactsIndexer);
    if (old) pending.add(old);
    if (fact) pending.add(fact.id);
    if (!timer) timer = setTimeout(flush, NOTIFY_DELAY_MS);
  });
}
