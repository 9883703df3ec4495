import { refuseText } from './admission';
import { DEFAULT_CONFIG, type AgentDocsConfig } from './config/config';
import { classify } from './document/kinds';
import { AgentCollections } from './document/collections';
import { parseDocument, type DocumentPlace, type ParsedDocument } from './document/parse';
import { FEATURES } from './features/registry';
import { linkEditsForMoves, type FileMove } from './features/links/moves';
import { unresolvedLinks, type UnresolvedLink } from './references/unresolved';
import { frameworkOf, type Framework } from './framework/detect';
import { skillFolderKind, skillFolderOf } from './framework/skillFolders';
import type { CodeLens, CompletionItem, DocumentLink, DocumentSymbol, FeatureContext, Hover, LanguageFeature } from './features/types';
import { RULES } from './rules/registry';
import { runRules } from './rules/run';
import type { Rule } from './rules/types';
import { applyEdits, isSingleDocumentEdit, minimalEdit } from './text/edits';
import { FixSelection } from './text/fixSelection';
import { decodeSafe } from './files/uris';
import type { DocumentKind, Finding, Location, Position, Range, TextEdit, WorkspaceEdit } from './types';
import { WORKSPACE_FILES_KEY, WORKSPACE_PLUGINS_KEY, WorkspaceFiles, type DirectoryStamp, type ReadDirectory } from './files/workspaceFiles';
import { WorkspaceIndex, type Indexer, type LazySource } from './workspace/workspaceIndex';
import { INDEXERS } from './workspace/indexers/index';
import { taskChecklist, type TaskChecklist } from './tasks/api';
import { taskTree, type TaskTree } from './tasks/tree';

/** What the core needs from its host (the language server, the CLI or a test). */
export interface ServiceHost {
  /** Reads a workspace file's text, or undefined when it cannot be read. Synchronous by design. */
  readFile(uri: string): string | undefined;
  /**
   * Lists one folder with the names' exact letter case. Links and names resolve against these
   * listings; without it only the indexed Markdown files are known, and a link to anything else is
   * neither confirmed nor reported.
   */
  readDirectory?: ReadDirectory;
  /**
   * When a folder's entries last changed (its modification time): lets a host that is not told of
   * changes (`files.revalidate()`) keep what it worked out from folders that did not change.
   */
  directoryStamp?: DirectoryStamp;
  /** Whether a file has execute permission (hook scripts); undefined when it cannot tell. */
  isExecutable?(uri: string): boolean | undefined;
  log(message: string): void;
}

export interface ServiceOptions {
  host: ServiceHost;
  config?: AgentDocsConfig;
  /** Workspace folder URIs; paths are matched against globs relative to the closest one. */
  roots?: readonly string[];
  /** Folder URIs of detected claude-mpm projects (see `framework/detect.ts`). */
  frameworkProjects?: readonly string[];
  rules?: readonly Rule[];
  features?: readonly LanguageFeature[];
  indexers?: readonly Indexer<unknown>[];
}

/** Which rules a lint runs: all, those that read only the document, or those that read other files. */
export type LintScope = 'all' | 'local' | 'crossFile';

const MAX_FIX_PASSES = 10;
/** The kinds whose text is Markdown (JSON manifests have their own checks). */
const MARKDOWN_KINDS: readonly DocumentKind[] = ['agent', 'skill', 'command', 'task', 'markdown'];
const CLOSED_CACHE_SIZE = 64;

/**
 * The core's front door. It knows nothing of LSP or VS Code: hosts feed it documents and file
 * changes, and ask it questions whose answers are plain data.
 */
export class AgentDocsService {
  readonly index: WorkspaceIndex;
  /** The workspace's files as the host lists them; hosts call `filesChanged` when they change. */
  readonly files: WorkspaceFiles;
  /** Kinds decided by content: agent collections without configuration, a skill's own agent prompts. */
  private readonly collections: AgentCollections;
  private configValue: AgentDocsConfig;
  /** Each workspace folder's own configuration (its config file and folder settings), by folder URI. */
  private folderConfigs: ReadonlyMap<string, AgentDocsConfig> = new Map();
  private roots: string[];
  private readonly host: ServiceHost;
  private readonly rules: readonly Rule[];
  private readonly scoped: Record<LintScope, readonly Rule[]>;
  private readonly ruleOrder: ReadonlyMap<string, number>;
  private readonly features: readonly LanguageFeature[];
  private readonly open = new Map<string, ParsedDocument>();
  private readonly closedCache = new Map<string, ParsedDocument>();
  private readonly failedRules = new Set<string>();
  /** Documents refused by admission (too large, binary), with the finding that says why. */
  private readonly refused = new Map<string, Finding[]>();
  /** Open documents whose editor text was refused: the file on disk must not stand in for them. */
  private readonly refusedOpen = new Set<string>();
  private lastKind: { uri: string; kind: DocumentKind | undefined; config: AgentDocsConfig; roots: string[]; projects: readonly string[] } | undefined;
  private projects: readonly string[];
  private skillFoldersValue: readonly string[] = [];
  /** Moves with every configuration, roots or framework change: any lint result may differ afterwards. */
  private configGeneration = 0;
  /** Per file, a number that moves whenever the text `lint` would read may have changed. */
  private readonly revisions = new Map<string, number>();
  private revisionCounter = 0;
  /** Per configuration and kind, its enabled cross-file rules. */
  private dependencyRules = new WeakMap<AgentDocsConfig, Map<DocumentKind, readonly Rule[]>>();

  constructor(options: ServiceOptions) {
    this.host = options.host;
    this.configValue = options.config ?? DEFAULT_CONFIG;
    this.roots = normaliseRoots(options.roots ?? []);
    this.projects = [...(options.frameworkProjects ?? [])];
    this.skillFoldersValue = [...this.configValue.skillFolders];
    this.rules = options.rules ?? RULES;
    this.scoped = {
      all: this.rules,
      local: this.rules.filter((r) => !r.dependsOn?.length),
      crossFile: this.rules.filter((r) => r.dependsOn?.length),
    };
    this.ruleOrder = new Map(this.rules.map((r, i) => [r.id, i]));
    this.features = options.features ?? FEATURES;
    this.index = new WorkspaceIndex(options.indexers ?? INDEXERS, (key, uri, e) =>
      this.logOnce(`indexer:${key}`, `indexer ${key} failed on ${uri}: ${(e as Error)?.stack ?? String(e)}`),
    );
    const host = options.host;
    this.files = new WorkspaceFiles(
      host.readDirectory?.bind(host),
      (uri) => host.readFile(uri),
      () => this.index.uris(),
      this.roots,
      host.isExecutable?.bind(host),
      host.directoryStamp?.bind(host),
    );
    this.collections = new AgentCollections(this.files, (uri) => host.readFile(uri));
    this.index.setLazySource(this.lazySource);
  }

  /**
   * Tells the core that files were created, deleted, renamed or changed on disk (or, without
   * URIs, that anything may have changed): cached folder listings and manifests are read again.
   */
  filesChanged(uris?: readonly string[]): void {
    this.files.invalidate(uris);
  }

  /** The configuration for files outside every folder that has its own (see `configFor`). */
  get config(): AgentDocsConfig {
    return this.configValue;
  }

  /**
   * The configuration that applies to a file: that of the innermost workspace folder holding it,
   * when `setConfig` was given one for that folder, else the session's.
   */
  configFor(uri: string): AgentDocsConfig {
    if (this.folderConfigs.size === 0) return this.configValue;
    const root = this.roots.find((r) => uri.startsWith(r));
    return (root && this.folderConfigs.get(root)) || this.configValue;
  }

  /**
   * Replaces the configuration: `config` for the session, and optionally one per workspace folder
   * (by folder URI; multi-root workspaces have a config file per folder). Kinds may change, so open
   * documents are parsed again; the host re-indexes closed files when what is indexed changed.
   */
  setConfig(config: AgentDocsConfig, folders?: ReadonlyMap<string, AgentDocsConfig>): void {
    this.configValue = config;
    this.folderConfigs = new Map([...(folders ?? [])].map(([root, c]) => [root.endsWith('/') ? root : `${root}/`, c]));
    this.skillFoldersValue = [...new Set([config, ...this.folderConfigs.values()].flatMap((c) => c.skillFolders))];
    this.reparse();
  }

  /** Forgets what was derived from the configuration and parses the open documents again. */
  private reparse(): void {
    this.lastKind = undefined;
    this.configGeneration++;
    this.closedCache.clear();
    this.refused.clear();
    // Parse every open document again (kinds may differ now), even at the same version.
    const reopen = [...this.open.values()];
    this.open.clear();
    for (const doc of reopen) this.openDocument(doc.uri, doc.version, doc.text);
  }

  /** Every configured skill folder (of the session and of each workspace folder), as URIs. */
  get skillFolders(): readonly string[] {
    return this.skillFoldersValue;
  }

  setRoots(roots: readonly string[]): void {
    this.roots = normaliseRoots(roots);
    this.configGeneration++;
    this.files.setRoots(this.roots);
  }

  /**
   * Sets the folder URIs of the claude-mpm projects a host found (`detectClaudeMpmProjects` over
   * the paths it walked). Kinds may change, so open documents are parsed again.
   */
  setFrameworkProjects(projects: readonly string[]): void {
    if (projects.length === this.projects.length && projects.every((p, i) => p === this.projects[i])) return;
    this.projects = [...projects];
    this.reparse();
  }

  /** What a document's parse needs to know of its place: framework and skill folder. */
  private placeOf(uri: string): DocumentPlace {
    const skillFolder = skillFolderOf(uri, this.skillFoldersValue);
    return { framework: this.frameworkOf(uri), ...(skillFolder ? { skillFolder } : {}) };
  }

  /** The framework a file belongs to: the `framework` setting, or what detection found. */
  frameworkOf(uri: string): Framework {
    const setting = this.configFor(uri).framework;
    const framework = frameworkOf(uri, setting, this.projects);
    // Skill folders outside the projects (a companion skills repository) belong to them.
    if (framework === 'claude-code' && setting === 'auto' && this.projects.length && skillFolderOf(uri, this.skillFoldersValue)) return 'claude-mpm';
    return framework;
  }

  /** The path of a URI relative to its workspace folder, with forward slashes. */
  relativePath(uri: string): string {
    // Every file is classified by this path: one slice, no regular expression per call.
    let root: string | undefined;
    for (const r of this.roots)
      if (uri.startsWith(r)) {
        root = r;
        break;
      }
    let path = root !== undefined ? uri : uri.replace(/^file:\/\//, '');
    let from = root !== undefined ? root.length : 0;
    while (path.charCodeAt(from) === 47) from++;
    if (from) path = path.slice(from);
    return decodeSafe(path);
  }

  kindOf(uri: string): DocumentKind | undefined {
    // Hosts ask for a file's kind and then index it: remember the last answer for that second call.
    const last = this.lastKind;
    const config = this.configFor(uri);
    if (last && last.uri === uri && last.config === config && last.roots === this.roots && last.projects === this.projects) return last.kind;
    const framework = this.frameworkOf(uri);
    const kind = skillFolderKind(uri, this.skillFoldersValue, framework) ?? classify(this.relativePath(uri), config, framework);
    if (last) {
      // Reused: every file of a workspace is classified, twice by the CLI.
      last.uri = uri;
      last.kind = kind;
      last.config = config;
      last.roots = this.roots;
      last.projects = this.projects;
    } else this.lastKind = { uri, kind, config, roots: this.roots, projects: this.projects };
    return kind;
  }

  /**
   * Parses an editor document (once per version) and updates the index with it; an older version
   * than the one held is ignored. A text over
   * `maxFileSize` or a binary one is not parsed: `lint` then reports why (see admission.ts).
   */
  openDocument(uri: string, version: number, text: string): ParsedDocument | undefined {
    const current = this.open.get(uri);
    if (current && current.version === version && current.text === text) return current;
    // A late-arriving older version never replaces a newer one.
    if (current && version < current.version) return current;
    const kind = this.kindOf(uri);
    this.touch(uri);
    if (!kind || !this.admit(uri, text)) {
      this.open.delete(uri);
      this.closedCache.delete(uri);
      if (kind) {
        this.refusedOpen.add(uri);
        this.index.remove(uri);
      }
      return undefined;
    }
    this.refusedOpen.delete(uri);
    const doc = parseDocument(uri, version, text, this.collections.refine(uri, kind, text), this.placeOf(uri));
    this.open.set(uri, doc);
    this.closedCache.delete(uri);
    this.updateIndex(doc);
    return doc;
  }

  /** Forgets an editor document; its facts stay indexed, as the file still exists on disk. */
  closeDocument(uri: string): void {
    // What `lint` reads moves from the editor's text to the file on disk.
    if (this.open.has(uri) || this.refusedOpen.has(uri)) this.touch(uri);
    this.open.delete(uri);
    this.refusedOpen.delete(uri);
  }

  /** Indexes a file's content from disk; a no-op while the file is open in an editor. */
  indexFile(uri: string, text: string): void {
    this.indexText(uri, text);
  }

  /**
   * Like `indexFile`, and returns the parsed document so a batch host (the CLI) can lint it without
   * parsing it again; undefined when the file is open in an editor or is not one of ours.
   */
  indexText(uri: string, text: string, wanted?: ReadonlySet<string>): ParsedDocument | undefined {
    this.closedCache.delete(uri);
    if (this.open.has(uri) || this.refusedOpen.has(uri)) return undefined;
    this.touch(uri);
    const kind = this.kindOf(uri);
    if (!kind || !this.admit(uri, text)) {
      this.index.remove(uri);
      return undefined;
    }
    const doc = parseDocument(uri, 0, text, this.collections.refine(uri, kind, text), this.placeOf(uri));
    this.updateIndex(doc, wanted);
    return doc;
  }

  /**
   * Parses a file's text as `indexText` does, without indexing it: for a batch host that indexed
   * the file already and reads it again rather than keep its parse. Undefined when the file is not
   * one of ours or is refused (`lint` then says why).
   */
  parseText(uri: string, text: string): ParsedDocument | undefined {
    if (this.open.has(uri) || this.refusedOpen.has(uri)) return undefined;
    const kind = this.kindOf(uri);
    if (!kind || !this.admit(uri, text)) return undefined;
    return parseDocument(uri, 0, text, this.collections.refine(uri, kind, text), this.placeOf(uri));
  }

  /**
   * Tells the index of a file to be indexed only as far as something reads it (see
   * `WorkspaceIndex.indexLater`): a batch host's context. `wanted` names the indexer keys that
   * readers are expected to ask for (`contextKeys`). A no-op for a file that is not one of ours.
   */
  indexLater(uri: string, wanted?: ReadonlySet<string>): void {
    if (this.open.has(uri) || this.refusedOpen.has(uri)) return;
    const kind = this.kindOf(uri);
    if (kind) this.index.indexLater(uri, kind, wanted);
  }

  /** How the index reads a file it indexes late: as `indexText` would, from the host. */
  private readonly lazySource: LazySource = {
    read: (uri, pathKind) => {
      const text = this.host.readFile(uri);
      if (text === undefined || !this.admit(uri, text)) return undefined;
      return { kind: this.collections.refine(uri, pathKind, text), text };
    },
    parse: (uri, kind, text) => parseDocument(uri, 0, text, kind, this.placeOf(uri)),
  };

  /**
   * The indexer keys that the enabled cross-file rules of these kinds read (`dependsOn`, channels
   * by their indexer): what a batch host's context will be asked for.
   */
  contextKeys(kinds: Iterable<DocumentKind>): Set<string> {
    const keys = new Set<string>();
    for (const kind of kinds) for (const rule of this.crossFileRules(kind, this.configValue)) for (const k of rule.dependsOn!) keys.add(k.split('#')[0]!);
    return keys;
  }

  /**
   * `contextKeys` and the indexer keys of the files' own facts that those rules read (`ownFacts`):
   * what a batch host extracts from the files it lints in its first pass.
   */
  lintedKeys(kinds: Iterable<DocumentKind>): Set<string> {
    const list = [...kinds];
    const keys = this.contextKeys(list);
    for (const kind of list) for (const rule of this.crossFileRules(kind, this.configValue)) for (const k of rule.ownFacts ?? []) keys.add(k);
    return keys;
  }

  /** Indexes a parsed document; a file new to the index means its folder's listing is stale. */
  private updateIndex(doc: ParsedDocument, wanted?: ReadonlySet<string>): void {
    const known = this.index.has(doc.uri);
    this.index.update(doc, wanted);
    if (!known) this.files.indexed(doc.uri);
  }

  removeFile(uri: string): void {
    if (!this.open.has(uri)) this.touch(uri);
    this.closedCache.delete(uri);
    this.collections.forget(uri);
    if (this.index.has(uri) && !this.open.has(uri)) this.files.invalidate([uri]);
    if (!this.open.has(uri)) this.refused.delete(uri);
    if (!this.open.has(uri)) this.index.remove(uri);
  }

  /** A parsed document: the open version, else the file on disk (small cache). */
  document(uri: string): ParsedDocument | undefined {
    const open = this.open.get(uri);
    if (open) return open;
    const cached = this.closedCache.get(uri);
    if (cached) return cached;
    if (this.refusedOpen.has(uri)) return undefined;
    const kind = this.kindOf(uri);
    if (!kind) return undefined;
    const text = this.host.readFile(uri);
    if (text === undefined || !this.admit(uri, text)) return undefined;
    const doc = parseDocument(uri, 0, text, this.collections.refine(uri, kind, text), this.placeOf(uri));
    if (this.closedCache.size >= CLOSED_CACHE_SIZE) this.closedCache.delete(this.closedCache.keys().next().value!);
    this.closedCache.set(uri, doc);
    return doc;
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  openUris(): string[] {
    return [...this.open.keys()];
  }

  /**
   * A string that changes whenever `lint(uri)` may answer differently: the configuration, the text
   * the lint would read (the editor's, else the file's as last indexed) and, for the file's kind,
   * the facts of other files that its enabled cross-file rules read (`dependsOn`). Equal strings
   * mean equal findings, so a host can keep results and skip linting unchanged files. Cheap: no
   * parsing, no glob matching.
   */
  lintSignature(uri: string): string {
    const revision = this.revisions.get(uri) ?? 0;
    const kind = this.open.get(uri)?.kind ?? this.index.get(uri)?.kind;
    if (!kind) return `${this.configGeneration}.${revision}`;
    const own = <T>(indexer: Indexer<T>): T | undefined => this.index.fact(uri, indexer);
    const keys: string[] = [];
    for (const rule of this.crossFileRules(kind, this.configFor(uri))) {
      // A rule that cannot report on this file does not make it depend on other files.
      if (rule.appliesTo && !rule.appliesTo(own)) continue;
      for (const k of rule.dependsOn!) if (!keys.includes(k)) keys.push(k);
    }
    let deps = '';
    for (const k of keys)
      deps += `.${k === WORKSPACE_FILES_KEY ? `f${this.files.generation}` : k === WORKSPACE_PLUGINS_KEY ? `p${this.files.pluginGeneration}` : this.index.generation(k)}`;
    return `${this.configGeneration}.${revision}:${kind}${deps}`;
  }

  lint(uri: string): Finding[] {
    const doc = this.document(uri);
    if (doc) return this.lintParsed(doc);
    return this.refused.get(uri)?.map((f) => ({ ...f })) ?? [];
  }

  private touch(uri: string): void {
    this.revisions.set(uri, ++this.revisionCounter);
  }

  /** The enabled cross-file rules of a kind under a configuration, cached per configuration. */
  private crossFileRules(kind: DocumentKind, config: AgentDocsConfig): readonly Rule[] {
    let byKind = this.dependencyRules.get(config);
    if (!byKind) this.dependencyRules.set(config, (byKind = new Map()));
    let rules = byKind.get(kind);
    if (!rules) {
      rules = this.scoped.crossFile.filter((r) => r.kinds.includes(kind) && config.rules[r.id] !== 'off');
      byKind.set(kind, rules);
    }
    return rules;
  }

  /** Whether a text may be parsed; records the reason when it may not. */
  private admit(uri: string, text: string): boolean {
    const refusal = refuseText(text, this.configFor(uri));
    if (refusal) this.refused.set(uri, refusal);
    else this.refused.delete(uri);
    return refusal === undefined;
  }

  /**
   * Runs the rules of `scope` on a parsed document. A batch host can run `local` rules while it
   * indexes, then `crossFile` rules once the index is complete, and join them with `mergeFindings`.
   */
  lintParsed(doc: ParsedDocument, scope: LintScope = 'all'): Finding[] {
    return runRules(this.rulesFor(scope, doc.kind), doc, this.configFor(doc.uri), this.index, this.files, this.log, this.failedRules);
  }

  /** The rules of a scope that apply to a kind (most rules are for one or two kinds). */
  private rulesFor(scope: LintScope, kind: DocumentKind): readonly Rule[] {
    const key = `${scope}:${kind}`;
    let rules = this.byKind.get(key);
    if (!rules) this.byKind.set(key, (rules = this.scoped[scope].filter((r) => r.kinds.includes(kind))));
    return rules;
  }

  private readonly byKind = new Map<string, readonly Rule[]>();
  private readonly log = (message: string): void => this.host.log(message);

  /** Whether any enabled rule for this kind reads other files (so needs the complete index). */
  hasCrossFileRules(kind: DocumentKind, uri?: string): boolean {
    const config = uri === undefined ? this.configValue : this.configFor(uri);
    return this.scoped.crossFile.some((r) => r.kinds.includes(kind) && config.rules[r.id] !== 'off');
  }

  /** Joins `local` and `crossFile` findings in the order one `all` lint gives: by position, then rule. */
  mergeFindings<F extends Pick<Finding, 'ruleId' | 'range'>>(local: readonly F[], crossFile: readonly F[]): readonly F[] {
    if (crossFile.length === 0) return local;
    if (local.length === 0) return crossFile;
    const order = (f: F) => this.ruleOrder.get(f.ruleId) ?? Infinity;
    return [...local, ...crossFile].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || order(a) - order(b),
    );
  }

  /** Rule ids whose results may change when the given indexer keys change. */
  rulesAffectedBy(keys: readonly string[]): Rule[] {
    return this.rules.filter((r) => r.dependsOn?.some((k) => keys.includes(k)));
  }

  /**
   * Applies every preferred single-document fix, repeatedly, until nothing changes. Returns the
   * fixed text (equal to the input when there was nothing to fix). Never creates or renames files.
   */
  fixAllText(uri: string, text: string): string {
    const kind = this.kindOf(uri);
    if (!kind || refuseText(text, this.configFor(uri))) return text;
    let current = text;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const doc = parseDocument(uri, -1 - pass, current, this.collections.refine(uri, kind, current), this.placeOf(uri));
      const selection = new FixSelection(doc.lines);
      for (const finding of this.lintParsed(doc)) {
        const fix = finding.fixes?.find((f) => f.isPreferred && isSingleDocumentEdit(f.edit, uri));
        if (fix) selection.offer(fix.edit.changes[uri]!);
      }
      if (selection.edits.length === 0) break;
      const next = applyEdits(current, selection.edits).text;
      if (next === current) break;
      current = next;
    }
    return current;
  }

  /** "Fix all" for an editor document, as one minimal edit (or none). */
  fixAll(uri: string): TextEdit[] {
    const doc = this.document(uri);
    if (!doc) return [];
    const fixed = this.fixAllText(uri, doc.text);
    return fixed === doc.text ? [] : [minimalEdit(doc.text, doc.lines, fixed)];
  }

  hover(uri: string, position: Position): Hover | undefined {
    return this.first(uri, position, (f, ctx, o) => f.hover?.(ctx, o));
  }

  completion(uri: string, position: Position): CompletionItem[] {
    const ctx = this.context(uri);
    if (!ctx) return [];
    const offset = ctx.doc.lines.offsetAt(position);
    const items: CompletionItem[] = [];
    for (const f of this.featuresFor(ctx)) items.push(...(this.guard(f, () => f.completion?.(ctx, offset)) ?? []));
    return items;
  }

  definition(uri: string, position: Position): Location[] {
    return this.first(uri, position, (f, ctx, o) => f.definition?.(ctx, o)) ?? [];
  }

  references(uri: string, position: Position, includeDeclaration: boolean): Location[] {
    return this.first(uri, position, (f, ctx, o) => f.references?.(ctx, o, includeDeclaration)) ?? [];
  }

  prepareRename(uri: string, position: Position): { range: Range; placeholder: string } | undefined {
    return this.first(uri, position, (f, ctx, o) => f.prepareRename?.(ctx, o));
  }

  rename(uri: string, position: Position, newName: string): WorkspaceEdit | undefined {
    return this.first(uri, position, (f, ctx, o) => f.rename?.(ctx, o, newName));
  }

  documentSymbols(uri: string): DocumentSymbol[] {
    return this.all(uri, (f, ctx) => f.documentSymbols?.(ctx));
  }

  documentLinks(uri: string): DocumentLink[] {
    return this.all(uri, (f, ctx) => f.documentLinks?.(ctx));
  }

  codeLenses(uri: string): CodeLens[] {
    return this.all(uri, (f, ctx) => f.codeLenses?.(ctx));
  }

  /**
   * The edits that keep links working when files or folders move (`workspace/willRenameFiles`):
   * links to the moved files, and relative links inside them. Addressed to the files where they are
   * before the move.
   */
  willRenameFiles(moves: readonly FileMove[]): WorkspaceEdit {
    return linkEditsForMoves(this.index, this.files, moves);
  }

  /**
   * The links of a document that do not resolve (`agent-docs links`): targets that exist only in
   * other letter case, missing targets and missing anchors. Needs the complete index.
   */
  unresolvedLinks(uri: string): UnresolvedLink[] {
    const doc = this.document(uri);
    return doc && MARKDOWN_KINDS.includes(doc.kind) ? unresolvedLinks(doc, this.files, this.index) : [];
  }

  /** The epic → story → task tree with progress, for the sidebar and the CLI (plain data; do not mutate). */
  taskTree(): TaskTree {
    return taskTree(this.index);
  }

  /** A task document's checklist items with their offsets and lines, for toggling from the sidebar. */
  taskChecklist(uri: string): TaskChecklist | undefined {
    const doc = this.document(uri);
    return doc ? taskChecklist(doc) : undefined;
  }

  private context(uri: string): FeatureContext | undefined {
    const doc = this.document(uri);
    if (!doc) return undefined;
    return { doc, config: this.configFor(uri), index: this.index, files: this.files, document: (u) => this.document(u) };
  }

  private first<T>(uri: string, position: Position, ask: (f: LanguageFeature, ctx: FeatureContext, offset: number) => T | undefined): T | undefined {
    const ctx = this.context(uri);
    if (!ctx) return undefined;
    const offset = ctx.doc.lines.offsetAt(position);
    for (const f of this.featuresFor(ctx)) {
      const answer = this.guard(f, () => ask(f, ctx, offset));
      if (answer !== undefined) return answer;
    }
    return undefined;
  }

  private all<T>(uri: string, ask: (f: LanguageFeature, ctx: FeatureContext) => T[] | undefined): T[] {
    const ctx = this.context(uri);
    if (!ctx) return [];
    return this.featuresFor(ctx).flatMap((f) => this.guard(f, () => ask(f, ctx)) ?? []);
  }

  /** The features that serve the document's format (Markdown features never see JSON). */
  private featuresFor(ctx: FeatureContext): readonly LanguageFeature[] {
    const format = ctx.doc.json ? 'json' : ctx.doc.data ? 'yaml' : 'markdown';
    return this.features.filter((f) => (f.formats ?? ['markdown']).includes(format));
  }

  /** Logs a failure the first time it happens for `key` (a rule, feature or indexer). */
  private logOnce(key: string, message: string): void {
    if (this.failedRules.has(key)) return;
    this.failedRules.add(key);
    this.host.log(message);
  }

  /** A feature that throws answers nothing; the failure is logged once per feature. */
  private guard<T>(feature: LanguageFeature, ask: () => T | undefined): T | undefined {
    try {
      return ask();
    } catch (e) {
      const key = `feature:${feature.id}`;
      if (!this.failedRules.has(key)) {
        this.failedRules.add(key);
        this.host.log(`feature ${feature.id} failed: ${(e as Error)?.stack ?? String(e)}`);
      }
      return undefined;
    }
  }
}

function normaliseRoots(roots: readonly string[]): string[] {
  return roots.map((r) => (r.endsWith('/') ? r : `${r}/`)).sort((a, b) => b.length - a.length);
}
