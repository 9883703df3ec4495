/**
 * A small LSP client for protocol tests: it spawns the bundled server (`dist/server.js --stdio`),
 * speaks JSON-RPC with Content-Length framing over its stdin/stdout, answers the requests a real
 * editor answers (configuration, capability registration, applyEdit), and lets tests wait on
 * notifications with deadlines instead of sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CancellationTokenSource,
  WorkspaceDiagnosticRequest,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextEdit,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

/** The repository root (tests run from out/test/...). */
export const REPO_ROOT = join(__dirname, '../../..');
export const BUNDLED_SERVER = join(REPO_ROOT, 'dist', 'server.js');

const DEFAULT_TIMEOUT_MS = 10_000;

export interface LspClientOptions {
  /** The workspace folder (a directory path). */
  root: string;
  /** More workspace folders after `root`, for multi-root workspaces. */
  moreFolders?: string[];
  /** The server script; defaults to the bundled `dist/server.js`. */
  server?: string;
  /** The `agentDocs` section returned for workspace/configuration; change it with `changeSettings`. */
  settings?: unknown;
  /** Replaces the default client capabilities (those of a current VS Code). */
  capabilities?: ClientCapabilities;
  /** Sent as `initializationOptions` (what the VS Code client sends: `workspaceTrusted`, `hostValidatedLanguages`). */
  initializationOptions?: unknown;
}

interface Waiter<T> {
  accept(value: T): boolean;
}

const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    applyEdit: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: {
      isPreferredSupport: true,
      dataSupport: true,
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
    },
    rename: { prepareSupport: true },
  },
  window: { workDoneProgress: true },
};

/** A current VS Code's capabilities with LSP 3.17 pull diagnostics (document and workspace). */
export const PULL_CAPABILITIES: ClientCapabilities = {
  ...CAPABILITIES,
  workspace: { ...CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

/**
 * A `workspace/diagnostic` request held open by the server, as VS Code holds it: partial results
 * arrive as `$/progress` and are applied per file, the way the editor's Problems panel does.
 */
export interface WorkspacePull {
  /** The latest report per file (a full report replaces the file's problems). */
  readonly reports: Map<string, WorkspaceDocumentDiagnosticReport>;
  /** Every report received, in order. */
  readonly received: WorkspaceDocumentDiagnosticReport[];
  /** The request's final answer, once the server ends it. */
  readonly done: Promise<WorkspaceDiagnosticReport>;
  /** Resolves once `predicate` holds for the reports received so far. */
  until(predicate: (reports: Map<string, WorkspaceDocumentDiagnosticReport>) => boolean, what: string, timeoutMs?: number): Promise<void>;
  cancel(): void;
}

/** One server process and the editor state a test drives it with. */
export class LspClient {
  /** Every window/showMessage, showMessageRequest and logMessage the server sent, in order. */
  readonly messages: { method: string; type: number; message: string }[] = [];
  /** Capabilities the server registered dynamically. */
  readonly registrations: Registration[] = [];
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly diagnosticWaiters = new Set<Waiter<PublishDiagnosticsParams>>();
  /** Waiters per notification method. jsonrpc keeps one handler per method, so all go through `listen`. */
  private readonly notificationWaiters = new Map<string, Set<Waiter<unknown>>>();
  private readonly docs = new Map<string, TextDocument>();
  private settings: unknown;
  /** The server's answer to `initialize` (its capabilities). */
  initializeResult: InitializeResult | undefined;
  /** How many `workspace/diagnostic/refresh` requests the server sent. */
  refreshes = 0;
  private stderr = '';
  private exited: Promise<number | null>;

  private constructor(
    private readonly process: ChildProcess,
    private readonly connection: ProtocolConnection,
    readonly root: string,
    settings: unknown,
  ) {
    this.settings = settings;
    process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    this.listen<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => {
      this.latest.set(p.uri, p);
      for (const w of [...this.diagnosticWaiters]) if (w.accept(p)) this.diagnosticWaiters.delete(w);
    });
    for (const method of ['window/showMessage', 'window/logMessage']) {
      this.listen<{ type: number; message: string }>(method, (p) => {
        this.messages.push({ method, ...p });
      });
    }
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section === 'agentDocs' ? this.settings : null)),
    );
    connection.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push({ method: 'window/showMessageRequest', ...p });
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.applyWorkspaceEdit(p.edit);
      return { applied: true };
    });
  }

  /** Spawns the server, initializes it with the workspace folder, and sends `initialized`. */
  /** The server's process id. */
  get pid(): number | undefined {
    return this.process.pid;
  }

  static async start(options: LspClientOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [options.server ?? BUNDLED_SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options.root, options.settings ?? null);
    connection.listen();
    const rootUri = pathToFileURL(options.root).href;
    client.initializeResult = await client.withDeadline(
      connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [options.root, ...(options.moreFolders ?? [])].map((f, i) => ({
          uri: pathToFileURL(f).href,
          name: i ? `workspace${i + 1}` : 'workspace',
        })),
        capabilities: options.capabilities ?? CAPABILITIES,
        ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
      }),
      'initialize',
    );
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** The file URI of a workspace-relative path. */
  uri(relativePath: string): string {
    return pathToFileURL(join(this.root, relativePath)).href;
  }

  /** Sends any request and waits (with a deadline) for its result. */
  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.withDeadline(this.connection.sendRequest(method, params) as Promise<R>, method);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Opens a document (version 1) as an editor would. */
  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces an open document's whole text with a new version. */
  async change(uri: string, text: string): Promise<number> {
    const doc = this.document(uri);
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, text);
    this.docs.set(uri, next);
    await this.notify('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ text }] });
    return next.version;
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** The client's current text of an open document. */
  text(uri: string): string {
    return this.document(uri).getText();
  }

  version(uri: string): number {
    return this.document(uri).version;
  }

  /**
   * Applies a workspace edit's text edits to the open documents and sends the new versions, as an
   * editor does after a code action. Returns the URIs it changed.
   */
  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<string[]> {
    const byUri = new Map<string, TextEdit[]>(Object.entries(edit.changes ?? {}));
    for (const change of edit.documentChanges ?? []) {
      if ('textDocument' in change) byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...(change.edits as TextEdit[])]);
    }
    for (const [uri, edits] of byUri) await this.change(uri, TextDocument.applyEdits(this.document(uri), edits));
    return [...byUri.keys()];
  }

  /** Replaces the `agentDocs` settings and tells the server they changed (it pulls them). */
  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.notify('workspace/didChangeConfiguration', { settings: null });
  }

  /**
   * Resolves with the first diagnostics published for `uri` that satisfy `predicate`, checking the
   * latest ones already received first. Rejects at the deadline with what was last seen.
   */
  waitForDiagnostics(
    uri: string,
    predicate: (diagnostics: Diagnostic[], version: number | undefined) => boolean = () => true,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<Diagnostic[]> {
    const test = (p: PublishDiagnosticsParams) => p.uri === uri && predicate(p.diagnostics, p.version);
    const seen = this.latest.get(uri);
    if (seen && test(seen)) return Promise.resolve(seen.diagnostics);
    return new Promise((resolve, reject) => {
      const waiter: Waiter<PublishDiagnosticsParams> = {
        accept: (p) => {
          if (!test(p)) return false;
          clearTimeout(timer);
          resolve(p.diagnostics);
          return true;
        },
      };
      const timer = setTimeout(() => {
        this.diagnosticWaiters.delete(waiter);
        const last = this.latest.get(uri);
        reject(
          new Error(
            `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(last?.diagnostics.map((d) => [d.code, d.range, d.severity]) ?? null)}${this.stderrNote()}`,
          ),
        );
      }, timeoutMs);
      this.diagnosticWaiters.add(waiter);
    });
  }

  /** Resolves with the params of the next `method` notification that satisfies `predicate`. */
  waitForNotification<P>(method: string, predicate: (params: P) => boolean = () => true, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<P> {
    if (!this.notificationWaiters.has(method)) this.listen(method);
    const waiters = this.notificationWaiters.get(method)!;
    return new Promise((resolve, reject) => {
      const waiter: Waiter<unknown> = {
        accept: (p) => {
          if (!predicate(p as P)) return false;
          clearTimeout(timer);
          resolve(p as P);
          return true;
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`no ${method} notification within ${timeoutMs} ms${this.stderrNote()}`));
      }, timeoutMs);
      waiters.add(waiter);
    });
  }

  /** The one handler of a notification method: runs `record`, then offers the params to waiters. */
  private listen<P>(method: string, record?: (params: P) => void): void {
    const waiters = new Set<Waiter<unknown>>();
    this.notificationWaiters.set(method, waiters);
    this.connection.onNotification(method, (p: P) => {
      record?.(p);
      for (const w of [...waiters]) if (w.accept(p)) waiters.delete(w);
    });
  }

  /** Retries `ask` until its answer satisfies `predicate`, or rejects at the deadline. */
  async poll<T>(ask: () => Promise<T>, predicate: (value: T) => boolean, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await ask();
      if (predicate(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: not reached within ${timeoutMs} ms; last: ${JSON.stringify(value)}${this.stderrNote()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Diagnostics for the document's current version that satisfy `predicate`. */
  waitForCurrentDiagnostics(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const version = this.version(uri);
    return this.waitForDiagnostics(uri, (d, v) => v === version && predicate(d));
  }

  /** Starts a `workspace/diagnostic` pull with a partial-result token, as VS Code does. */
  pullWorkspace(previousResultIds: { uri: string; value: string }[] = []): WorkspacePull {
    const token = `pull-${Math.random().toString(36).slice(2)}`;
    const reports = new Map<string, WorkspaceDocumentDiagnosticReport>();
    const received: WorkspaceDocumentDiagnosticReport[] = [];
    const checks = new Set<() => void>();
    const apply = (items: WorkspaceDocumentDiagnosticReport[]) => {
      for (const r of items) {
        received.push(r);
        reports.set(r.uri, r.kind === 'full' ? r : { ...(reports.get(r.uri) ?? r), resultId: r.resultId });
      }
      for (const c of [...checks]) c();
    };
    const progress = this.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, token, (p) => apply(p.items));
    const source = new CancellationTokenSource();
    const done = (
      this.connection.sendRequest(
        WorkspaceDiagnosticRequest.type,
        { previousResultIds, partialResultToken: token },
        source.token,
      ) as Promise<WorkspaceDiagnosticReport>
    ).then((r) => {
      progress.dispose();
      apply(r.items);
      return r;
    });
    const until = (predicate: (r: Map<string, WorkspaceDocumentDiagnosticReport>) => boolean, what: string, timeoutMs = DEFAULT_TIMEOUT_MS) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!predicate(reports)) return;
          checks.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          checks.delete(check);
          reject(
            new Error(
              `${what}: not reached within ${timeoutMs} ms; reports: ${JSON.stringify([...reports.values()].map((r) => [r.uri.replace(/.*\//, ''), r.kind, r.kind === 'full' ? r.items.map((d) => d.code) : '=']))}${this.stderrNote()}`,
            ),
          );
        }, timeoutMs);
        checks.add(check);
        check();
      });
    return { reports, received, done, until, cancel: () => source.cancel() };
  }

  /** Sends shutdown then exit, and returns the server's exit code. */
  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await this.withDeadline(this.exited, 'exit');
    this.connection.dispose();
    return code;
  }

  /** Kills the server if it is still running (for `after` hooks when a test failed early). */
  dispose(): void {
    this.connection.dispose();
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }

  private document(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }

  private withDeadline<T>(promise: Promise<T>, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs} ms${this.stderrNote()}`)), timeoutMs);
    });
    return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
  }

  private stderrNote(): string {
    return this.stderr ? `\nserver stderr:\n${this.stderr}` : '';
  }
}
