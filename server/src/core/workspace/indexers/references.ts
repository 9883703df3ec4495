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

/** What the index keeps about the references a document makes. */
export interface ReferenceFacts {
  readonly names: readonly NameFact[];
}

export const REFERENCES_KEY = 'references';

/**
 * Records every agent, skill and command name a document writes, for Find All References and
 * rename across the workspace. Documents that reference nothing keep no fact.
 */
export const referencesIndexer: Indexer<ReferenceFacts> = {
  key: REFERENCES_KEY,
  kinds: ['agent', 'skill', 'command', 'task', 'markdown'],
  extract(doc) {
    const names = documentNames(doc).map((r): NameFact => ({ kind: r.kind, form: r.form, name: r.name, range: doc.lines.range(r.start, r.end) }));
    return names.length ? { names } : undefined;
  },
};
