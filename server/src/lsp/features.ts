import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import type { Session } from './session';
import { toCodeAction, toCompletionItem, toDocumentSymbol, toWorkspaceEdit, type DiagnosticData } from './convert';

/** Registers the request handlers; each asks the core and converts its plain-data answer. */
export function registerFeatures(session: Session): void {
  const { connection, service } = session;

  connection.onHover(({ textDocument, position }) => {
    if (!session.sync(textDocument.uri)) return null;
    const h = service.hover(textDocument.uri, position);
    return h ? { contents: { kind: 'markdown', value: h.contents.value }, ...(h.range ? { range: h.range } : {}) } : null;
  });

  connection.onCompletion(({ textDocument, position }) => {
    if (!session.sync(textDocument.uri)) return [];
    return service.completion(textDocument.uri, position).map(toCompletionItem);
  });

  connection.onDefinition(({ textDocument, position }) => {
    if (!session.sync(textDocument.uri)) return [];
    return service.definition(textDocument.uri, position);
  });

  connection.onReferences(({ textDocument, position, context }) => {
    if (!session.sync(textDocument.uri)) return [];
    return service.references(textDocument.uri, position, context.includeDeclaration);
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    if (!session.sync(textDocument.uri)) return null;
    return service.prepareRename(textDocument.uri, position) ?? null;
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    if (!session.sync(textDocument.uri)) return null;
    const edit = service.rename(textDocument.uri, position, newName);
    return edit ? toWorkspaceEdit(edit) : null;
  });

  connection.workspace.onWillRenameFiles(({ files }) => {
    // Open documents may hold unsaved links: bring the service up to date first.
    for (const d of session.documents.all()) session.sync(d.uri);
    const edit = service.willRenameFiles(files);
    return Object.keys(edit.changes).length ? toWorkspaceEdit(edit) : null;
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    if (!session.sync(textDocument.uri)) return [];
    return service.documentSymbols(textDocument.uri).map(toDocumentSymbol);
  });

  connection.onDocumentLinks(({ textDocument }) => {
    if (!session.sync(textDocument.uri)) return [];
    return service.documentLinks(textDocument.uri).map((l) => ({ range: l.range, target: l.target, ...(l.tooltip ? { tooltip: l.tooltip } : {}) }));
  });

  connection.onCodeLens(({ textDocument }) => {
    if (!session.sync(textDocument.uri)) return [];
    return service.codeLenses(textDocument.uri).map((l) => ({
      range: l.range,
      command: { title: l.title, command: l.command?.id ?? '', ...(l.command?.arguments ? { arguments: l.command.arguments } : {}) },
    }));
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const uri = textDocument.uri;
    if (!session.sync(uri)) return [];
    const only = context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const version = session.documents.get(uri)?.version;
    // Fixes carry offsets of the version they were computed for: after an edit that the client's
    // diagnostics do not reflect yet, they could land in the wrong place, so they are not offered.
    const current = context.diagnostics.filter((d) => {
      const data = d.data as DiagnosticData | undefined;
      return d.source === 'agent-docs' && data?.fixes?.length && (data.version === undefined || data.version === version);
    });
    if (wants(CodeActionKind.QuickFix)) {
      for (const d of current) for (const fix of (d.data as DiagnosticData).fixes!) actions.push(toCodeAction(fix, d));
    }
    // The light bulb (no `only`) gets "fix all" only beside a fixable problem: it is a full lint pass
    // or more, and the light bulb asks on every cursor move. Asked for explicitly, it is always computed.
    const explicit = only?.some((k) => k.startsWith(CodeActionKind.Source));
    const beside = current.some((d) => (d.data as DiagnosticData).fixes!.some((f) => f.isPreferred));
    if (wants('source.fixAll.agent-docs') && (explicit || beside)) {
      const edits = service.fixAll(uri);
      if (edits.length) {
        actions.push({ title: 'Fix all agent-docs problems', kind: 'source.fixAll.agent-docs', edit: { changes: { [uri]: edits } } });
      }
    }
    return actions;
  });
}
