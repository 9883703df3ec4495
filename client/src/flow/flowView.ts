import { commands, Uri, window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { FlowViewApi } from '../api';
import { FlowPanel } from './flowPanel';

/**
 * The Flow view's command, `agentDocs.flow.show`: from the command palette (the active file's
 * flow), the Agents view (an agent's or command's flow, or the title bar) and the code lens on
 * orchestrators (its file's flow).
 */
export function registerFlowView(context: ExtensionContext, client: LanguageClient): FlowViewApi {
  const panel = new FlowPanel(context, client);
  context.subscriptions.push(
    panel,
    // VS Code passes whatever its caller gives: a URI string (code lens), a Uri, a view node, or nothing.
    commands.registerCommand('agentDocs.flow.show', (target?: unknown) => panel.show(uriOf(target) ?? window.activeTextEditor?.document.uri.toString())),
  );
  return {
    show: (uri?: string) => panel.show(uri),
    graph: () => panel.graph,
    onDidSendGraph: (listener) => panel.onDidSendGraph(listener),
    visible: () => panel.visible,
  };
}

function uriOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (target instanceof Uri) return target.toString();
  if (typeof target === 'object' && target !== null && typeof (target as { uri?: unknown }).uri === 'string') return (target as { uri: string }).uri;
  return undefined;
}
