import { memo, type ParsedDocument } from '../document/parse';
import { returnCodesOf } from '../returnCodes/extract';
import { bodyNames } from './bodyNames';
import { frontmatterNames } from './frontmatterNames';
import type { NameReference } from './types';

/** Every agent, skill and command name a document references, in document order (once per version). */
export function documentNames(doc: ParsedDocument): readonly NameReference[] {
  return memo(doc, 'references.names', () => [...frontmatterNames(doc), ...bodyNames(doc), ...subsectionNames(doc)].sort((a, b) => a.start - b.start));
}

/**
 * An orchestrator's `### reviewer:` subsections under its return codes name agents. Glob names
 * (`developer-*`) name several and are left to the return-code rules. Checked by
 * `return-code-mirror-agent-unknown`, so navigable here but not checked again.
 */
function subsectionNames(doc: ParsedDocument): NameReference[] {
  if (!doc.text.includes('###')) return [];
  return returnCodesOf(doc)
    .mirrors.filter((m) => !/[*?[\]]/.test(m.pattern))
    .map((m) => ({ kind: 'agent', form: 'subsection', name: m.pattern, start: m.nameStart, end: m.nameEnd, checked: false }));
}
