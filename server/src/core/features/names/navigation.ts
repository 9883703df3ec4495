import type { NameTarget } from '../../references/resolveNames';
import type { Location, Range } from '../../types';
import { referencesIndexer } from '../../workspace/indexers/references';
import { sortLocations } from '../returnCodes/navigation';
import type { FeatureContext } from '../types';
import { nameSiteAt, targetsOf } from './locate';

const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Where a definition is: its `name:` value, else the file's first line. */
export function targetLocation(target: NameTarget): Location {
  const range = target.kind === 'command' ? undefined : target.entry.nameRange;
  return { uri: target.entry.uri, range: range ?? FILE_START };
}

/** Go to Definition on an agent, skill or command name. */
export function nameDefinition(ctx: FeatureContext, offset: number): Location[] | undefined {
  const site = nameSiteAt(ctx, offset);
  // An orchestrator's subsection goes to the agent's return codes (the return-code feature).
  if (!site?.ref || site.ref.form === 'subsection' || site.targets.length === 0) return undefined;
  return site.targets.map(targetLocation);
}

/**
 * Every reference across the workspace that resolves to one of `targets` (the index keeps each
 * document's names; each is resolved from its own document, as Claude Code would read it there).
 */
export function referencesTo(ctx: FeatureContext, targets: readonly NameTarget[]): Location[] {
  const wanted = new Set(targets.map((t) => t.entry.uri));
  const out: Location[] = [];
  for (const { uri, value } of ctx.index.facts(referencesIndexer)) {
    for (const fact of value.names) {
      if (!targets.some((t) => fact.kind === t.kind || (fact.kind === 'slash' && t.kind !== 'agent'))) continue;
      if (targetsOf(ctx, fact, uri).some((t) => wanted.has(t.entry.uri))) out.push({ uri, range: fact.range });
    }
  }
  return out;
}

/** Find All References on a name or on an agent's or skill's own `name:`. */
export function nameReferences(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Location[] | undefined {
  const site = nameSiteAt(ctx, offset);
  if (!site || site.targets.length === 0) return undefined;
  const found = referencesTo(ctx, site.targets);
  if (includeDeclaration) found.push(...site.targets.map(targetLocation));
  return sortLocations(found);
}
