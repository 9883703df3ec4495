import { itemText } from '../returnCodes/fixes';
import { agentsFor, mirrorsFor, type AgentCodes, type CodeCatalog, type OrchestratorMirror } from '../returnCodes/workspace';
import { agentMatches } from '../returnCodes/conventions';
import { flowRoot, sameFlow } from '../returnCodes/scope';
import { basename } from '../text/names';
import type { Range } from '../types';
import { agentNameIndexer } from '../workspace/indexers/agentNames';
import { returnCodeHandoffsIndexer, type HandoffFact } from '../workspace/indexers/returnCodes';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { FlowRow } from './model';
import type { FlowParts } from './parts';

/**
 * The first generation of a flow, from the return-code model: each agent's declared codes go to
 * the orchestrator whose `## Return Codes:` section routes them, to the agent a flow diagram hands
 * them to, or nowhere (`to: null`, `routed: false`) when no section lists them. Entries of a
 * section that no agent it names declares are codes nobody declares (`declared: false`).
 */
export function addLegacyFlow(parts: FlowParts, index: WorkspaceIndex, catalog: CodeCatalog, root: string): void {
  const mirrors = catalog.mirrors.filter((m) => sameFlow(m.root, root));
  const handoffs = [...index.facts(returnCodeHandoffsIndexer)].filter((f) => sameFlow(flowRoot(f.uri), root));
  const agents = catalog.agents.filter((a) => sameFlow(a.root, root) && (a.facts.declarations.length > 0 || mirrorsFor(catalog, a).length > 0));
  if (!agents.length && !mirrors.length) return;
  parts.generations.add('legacy');

  const kindOf = (uri: string) => index.get(uri)?.kind;
  const orchestrator = (m: OrchestratorMirror) => {
    parts.orchestrators.add(m.uri);
    const first = mirrors.find((o) => o.uri === m.uri) ?? m;
    const name = basename(m.uri).replace(/\.(md|markdown)$/i, '');
    return parts.node('orchestrator', kindOf(m.uri) === 'command' ? `/${name}` : name, m.uri, first.mirror.nameRange, { own: true });
  };
  const agentNode = (a: AgentCodes) => parts.node('agent', a.agent, a.uri, agentRange(index, a), { own: true });
  const byName = new Map(agents.map((a) => [a.agent, a]));
  /** The agents a diagram node's text names (`developer`, `@agent-developer`). */
  const agentsNamed = (texts: readonly string[]) => texts.map((t) => byName.get(t.replace(/^@agent-/, ''))).filter((a): a is AgentCodes => !!a);
  const diagramTargets = (a: AgentCodes, code: string) => {
    const out: { agent: AgentCodes; row: FlowRow }[] = [];
    for (const { uri, value } of handoffs) {
      for (const h of value) {
        if (h.code !== code || !agentsNamed(h.from).includes(a)) continue;
        for (const target of agentsNamed(h.to)) out.push({ agent: target, row: diagramRow(uri, h) });
      }
    }
    return out;
  };
  const entryRow = (m: OrchestratorMirror, code: string): FlowRow | undefined => {
    const e = m.mirror.entries.find((x) => x.code === code);
    return e && { uri: m.uri, range: e.range, role: 'route', text: `### ${m.mirror.pattern}: ${itemText(e.code, e.description)}` };
  };

  for (const m of mirrors) orchestrator(m);
  for (const a of agents) {
    const from = agentNode(a);
    // The order the orchestrator lists its agents is the order the flow runs; diagrams come next.
    const section = mirrors.findIndex((m) => agentMatches(m.mirror.pattern, a.agent));
    if (section >= 0) parts.rank(from, section);
    const drawnAt = handoffs.flatMap((f) => f.value).findIndex((h) => agentsNamed(h.from).includes(a) || agentsNamed(h.to).includes(a));
    if (drawnAt >= 0) parts.rank(from, 10_000 + drawnAt);
    const sections = mirrorsFor(catalog, a).filter((m) => sameFlow(m.root, root));
    const seen = new Set<string>();
    for (const d of a.facts.declarations) {
      if (seen.has(d.code)) continue;
      seen.add(d.code);
      const declaration: FlowRow = { uri: a.uri, range: d.range, role: 'declaration', text: itemText(d.code, d.description) };
      const routing = sections.filter((m) => m.mirror.entries.some((e) => e.code === d.code));
      const omitting = sections.filter((m) => !routing.includes(m));
      const drawn = diagramTargets(a, d.code);
      const base = { code: d.code, declared: true, ...(d.description ? { description: d.description } : {}) };
      for (const m of routing) {
        const rows = [declaration, entryRow(m, d.code)!];
        if (drawn.length) for (const t of drawn) parts.edge({ ...base, from, to: agentNode(t.agent), routed: true, kind: 'handoff' }, [...rows, t.row]);
        else parts.edge({ ...base, from, to: orchestrator(m), routed: true, kind: 'return' }, rows);
      }
      if (routing.length && !omitting.length) continue;
      const omissions: FlowRow[] = omitting.map((m) => ({
        uri: m.uri,
        range: m.mirror.nameRange,
        role: 'omission',
        text: `### ${m.mirror.pattern}: does not list ${d.code}`,
      }));
      // Nothing routes it: it leads nowhere, unless a diagram draws where it goes.
      if (drawn.length)
        for (const t of drawn) parts.edge({ ...base, from, to: agentNode(t.agent), routed: false, kind: 'handoff' }, [declaration, ...omissions, t.row]);
      else parts.edge({ ...base, from, to: null, routed: false, kind: 'return' }, [declaration, ...omissions]);
    }
    // A diagram that hands on a code the agent does not declare.
    for (const { uri, value } of handoffs) {
      for (const h of value) {
        if (seen.has(h.code) || !agentsNamed(h.from).includes(a)) continue;
        const routing = sections.filter((m) => m.mirror.entries.some((e) => e.code === h.code));
        for (const target of agentsNamed(h.to)) {
          parts.edge({ from, to: agentNode(target), code: h.code, routed: routing.length > 0, kind: 'handoff', declared: false }, [
            diagramRow(uri, h),
            ...routing.map((m) => entryRow(m, h.code)!),
          ]);
        }
      }
    }
  }

  // Entries of a section that no agent it names declares.
  for (const m of mirrors) {
    const named = agentsFor(catalog, { root: m.root, pattern: m.mirror.pattern }).filter((a) => agents.includes(a));
    const to = orchestrator(m);
    const sources = named.length ? named.map(agentNode) : [parts.node('agent', m.mirror.pattern, m.uri, m.mirror.nameRange, { missing: true })];
    if (!named.length) parts.rank(sources[0]!, mirrors.indexOf(m));
    for (const e of m.mirror.entries) {
      if (named.some((a) => a.facts.declarations.some((d) => d.code === e.code))) continue;
      const row: FlowRow = { uri: m.uri, range: e.range, role: 'route', text: `### ${m.mirror.pattern}: ${itemText(e.code, e.description)}` };
      for (const from of sources)
        parts.edge({ from, to, code: e.code, routed: true, kind: 'return', declared: false, ...(e.description ? { description: e.description } : {}) }, [row]);
    }
  }
}

/** Where an agent is declared: its `name`'s value, else its first declared code, else its first line. */
function agentRange(index: WorkspaceIndex, a: AgentCodes): Range {
  return index.fact(a.uri, agentNameIndexer)?.range ?? a.facts.declarations[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function diagramRow(uri: string, h: HandoffFact): FlowRow {
  return { uri, range: h.range, role: 'diagram', text: `${h.from.join(' & ')} -->|${h.code}| ${h.to.join(' & ')}` };
}
