import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  CreateFile,
  DiagnosticSeverity,
  DiagnosticTag,
  InsertTextFormat,
  MarkupKind,
  RenameFile,
  SymbolKind,
  TextDocumentEdit,
  type CompletionItem as LspCompletionItem,
  type Diagnostic,
  type DocumentSymbol as LspDocumentSymbol,
  type WorkspaceEdit as LspWorkspaceEdit,
} from 'vscode-languageserver';
import type { CompletionItem, DocumentSymbol, Finding, Fix, Severity, WorkspaceEdit } from '../core';

/** What a diagnostic carries in `data`: its fixes, so code actions never recompute or match text. */
export interface DiagnosticData {
  ruleId: string;
  fixes?: Fix[];
  /** The document version the fixes' offsets belong to; older fixes are never offered. */
  version?: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, docsUri: string | undefined, version?: number): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, ...(f.fixes ? { fixes: f.fixes, ...(version !== undefined ? { version } : {}) } : {}) };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: 'agent-docs',
    code: f.ruleId,
    ...(docsUri ? { codeDescription: { href: `${docsUri}#${f.ruleId}` } } : {}),
    message: f.message,
    ...(f.related ? { relatedInformation: f.related } : {}),
    ...(f.tags ? { tags: f.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated)) } : {}),
    data,
  };
}

/**
 * Converts a core edit. Plain text changes use `changes`; creates and renames need
 * `documentChanges`. The core's text edits address files where they are before any rename; here
 * renames come first and text edits follow on the files' new URIs, which holds whichever order a
 * client applies them in (VS Code's own API reorders a rename result: file operations first).
 */
export function toWorkspaceEdit(edit: WorkspaceEdit): LspWorkspaceEdit {
  if (!edit.creates?.length && !edit.renames?.length) return { changes: edit.changes };
  const documentChanges: (TextDocumentEdit | CreateFile | RenameFile)[] = [];
  for (const c of edit.creates ?? []) {
    documentChanges.push(CreateFile.create(c.uri, { ignoreIfExists: true }));
    documentChanges.push(
      TextDocumentEdit.create({ uri: c.uri, version: null }, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: c.content },
      ]),
    );
  }
  const renames = edit.renames ?? [];
  for (const r of renames) documentChanges.push(RenameFile.create(r.oldUri, r.newUri));
  const moved = (uri: string) => {
    for (const r of renames) {
      if (uri === r.oldUri) return r.newUri;
      if (uri.startsWith(`${r.oldUri}/`)) return r.newUri + uri.slice(r.oldUri.length);
    }
    return uri;
  };
  for (const [uri, edits] of Object.entries(edit.changes)) {
    documentChanges.push(TextDocumentEdit.create({ uri: moved(uri), version: null }, edits));
  }
  return { documentChanges };
}

export function toCodeAction(fix: Fix, diagnostic: Diagnostic): CodeAction {
  const action = CodeAction.create(fix.title, toWorkspaceEdit(fix.edit), CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (fix.isPreferred) action.isPreferred = true;
  return action;
}

const COMPLETION_KIND: Record<CompletionItem['kind'], CompletionItemKind> = {
  field: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  tool: CompletionItemKind.Function,
  code: CompletionItemKind.Constant,
  task: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
  file: CompletionItemKind.File,
};

export function toCompletionItem(item: CompletionItem): LspCompletionItem {
  const insert = item.insertText ?? item.label;
  return {
    label: item.label,
    kind: COMPLETION_KIND[item.kind],
    ...(item.detail ? { detail: item.detail } : {}),
    ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation.value } } : {}),
    ...(item.range ? { textEdit: { range: item.range, newText: insert } } : { insertText: insert }),
    ...(item.snippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...(item.sortText ? { sortText: item.sortText } : {}),
    ...(item.filterText ? { filterText: item.filterText } : {}),
    ...(item.preselect ? { preselect: true } : {}),
  };
}

const SYMBOL_KIND: Record<DocumentSymbol['kind'], SymbolKind> = {
  field: SymbolKind.Field,
  constant: SymbolKind.Constant,
  module: SymbolKind.Module,
  event: SymbolKind.Event,
  enumMember: SymbolKind.EnumMember,
  string: SymbolKind.String,
};

export function toDocumentSymbol(s: DocumentSymbol): LspDocumentSymbol {
  return {
    name: s.name,
    ...(s.detail ? { detail: s.detail } : {}),
    kind: SYMBOL_KIND[s.kind],
    range: s.range,
    selectionRange: s.selectionRange,
    ...(s.children ? { children: s.children.map(toDocumentSymbol) } : {}),
  };
}
