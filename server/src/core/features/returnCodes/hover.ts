import { returnCodesOf } from '../../returnCodes/extract';
import { agentsFor, catalogOf, mirrorsFor, type CodeCatalog } from '../../returnCodes/workspace';
import { basename } from '../../text/names';
import type { FeatureContext, Hover } from '../types';
import { codeAt } from './locate';

/**
 * What a code means and how it flows: each declaring agent with its description, and for each,
 * the orchestrator subsections that route it (or the ones that should but do not).
 */
export function hoverCode(ctx: FeatureContext, offset: number): Hover | undefined {
  const catalog = catalogOf(ctx.index);
  const at = codeAt(ctx.doc, catalog, offset);
  if (!at) return hoverSubsection(ctx, catalog, offset);
  const lines = [`**\`${at.code}\`** return code`, ''];
  const declarations = catalog.declared.get(at.code) ?? [];
  if (!declarations.length) lines.push('Not declared by any agent in the workspace.');
  for (const d of declarations) {
    lines.push(`- **${d.agent}** (${basename(d.uri)}, line ${d.range.start.line + 1})${d.description ? `: ${d.description}` : ''}`);
    for (const m of mirrorsFor(catalog, d.agent)) {
      const entry = m.mirror.entries.find((e) => e.code === at.code);
      lines.push(
        entry
          ? `  - routed by ${basename(m.uri)} \`### ${m.mirror.pattern}\`, line ${entry.range.start.line + 1}`
          : `  - **not routed** by ${basename(m.uri)} \`### ${m.mirror.pattern}\` (line ${m.mirror.nameRange.start.line + 1})`,
      );
    }
  }
  const routers = catalog.mirrors.filter((m) => m.mirror.entries.some((e) => e.code === at.code) && !declarations.some((d) => mirrorsFor(catalog, d.agent).includes(m)));
  for (const m of routers) lines.push(`- listed by ${basename(m.uri)} \`### ${m.mirror.pattern}\`, which no declaring agent matches`);
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: ctx.doc.lines.range(at.start, at.end) };
}

/** On an orchestrator subsection name: the agents it names (a glob may name several) and their codes. */
function hoverSubsection(ctx: FeatureContext, catalog: CodeCatalog, offset: number): Hover | undefined {
  const mirror = returnCodesOf(ctx.doc).mirrors.find((m) => m.nameStart <= offset && offset <= m.nameEnd);
  if (!mirror) return undefined;
  const listed = new Set(mirror.entries.map((e) => e.code));
  const agents = agentsFor(catalog, mirror.pattern);
  const lines = [`Return codes routed for **${mirror.pattern}**`, ''];
  if (!agents.length) lines.push('No agent in the workspace has this name.');
  for (const a of agents) {
    const codes = a.facts.declarations.map((d) => (listed.has(d.code) ? `\`${d.code}\`` : `\`${d.code}\` (not routed here)`));
    lines.push(`- **${a.agent}** (${basename(a.uri)}): ${codes.length ? codes.join(', ') : 'declares no codes'}`);
  }
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: ctx.doc.lines.range(mirror.nameStart, mirror.nameEnd) };
}
