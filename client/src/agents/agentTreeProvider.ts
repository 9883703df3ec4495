import { commands, EventEmitter, type Event, type TreeDataProvider, type TreeItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AgentChildrenRequest, type AgentFilter, type AgentViewNode } from '../../../server/src/protocol';
import { sendRequest } from '../protocolClient';
import { ChildrenCache } from '../childrenCache';
import { EXPAND_LIMIT, toTreeItem } from './agentItem';
import type { ServerState } from '../serverState';

/**
 * A thin adapter over the server's index: children are fetched one level at a time (problem
 * counts are computed by the server only for the groups that are expanded) and cached until the
 * server says something changed.
 */
export class AgentTreeProvider implements TreeDataProvider<AgentViewNode> {
  private readonly changed = new EventEmitter<AgentViewNode | undefined>();
  readonly onDidChangeTreeData: Event<AgentViewNode | undefined> = this.changed.event;
  private readonly children = new ChildrenCache<AgentViewNode>(keyOf, async (node) => {
    // Until the workspace is indexed the answer would be partial: the view says "Indexing…" instead.
    await this.state.whenReady();
    const parent = node && {
      id: node.id,
      level: node.level,
      folder: node.folder,
      ...(node.uri ? { uri: node.uri } : {}),
      ...(node.group ? { group: node.group } : {}),
    };
    const children = await sendRequest(this.client, AgentChildrenRequest, { ...(parent ? { parent } : {}), filter: this.filter });
    // The welcome text shows only once the top level is known to be empty, never while it loads.
    if (!node) void commands.executeCommand('setContext', 'agentDocs.agents.empty', children.length === 0);
    return children;
  });
  filter: AgentFilter = 'all';

  constructor(
    private readonly client: LanguageClient,
    private readonly state: ServerState,
  ) {}

  getTreeItem(node: AgentViewNode): TreeItem {
    return toTreeItem(node);
  }

  getChildren(node?: AgentViewNode): Promise<AgentViewNode[]> {
    return this.children.get(node);
  }

  getParent(node: AgentViewNode): AgentViewNode | undefined {
    return this.children.parentOf(node);
  }

  /**
   * Everything again. A change in one file can move problem counts and routing in others (a
   * renamed agent, an orchestrator section), and the list is small, so the whole tree is fetched;
   * the tree keeps expansion state by item id.
   */
  refreshAll(): void {
    this.children.clear();
    this.changed.fire(undefined);
  }

  /** The loaded agent, skill or command node of a file, for TreeView.reveal. */
  async findByUri(uri: string): Promise<AgentViewNode | undefined> {
    const search = async (parent?: AgentViewNode, depth = 0): Promise<AgentViewNode | undefined> => {
      const nodes = await this.getChildren(parent);
      for (const n of nodes) if (n.uri === uri && n.level !== 'code' && n.level !== 'binding') return n;
      if (depth >= 2) return undefined;
      for (const n of nodes) {
        // A large group stays closed: searching it would have the server lint all its files.
        if ((n.level !== 'folder' && n.level !== 'group') || (n.level === 'group' && (n.count ?? 0) > EXPAND_LIMIT)) continue;
        if (n.level === 'folder' && !uri.startsWith(n.folder)) continue;
        const hit = await search(n, depth + 1);
        if (hit) return hit;
      }
      return undefined;
    };
    return search();
  }
}

function keyOf(node: Pick<AgentViewNode, 'folder' | 'id' | 'level'>): string {
  return `${node.level}:${node.folder}|${node.id}`;
}
