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

/** Kinds of Markdown documents (with or without frontmatter). */
export type MarkdownKind = 'agent' | 'skill' | 'command' | 'task' | 'markdown';

/**
 * Kinds of JSON documents, classified by path (`json/kinds.ts`): a plugin's
 * `.claude-plugin/plugin.json`, a marketplace's `.claude-plugin/marketplace.json`, a plugin's
 * `hooks/hooks.json`, and `.mcp.json`; in a claude-mpm project, its JSON agent templates
 * (`agents/templates/*.json`).
 */
export type JsonKind = 'plugin-manifest' | 'marketplace' | 'hooks' | 'mcp' | 'mpm-agent-template';

/** Kinds of whole-file YAML documents: claude-mpm's skills registry (`config/skills_registry.yaml`). */
export type DataKind = 'mpm-skills-registry';

export type DocumentKind = MarkdownKind | JsonKind | DataKind;

/** The formats documents come in; features say which they serve. */
export type DocumentFormat = 'markdown' | 'json' | 'yaml';

export interface MarkupText {
  kind: 'markdown';
  value: string;
}
