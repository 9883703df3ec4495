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
import {
  AgentDocsService,
  basename,
  CONFIG_FILE_NAMES,
  detectClaudeMpmProjects,
  INDEXING_SETTINGS,
  reportedByVsCode,
  VSCODE_VALIDATION,
  type AgentDocsConfig,
  type Finding,
} from '../core';
import {
  claudeMpmMarkerAt,
  directoryStampUri,
  isDocumentPath,
  isExecutableUri,
  listDocumentFiles,
  pathToUri,
  readDirectoryUri,
  readTextSync,
  uriToPath,
} from '../host/files';
import { loadConfig, readEditorSettings, type EditorSettings } from './configuration';
import { registerDiagnostics } from './diagnostics';
import { registerFeatures } from './features';
import { registerLocations } from './locations';
import { ProblemStore } from './problems';
import { registerTaskView } from './taskView';
import { registerAgentView } from './agentView';
import { registerFlowView } from './flowView';
import {
  INDEXED_NOTIFICATION,
  IndexingNotification,
  ServerProcessRequest,
  WATCHED_GLOBS,
  type IndexedParams,
  type IndexingParams,
  type ServerProcessInfo,
} from '../protocol';

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
   * Called after files changed on disk and the index has them: the documents changed, created or
   * deleted, and whether any file or folder was created or deleted (`structural`: the folder
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
  // Files over the size limit of their folder are not even read.
  const readFile = (uri: string) => readTextSync(uriToPath(uri), service.configFor(uri).maxFileSize);
  const service: AgentDocsService = new AgentDocsService({
    host: {
      readFile: (uri) => (uri.startsWith('file:') ? readFile(uri) : undefined),
      readDirectory: readDirectoryUri,
      directoryStamp: directoryStampUri,
      isExecutable: isExecutableUri,
      log,
    },
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
  /** What decided the last index: the settings that choose which files are read and as what. */
  let indexedWith: string | undefined;
  const indexingKey = () => JSON.stringify((roots.length ? roots : ['']).map((r) => INDEXING_SETTINGS.map((k) => service.configFor(r)[k])));

  /** Each workspace folder's config file and folder settings (multi-root workspaces have one per folder). */
  const reloadConfig = async () => {
    const folders: (string | undefined)[] = roots.length ? roots : [undefined];
    let settings: unknown[] = folders.map(() => pushedSettings);
    if (supportsConfiguration) {
      try {
        const answer: unknown = await connection.workspace.getConfiguration(
          folders.map((f) => (f ? { scopeUri: f, section: 'agentDocs' } : { section: 'agentDocs' })),
        );
        settings = Array.isArray(answer) ? answer : [answer];
      } catch {
        settings = folders.map(() => undefined);
      }
    }
    // The editor integration's own settings apply to the whole window: the first folder's.
    editorSettings = readEditorSettings(settings[0]);
    const perFolder = new Map<string, AgentDocsConfig>();
    let first: AgentDocsConfig | undefined;
    folders.forEach((folder, i) => {
      const loaded = loadConfig(folder, settings[i]);
      const where = folder && folders.length > 1 ? `${basename(folder)}: ` : '';
      // A notification, not showWarningMessage's request: no reply is needed, and a client that
      // rejects the request would otherwise leave an unhandled rejection that ends the server.
      for (const p of loaded.problems)
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `agent-docs: ${where}${p}` });
      // An untrusted folder's config file must not send the server reading outside the folder.
      if (!workspaceTrusted && loaded.config.followSymlinks) loaded.config.followSymlinks = false;
      if (folder) perFolder.set(folder, loaded.config);
      first ??= loaded.config;
    });
    service.setConfig(first!, perFolder);
    for (const listener of configListeners) listener();
    // Which files count, and as what, may have changed: closed files are read again.
    if (indexedWith !== undefined && indexedWith !== indexingKey()) void indexWorkspace();
  };

  /** Files indexed from skill folders outside the workspace by the last run, to forget when dropped. */
  let skillFolderFiles = new Set<string>();
  /** Runs of indexWorkspace; a newer run (settings changed meanwhile) makes an older one stop. */
  let indexRun = 0;
  const indexWorkspace = async () => {
    const run = ++indexRun;
    indexedWith = indexingKey();
    const listStart = performance.now();
    const files: string[] = [];
    const dirs: string[] = [];
    const onDirectory = (d: string) => void dirs.push(`${pathToUri(d)}/`);
    const projects: string[] = [];
    for (const root of roots) {
      const path = uriToPath(root);
      const marked = claudeMpmMarkerAt(path);
      if (marked) projects.push(marked);
      files.push(...(await listDocumentFiles(path, { followSymlinks: service.configFor(root).followSymlinks, onDirectory })));
    }
    if (run !== indexRun) return;
    service.setFrameworkProjects([...projects, ...detectClaudeMpmProjects([...dirs, ...files.map(pathToUri)])]);
    // Skill folders (a companion skills repository) are indexed for their skills, not linted.
    const inWorkspace = new Set(files);
    const fromSkillFolders = new Set<string>();
    for (const folder of service.skillFolders) {
      let path: string;
      try {
        path = uriToPath(folder);
      } catch {
        continue;
      }
      for (const f of await listDocumentFiles(path, { followSymlinks: service.config.followSymlinks })) {
        if (!inWorkspace.has(f) && service.kindOf(pathToUri(f)) === 'skill') {
          files.push(f);
          fromSkillFolders.add(pathToUri(f));
        }
      }
    }
    if (run !== indexRun) return;
    const indexStart = performance.now();
    let sliceStart = performance.now();
    const listed = new Set<string>();
    const progress = (indexed: number) => session.notify(IndexingNotification.method, { files: files.length, indexed } satisfies IndexingParams);
    progress(0);
    let lastProgress = indexStart;
    for (const path of files) {
      const uri = pathToUri(path);
      listed.add(uri);
      if (!documents.get(uri) && !service.kindOf(uri)) {
        // Not one of ours (any more): ignored now, or a kind no setting selects.
        if (service.index.has(uri)) service.removeFile(uri);
      } else if (!documents.get(uri)) {
        const text = readFile(uri);
        try {
          if (text !== undefined) service.indexFile(uri, text);
          else service.removeFile(uri);
        } catch (e) {
          log(`agent-docs: indexing ${path} failed: ${(e as Error)?.stack ?? String(e)}`);
        }
      }
      if (performance.now() - sliceStart >= INDEX_SLICE_MS) {
        if (sliceStart - lastProgress >= PROGRESS_INTERVAL_MS) {
          progress(listed.size);
          lastProgress = sliceStart;
        }
        // Yield so requests for open documents are answered while a large workspace is indexed.
        await new Promise((r) => setImmediate(r));
        if (run !== indexRun) return;
        sliceStart = performance.now();
      }
    }
    // A re-index forgets files that are no longer listed (behind a link no longer followed).
    const inFolder = (uri: string) => roots.some((r) => uri.startsWith(r.endsWith('/') ? r : `${r}/`)) || skillFolderFiles.has(uri);
    for (const uri of [...service.index.uris()]) if (!listed.has(uri) && !documents.get(uri) && inFolder(uri)) service.removeFile(uri);
    skillFolderFiles = fromSkillFolders;
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
    if (Array.isArray(options?.hostValidatedLanguages))
      hostValidated = new Set(options.hostValidatedLanguages.filter((l): l is string => typeof l === 'string' && VSCODE_VALIDATION.languages.includes(l)));
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
        completionProvider: { triggerCharacters: [':', ',', ' ', '`', '[', '|', '-', '.', '/', '(', '@', '#'], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.agent-docs'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        ...(session.client.pullDiagnostics
          ? { diagnosticProvider: { identifier: 'agent-docs', interFileDependencies: true, workspaceDiagnostics: true } }
          : {}),
        workspace: {
          workspaceFolders: { supported: true, changeNotifications: true },
          // Moving or renaming any file or folder may break links to it: the server rewrites them.
          fileOperations: { willRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } },
        },
      },
      serverInfo: { name: 'agent-docs' },
    };
  });

  connection.onInitialized(async () => {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'agentDocs' });
    if (supportsWatchRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          // Documents (Markdown, Claude Code's JSON files) and config files, created, changed or deleted.
          ...WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
          // Links resolve against every file and folder: creations and deletions of any of them.
          { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
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
      if (!isDocumentPath(change.uri) && !CONFIG_FILE_NAMES.some((n) => change.uri.endsWith(`/${n}`))) continue;
      if (CONFIG_FILE_NAMES.some((n) => change.uri.endsWith(`/${n}`))) {
        configChanged = true;
        continue;
      }
      changed.push(change.uri);
      if (change.type === FileChangeType.Deleted) service.removeFile(change.uri);
      else if (!documents.get(change.uri)) {
        const text = readFile(change.uri);
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
      const text = readFile(e.document.uri);
      if (text === undefined) service.removeFile(e.document.uri);
      else service.indexFile(e.document.uri, text);
    }
  });

  registerDiagnostics(session);
  registerFeatures(session);
  registerTaskView(session, session.roots);
  registerAgentView(session);
  registerFlowView(session);
  registerLocations(session);
  connection.onRequest(ServerProcessRequest.method, (): ServerProcessInfo => ({ pid: process.pid }));
  documents.listen(connection);
  return session;
}
