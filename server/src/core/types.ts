/**
 * Plain data shared by every layer. Positions use LSP's convention (zero-based line and
 * UTF-16 character) so the LSP glue can pass them through, but nothing here depends on LSP.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Location {
  uri: string;
  range: Range;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Edits to many files, plus file creations and renames, applied in that order: create, edit, rename. */
export interface WorkspaceEdit {
  changes: { [uri: string]: TextEdit[] };
  creates?: { uri: string; content: string }[];
  renames?: { oldUri: string; newUri: string }[];
}

export interface Fix {
  title: string;
  edit: WorkspaceEdit;
  /** Preferred fixes are applied by "fix all" and `lint --fix`; others are offered only. */
  isPreferred?: boolean;
}

export interface RelatedInformation {
  location: Location;
  message: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedInformation[];
  fixes?: Fix[];
  tags?: ('unnecessary' | 'deprecated')[];
}

export type DocumentKind = 'agent' | 'skill' | 'command' | 'task' | 'markdown';

export interface MarkupText {
  kind: 'markdown';
  value: string;
}
