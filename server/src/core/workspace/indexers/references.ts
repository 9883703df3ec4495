import { documentLinks, type LinkForm } from '../../references/links';
import { documentNames } from '../../references/names';
import type { NameForm, NameKind } from '../../references/types';
import type { Range } from '../../types';
import type { Indexer } from '../workspaceIndex';

/** A name reference as the index keeps it: enough to find it again and to resolve it. */
export interface NameFact {
  readonly kind: NameKind;
  readonly form: NameForm;
  readonly name: string;
  readonly range: Range;
}

/** A link to a file as the index keeps it: enough to resolve it again and rewrite its path. */
export interface LinkFact {
  readonly form: LinkForm;
  /** The path as written, and where. */
  readonly path: string;
  readonly range: Range;
  readonly plugin?: string;
  readonly server?: string;
}

/** What the index keeps about the references a document makes. */
export interface ReferenceFacts {
  readonly names: readonly NameFact[];
  readonly links: readonly LinkFact[];
}

export const REFERENCES_KEY = 'references';

/**
 * Records every agent, skill and command name and every link to a file a document writes, for
 * Find All References, rename across the workspace and updating links when files move. Documents
 * that reference nothing keep no fact.
 */
export const referencesIndexer: Indexer<ReferenceFacts> = {
  key: REFERENCES_KEY,
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  extract(doc) {
    const names = documentNames(doc).map((r): NameFact => ({ kind: r.kind, form: r.form, name: r.name, range: doc.lines.range(r.start, r.end) }));
    // Links to this document's own headings (`#x`) move with it: nothing to keep.
    const links = documentLinks(doc)
      .filter((l) => l.path !== '')
      .map((l): LinkFact => ({
        form: l.form,
        path: l.path,
        range: doc.lines.range(l.pathStart, l.pathEnd),
        ...(l.plugin ? { plugin: l.plugin } : {}),
        ...(l.server ? { server: l.server } : {}),
      }));
    return names.length || links.length ? { names, links } : undefined;
  },
};
