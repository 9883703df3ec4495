import type { ParsedDocument } from '../document/parse';
import type { AgentDocsConfig } from '../config/config';
import type { DocumentFormat, Location, MarkupText, Range, WorkspaceEdit } from '../types';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

export interface Hover {
  contents: MarkupText;
  range?: Range;
}

export type CompletionKind = 'field' | 'value' | 'tool' | 'code' | 'task' | 'snippet' | 'file';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: MarkupText;
  /** Text inserted over `range` (defaults to `label`). */
  insertText?: string;
  /** `insertText` uses snippet syntax ($1, ${1:default}). */
  snippet?: boolean;
  range?: Range;
  sortText?: string;
  filterText?: string;
  preselect?: boolean;
}

export type SymbolKind = 'field' | 'constant' | 'module' | 'event' | 'enumMember' | 'string';

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface DocumentLink {
  range: Range;
  target: string;
  tooltip?: string;
}

export interface CodeLens {
  range: Range;
  title: string;
  /** A command id the client knows (`agentDocs.*`) and its arguments. */
  command?: { id: string; arguments?: unknown[] };
}

/** What a feature may read besides the document under the cursor. */
export interface FeatureContext {
  readonly doc: ParsedDocument;
  readonly config: AgentDocsConfig;
  readonly index: WorkspaceIndex;
  /** The workspace's files as the host lists them (exact letter case), and the plugin manifests. */
  readonly files: WorkspaceFiles;
  /** Another workspace document, parsed (open editors first, then disk). */
  document(uri: string): ParsedDocument | undefined;
}

/**
 * One capability area (frontmatter, return codes, tasks ...). Each method answers for positions it
 * understands and returns undefined otherwise; the service merges or picks the first answer.
 */
export interface LanguageFeature {
  readonly id: string;
  /** Which documents it answers for: Markdown (the default), JSON (`json/kinds.ts`), or both. */
  readonly formats?: readonly DocumentFormat[];
  hover?(ctx: FeatureContext, offset: number): Hover | undefined;
  completion?(ctx: FeatureContext, offset: number): CompletionItem[] | undefined;
  definition?(ctx: FeatureContext, offset: number): Location[] | undefined;
  references?(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Location[] | undefined;
  prepareRename?(ctx: FeatureContext, offset: number): { range: Range; placeholder: string } | undefined;
  rename?(ctx: FeatureContext, offset: number, newName: string): WorkspaceEdit | undefined;
  documentSymbols?(ctx: FeatureContext): DocumentSymbol[] | undefined;
  documentLinks?(ctx: FeatureContext): DocumentLink[] | undefined;
  codeLenses?(ctx: FeatureContext): CodeLens[] | undefined;
}
