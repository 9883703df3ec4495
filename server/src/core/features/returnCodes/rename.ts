import { DECLARABLE } from '../../returnCodes/conventions';
import { catalogFor, occurrencesOf } from '../../returnCodes/workspace';
import type { Range, WorkspaceEdit } from '../../types';
import type { FeatureContext } from '../types';
import { codeAt } from './locate';
import { sortLocations } from './navigation';

/** Rename is offered on any code occurrence; the placeholder is the code itself. */
export function prepareRenameCode(ctx: FeatureContext, offset: number): { range: Range; placeholder: string } | undefined {
  const at = codeAt(ctx.doc, catalogFor(ctx.index, ctx.doc.uri), offset);
  return at ? { range: ctx.doc.lines.range(at.start, at.end), placeholder: at.code } : undefined;
}

/**
 * Renames a code everywhere it occurs: declarations, orchestrator entries, prose references,
 * summary lines and Mermaid labels. Tokens that are not codes (fenced code, `API_KEY`) are untouched.
 */
export function renameCode(ctx: FeatureContext, offset: number, newName: string): WorkspaceEdit | undefined {
  const at = codeAt(ctx.doc, catalogFor(ctx.index, ctx.doc.uri), offset);
  if (!at || !DECLARABLE.test(newName)) return undefined;
  const found = occurrencesOf(ctx.index, ctx.doc.uri, at.code);
  const changes: WorkspaceEdit['changes'] = {};
  for (const loc of sortLocations([...found.declarations, ...found.mirrors, ...found.references])) {
    (changes[loc.uri] ??= []).push({ range: loc.range, newText: newName });
  }
  return { changes };
}
