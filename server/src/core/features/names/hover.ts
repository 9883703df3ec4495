import type { NameTarget } from '../../references/resolveNames';
import { resolveName } from '../../references/resolveNames';
import { summaryIndexer } from '../../workspace/indexers/summary';
import { bodyPreview, displayPath } from '../preview';
import type { FeatureContext, Hover } from '../types';
import { nameSiteAt } from './locate';

/** Hover on a name: what it resolves to, with the target's description and first lines. */
export function nameHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const site = nameSiteAt(ctx, offset);
  // An orchestrator's subsection shows the agent's return codes (the return-code feature).
  if (!site?.ref || site.ref.form === 'subsection') return undefined;
  const range = ctx.doc.lines.range(site.start, site.end);
  if (site.targets.length === 0) {
    const r = resolveName(ctx.index, ctx.files, ctx.doc.uri, site.ref);
    const what = site.ref.kind === 'agent' ? 'agent' : site.ref.kind === 'skill' ? 'skill' : 'command';
    if (r.status === 'builtin') return { contents: { kind: 'markdown', value: `**${what}** \`${site.text}\`, built into Claude Code` }, range };
    return undefined;
  }
  return { contents: { kind: 'markdown', value: site.targets.map((t) => describe(ctx, t)).join('\n\n---\n\n') }, range };
}

/** A target's kind, name, description, path and first lines. */
export function describe(ctx: FeatureContext, target: NameTarget): string {
  const e = target.entry;
  const name =
    target.kind === 'agent'
      ? target.entry.id
      : target.kind === 'skill'
        ? target.entry.plugin
          ? `${target.entry.plugin.name}:${target.entry.name ?? target.entry.folder}`
          : target.entry.folder
        : target.entry.ids[target.entry.ids.length - 1]!;
  const summary = ctx.index.fact(e.uri, summaryIndexer);
  const parts = [`**${target.kind}** \`${target.kind === 'agent' ? name : `/${name}`}\`${e.plugin ? ` · plugin \`${e.plugin.name}\`` : ''}`];
  if (summary?.description) parts.push(summary.description);
  parts.push(`\`${displayPath(ctx.files, e.uri)}\``);
  const doc = ctx.document(e.uri);
  const preview = doc ? bodyPreview(doc) : '';
  if (preview) parts.push(preview);
  return parts.join('\n\n');
}
