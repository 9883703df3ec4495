import { commands, window, workspace, type Disposable, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AgentTreeChangedNotification } from '../../../server/src/protocol';
import { onNotification } from '../protocolClient';
import type { AgentViewApi } from '../api';
import { registerAgentCommands } from './agentCommands';
import { AgentTreeProvider } from './agentTreeProvider';
import type { ServerState } from '../serverState';
import { configureAgentLocations } from '../locations';

/**
 * The Agents view: the workspace's agents, skills and commands with their problems, and each
 * agent's return codes with their routing. All data comes from the server.
 */
export function registerAgentView(context: ExtensionContext, client: LanguageClient, state: ServerState): AgentViewApi {
  const provider = new AgentTreeProvider(client, state);
  const view = window.createTreeView('agentDocs.agents', { treeDataProvider: provider, showCollapseAll: true });
  const showState = () => (view.message = state.message());

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
    state.onDidChange(showState),
    commands.registerCommand('agentDocs.agents.configureLocations', () => configureAgentLocations(client)),
    window.onDidChangeActiveTextEditor(() => void revealActive()),
    view.onDidChangeVisibility(() => void revealActive()),
  ];
  context.subscriptions.push(...disposables);
  describeFilter();
  showState();
  return { tree: provider, view };
}
