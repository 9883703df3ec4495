import type { ParsedDocument } from '../../document/parse';
import type { Position, Range } from '../../types';
import type { Indexer } from '../workspaceIndex';
import { returnCodesOf } from '../../returnCodes/extract';
import { UPPER_SNAKE } from '../../returnCodes/conventions';
import { diagramEdgesOf } from '../../returnCodes/scan';
import type { ReferenceContext } from '../../returnCodes/model';

/** A code and where it is, in LSP terms, so other files can point at it without re-parsing. */
export interface RangedCode {
  readonly code: string;
  readonly range: Range;
}

export interface DeclarationFact extends RangedCode {
  readonly description: string;
}

export interface MirrorFact {
  readonly pattern: string;
  readonly nameRange: Range;
  readonly entries: DeclarationFact[];
  /** Where a new entry line is inserted (end of the last entry's line, else of the heading). */
  readonly insert: Position;
}

export interface ReferenceFact extends RangedCode {
  readonly context: ReferenceContext;
}

/**
 * Per-file protocol facts: what an agent declares and what an orchestrator routes. Kept apart from
 * references so that typing prose does not invalidate the catalog or re-lint other open files.
 */
export interface ReturnCodeFacts {
  /** Set for agent files, even those declaring nothing (a glob mirror may still name them). */
  readonly agent?: string;
  readonly declarations: DeclarationFact[];
  /** Agent files: where a new declaration goes, and whether a `**RETURN CODES:**` label exists. */
  readonly declarationInsert?: Position;
  readonly hasDeclarationBlock: boolean;
  readonly mirrors: MirrorFact[];
  readonly eol: string;
}

export const RETURN_CODES_KEY = 'returnCodes';
export const RETURN_CODE_REFERENCES_KEY = 'returnCodeReferences';
export const RETURN_CODE_HANDOFFS_KEY = 'returnCodeHandoffs';

/** A Mermaid edge labelled with a code: where the diagram says the code leads (`DEV[developer] -->|CODE| QA[quality-assurance]`). */
export interface HandoffFact extends RangedCode {
  /** The texts of the nodes on each side, as the diagram names them. */
  readonly from: readonly string[];
  readonly to: readonly string[];
}

const INDEXED_KINDS = ['agent', 'command', 'skill', 'task', 'markdown'] as const;

/** Declarations (agent files) and mirrors (any Markdown kind, usually commands). */
export const returnCodesIndexer: Indexer<ReturnCodeFacts> = {
  key: RETURN_CODES_KEY,
  kinds: INDEXED_KINDS,
  extract(doc: ParsedDocument): ReturnCodeFacts | undefined {
    const model = returnCodesOf(doc);
    if (model.agent === undefined && !model.mirrors.length && !model.declarations.length) return undefined;
    const range = (start: number, end: number) => doc.lines.range(start, end);
    return {
      ...(model.agent !== undefined ? { agent: model.agent } : {}),
      declarations: model.declarations.map((d) => ({ code: d.code, range: range(d.start, d.end), description: d.description })),
      ...(model.declarationInsertAt !== undefined ? { declarationInsert: doc.lines.positionAt(model.declarationInsertAt) } : {}),
      hasDeclarationBlock: model.hasDeclarationBlock,
      mirrors: model.mirrors.map((m) => ({
        pattern: m.pattern,
        nameRange: range(m.nameStart, m.nameEnd),
        entries: m.entries.map((e) => ({ code: e.code, range: range(e.start, e.end), description: e.description })),
        insert: doc.lines.positionAt(m.insertAt),
      })),
      eol: model.eol,
    };
  },
  // Only an agent's file has `agent` and declarations; elsewhere a mirror sits under a heading
  // `Return Codes` (see `extractReturnCodes`), so the words are in the text.
  mayHaveFact: (text, _uri, kind) => kind === 'agent' || RETURN_CODES_WORDS.test(text),
};

const RETURN_CODES_WORDS = /return codes/i;

/**
 * Candidate references per file (code-shaped tokens in prose, summaries and Mermaid labels); which
 * of them count is decided against the catalog when they are read (`countsAsCode`).
 */
export const returnCodeReferencesIndexer: Indexer<ReferenceFact[]> = {
  key: RETURN_CODE_REFERENCES_KEY,
  kinds: INDEXED_KINDS,
  extract(doc: ParsedDocument): ReferenceFact[] | undefined {
    const refs = returnCodesOf(doc).references;
    return refs.length ? refs.map((r) => ({ code: r.code, range: doc.lines.range(r.start, r.end), context: r.context })) : undefined;
  },
};

/**
 * Mermaid edges labelled with a code-shaped token, with the nodes they join: the flow graph reads
 * them to draw a hand-off from one agent to another. Apart from the other facts, so that editing
 * a diagram invalidates only the graph.
 */
export const returnCodeHandoffsIndexer: Indexer<HandoffFact[]> = {
  key: RETURN_CODE_HANDOFFS_KEY,
  kinds: INDEXED_KINDS,
  extract(doc: ParsedDocument): HandoffFact[] | undefined {
    const edges = diagramEdgesOf(doc).filter((e) => UPPER_SNAKE.test(e.label));
    return edges.length ? edges.map((e) => ({ code: e.label, range: doc.lines.range(e.start, e.end), from: e.from, to: e.to })) : undefined;
  },
};
