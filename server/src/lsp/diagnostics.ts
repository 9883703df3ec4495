import { DocumentDiagnosticReportKind, type DocumentDiagnosticReport } from 'vscode-languageserver/node';
import { toDiagnostic } from './convert';
import type { Session } from './session';
import { registerWorkspaceDiagnostics } from './workspaceDiagnostics';

/** How long the server waits for more changes before asking a pull client to pull open documents again. */
const REFRESH_DELAY_MS = 150;

/**
 * Diagnostics for open documents, in the client's model. A client that pulls (LSP 3.17
 * `textDocument/diagnostic`, VS Code) asks for them, with result ids so that an unchanged file
 * costs nothing, and also pulls the workspace's problems (workspaceDiagnostics.ts). Any other
 * client (Neovim 0.7, older editors) gets them pushed for the documents it has open, as before.
 */
export function registerDiagnostics(session: Session): void {
  const { connection, documents, service, problems } = session;

  // ---- Pull: answer the client's requests for one document.
  connection.languages.diagnostics.on((params): DocumentDiagnosticReport => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    // A client that cannot watch files never says one appeared: look again at folders per lint.
    if (!session.client.watchesFiles) service.files.revalidate();
    // A document refused as too large or binary is not synced, but lint still reports why.
    session.sync(uri);
    const resultId = `${problems.session}:${service.lintSignature(uri)}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const { findings } = problems.lint(uri);
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: findings.map((f) => toDiagnostic(f, session.docsUri, doc?.version)) };
  });

  // Facts of other files changed (or the settings): open documents may have other problems now.
  let refreshTimer: NodeJS.Timeout | undefined;
  const refreshOpen = () => {
    if (!session.client.pullDiagnostics) return relintOpen();
    if (!session.client.diagnosticRefresh || refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      // A client that rejects or never answers the request must not end the session.
      connection.languages.diagnostics.refresh().catch(() => undefined);
    }, REFRESH_DELAY_MS);
  };

  // ---- Push: coalesce changes within one turn of the event loop, and drop stale versions.
  const pending = new Set<string>();
  let flushScheduled = false;
  const scheduleLint = (uri: string) => {
    if (session.client.pullDiagnostics) return;
    pending.add(uri);
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(() => {
      flushScheduled = false;
      const uris = [...pending];
      pending.clear();
      // A client that cannot watch files never says one appeared: look again at folders per lint
      // (those whose modification time moved are listed afresh).
      if (!session.client.watchesFiles) service.files.revalidate();
      for (const u of uris) {
        // This runs outside any request: an exception here would end the server process.
        try {
          publish(u);
        } catch (e) {
          connection.console.log(`agent-docs: linting ${u} failed: ${(e as Error)?.stack ?? String(e)}`);
        }
      }
    });
  };
  const publish = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    session.sync(uri);
    const { findings } = problems.lint(uri);
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: findings.map((f) => toDiagnostic(f, session.docsUri, doc.version)) });
  };
  const relintOpen = (except?: string) => {
    for (const d of documents.all()) if (d.uri !== except) scheduleLint(d.uri);
  };

  service.index.onDidChange((uri, keys) => {
    if (!session.isIndexed() || service.rulesAffectedBy(keys).length === 0) return;
    if (session.client.pullDiagnostics) refreshOpen();
    else relintOpen(uri);
  });
  session.onConfigChanged(refreshOpen);
  // Files created or deleted: links in open documents may resolve differently.
  session.onFilesChanged((_uris, structural) => {
    if (structural && session.isIndexed()) refreshOpen();
  });
  session.onIndexed(refreshOpen);
  documents.onDidChangeContent((e) => scheduleLint(e.document.uri));
  documents.onDidClose((e) => {
    if (!session.client.pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  registerWorkspaceDiagnostics(session);
}
