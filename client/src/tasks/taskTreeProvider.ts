import { EventEmitter, type Event, type TreeDataProvider, type TreeItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TaskChildrenRequest, TaskPathRequest, type TaskFilter, type TaskSort, type TaskTreeNode } from '../../../server/src/protocol';
import { sendRequest } from '../protocolClient';
import { ChildrenCache } from '../childrenCache';
import { toTreeItem } from './taskItem';
import type { ServerState } from '../serverState';

/**
 * A thin adapter over the server's task index: children are fetched one level at a time (so a
 * 10,000-task plan costs one small request per expanded node) and cached until the server says
 * that branch changed.
 */
export class TaskTreeProvider implements TreeDataProvider<TaskTreeNode> {
  private readonly changed = new EventEmitter<TaskTreeNode | undefined>();
  readonly onDidChangeTreeData: Event<TaskTreeNode | undefined> = this.changed.event;
  private readonly byKey = new Map<string, TaskTreeNode>();
  private readonly children = new ChildrenCache<TaskTreeNode>(
    keyOf,
    async (node) => {
      // Until the workspace is indexed the answer would be partial: the view says "Indexing…" instead.
      await this.state.whenReady();
      return sendRequest(this.client, TaskChildrenRequest, {
        ...(node ? { parent: { id: node.id, level: node.level, folder: node.folder, ...(node.uri ? { uri: node.uri } : {}) } } : {}),
        filter: this.filter,
        ...(this.text ? { text: this.text } : {}),
        sort: this.sort,
      });
    },
    (child) => {
      if (child.level !== 'item') this.byKey.set(keyOf(child), child);
    },
  );
  filter: TaskFilter = 'all';
  text = '';
  sort: TaskSort = 'id';

  constructor(
    private readonly client: LanguageClient,
    private readonly state: ServerState,
  ) {}

  getTreeItem(node: TaskTreeNode): TreeItem {
    return toTreeItem(node);
  }

  getChildren(node?: TaskTreeNode): Promise<TaskTreeNode[]> {
    return this.children.get(node);
  }

  getParent(node: TaskTreeNode): TaskTreeNode | undefined {
    return this.children.parentOf(node);
  }

  /** Everything again (filter, sort or settings changed). */
  refreshAll(): void {
    this.children.clear();
    this.byKey.clear();
    this.changed.fire(undefined);
  }

  /**
   * Applies changed nodes from the server: a known node is updated in place and redrawn, and its
   * children list is fetched again; a new node makes its parent's list be fetched again. With a
   * filter or text active, membership can change anywhere, so everything is fetched again.
   */
  refresh(changes: readonly TaskTreeNode[]): void {
    if (changes.length === 0 || this.filter !== 'all' || this.text) return this.refreshAll();
    const redraw = new Set<TaskTreeNode | undefined>();
    for (const change of changes) {
      const key = keyOf(change);
      const cached = this.byKey.get(key);
      if (cached) {
        Object.assign(cached, change);
        this.children.drop(key);
        redraw.add(cached);
        continue;
      }
      const parentKey = parentKeyOf(change);
      const parent = parentKey === undefined ? undefined : this.byKey.get(parentKey);
      if (parentKey !== undefined && !parent) continue; // its parent is not loaded: nothing shows it yet
      this.children.drop(parentKey ?? this.rootKey(change.folder));
      redraw.add(parent);
    }
    if (redraw.has(undefined)) return this.changed.fire(undefined);
    for (const node of redraw) this.changed.fire(node);
  }

  private rootKey(folder: string): string {
    // In a multi-root workspace epics hang below a folder node; otherwise they are the top level.
    return this.byKey.has(`${folder}|`) ? `${folder}|` : '';
  }

  /** Finds the node for a task file, loading the levels above it (the server says which), for TreeView.reveal. */
  async findByUri(uri: string): Promise<TaskTreeNode | undefined> {
    const where = await sendRequest(this.client, TaskPathRequest, { uri });
    if (!where) return undefined;
    let nodes = await this.getChildren();
    // In a multi-root workspace the plan hangs below its folder's node.
    const folder = nodes.find((n) => n.level === 'folder' && n.folder === where.folder);
    if (folder) nodes = await this.getChildren(folder);
    let found: TaskTreeNode | undefined;
    for (const id of where.path) {
      found = nodes.find((n) => n.id === id && n.level !== 'item');
      if (!found) return undefined;
      if (found.uri === uri) return found;
      nodes = found.hasChildren ? await this.getChildren(found) : [];
    }
    return found?.uri === uri ? found : undefined;
  }
}

/** The key of the node's parent in the plan (undefined for epics: their parent is a root list). */
function parentKeyOf(node: Pick<TaskTreeNode, 'folder' | 'path' | 'level'>): string | undefined {
  if (node.level === 'epic' || node.level === 'folder' || node.path.length < 2) return undefined;
  return `${node.folder}|${node.path.slice(0, -1).join('/')}`;
}

/**
 * A cache key that nests like the plan, from the ids the server gives (`folder|0001/0001.02/0001.02.03`),
 * so dropping a branch is a prefix match. Folder nodes are `folder|`.
 */
function keyOf(node: Pick<TaskTreeNode, 'folder' | 'path'>): string {
  return `${node.folder}|${node.path.join('/')}`;
}
