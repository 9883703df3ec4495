import { resolve, sep } from 'node:path';
import {
  AgentDocsService,
  carriedModels,
  deferredDocument,
  takeOver,
  type CarriedModels,
  FILE_TOO_LARGE,
  FILE_UNREADABLE,
  hostFinding,
  keepLineEndings,
  type AgentDocsConfig,
  type DocumentKind,
  type ParsedDocument,
  type Rule,
} from '../core';
import {
  claudeMpmMarkerAt,
  listDocumentFilesSync,
  pathToUri,
  readDirectoryUri,
  isExecutableUri,
  readFileText,
  readTextSync,
  stripBom,
  uriToPath,
} from '../host/files';
import { readSnapshot, writeIfUnchanged } from '../host/safeWrite';
import { collectFiles, displayPath, type Collected } from './collect';
import { inside } from './workspaces';
import type { FileResult, ReportedFinding } from './formatters/types';
import { reported } from './reported';

export interface LintOptions {
  paths: string[];
  /** `paths` already expanded by `collectFiles` (files sorted): saves listing them again. */
  listed?: Collected;
  config: AgentDocsConfig;
  /** Folder that workspace-relative globs are matched against. */
  root: string;
  fix: boolean;
  log: (message: string) => void;
  /** The rules to run (default: all); tests inject their own. */
  rules?: readonly Rule[];
  /**
   * A folder whose other documents are read as context (indexed, never reported) when a file asked
   * for has cross-file rules: the same findings for a file whether it is linted alone or with its
   * workspace.
   */
  contextDir?: string;
  /**
   * Whether a document under `contextDir` belongs to this workspace (default: all do). A folder
   * nested inside with a workspace of its own (an example project with its own `.claude/`) is
   * not context for the outer one: Claude Code run in the outer folder does not load it.
   */
  ownsContext?: (file: string) => boolean;
  /** The documents under `contextDir` and the claude-mpm projects among them, when already listed. */
  contextListing?: { files: readonly string[]; projects: readonly string[] };
  /**
   * Told of progress, for a progress line: the phase (reading the context, reading and linting the
   * files asked for, then the cross-file rules), files done and files in the phase.
   */
  progress?: (phase: LintPhase, done: number, total: number) => void;
}

export type LintPhase = 'context' | 'read' | 'crossFile';

export interface LintOutcome {
  results: FileResult[];
  missing: string[];
}

/**
 * Lints files in two passes. The first reads, parses and indexes each file and runs the rules that
 * need only that file; the second runs the cross-file rules (which need the complete index) on the
 * kinds that have any, each file read and parsed again. Nothing but index facts and findings is
 * kept between the passes, and the index extracts only what the cross-file rules of these kinds
 * read (`dependsOn`): the rest when first read (`indexLater`). With `fix`, the first pass only
 * indexes and the second fixes and lints each file. Unreadable files are reported and the run
 * goes on.
 */
export async function lintFiles(options: LintOptions): Promise<LintOutcome> {
  const { config } = options;
  const { files, missing, projects: found } = options.listed ?? (await collectFiles(options.paths, config.followSymlinks));
  const { contextDir } = options;
  // A path asked for that holds the context folder has listed it already.
  const covered = contextDir === undefined || holdsAny(options.paths, contextDir);
  const context = covered ? undefined : (options.contextListing ?? (await collectFiles([contextDir], config.followSymlinks)));
  const projects = context ? [...new Set([...found, ...context.projects])].sort() : found;
  const atRoot = claudeMpmMarkerAt(options.root);
  const service = new AgentDocsService({
    host: {
      readFile: (uri) => readTextSync(uriToPath(uri), config.maxFileSize),
      readDirectory: readDirectoryUri,
      isExecutable: isExecutableUri,
      log: options.log,
    },
    config,
    roots: [pathToUri(options.root)],
    frameworkProjects: atRoot ? [atRoot, ...projects] : projects,
    ...(options.rules ? { rules: options.rules } : {}),
  });
  const asked = new Set(files);
  indexSkillFolders(service, config, asked);
  const owns = options.ownsContext ?? (() => true);
  const others = context ? context.files.filter((f) => !asked.has(f) && owns(f)) : [];
  // Each file's URI and kind, worked out once (every file of a large plan pays for them).
  const uris = files.map(pathToUri);
  const kinds = uris.map((uri) => service.kindOf(uri));
  // What the cross-file rules of the files asked for read: extracted now, the rest when read.
  const wanted = options.fix ? undefined : wantedKeys(service, kinds);
  const linted = options.fix ? undefined : wantedKeys(service, kinds, true);
  if (others.length && kinds.some((kind, i) => kind !== undefined && service.hasCrossFileRules(kind, uris[i])))
    indexContext(service, others, wanted, options.progress);

  const progress = options.progress ?? (() => {});
  // A lint of few files (a folder of agents) keeps their first-pass documents for the second pass,
  // within a budget of text; a lint of a workspace keeps none (see `KEEP_FILES`).
  let keepText = files.length <= KEEP_FILES ? KEEP_TEXT : 0;
  const pending: { path: string; uri: string; local?: readonly ReportedFinding[]; doc?: ParsedDocument; carried?: CarriedModels }[] = [];
  const results: FileResult[] = [];
  for (const [i, path] of files.entries()) {
    progress('read', i, files.length);
    const uri = uris[i]!;
    if (!kinds[i]) continue;
    const read = readWithLimit(path, config.maxFileSize);
    if (typeof read !== 'string') {
      const [meta, message] = read;
      results.push({ path: displayPath(path), file: path, findings: reported(hostFinding(meta, message, config)) });
      continue;
    }
    const doc = service.indexText(uri, read, linted);
    if (!doc) {
      // Refused by the service (binary, or too large once decoded): it says why.
      results.push({ path: displayPath(path), file: path, findings: reported(service.lint(uri)) });
      continue;
    }
    if (options.fix) pending.push({ path, uri });
    else if (service.hasCrossFileRules(doc.kind, doc.uri)) {
      const local = reported(service.lintParsed(doc, 'local'));
      // Task documents are many and small: each is held as a deferred document (its place and
      // the models that came out empty). The task rules of the second pass decide on the index's
      // facts and read a document again only to report, so nearly none is parsed twice. Other
      // documents are kept within the budget, else read and parsed again in the second pass,
      // taking over the links, names and return codes the first pass found (their scans build the
      // Markdown model).
      const keep = doc.kind !== 'task' && doc.text.length <= keepText;
      if (keep) keepText -= doc.text.length;
      if (doc.kind === 'task') pending.push({ path, uri, local, doc: deferredDocument(doc, () => service.document(uri)) });
      else pending.push({ path, uri, local, ...(keep ? { doc } : { carried: carriedModels(doc) }) });
    } else results.push({ path: displayPath(path), file: path, findings: reported(service.lintParsed(doc, 'local')) });
  }

  for (const [i, entry] of pending.entries()) {
    progress('crossFile', i, pending.length);
    const { path, uri, local } = entry;
    if (local) {
      // Unless kept, read and parsed again: a kept document (its text, YAML and models) costs far
      // more memory than parsing it twice costs time (PERFORMANCE.md, item 25).
      let doc = entry.doc;
      entry.doc = undefined;
      if (!doc) {
        const text = readTextSync(path, config.maxFileSize);
        doc = text === undefined ? undefined : service.parseText(uri, text);
        if (doc) takeOver(doc, entry.carried);
        entry.carried = undefined;
      }
      const cross = doc ? reported(service.lintParsed(doc, 'crossFile')) : [];
      results.push({ path: displayPath(path), file: path, findings: service.mergeFindings(local, cross) });
      continue;
    }
    const fixed = fixFile(service, path, uri, options.log);
    results.push({ path: displayPath(path), file: path, findings: reported(service.lint(uri)), ...(fixed ? { fixed } : {}) });
  }
  // By absolute path: the same order whatever the working directory.
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { results, missing };
}

/**
 * At most this many files asked for, and this much of their text, keep their documents between the
 * passes: a kept document (its text, YAML and models) costs several times its text in memory, and
 * the peak memory of a lint of the whole workspace is a goal (issue 18), while for a folder of a
 * thousand agents parsing them again cost ~10 % of the run (PERFORMANCE.md, item 31).
 */
const KEEP_FILES = 2_000;
const KEEP_TEXT = 12_000_000;

const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/** Whether `resolve` gives a POSIX path back as it is: absolute, no `.`/`..` or empty segment, no trailing slash. */
function isResolved(p: string): boolean {
  return sep === '/' && p.charCodeAt(0) === 47 && p.charCodeAt(p.length - 1) !== 47 && !p.includes('//') && !DOT_SEGMENT.test(p);
}

/**
 * Whether one of the paths is `dir` or a folder above it. The paths asked for are usually every
 * file of the workspace, already absolute: those are compared as strings (on POSIX), the others
 * resolved.
 */
export function holdsAny(paths: readonly string[], dir: string): boolean {
  const target = resolve(dir);
  for (const p of paths) {
    if (isResolved(p)) {
      if (target === p || (target.length > p.length && target.charCodeAt(p.length) === 47 && target.startsWith(p))) return true;
    } else if (inside(dir, resolve(p))) return true;
  }
  return false;
}

/**
 * Makes the workspace's other documents known to the index, to be read, parsed and indexed only as
 * far as the cross-file rules of the files asked for read them (`indexLater`): the task-ID table
 * only when a task ID is looked up, the anchors of a file only when a link leads there.
 */
function indexContext(service: AgentDocsService, paths: readonly string[], wanted: ReadonlySet<string> | undefined, progress: LintOptions['progress']): void {
  let done = 0;
  for (const path of paths) {
    progress?.('context', done++, paths.length);
    service.indexLater(pathToUri(path), wanted);
  }
}

/**
 * The indexer keys that the cross-file rules of the files' kinds read: of other files (for the
 * context), and, with `linted`, also of the file itself (`ownFacts`, for the files asked for).
 */
function wantedKeys(service: AgentDocsService, fileKinds: readonly (DocumentKind | undefined)[], linted = false): Set<string> {
  const kinds = new Set<DocumentKind>();
  for (const kind of fileKinds) {
    if (!kind) continue;
    kinds.add(kind);
    // Content can make a Markdown file an agent, and an agent Markdown (see `AgentCollections`).
    if (kind === 'markdown') kinds.add('agent');
    if (kind === 'agent') kinds.add('markdown');
  }
  return linted ? service.lintedKeys(kinds) : service.contextKeys(kinds);
}

/**
 * Indexes the skills of the configured skill folders (not linted: they are not the files asked
 * for), so that bindings to them resolve. Files that are also linted are indexed by the lint.
 */
export function indexSkillFolders(service: AgentDocsService, config: AgentDocsConfig, linted: ReadonlySet<string>): void {
  for (const folder of config.skillFolders) {
    let dir: string;
    try {
      dir = uriToPath(folder);
    } catch {
      continue;
    }
    for (const path of listDocumentFilesSync(dir, { followSymlinks: config.followSymlinks })) {
      if (linted.has(path)) continue;
      const uri = pathToUri(path);
      if (service.kindOf(uri) !== 'skill') continue;
      const text = readTextSync(path, config.maxFileSize);
      if (text !== undefined) service.indexFile(uri, text);
    }
  }
}

/** A file's text without BOM, or the host finding that explains why it is not linted. */
function readWithLimit(path: string, maxFileSize: number): string | [typeof FILE_UNREADABLE, string] {
  try {
    const text = readFileText(path, maxFileSize);
    if (typeof text !== 'string') return [FILE_TOO_LARGE, `Skipped: ${text.size} bytes is over maxFileSize (${maxFileSize}).`];
    return stripBom(text);
  } catch (e) {
    return [FILE_UNREADABLE, `Cannot read file: ${(e as Error).message}`];
  }
}

/**
 * Applies every preferred fix to one file and writes it back safely (host/safeWrite.ts): BOM, line
 * endings and permissions kept, atomic, and never over a file that changed since it was read. A
 * file that is not valid UTF-8 is never written: decoding replaced some bytes, writing would lose them.
 */
function fixFile(service: AgentDocsService, path: string, uri: string, log: (m: string) => void): boolean {
  let snapshot;
  try {
    snapshot = readSnapshot(path);
  } catch (e) {
    log(`agent-docs: not fixed: ${path}: ${(e as Error).message}`);
    return false;
  }
  const raw = snapshot.bytes.toString('utf8');
  if (!Buffer.from(raw, 'utf8').equals(snapshot.bytes)) {
    log(`agent-docs: not fixed: ${path} is not valid UTF-8, and writing it back would lose bytes`);
    return false;
  }
  const hasBom = raw.charCodeAt(0) === 0xfeff;
  const text = stripBom(raw);
  const fixed = keepLineEndings(text, service.fixAllText(uri, text));
  if (fixed === text) return false;
  const outcome = writeIfUnchanged(snapshot, (hasBom ? '\ufeff' : '') + fixed);
  if (!outcome.written) {
    log(`agent-docs: not fixed: ${outcome.message}`);
    return false;
  }
  service.indexFile(uri, fixed);
  return true;
}
