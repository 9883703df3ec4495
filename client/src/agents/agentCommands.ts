import { commands, env, Position, Range, Selection, Uri, window, type Disposable, type TreeView } from 'vscode';
import type { AgentRouteSite, AgentViewNode } from '../../../server/src/protocol';
import type { AgentTreeProvider } from './agentTreeProvider';

/** Registers the Agents view's commands from one table. */
export function registerAgentCommands(provider: AgentTreeProvider, view: TreeView<AgentViewNode>, onFilterChanged: () => void): Disposable[] {
  const target = (node?: AgentViewNode) => node ?? view.selection[0];
  const setFilter = (filter: AgentTreeProvider['filter']) => {
    provider.filter = filter;
    onFilterChanged();
  };
  // VS Code passes a command whatever its caller gives: each handler declares what it accepts.
  const table: Record<string, (...args: never[]) => unknown> = {
    'agentDocs.agents.refresh': () => provider.refreshAll(),
    'agentDocs.agents.showProblemsOnly': () => setFilter('withProblems'),
    'agentDocs.agents.showAll': () => setFilter('all'),
    'agentDocs.agents.open': async (node?: AgentViewNode) => {
      const t = target(node);
      if (t?.uri) await openAt(t.uri, t.line);
    },
    'agentDocs.agents.openRoute': async (node?: AgentViewNode) => {
      const t = target(node);
      const sites: AgentRouteSite[] = [...(t?.notRoutedBy ?? []), ...(t?.routedBy ?? [])];
      if (sites.length <= 1) return sites[0] && openAt(sites[0].uri, sites[0].line);
      const pick = await window.showQuickPick(
        sites.map((s) => ({
          label: `### ${s.section}`,
          description: `${Uri.parse(s.uri).path.split('/').pop()}:${s.line + 1}`,
          detail: t?.notRoutedBy?.includes(s) ? 'does not list this code' : 'lists this code',
          site: s,
        })),
        { title: `Orchestrator sections for ${t?.label}` },
      );
      if (pick) await openAt(pick.site.uri, pick.site.line);
      return undefined;
    },
    'agentDocs.agents.revealInExplorer': (node?: AgentViewNode) => {
      const t = target(node);
      return t?.uri ? commands.executeCommand('revealInExplorer', Uri.parse(t.uri)) : undefined;
    },
    'agentDocs.agents.copyName': async (node?: AgentViewNode) => {
      const t = target(node);
      if (!t || t.level === 'group' || t.level === 'folder') return;
      await env.clipboard.writeText(t.label);
      window.setStatusBarMessage(`Copied ${t.label}`, 2000);
    },
  };
  return Object.entries(table).map(([id, run]) => commands.registerCommand(id, run));
}

async function openAt(uri: string, line: number | undefined): Promise<void> {
  const editor = await window.showTextDocument(Uri.parse(uri), { preview: true });
  if (line === undefined) return;
  const pos = new Position(line, 0);
  editor.selection = new Selection(pos, pos);
  editor.revealRange(new Range(pos, pos));
}
