import type { Disposable, Event, TreeDataProvider, TreeView } from 'vscode';
import type { AgentViewNode, TaskTreeNode } from '../../server/src/protocol';
import type { ViewGraph } from './flow/messages';

/**
 * What `activate()` returns, read by other extensions (and the extension's own VS Code tests) as
 * `vscode.extensions.getExtension('agent-docs.agent-docs').exports`. VS Code has no API to read
 * another extension's tree or status bar, so the views' data is offered here, read-only.
 * Documented in docs/sidebar.md; `apiVersion` changes when this shape changes incompatibly.
 */
export interface AgentDocsApi {
  readonly apiVersion: 1;
  readonly tasks: TaskViewApi;
  readonly agents: AgentViewApi;
  readonly flow: FlowViewApi;
  /** The language server's process id (a new one after the client restarted a crashed server). */
  serverProcessId(): Promise<number>;
}

/** A view's data: the same nodes and tree items the view shows. */
export interface TreeApi<T> {
  /** Children of `node` (top level without it), as the server sends them under the view's filter. */
  getChildren(node?: T): Promise<T[]>;
  /** The label, description, icon and tooltip VS Code draws for `node`. */
  getTreeItem: TreeDataProvider<T>['getTreeItem'];
  /** Fires when the server reports a change; re-read the children afterwards. */
  readonly onDidChangeTreeData: Event<T | undefined>;
}

export interface TaskViewApi {
  readonly tree: TreeApi<TaskTreeNode>;
  /** The view itself: its `description` names the active filter (`in progress`, `not done`…). */
  readonly view: Pick<TreeView<TaskTreeNode>, 'description' | 'badge' | 'visible' | 'onDidChangeVisibility'>;
  /** The status-bar summary (`$(checklist) 60% · 1 in progress`), or undefined while it is hidden. */
  statusBar(): { text: string; tooltip: string | undefined } | undefined;
}

export interface AgentViewApi {
  readonly tree: TreeApi<AgentViewNode>;
  readonly view: Pick<TreeView<AgentViewNode>, 'description' | 'visible' | 'onDidChangeVisibility'>;
}

export interface FlowViewApi {
  /** Opens the Flow view on the flow of `uri` (else the flow it shows, else the first). */
  show(uri?: string): Promise<void>;
  /** The graph last sent to the view, as it draws it; undefined before the view was shown. */
  graph(): ViewGraph | undefined;
  /** Fires with each graph sent to the view (after a change of a flow file, too). */
  onDidSendGraph(listener: (graph: ViewGraph) => void): Disposable;
  visible(): boolean;
}
