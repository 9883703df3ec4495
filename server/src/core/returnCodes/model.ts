/** Offsets of one code occurrence in a document (the code's own text, without backticks). */
export interface CodeOccurrence {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

/** A code an agent promises to return: ``- `CODE` - description`` under its return-codes label. */
export interface Declaration extends CodeOccurrence {
  readonly description: string;
  /** The whole list item line, so a duplicate can be removed. */
  readonly lineStart: number;
  readonly lineEnd: number;
}

/** One code listed in an orchestrator's subsection for an agent. */
export interface MirrorEntry extends CodeOccurrence {
  readonly description: string;
}

/** An orchestrator's `### <agent-name>:` subsection under its `Return Codes` heading. */
export interface Mirror {
  /** The agent name, possibly a glob (`developer-*`). */
  readonly pattern: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly entries: MirrorEntry[];
  /** Where a new entry line goes: the end of the last entry's line, else the end of the heading line. */
  readonly insertAt: number;
}

/**
 * Where a code-shaped token appears outside declarations and mirrors. Whether it counts as a
 * return code is decided against the workspace (see `classify.ts`).
 */
export type ReferenceContext = 'inline' | 'return' | 'summary' | 'mermaid';

export interface Reference extends CodeOccurrence {
  readonly context: ReferenceContext;
}

/** Everything about return codes in one document, with exact offsets. */
export interface ReturnCodeDocument {
  /** The declaring agent (agent files only): frontmatter `name`, else the file name. */
  readonly agent?: string;
  readonly declarations: Declaration[];
  /** Where a new declaration line goes (agent files): after the last one, else the end of the file. */
  readonly declarationInsertAt?: number;
  /** Whether the file already has a declaration label (a new declaration needs one otherwise). */
  readonly hasDeclarationBlock: boolean;
  readonly mirrors: Mirror[];
  readonly references: Reference[];
  readonly eol: string;
}
