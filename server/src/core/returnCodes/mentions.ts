import { memo, type ParsedDocument } from '../document/parse';

/** Where a document writes the words the return-code scans look for first, in any case. */
export interface Mentions {
  /** Offsets of every "return" (any case), in order. */
  readonly returnAt: readonly number[];
  /** Whether it writes "mermaid" (any case). */
  readonly mermaid: boolean;
}

const WORDS = /return|mermaid/gi;

/**
 * One search of the whole text for the words that decide whether a document is read for return
 * codes, tables of codes and Mermaid hand-offs, instead of one case-blind search per question
 * (each is a pass over the text; most documents write none of them). Once per version.
 */
export function mentionsOf(doc: ParsedDocument): Mentions {
  return memo(doc, 'returnCodes.mentions', ({ text }) => {
    const returnAt: number[] = [];
    let mermaid = false;
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) {
      if (m[0].length === 6) returnAt.push(m.index);
      else mermaid = true;
    }
    return { returnAt, mermaid };
  });
}

/** Whether some "return" of the document is followed by text that `after` (a sticky expression) matches. */
export function returnFollowedBy(doc: ParsedDocument, after: RegExp): boolean {
  for (const at of mentionsOf(doc).returnAt) {
    after.lastIndex = at + 6;
    if (after.test(doc.text)) return true;
  }
  return false;
}
