import { performance } from 'node:perf_hooks';
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type ResultProgressReporter,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { toDiagnostic } from './convert';
import { EMPTY_DIGEST } from './problems';
import type { Session } from './session';

/** Work in slices of about this many milliseconds, then yield so editor requests are answered. */
const SLICE_MS = 12;
/** Changes are collected this long before a sweep reports them (typing produces many). */
const SWEEP_DELAY_MS = 250;
/**
 * A change of facts that other files' rules read (typing in an agent moves its return codes'
 * places) waits for this long a pause: the open document itself is answered at once by its own
 * pull, and the rest of the workspace is linted once per pause, not once per keystroke.
 */
const QUIET_MS = 1500;
/** A client's result id that never matches: the client holds diagnostics we did not send. */
const UNKNOWN = 'unknown';

/** One `workspace/diagnostic` request: held open (long polling) while its client listens for partial results. */
interface Listener {
  token: CancellationToken;
  /** Absent for a client that wants one complete answer. */
  reporter?: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult>;
  /** What the client holds per file, as our result id; a file absent here holds nothing. */
  held: Map<string, string>;
  finish(report: WorkspaceDiagnosticReport): void;
}

/**
 * The Problems panel for the whole workspace (LSP 3.17 `workspace/diagnostic`). The request is held
 * open, as the protocol intends: once the workspace is indexed, the problems of every indexed file
 * are streamed as partial results, a slice at a time; afterwards only files whose problems changed
 * are sent, as they change, on the same request. A file is linted again only when the core's lint
 * signature moved (its text, the settings, or facts of other files its rules read), and reported
 * only when its findings differ from what the client holds. A client that asks without a
 * partial-result token gets one complete answer instead. `agentDocs.problems.scope: openFiles`
 * clears everything sent and reports nothing more.
 */
export function registerWorkspaceDiagnostics(session: Session): void {
  const { connection, documents, service, problems } = session;
  let listener: Listener | undefined;
  /** Files to look at in the next sweep; `all` after anything that can change every file's problems. */
  const dirty = new Set<string>();
  let all = true;
  let timer: NodeJS.Timeout | undefined;
  let sweeping = false;
  /** Reports sent on any request so far (for the log line). */
  let sent = 0;

  const resultIdOf = (digest: string) => `${problems.session}:${digest}`;
  const EMPTY_ID = resultIdOf(EMPTY_DIGEST);

  /** Every file that may have problems to show: the index (open documents included). */
  const candidates = (): string[] => (session.editorSettings().problemsScope === 'workspace' ? [...service.index.uris()] : []);

  const report = (uri: string): WorkspaceDocumentDiagnosticReport => {
    const doc = documents.get(uri);
    session.sync(uri);
    const { findings, digest } = problems.lint(uri);
    // A closed file's report leaves out the fixes: they are offered once it is open, from its own
    // pull, with its version. An open document's report carries them, for the moment before that
    // pull lands (or if the editor drops it): a quick fix is then already there.
    const items = findings.map((f) =>
      doc ? toDiagnostic(f, session.docsUri, doc.version) : { ...toDiagnostic(f, session.docsUri), data: { ruleId: f.ruleId } },
    );
    return { kind: DocumentDiagnosticReportKind.Full, uri, version: doc?.version ?? null, resultId: resultIdOf(digest), items };
  };

  /** Reports for the files in `uris` (and gone files) whose problems differ from what `l` holds. */
  async function sweep(l: Listener, uris: Iterable<string>, checkGone: boolean): Promise<WorkspaceDocumentDiagnosticReport[] | undefined> {
    const out: WorkspaceDocumentDiagnosticReport[] = [];
    const collected: WorkspaceDocumentDiagnosticReport[] = [];
    let sliceStart = performance.now();
    const inScope = new Set<string>();
    const flush = () => {
      if (!out.length) return;
      sent += out.length;
      if (l.reporter) l.reporter.report({ items: out.splice(0) });
      else collected.push(...out.splice(0));
    };
    for (const uri of uris) {
      if (l.token.isCancellationRequested || listener !== l) return undefined;
      inScope.add(uri);
      const held = l.held.get(uri) ?? EMPTY_ID;
      // Asking for the digest lints only a file whose signature moved.
      if (problems.isCurrent(uri) && resultIdOf(problems.digest(uri)) === held) continue;
      const r = report(uri);
      if (r.resultId === held) continue;
      out.push(r);
      if (r.resultId === EMPTY_ID) l.held.delete(uri);
      else l.held.set(uri, r.resultId!);
      if (performance.now() - sliceStart >= SLICE_MS) {
        flush();
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    if (checkGone) {
      // Files the client holds problems for that left the workspace (or the scope): clear them.
      for (const uri of [...l.held.keys()]) {
        if (inScope.has(uri)) continue;
        out.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
        l.held.delete(uri);
        problems.forget(uri);
      }
    }
    flush();
    return collected;
  }

  /**
   * Notes a file for the next sweep. Only while a client listens and the workspace is indexed: a
   * new listener and the end of indexing sweep everything anyway (and a client that does not pull
   * workspace problems would otherwise collect every indexed file's URI).
   */
  const markDirty = (uri: string) => {
    if (listener?.reporter && session.isIndexed() && !all) dirty.add(uri);
  };

  /** When the scheduled sweep is due (ms since the epoch). */
  let due = 0;
  /** Plans a sweep: `quiet` ones are pushed back by every new change, the others keep an earlier time. */
  const schedule = (delay = SWEEP_DELAY_MS, quiet = false) => {
    if (!listener?.reporter) return;
    const at = Date.now() + delay;
    if (timer && !quiet && due <= at) return;
    if (timer) clearTimeout(timer);
    due = at;
    timer = setTimeout(run, delay);
  };

  async function run(): Promise<void> {
    timer = undefined;
    const l = listener;
    if (!l || !session.isIndexed()) return;
    if (sweeping) return schedule();
    sweeping = true;
    const everything = all;
    const uris = everything ? candidates() : [...dirty].filter((u) => session.editorSettings().problemsScope === 'workspace' && service.index.has(u));
    const gone = everything ? [] : [...dirty].filter((u) => !uris.includes(u) && l.held.has(u));
    all = false;
    dirty.clear();
    const started = performance.now();
    const lintsBefore = problems.lints;
    const sentBefore = sent;
    try {
      await sweep(l, uris, everything);
      for (const uri of gone) {
        l.reporter?.report({ items: [{ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] }] });
        l.held.delete(uri);
        problems.forget(uri);
      }
    } catch (e) {
      connection.console.error(`agent-docs: workspace diagnostics failed: ${(e as Error)?.stack ?? String(e)}`);
    } finally {
      sweeping = false;
    }
    if (everything || sent > sentBefore || problems.lints > lintsBefore) {
      connection.console.log(
        `agent-docs: workspace problems: ${uris.length} files looked at, ${problems.lints - lintsBefore} linted, ${sent - sentBefore} reports sent in ${Math.round(performance.now() - started)} ms`,
      );
    }
    if (all || dirty.size) schedule();
  }

  connection.languages.diagnostics.onWorkspace(async (params, token, _workDone, reporter) => {
    // A newer request replaces a held one: the client listens to the newest only.
    listener?.finish({ items: [] });
    const held = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    if (!reporter) {
      const l: Listener = { token, held, finish: () => undefined };
      listener = l;
      await new Promise<void>((resolve) => (session.isIndexed() ? resolve() : session.onIndexed(resolve)));
      const items = (await sweep(l, candidates(), true)) ?? [];
      if (listener === l) listener = undefined;
      return { items };
    }
    return new Promise<WorkspaceDiagnosticReport>((resolve) => {
      const l: Listener = {
        token,
        reporter,
        held,
        finish(report) {
          if (listener === l) listener = undefined;
          resolve(report);
        },
      };
      listener = l;
      token.onCancellationRequested(() => l.finish({ items: [] }));
      all = true;
      schedule(0);
    });
  });

  // What can change which files have which problems.
  session.onIndexed(() => {
    all = true;
    schedule(0);
  });
  session.onConfigChanged(() => {
    all = true;
    schedule();
  });
  service.index.onDidChange((uri, keys) => {
    markDirty(uri);
    if (service.rulesAffectedBy(keys).length) {
      all = true;
      schedule(QUIET_MS, true);
    } else schedule();
  });
  service.index.onDidUpdate((uri) => {
    markDirty(uri);
    schedule();
  });
  session.onFilesChanged((uris, structural) => {
    for (const uri of uris) markDirty(uri);
    // Folder listings changed: files whose rules read them have new signatures.
    if (structural) all = true;
    schedule();
  });
  documents.onDidOpen((e) => {
    // Sent once more with the open document's version and fixes (see `report`).
    if (listener) listener.held.set(e.document.uri, UNKNOWN);
    markDirty(e.document.uri);
    schedule();
  });
  documents.onDidClose((e) => {
    // The client forgets what it held for a closed document and shows its last pull: send the file's own.
    if (listener) listener.held.set(e.document.uri, UNKNOWN);
    markDirty(e.document.uri);
    schedule();
  });
}
