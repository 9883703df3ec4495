import type { ParsedDocument } from '../../document/parse';
import { returnCodesOf } from '../../returnCodes/extract';
import type { CodeOccurrence } from '../../returnCodes/model';
import { countsAsCode, type CodeCatalog } from '../../returnCodes/workspace';

export type OccurrenceRole = 'declaration' | 'mirror' | 'reference';

export interface LocatedCode extends CodeOccurrence {
  readonly role: OccurrenceRole;
}

/**
 * The return code under the cursor: a declaration, an orchestrator entry, or a reference that
 * counts as a code in this workspace. The cursor may sit just after the code's last character.
 */
export function codeAt(doc: ParsedDocument, catalog: CodeCatalog, offset: number): LocatedCode | undefined {
  const model = returnCodesOf(doc);
  const inside = (o: CodeOccurrence) => o.start <= offset && offset <= o.end;
  const declaration = model.declarations.find(inside);
  if (declaration) return { code: declaration.code, start: declaration.start, end: declaration.end, role: 'declaration' };
  for (const mirror of model.mirrors) {
    const entry = mirror.entries.find(inside);
    if (entry) return { code: entry.code, start: entry.start, end: entry.end, role: 'mirror' };
  }
  const ref = model.references.find((r) => inside(r) && countsAsCode(catalog, r.code, r.context));
  return ref ? { code: ref.code, start: ref.start, end: ref.end, role: 'reference' } : undefined;
}
