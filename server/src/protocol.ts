/**
 * Custom LSP messages between the VS Code client and the server, declared once and imported by
 * both sides. Everything here is plain data; the server computes it from the core's task index.
 * The messages are typed descriptors rather than vscode-jsonrpc classes, so client and server can
 * each use their own copy of the LSP libraries.
 */

/** A request: its method name, with parameter and result types carried for the typed helpers. */
export interface RequestDescriptor<P, R> {
  readonly method: string;
  /** Never set: only carries the types. */
  readonly types?: { params: P; result: R };
}

export interface NotificationDescriptor<P> {
  readonly method: string;
  readonly types?: { params: P };
}

function request<P, R>(method: string): RequestDescriptor<P, R> {
  return { method };
}

function notification<P>(method: string): NotificationDescriptor<P> {
  return { method };
}

export interface TaskProgress {
  done: number;
  inProgress: number;
  todo: number;
  total: number;
}

export type TaskLevel = 'folder' | 'epic' | 'story' | 'task' | 'item';
export type ChecklistState = 'todo' | 'inProgress' | 'done';

export interface TaskTreeNode {
  /** `0001`, `0001.02`, `0001.02.03`; a folder's URI for folder nodes; `<task>#<line>` for items. */
  id: string;
  level: TaskLevel;
  /** The workspace folder the node belongs to (ids repeat across folders). */
  folder: string;
  title: string;
  /** The file that defines the node; absent when it is missing. */
  uri?: string;
  /** Zero-based line of the node's heading (or checklist item). */
  line?: number;
  status?: string;
  qaStatus?: string;
  progress: TaskProgress;
  /** Named by other files but has no file of its own. */
  missing?: boolean;
  /** Problems found in the node's own file and, for epics and stories, below it. */
  problems: number;
  /** For checklist items. */
  state?: ChecklistState;
  hasChildren: boolean;
}

export type TaskFilter = 'all' | 'inProgress' | 'notDone' | 'withProblems';
export type TaskSort = 'id' | 'progress';

export interface TaskChildrenParams {
  /** The node whose children are wanted; omitted for the top level. */
  parent?: { id: string; level: TaskLevel; folder: string; uri?: string };
  filter: TaskFilter;
  /** Case-insensitive text matched against ids and titles (a parent stays when a child matches). */
  text?: string;
  sort: TaskSort;
}

export const TaskChildrenRequest = request<TaskChildrenParams, TaskTreeNode[]>('agentDocs/taskChildren');

export interface TaskSummary {
  progress: TaskProgress;
  epics: number;
  stories: number;
  tasks: number;
  /** Tasks whose status or checklist says work is under way. */
  tasksInProgress: number;
}

export const TaskSummaryRequest = request<Record<string, never>, TaskSummary>('agentDocs/taskSummary');

/**
 * Sent (debounced) when task facts change: the epics, stories and tasks whose line or children
 * changed, with their new values. An empty list means "refresh everything".
 */
export interface TaskTreeChangedParams {
  changes: TaskTreeNode[];
}

export const TaskTreeChangedNotification = notification<TaskTreeChangedParams>('agentDocs/taskTreeChanged');

export interface ChecklistToggleParams {
  uri: string;
  line: number;
}

/** Returns the edit that advances one checklist item (⬜ → 🔄 → ✅ → ⬜, or `[ ]` ⇄ `[x]`), or null. */
export const ChecklistToggleRequest = request<ChecklistToggleParams, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string } | null>('agentDocs/toggleChecklistItem');

export interface NewPlanItemParams {
  /** Workspace folder URI the plan lives in. */
  folder: string;
  /** The epic (for a new story) or story (for a new task); omitted for a new epic. */
  parentId?: string;
  /** The new item's own name, e.g. "Save Item". */
  name: string;
}

/** The file to create for the next epic, story or task: its URI and its content from the template. */
export const NewPlanItemRequest = request<NewPlanItemParams, { uri: string; content: string; id: string } | null>('agentDocs/newPlanItem');

/** Server → client notification: the initial workspace index is complete. */
export const IndexedNotification = notification<IndexedParams>('agentDocs/indexed');
/** The method name, for clients that do not import the descriptors (the benchmark). */
export const INDEXED_NOTIFICATION = IndexedNotification.method;

export interface IndexedParams {
  /** Documents in the index. */
  files: number;
  /** Milliseconds from the start of indexing (after the file listing) to its end. */
  ms: number;
  /** Milliseconds spent listing the workspace folders before indexing started. */
  listMs: number;
}
