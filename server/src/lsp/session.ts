import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AgentDocsService, CONFIG_FILE_NAMES, type Finding } from '../core';
import { reportedByVsCode, VSCODE_VALIDATION } from '../core/spec/vscodeValidation';
import { listMarkdownFiles, pathToUri, readDirectoryUri, readTextSync, uriToPath } from '../host/files';
import { loadConfig, readEditorSettings, type EditorSettings } from './configuration';
import { registerDiagnostics } from './diagnostics';
import { registerFeatures } from './features';
import { registerLocations } from './locations';
import { ProblemStore } from './problems';
import { registerTaskView } from './taskView';
import { registerAgentView } from './agentView';
import { INDEXED_NOTIFICATION, IndexingNotification, ServerProcessRequest, type IndexedParams, type IndexingParams, type ServerProcessInfo } from '../protocol';

/**
 * Indexing works in slices of about this many milliseconds, then yields so that requests for open
 * documents wait at most one slice. (Fixed batches of 100 files took up to half a second once the
 * domains' extractors landed: some files cost far more than others.)
 */
const INDEX_SLICE_MS = 12;
/** How often, at most, indexing progress is reported to the client. */
const PROGRESS_INTERVAL_MS = 250;

/** Shared state of one server session, passed to the handler modules. */
export interface Session {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: AgentDocsService;
  /** Brings the service's copy of an open document up to date and returns it. */
  sync(uri: string): boolean;
  /** The workspace folder URIs. */
  roots(): readonly string[];
  /** Whether the initial index of the workspace is complete. */
  isIndexed(): boolean;
  /** Called once the initial index is complete. */
  onIndexed(listener: () => void): void;
  /**
   * Sends a notification unless the connection has closed: debounced senders (the sidebar views)
   * may fire after the client went away, and that must not become an uncaught exception.
   */
  notify(method: string, params: unknown): void;
  /** Called after settings or a config file changed and the service has the new configuration. */
  onConfigChanged(listener: () => void): void;
  /**
   * Called after files changed on disk and the index has them: the Markdown files changed, created
   * or deleted, and whether any file or folder was created or deleted (`structural`: the folder
   * listings links resolve against have changed).
   */
  onFilesChanged(listener: (uris: readonly string[], structural: boolean) => void): void;
  /** Every file's problems, shared by the diagnostics and the sidebars' counts. */
  readonly problems: ProblemStore;
  /** The settings of the editor integration (`agentDocs.problems.scope`, …). */
  editorSettings(): EditorSettings;
  /** What the client can do, known after `initialize`. */
  readonly client: { pullDiagnostics: boolean; diagnosticRefresh: boolean; watchesFiles: boolean };
  /** Where diagnostics link their rule ids to (docs/rules.md beside the server). */
  readonly docsUri: string;
}

export function startSession(connection: Connection): Session {
  const documents = new TextDocuments(TextDocument);
  const log = (m: string) => connection.console.log(m);
  let maxFileSize = Infinity;
  const service = new AgentDocsService({
    host: { readFile: (uri) => (uri.startsWith('file:') ? readTextSync(uriToPath(uri), maxFileSize) : undefined), readDirectory: readDirectoryUri, log },
  });
  let roots: string[] = [];
  let supportsConfiguration = false;
  /** False in VS Code's Restricted Mode: the workspace may not widen what is read. */
  let workspaceTrusted = true;
  let supportsWatchRegistration = false;
  let indexed = false;
  const indexedListeners: (() => void)[] = [];
  const configListeners: (() => void)[] = [];
  const fileListeners: ((uris: readonly string[], structural: boolean) => void)[] = [];
  let editorSettings = readEditorSettings(undefined);
  /** Languages whose open documents the editor validates itself (VS Code: `chatagent`, `skill`). */
  let hostValidated = new Set<string>();
  /**
   * What the editor's own validation already reports on an open document stays a hint here: one
   * voice in the Problems panel and the squiggles, while our explanation and fix remain in the
   * hover and the light bulb. The language is the document's in the editor; opening and closing
   * move the lint signature, so counts follow.
   */
  const oneVoice = (uri: string, findings: Finding[]): Finding[] => {
    const language = documents.get(uri)?.languageId;
    if (!language || !hostValidated.has(language)) return findings;
    const doc = service.document(uri);
    return doc ? findings.map((f) => (f.severity !== 'hint' && reportedByVsCode(doc, f) ? { ...f, severity: 'hint' as const } : f)) : findings;
  };

  const session: Session = {
    connection,
    documents,
    service,
    sync(uri) {
      const doc = documents.get(uri);
      if (!doc) return service.document(uri) !== undefined;
      return service.openDocument(uri, doc.version, doc.getText()) !== undefined;
    },
    roots: () => roots,
    isIndexed: () => indexed,
    onIndexed: (listener) => void indexedListeners.push(listener),
    notify(method, params) {
      try {
        connection.sendNotification(method, params).catch(() => undefined);
      } catch {
        // The connection is closed or disposed: nobody is listening any more.
      }
    },
    onConfigChanged: (listener) => void configListeners.push(listener),
    onFilesChanged: (listener) => void fileListeners.push(listener),
    problems: new ProblemStore(service, (uri, findings) => oneVoice(uri, findings)),
    editorSettings: () => editorSettings,
    client: { pullDiagnostics: false, diagnosticRefresh: false, watchesFiles: false },
    docsUri: pathToFileURL(join(__dirname, '..', 'docs', 'rules.md')).href,
  };

  // Settings pushed with didChangeConfiguration, for clients that cannot answer workspace/configuration.
  let pushedSettings: unknown;
  const reloadConfig = async () => {
    let settings: unknown = pushedSettings;
    if (supportsConfiguration) {
      try {
        settings = await connection.workspace.getConfiguration('agentDocs');
      } catch {
        settings = undefined;
      }
    }
    const loaded = loadConfig(roots, settings);
    editorSettings = readEditorSettings(settings);
    // A notification, not showWarningMessage's request: no reply is needed, and a client that
    // rejects the request would otherwise leave an unhandled rejection that ends the server.
    for (const p of loaded.problems) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `agent-docs: ${p}` });
    // An untrusted folder's config file must not send the server reading outside the folder.
    if (!workspaceTrusted && loaded.config.followSymlinks) loaded.config.followSymlinks = false;
    maxFileSize = loaded.config.maxFileSize;
    service.setConfig(loaded.config);
    for (const listener of configListeners) listener();
  };

  const indexWorkspace = async () => {
    const listStart = performance.now();
    const files: string[] = [];
    for (const root of roots) files.push(...(await listMarkdownFiles(uriToPath(root), { followSymlinks: service.config.followSymlinks })));
    const indexStart = performance.now();
    let sliceStart = performance.now();
    const progress = (indexed: number) => session.notify(IndexingNotification.method, { files: files.length, indexed } satisfies IndexingParams);
    progress(0);
    let lastProgress = indexStart;
    let count = 0;
    for (const path of files) {
      const uri = pathToUri(path);
      if (!documents.get(uri)) {
        const text = readTextSync(path, maxFileSize);
        try {
          if (text !== undefined) service.indexFile(uri, text);
        } catch (e) {
          log(`agent-docs: indexing ${path} failed: ${(e as Error)?.stack ?? String(e)}`);
        }
      }
      count++;
      if (performance.now() - sliceStart >= INDEX_SLICE_MS) {
        if (sliceStart - lastProgress >= PROGRESS_INTERVAL_MS) {
          progress(count);
          lastProgress = sliceStart;
        }
        // Yield so requests for open documents are answered while a large workspace is indexed.
        await new Promise((r) => setImmediate(r));
        sliceStart = performance.now();
      }
    }
    indexed = true;
    const done: IndexedParams = { files: service.index.size, ms: Math.round(performance.now() - indexStart), listMs: Math.round(indexStart - listStart) };
    log(`agent-docs: indexed ${done.files} documents in ${roots.length} folder(s) in ${done.ms} ms`);
    void connection.sendNotification(INDEXED_NOTIFICATION, done);
    for (const listener of indexedListeners) listener();
  };

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    supportsConfiguration = caps.workspace?.configuration === true;
    const options = params.initializationOptions as { workspaceTrusted?: unknown; hostValidatedLanguages?: unknown } | undefined;
    workspaceTrusted = options?.workspaceTrusted !== false;
    // The client names the editor's own agent and skill languages; the core knows which it validates.
    if (Array.isArray(options?.hostValidatedLanguages)) hostValidated = new Set(options.hostValidatedLanguages.filter((l): l is string => typeof l === 'string' && VSCODE_VALIDATION.languages.includes(l)));
    supportsWatchRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    session.client.watchesFiles = supportsWatchRegistration;
    // Pull diagnostics (LSP 3.17) where the client asks for them; push for open files otherwise.
    session.client.pullDiagnostics = caps.textDocument?.diagnostic !== undefined;
    session.client.diagnosticRefresh = caps.workspace?.diagnostics?.refreshSupport === true;
    roots = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (roots.length === 0 && params.rootUri) roots = [params.rootUri];
    service.setRoots(roots);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ',', ' ', '`', '[', '|', '-', '.'], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.agent-docs'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        ...(session.client.pullDiagnostics ? { diagnosticProvider: { identifier: 'agent-docs', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'agent-docs' },
    };
  });

  connection.onInitialized(async () => {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'agentDocs' });
    if (supportsWatchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/*.{md,MD,markdown}' },
          ...CONFIG_FILE_NAMES.map((n) => ({ globPattern: `**/${n}` })),
          // Links resolve against every file and folder: creations and deletions of any of them,
          // and changes to the manifests that name plugins and their resource folders.
          { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
          { globPattern: '**/{plugin.json,.mcp.json}', kind: WatchKind.Change },
        ],
      });
    }
    await reloadConfig();
    await indexWorkspace();
  });

  connection.onDidChangeConfiguration(({ settings }) => {
    const section = (settings as Record<string, unknown> | null | undefined)?.['agentDocs'];
    if (section !== undefined) pushedSettings = section;
    void reloadConfig();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let configChanged = false;
    const changed: string[] = [];
    // Links resolve against every file and folder: creations, deletions and manifest changes.
    const structural = changes.filter((c) => c.type !== FileChangeType.Changed || /\/(plugin\.json|\.mcp\.json)$/.test(c.uri));
    if (structural.length) service.filesChanged(structural.map((c) => c.uri));
    for (const change of changes) {
      if (!/\.(md|markdown)$/i.test(change.uri) && !CONFIG_FILE_NAMES.some((n) => change.uri.endsWith(`/${n}`))) continue;
      if (CONFIG_FILE_NAMES.some((n) => change.uri.endsWith(`/${n}`))) {
        configChanged = true;
        continue;
      }
      changed.push(change.uri);
      if (change.type === FileChangeType.Deleted) service.removeFile(change.uri);
      else if (!documents.get(change.uri)) {
        const text = readTextSync(uriToPath(change.uri), maxFileSize);
        if (text === undefined) service.removeFile(change.uri);
        else service.indexFile(change.uri, text);
      }
    }
    if (changed.length || structural.length) for (const listener of fileListeners) listener(changed, structural.length > 0);
    if (configChanged) void reloadConfig();
  });

  documents.onDidClose((e) => {
    service.closeDocument(e.document.uri);
    // The editor may have held unsaved text: index what is on disk now.
    if (e.document.uri.startsWith('file:')) {
      const text = readTextSync(uriToPath(e.document.uri), maxFileSize);
      if (text === undefined) service.removeFile(e.document.uri);
      else service.indexFile(e.document.uri, text);
    }
  });

  registerDiagnostics(session);
  registerFeatures(session);
  registerTaskView(session, session.roots);
  registerAgentView(session);
  registerLocations(session);
  connection.onRequest(ServerProcessRequest.method, (): ServerProcessInfo => ({ pid: process.pid }));
  documents.listen(connection);
  return session;
}
