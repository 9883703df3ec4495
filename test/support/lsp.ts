import { PassThrough } from 'node:stream';
import { CancellationTokenSource, createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver';
import { startSession, type Session } from '../../server/src/lsp/session';
import { pathToUri } from '../../server/src/host/files';

/** A language server session running in this process, talking JSON-RPC over in-memory streams. */
export interface LspHarness {
  client: MessageConnection;
  session: Session;
  logs: string[];
  /** Latest diagnostics per URI, with the document version they were computed for. */
  diagnostics: Map<string, { version?: number; diagnostics: Diagnostic[] }>;
  /** Resolves once the initial workspace indexing has finished. */
  indexed: Promise<void>;
  waitFor(predicate: () => boolean, what: string): Promise<void>;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, text: string, version: number): void;
  hover(uri: string, line: number, character: number, cancel?: boolean): Promise<unknown>;
  dispose(): void;
}

/** Starts a session over `rootPath`. `settings` answers `workspace/configuration` (the VS Code settings). */
export async function startLsp(rootPath: string, settings?: Record<string, unknown>, initializationOptions?: Record<string, unknown>): Promise<LspHarness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const session = startSession(connection);
  connection.listen();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const logs: string[] = [];
  const diagnostics: LspHarness['diagnostics'] = new Map();
  let indexedResolve!: () => void;
  const indexed = new Promise<void>((r) => (indexedResolve = r));
  client.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
    if (/agent-docs: indexed \d+ documents/.test(p.message)) indexedResolve();
  });
  client.onNotification('window/showMessage', (p: { message: string }) => void logs.push(p.message));
  client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
    diagnostics.set(p.uri, { ...(p.version !== undefined ? { version: p.version } : {}), diagnostics: p.diagnostics });
  });
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings ?? {}));
  client.listen();
  const rootUri = pathToUri(rootPath);
  await client.sendRequest('initialize', {
    processId: null,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'ws' }],
    capabilities: settings ? { workspace: { configuration: true } } : {},
    ...(initializationOptions ? { initializationOptions } : {}),
  });
  void client.sendNotification('initialized', {});

  const waitFor = async (predicate: () => boolean, what: string) => {
    // Bounded by a count of event-loop turns, not by time: a hang fails instead of blocking forever.
    for (let i = 0; i < 200_000; i++) {
      if (predicate()) return;
      await new Promise((r) => setImmediate(r));
    }
    throw new Error(`gave up waiting for ${what}`);
  };
  return {
    client,
    session,
    logs,
    diagnostics,
    indexed,
    waitFor,
    open(uri, text, version = 1) {
      void client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    change(uri, text, version) {
      void client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    hover(uri, line, character, cancel = false) {
      const source = new CancellationTokenSource();
      const answer = client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }, source.token);
      if (cancel) source.cancel();
      return answer;
    },
    dispose() {
      // Only the client side goes away: the server's debounced notifications may still fire, and
      // over a live (unread) stream they are harmless. A real server process exits with its client.
      client.dispose();
    },
  };
}
