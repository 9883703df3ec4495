import { field } from '../../document/parse';
import { agentNames } from '../../names/agents';
import { skillNames } from '../../names/skills';
import { documentNames } from '../../references/names';
import { resolveName, type NameTarget } from '../../references/resolveNames';
import type { NameReference } from '../../references/types';
import type { FeatureContext } from '../types';

/** A name under the cursor: a reference, or the `name:` that defines an agent or skill. */
export interface NameSite {
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly text: string;
  readonly targets: readonly NameTarget[];
  /** Set on a reference; absent on a definition's own `name:`. */
  readonly ref?: NameReference;
}

/** The name at an offset, with what it resolves to (no targets when it resolves to nothing). */
export function nameSiteAt(ctx: FeatureContext, offset: number): NameSite | undefined {
  const ref = documentNames(ctx.doc).find((r) => r.start <= offset && offset <= r.end);
  if (ref) return { start: ref.start, end: ref.end, text: ref.name, targets: targetsOf(ctx, ref), ref };
  return definitionSiteAt(ctx, offset);
}

/** What a reference resolves to (built-ins and unknown names resolve to nothing). */
export function targetsOf(ctx: FeatureContext, ref: Pick<NameReference, 'kind' | 'name'>, fromUri = ctx.doc.uri): readonly NameTarget[] {
  const r = resolveName(ctx.index, ctx.files, fromUri, ref);
  return r.status === 'found' || r.status === 'unscoped' || r.status === 'loose' ? r.targets : [];
}

/** The value of an agent's or skill's own `name:` field. */
function definitionSiteAt(ctx: FeatureContext, offset: number): NameSite | undefined {
  const { doc } = ctx;
  if (doc.kind !== 'agent' && doc.kind !== 'skill') return undefined;
  const f = field(doc, 'name');
  if (!f?.value || offset < f.valueStart || offset > f.valueEnd) return undefined;
  let start = f.valueStart;
  let end = f.valueEnd;
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  if (/["']/.test(doc.text[start] ?? '') && doc.text[end - 1] === doc.text[start]) {
    start++;
    end--;
  }
  if (end <= start) return undefined;
  const text = doc.text.slice(start, end);
  if (doc.kind === 'agent') {
    const entry = agentNames(ctx.index, ctx.files).all.find((a) => a.uri === doc.uri);
    return { start, end, text, targets: entry ? [{ kind: 'agent', entry }] : [] };
  }
  const entry = skillNames(ctx.index, ctx.files).all.find((s) => s.uri === doc.uri);
  return { start, end, text, targets: entry ? [{ kind: 'skill', entry }] : [] };
}
