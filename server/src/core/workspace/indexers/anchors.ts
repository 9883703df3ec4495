import { taskBlocks } from '../../tasks/blocks';
import type { Indexer } from '../workspaceIndex';

/** The anchors a document's headings get on GitHub (`## Foo Bar` → `foo-bar`), in order. */
export interface AnchorFacts {
  readonly anchors: readonly string[];
}

export const ANCHORS_KEY = 'anchors';

/** Records each Markdown document's heading anchors, so links to `file.md#section` can be checked. */
export const anchorsIndexer: Indexer<AnchorFacts> = {
  key: ANCHORS_KEY,
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  // Read for the file a link leads to.
  readPerFile: true,
  extract(doc) {
    // A heading needs a `#` or a setext underline; most files have the first.
    if (doc.text.indexOf('#', doc.bodyStart) < 0 && !/\n[ ]{0,3}(?:=+|-+)[ \t]*\r?\n/.test(doc.text)) return undefined;
    // A task document's headings come from the task domain's lean scan when it can read the body.
    const anchors = taskBlocks(doc).headings.map((h) => h.anchor);
    return anchors.length ? { anchors } : undefined;
  },
};
