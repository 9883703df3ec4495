/**
 * Custom LSP messages between the VS Code client and the server, and the documents the server
 * serves, declared once and imported by both sides. Everything here is plain data; the server computes it from the core's task index.
 * The messages are typed descriptors rather than vscode-jsonrpc classes, so client and server can
 * each use their own copy of the LSP libraries.
 */

import { CONFIG_FILE_NAMES } from './core/config/config';
import { MPM_REGISTRY_GLOB } from './core/framework/claudeMpmKinds';
import type { FlowGraph, FlowInfo } from './core/graph/model';
import { JSON_KINDS, JSON_WATCH_GLOBS } from './core/json/kinds';

/** VS Code's language ids for Markdown agent documents (its prompt-basics extension adds two). */
export const MARKDOWN_LANGUAGES: readonly string[] = ['markdown', 'chatagent', 'skill'];

/** Claude Code's JSON files, by path, whatever language id the editor gives them (`json`, `jsonc`). */
export const JSON_DOCUMENT_GLOBS: readonly string[] = JSON_KINDS.map((k) => k.glob);

/** Whole-file YAML documents (claude-mpm's skills registry), by path, whatever their language id. */
export const DATA_DOCUMENT_GLOBS: readonly string[] = [MPM_REGISTRY_GLOB];

/** Files whose creation, change or deletion the server must hear about. */
export const WATCHED_GLOBS: readonly string[] = [
  '**/*.{md,MD,markdown}',
  ...JSON_WATCH_GLOBS,
  ...DATA_DOCUMENT_GLOBS,
  ...CONFIG_FILE_NAMES.map((name) => `**/${name}`),
];

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
  /**
   * The ids from the top of the folder's plan down to this node, its own last (`[]` for a folder).
   * The client keys and nests nodes by it: it knows no task-ID grammar.
   */
  path: string[];
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
  /**
   * Where the node stands: done, in progress or to do, as the core decides it from status and
   * progress (a checklist item: its marker). Absent for folders and missing items.
   */
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

/** Where a task document sits in the Tasks view: its folder and the ids down to its node; null when it is in no plan. */
export interface TaskPathResult {
  folder: string;
  path: string[];
}

export const TaskPathRequest = request<{ uri: string }, TaskPathResult | null>('agentDocs/taskPath');

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

/** An LSP text edit, spelt out so the client needs no LSP package to read it. */
export interface ChecklistEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/** Returns the edit that advances one checklist item (⬜ → 🔄 → ✅ → ⬜, or `[ ]` ⇄ `[x]`), or null. */
export const ChecklistToggleRequest = request<ChecklistToggleParams, ChecklistEdit | null>('agentDocs/toggleChecklistItem');

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

/**
 * Server → client notification while the workspace is indexed: how many Markdown files were
 * found and how many are done (sent when listing ends, then a few times a second), so views can
 * say "Indexing 1,234 files…" instead of "nothing found". `agentDocs/indexed` follows at the end.
 */
export const IndexingNotification = notification<IndexingParams>('agentDocs/indexing');

export interface IndexingParams {
  /** Markdown files found in the workspace folders. */
  files: number;
  /** Of those, how many are indexed so far. */
  indexed: number;
}

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

// ---- The Agents view ----

export type AgentViewLevel = 'folder' | 'group' | 'agent' | 'skill' | 'command' | 'code' | 'template' | 'binding';
/** `templates`: claude-mpm's JSON agent templates, each with its skill bindings below. */
export type AgentGroup = 'agents' | 'skills' | 'commands' | 'templates';
/**
 * `error`/`warning`/`ok` for agents, skills and commands (their worst problem); for return codes
 * `routed` (every orchestrator section naming the agent lists it), `notRouted` (some section
 * naming the agent omits it) or `unrouted` (no orchestrator names the agent); for a template's
 * skill bindings `bound`, `elsewhere` (only a skill claude-mpm's binding does not reach has the name)
 * or `unknown` (no skill has it).
 */
export type AgentViewState = 'ok' | 'warning' | 'error' | 'routed' | 'notRouted' | 'unrouted' | 'bound' | 'elsewhere' | 'unknown';
export type AgentFilter = 'all' | 'withProblems';

/** An orchestrator subsection that routes (or should route) a code. */
export interface AgentRouteSite {
  uri: string;
  /** The subsection's agent name or glob (`developer-*`). */
  section: string;
  /** Zero-based line of the entry, or of the subsection heading when the entry is missing. */
  line: number;
}

export interface AgentViewNode {
  /**
   * Unique within the view: the folder URI, `<folder>|<group>`, the file URI, `<uri>#<code>:<line>`,
   * or `<template uri>#skill:<index>`.
   */
  id: string;
  level: AgentViewLevel;
  /** The workspace folder the node belongs to ('' when the server has no workspace folder). */
  folder: string;
  /** Agent or skill name, `/command`, the return code, the group or folder name. */
  label: string;
  /** The frontmatter description, cut; for codes the declaration's description. */
  description?: string;
  uri?: string;
  /** Zero-based line to open at (the code's declaration). */
  line?: number;
  group?: AgentGroup;
  /** Groups and folders: how many entries they hold (after the filter). */
  count?: number;
  /** Agents, skills and commands: errors and warnings in the file. */
  errors?: number;
  warnings?: number;
  state?: AgentViewState;
  /** Agents: `model`; skills and commands: `model` when set. */
  model?: string;
  /** Agents: `tools`; skills and commands: `allowed-tools`. */
  tools?: string[];
  /** Agents without a frontmatter `name` show their file name. */
  unnamed?: boolean;
  /** Commands in a subfolder of `commands/`: the folder path (`frontend/forms`). */
  namespace?: string;
  /** Skills: claude-mpm's flat form (`skills/bundled/<name>.md`), beside folder skills of one name. */
  flat?: boolean;
  /** Templates: the Claude Code agent name claude-mpm deploys them under, and their display name. */
  deployedName?: string;
  displayName?: string;
  /** Bindings: the template that binds the skill (`uri` is then the skill's file, when one is found). */
  template?: string;
  /** Codes: who routes it, and who names the agent but omits the code. */
  routedBy?: AgentRouteSite[];
  notRoutedBy?: AgentRouteSite[];
  hasChildren: boolean;
}

export interface AgentChildrenParams {
  /** The node whose children are wanted; omitted for the top level. */
  parent?: { id: string; level: AgentViewLevel; folder: string; uri?: string; group?: AgentGroup };
  filter: AgentFilter;
}

export const AgentChildrenRequest = request<AgentChildrenParams, AgentViewNode[]>('agentDocs/agentChildren');

/**
 * Sent (debounced) when agent, skill, command or return-code facts change, or problems may have:
 * the files concerned. An empty list means anything may have changed (the initial index is done,
 * or a change elsewhere can alter problems in every file).
 */
export interface AgentTreeChangedParams {
  uris: string[];
}

export const AgentTreeChangedNotification = notification<AgentTreeChangedParams>('agentDocs/agentTreeChanged');

/** The language server's process, for tools and tests that watch or restart it. */
export interface ServerProcessInfo {
  /** `process.pid` of the language server. */
  pid: number;
}

/** Client → server: which process is serving (used by the extension's `serverProcessId()` API). */
export const ServerProcessRequest = request<Record<string, never>, ServerProcessInfo>('agentDocs/serverProcess');

// ---- The Flow view ----

/** The flow graph as the core computes it (agents, states and orchestrators joined by codes). */
export type { FlowEdge, FlowGraph, FlowInfo, FlowNode, FlowRow } from './core/graph/model';

export interface FlowGraphParams {
  /** The flow wanted (a `FlowInfo.id`); else the flow of `uri`; else the first flow. */
  flow?: string;
  /** A file of the flow wanted (the code lens's orchestrator, the active editor). */
  uri?: string;
}

export interface FlowGraphResult {
  /** Every flow of the workspace, for the view's picker. */
  flows: FlowInfo[];
  /** The flow shown: null when the workspace has none. */
  flow: string | null;
  /** The nodes and edges of that flow. */
  graph: FlowGraph;
}

export const FlowGraphRequest = request<FlowGraphParams, FlowGraphResult>('agentDocs/flowGraph');

/** Sent (debounced) when a fact the flow graph reads changes: the view asks for its flow again. */
export const FlowChangedNotification = notification<Record<string, never>>('agentDocs/flowChanged');

// ---- Where documents are looked for (the views' empty states) ----

export interface DocumentLocationsParams {
  /** The workspace folder URI. */
  folder: string;
  kind: 'agent' | 'task';
  /** Workspace-relative folders to add to the kind's globs; the answer's `proposed` has them. */
  add?: string[];
}

export interface DocumentLocations {
  /** The kind's globs in effect (defaults, config file and settings merged). */
  globs: string[];
  /** With `add`: the globs with those folders added (what to write to a setting or the config file). */
  proposed?: string[];
  /** Agents: folders whose Markdown files look like agents but are not read as agents, most files first. */
  candidates: { folder: string; files: number }[];
  /** The workspace folder's `agent-docs.config.json` (or `.agent-docs.json`) URI, when it has one. */
  configFile?: string;
}

/** Where the server looks for agents or the task plan, and (agents) folders that look like more. */
export const DocumentLocationsRequest = request<DocumentLocationsParams, DocumentLocations>('agentDocs/documentLocations');
