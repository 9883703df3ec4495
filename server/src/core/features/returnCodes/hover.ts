import { returnCodesOf } from '../../returnCodes/extract';
import { flowRoot } from '../../returnCodes/scope';
import { agentOf, agentsFor, catalogFor, mirrorsFor, type CodeCatalog, type OrchestratorMirror } from '../../returnCodes/workspace';
import { basename } from '../../text/names';
import type { FeatureContext, Hover } from '../types';
import { codeAt } from './locate';

/**
 * What a code means and how it flows: each declaring agent with its description, and for each,
 * the orchestrator subsections that route it (or the ones that should but do not).
 */
export function hoverCode(ctx: FeatureContext, offset: number): Hover | undefined {
  const catalog = catalogFor(ctx.index, ctx.doc.uri);
  const at = codeAt(ctx.doc, catalog, offset);
  if (!at) return hoverSubsection(ctx, catalog, offset);
  const lines = [`**\`${at.code}\`** return code`, ''];
  const declarations = hoveredFirst(ctx, catalog, offset, catalog.declared.get(at.code) ?? []);
  if (!declarations.length) lines.push('Not declared by any agent in the workspace.');
  const routing = new Set<OrchestratorMirror>();
  for (const d of declarations) {
    const agent = agentOf(catalog, d);
    const mirrors = agent ? mirrorsFor(catalog, agent) : [];
    for (const m of mirrors) routing.add(m);
    lines.push(`- **${d.agent}** (${basename(d.uri)}, line ${d.range.start.line + 1})${d.description ? `: ${d.description}` : ''}`);
    for (const m of mirrors) {
      const entry = m.mirror.entries.find((e) => e.code === at.code);
      lines.push(
        entry
          ? `  - routed by ${basename(m.uri)} \`### ${m.mirror.pattern}\`, line ${entry.range.start.line + 1}`
          : `  - **not routed** by ${basename(m.uri)} \`### ${m.mirror.pattern}\` (line ${m.mirror.nameRange.start.line + 1})`,
      );
    }
  }
  const routers = catalog.mirrors.filter((m) => m.mirror.entries.some((e) => e.code === at.code) && !routing.has(m));
  for (const m of routers) lines.push(`- listed by ${basename(m.uri)} \`### ${m.mirror.pattern}\`, which no declaring agent matches`);
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: ctx.doc.lines.range(at.start, at.end) };
}

/**
 * Declarations with the one the reader is looking at first: the hovered file's own, then those of
 * the agents the orchestrator subsection around the hover names (`### quality-assurance:`).
 */
function hoveredFirst<D extends { uri: string }>(ctx: FeatureContext, catalog: CodeCatalog, offset: number, declarations: readonly D[]): D[] {
  const section = returnCodesOf(ctx.doc).mirrors.find((m) => m.entries.some((e) => e.start <= offset && offset <= e.end));
  const named = new Set(section ? agentsFor(catalog, { root: flowRoot(ctx.doc.uri), pattern: section.pattern }).map((a) => a.uri) : []);
  const rank = (d: D) => (d.uri === ctx.doc.uri ? 0 : named.has(d.uri) ? 1 : 2);
  return [...declarations].sort((a, b) => rank(a) - rank(b));
}

/** On an orchestrator subsection name: the agents it names (a glob may name several) and their codes. */
function hoverSubsection(ctx: FeatureContext, catalog: CodeCatalog, offset: number): Hover | undefined {
  const mirror = returnCodesOf(ctx.doc).mirrors.find((m) => m.nameStart <= offset && offset <= m.nameEnd);
  if (!mirror) return undefined;
  const listed = new Set(mirror.entries.map((e) => e.code));
  const agents = agentsFor(catalog, { root: flowRoot(ctx.doc.uri), pattern: mirror.pattern });
  const lines = [`Return codes routed for **${mirror.pattern}**`, ''];
  if (!agents.length) lines.push('No agent in the workspace has this name.');
  for (const a of agents) {
    const codes = a.facts.declarations.map((d) => (listed.has(d.code) ? `\`${d.code}\`` : `\`${d.code}\` (not routed here)`));
    lines.push(`- **${a.agent}** (${basename(a.uri)}): ${codes.length ? codes.join(', ') : 'declares no codes'}`);
  }
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: ctx.doc.lines.range(mirror.nameStart, mirror.nameEnd) };
}
