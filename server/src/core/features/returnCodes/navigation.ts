import { catalogOf, occurrencesOf } from '../../returnCodes/workspace';
import type { Location } from '../../types';
import type { FeatureContext } from '../types';
import { codeAt } from './locate';

/** Go to Definition: the declarations of the code under the cursor (one per declaring agent). */
export function codeDefinition(ctx: FeatureContext, offset: number): Location[] | undefined {
  const catalog = catalogOf(ctx.index);
  const at = codeAt(ctx.doc, catalog, offset);
  if (!at) return undefined;
  const declarations = catalog.declared.get(at.code) ?? [];
  return declarations.length ? declarations.map((d) => ({ uri: d.uri, range: d.range })) : undefined;
}

/** Find All References: mirrors and references across the workspace, declarations on request. */
export function codeReferences(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Location[] | undefined {
  const catalog = catalogOf(ctx.index);
  const at = codeAt(ctx.doc, catalog, offset);
  if (!at) return undefined;
  const found = occurrencesOf(ctx.index, catalog, at.code);
  return sortLocations([...(includeDeclaration ? found.declarations : []), ...found.mirrors, ...found.references]);
}

/** Locations in file order, then position order. */
export function sortLocations(locations: Location[]): Location[] {
  return locations.sort(
    (a, b) =>
      (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character,
  );
}
