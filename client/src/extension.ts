/**
 * VS Code glue: starts the language server over IPC for Markdown files (and VS Code's agent and skill languages) and
 * Claude Code's plugin JSON files, and forwards file events.
 * Everything the user sees comes from the server; the client adds only VS Code-specific views.
 */
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerTaskView } from './tasks/taskView';
import { registerAgentView } from './agents/agentView';
import { registerFlowView } from './flow/flowView';
import { DATA_DOCUMENT_GLOBS, JSON_DOCUMENT_GLOBS, MARKDOWN_LANGUAGES, ServerProcessRequest, WATCHED_GLOBS } from '../../server/src/protocol';
import { sendRequest } from './protocolClient';
import type { AgentDocsApi } from './api';

export type { AgentDocsApi } from './api';

let client: LanguageClient | undefined;

/** Starts the server and the views; returns the read-only API described in docs/sidebar.md. */
export async function activate(context: ExtensionContext): Promise<AgentDocsApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Recent VS Code gives `.claude/agents/*.md` the language `chatagent` and `SKILL.md` the language
    // `skill` (its prompt-basics extension); older versions call both `markdown`.
    documentSelector: [
      ...MARKDOWN_LANGUAGES.map((language) => ({ scheme: 'file', language })),
      // Claude Code's JSON files (the server classifies them by path; other JSON never reaches it).
      ...JSON_DOCUMENT_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
      ...DATA_DOCUMENT_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
    ],
    // In Restricted Mode the server ignores `followSymlinks` from the workspace's config file.
    initializationOptions: { workspaceTrusted: workspace.isTrusted },
    synchronize: {
      configurationSection: 'agentDocs',
      fileEvents: WATCHED_GLOBS.map((glob) => workspace.createFileSystemWatcher(glob)),
    },
  };
  client = new LanguageClient('agentDocs', 'Agent Docs', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
  // Trusting the folder lifts the Restricted Mode limits: start the server again with them lifted.
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  const tasks = registerTaskView(context, client);
  const agents = registerAgentView(context, client);
  const flow = registerFlowView(context, client);
  const running = client;
  return {
    apiVersion: 1,
    tasks,
    agents,
    flow,
    serverProcessId: async () => (await sendRequest(running, ServerProcessRequest, {})).pid,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
