import { commands, window, workspace, type Disposable, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AgentTreeChangedNotification } from '../../../server/src/protocol';
import { onNotification } from '../protocolClient';
import type { AgentViewApi } from '../api';
import { registerAgentCommands } from './agentCommands';
import { AgentTreeProvider } from './agentTreeProvider';

/**
 * The Agents view: the workspace's agents, skills and commands with their problems, and each
 * agent's return codes with their routing. All data comes from the server.
 */
export function registerAgentView(context: ExtensionContext, client: LanguageClient): AgentViewApi {
  const provider = new AgentTreeProvider(client);
  const view = window.createTreeView('agentDocs.agents', { treeDataProvider: provider, showCollapseAll: true });

  const describeFilter = () => {
    view.description = provider.filter === 'withProblems' ? 'with problems' : undefined;
    void commands.executeCommand('setContext', 'agentDocs.agents.filtered', provider.filter !== 'all');
  };

  const revealActive = async () => {
    const editor = window.activeTextEditor;
    if (!view.visible || !editor || !workspace.getConfiguration('agentDocs').get<boolean>('agents.autoReveal', true)) return;
    const node = await provider.findByUri(editor.document.uri.toString());
    if (node) await view.reveal(node, { select: true, focus: false, expand: false });
  };

  const disposables: Disposable[] = [
    view,
    ...registerAgentCommands(provider, view, () => {
      describeFilter();
      provider.refreshAll();
    }),
    onNotification(client, AgentTreeChangedNotification, () => provider.refreshAll()),
    window.onDidChangeActiveTextEditor(() => void revealActive()),
    view.onDidChangeVisibility(() => void revealActive()),
  ];
  context.subscriptions.push(...disposables);
  describeFilter();
  return { tree: provider, view };
}
