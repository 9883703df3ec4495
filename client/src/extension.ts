/**
 * VS Code glue: starts the language server over IPC for Markdown files (and VS Code's agent and skill languages) and
 * Claude Code's plugin JSON files, and forwards file events.
 * Everything the user sees comes from the server; the client adds only VS Code-specific views.
 */
import * as path from 'node:path';
import { languages, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerTaskView } from './tasks/taskView';
import { registerAgentView } from './agents/agentView';
import { registerFlowView } from './flow/flowView';
import { DATA_DOCUMENT_GLOBS, JSON_DOCUMENT_GLOBS, MARKDOWN_LANGUAGES, ServerProcessRequest, WATCHED_GLOBS } from '../../server/src/protocol';
import { sendRequest } from './protocolClient';
import { ServerState } from './serverState';
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
    // Pull diagnostics: open documents are pulled as they change and on save; the workspace's
    // problems come from the server's long-running workspace pull (agentDocs.problems.scope).
    diagnosticPullOptions: { onChange: true, onSave: true },
    // In Restricted Mode the server ignores `followSymlinks` from the workspace's config file. VS
    // Code's own languages for agents and skills come with its own validation: the server keeps
    // what that already reports to a hint (docs/editor.md).
    initializationOptions: { workspaceTrusted: workspace.isTrusted, hostValidatedLanguages: await hostLanguages() },
    synchronize: {
      configurationSection: 'agentDocs',
      fileEvents: WATCHED_GLOBS.map((glob) => workspace.createFileSystemWatcher(glob)),
    },
  };
  client = new LanguageClient('agentDocs', 'Agent Docs', serverOptions, clientOptions);
  const state = new ServerState(client);
  context.subscriptions.push(client, state);
  // The views first: they say "Indexing…" while the server starts, never "no data provider".
  const tasks = registerTaskView(context, client, state);
  const agents = registerAgentView(context, client, state);
  await client.start();
  // Trusting the folder lifts the Restricted Mode limits: start the server again with them lifted.
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  // The Flow view asks for a graph only when it is shown.
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

/** VS Code's own languages for agents and skills (`chatagent`, `skill`) that this VS Code has. */
async function hostLanguages(): Promise<string[]> {
  const known = new Set(await languages.getLanguages());
  return MARKDOWN_LANGUAGES.filter((l) => l !== 'markdown' && known.has(l));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
