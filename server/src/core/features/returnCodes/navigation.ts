import { returnCodesOf } from '../../returnCodes/extract';
import { flowRoot } from '../../returnCodes/scope';
import { agentsFor, catalogFor, occurrencesOf } from '../../returnCodes/workspace';
import type { Location } from '../../types';
import type { FeatureContext } from '../types';
import { codeAt } from './locate';

/**
 * Go to Definition: the declarations of the code under the cursor (one per declaring agent); on an
 * orchestrator's subsection name, the return codes of the agents it names.
 */
export function codeDefinition(ctx: FeatureContext, offset: number): Location[] | undefined {
  const catalog = catalogFor(ctx.index, ctx.doc.uri);
  const at = codeAt(ctx.doc, catalog, offset);
  if (!at) {
    const mirror = returnCodesOf(ctx.doc).mirrors.find((m) => m.nameStart <= offset && offset <= m.nameEnd);
    if (!mirror) return undefined;
    const agents = agentsFor(catalog, { root: flowRoot(ctx.doc.uri), pattern: mirror.pattern });
    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return agents.length ? agents.map((a) => ({ uri: a.uri, range: a.facts.declarations[0]?.range ?? zero })) : undefined;
  }
  const declarations = catalog.declared.get(at.code) ?? [];
  return declarations.length ? declarations.map((d) => ({ uri: d.uri, range: d.range })) : undefined;
}

/** Find All References: mirrors and references across the workspace, declarations on request. */
export function codeReferences(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Location[] | undefined {
  const catalog = catalogFor(ctx.index, ctx.doc.uri);
  const at = codeAt(ctx.doc, catalog, offset);
  if (!at) return undefined;
  const found = occurrencesOf(ctx.index, ctx.doc.uri, at.code);
  return sortLocations([...(includeDeclaration ? found.declarations : []), ...found.mirrors, ...found.references]);
}

/** Locations in file order, then position order. */
export function sortLocations(locations: Location[]): Location[] {
  return locations.sort(
    (a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
