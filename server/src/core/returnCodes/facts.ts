import type { ParsedDocument } from '../document/parse';
import type { Position, Range } from '../types';
import type { Indexer } from '../workspace/index';
import { returnCodesOf } from './extract';
import type { ReferenceContext } from './model';

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

/** Per-file return-code facts kept by the workspace index. */
export interface ReturnCodeFacts {
  /** Set for agent files, even those declaring nothing (a glob mirror may still name them). */
  readonly agent?: string;
  readonly declarations: DeclarationFact[];
  /** Agent files: where a new declaration goes, and whether a `**RETURN CODES:**` label exists. */
  readonly declarationInsert?: Position;
  readonly hasDeclarationBlock: boolean;
  readonly mirrors: MirrorFact[];
  /** Candidate references; `classify.ts` decides which count. */
  readonly references: ReferenceFact[];
  readonly eol: string;
}

export const RETURN_CODES_KEY = 'returnCodes';

/** Indexes every Markdown kind: declarations live in agents, mirrors in commands, references anywhere. */
export const returnCodesIndexer: Indexer<ReturnCodeFacts> = {
  key: RETURN_CODES_KEY,
  kinds: ['agent', 'command', 'skill', 'task', 'markdown'],
  extract(doc: ParsedDocument): ReturnCodeFacts | undefined {
    const model = returnCodesOf(doc);
    if (!model.agent && !model.mirrors.length && !model.references.length && !model.declarations.length) return undefined;
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
      references: model.references.map((r) => ({ code: r.code, range: range(r.start, r.end), context: r.context })),
      eol: model.eol,
    };
  },
};
