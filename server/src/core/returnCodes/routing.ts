import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { agentsFor, catalogOf, mirrorsFor } from './workspace';

/** An orchestrator subsection, as the routing table names it. */
export interface RouteSite {
  readonly uri: string;
  /** The subsection name (`quality-assurance`, `developer-*`). */
  readonly section: string;
  /** 1-based line of the entry, or of the subsection heading when the entry is missing. */
  readonly line: number;
}

export interface RoutedCode {
  readonly code: string;
  readonly description: string;
  readonly line: number;
  readonly routedBy: RouteSite[];
  readonly notRoutedBy: RouteSite[];
}

export interface AgentRoutes {
  readonly agent: string;
  readonly uri: string;
  readonly codes: RoutedCode[];
}

/** An orchestrator entry that no agent it names declares. */
export interface DeadRoute extends RouteSite {
  readonly code: string;
}

export interface RoutingTable {
  readonly agents: AgentRoutes[];
  readonly deadRoutes: DeadRoute[];
}

/**
 * Agent → codes → who routes them, for every agent that declares codes or that an orchestrator
 * names; plus orchestrator entries no named agent declares.
 */
export function routingTable(index: WorkspaceIndex): RoutingTable {
  const catalog = catalogOf(index);
  const agents: AgentRoutes[] = [];
  for (const a of catalog.agents) {
    const mirrors = mirrorsFor(catalog, a);
    if (!a.facts.declarations.length && !mirrors.length) continue;
    agents.push({
      agent: a.agent,
      uri: a.uri,
      codes: a.facts.declarations.map((d) => {
        const routedBy: RouteSite[] = [];
        const notRoutedBy: RouteSite[] = [];
        for (const m of mirrors) {
          const entry = m.mirror.entries.find((e) => e.code === d.code);
          const site = { uri: m.uri, section: m.mirror.pattern, line: (entry?.range ?? m.mirror.nameRange).start.line + 1 };
          (entry ? routedBy : notRoutedBy).push(site);
        }
        return { code: d.code, description: d.description, line: d.range.start.line + 1, routedBy, notRoutedBy };
      }),
    });
  }
  const deadRoutes: DeadRoute[] = [];
  for (const m of catalog.mirrors) {
    const named = agentsFor(catalog, { root: m.root, pattern: m.mirror.pattern });
    for (const e of m.mirror.entries) {
      if (!named.some((a) => a.facts.declarations.some((d) => d.code === e.code))) {
        deadRoutes.push({ uri: m.uri, section: m.mirror.pattern, line: e.range.start.line + 1, code: e.code });
      }
    }
  }
  return { agents, deadRoutes };
}
