import { decodeSafe, isInside, nameOf } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import { isPluginRoot, pluginAt } from '../plugins/plugins';
import { sameFlow } from '../returnCodes/scope';
import { tableFlows } from '../returnCodes/tables/flow';
import { catalogOf } from '../returnCodes/workspace';
import { AGENT_NAME_KEY } from '../workspace/indexers/agentNames';
import { RETURN_CODE_HANDOFFS_KEY, RETURN_CODES_KEY } from '../workspace/indexers/returnCodes';
import { TABLE_FLOWS_KEY } from '../workspace/indexers/tableFlows';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { addLegacyFlow } from './legacy';
import type { FlowEdge, FlowGraph, FlowInfo, FlowNode } from './model';
import { FlowParts } from './parts';
import { addTableFlow } from './tables';

/** The index keys the graph reads: it is rebuilt when one of them changes. */
export const FLOW_GRAPH_KEYS: readonly string[] = [RETURN_CODES_KEY, TABLE_FLOWS_KEY, RETURN_CODE_HANDOFFS_KEY, AGENT_NAME_KEY];

/**
 * The flow graph of the workspace, or of one flow (`flow`: its id): the one function the CLI's
 * `graph` command and the editor's Flow view both read. Built from the return-code model (both
 * generations) and cached until its facts or the file view change. Node ids are unique across the
 * whole workspace, so a flow's ids do not depend on which flow is asked for.
 */
export function flowGraph(index: WorkspaceIndex, files: WorkspaceFiles, options: { flow?: string } = {}): FlowGraph {
  const all = index.derived(`graph.flows@${files.generation}`, FLOW_GRAPH_KEYS, () => buildGraph(index, files));
  if (options.flow === undefined) return all;
  const ids = new Set(all.nodes.filter((n) => n.flow === options.flow).map((n) => n.id));
  return {
    flows: all.flows.filter((f) => f.id === options.flow),
    nodes: all.nodes.filter((n) => ids.has(n.id)),
    edges: all.edges.filter((e) => ids.has(e.from)),
  };
}

/**
 * The flow a file belongs to: the flow it routes, declares a node of or holds a row of, else the
 * innermost flow whose folder holds it.
 */
export function flowOfFile(graph: FlowGraph, uri: string): FlowInfo | undefined {
  const byId = new Map(graph.nodes.map((n) => [n.id, n.flow]));
  const flow =
    graph.flows.find((f) => f.orchestrators.includes(uri))?.id ??
    graph.nodes.find((n) => n.uri === uri)?.flow ??
    byId.get(graph.edges.find((e) => e.rows.some((r) => r.uri === uri))?.from ?? '');
  if (flow) return graph.flows.find((f) => f.id === flow);
  let best: FlowInfo | undefined;
  for (const f of graph.flows) if (isInside(uri, f.id) && (!best || f.id.length > best.id.length)) best = f;
  return best;
}

function buildGraph(index: WorkspaceIndex, files: WorkspaceFiles): FlowGraph {
  const catalog = catalogOf(index);
  const tables = tableFlows(index, files);
  // First-generation flows: one per outermost folder of an orchestrator or a declaring agent.
  const legacyRoots = outermost([...catalog.mirrors.map((m) => m.root), ...catalog.declaring.map((a) => a.root)]);
  const flows = new Map<string, FlowParts>();
  const partsFor = (root: string) => {
    let parts = flows.get(root);
    if (!parts) flows.set(root, (parts = new FlowParts(root, titleOf(files, root))));
    return parts;
  };
  for (const t of [...tables].sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : a.uri < b.uri ? -1 : 1))) addTableFlow(partsFor(t.root), index, t);
  for (const root of legacyRoots) {
    // A plugin that defines its codes in tables and also has orchestrator sections is one flow.
    const table = tables.find((t) => root === t.root || isInside(root, t.root));
    addLegacyFlow(partsFor(table?.root ?? root), index, catalog, root);
  }
  return assemble([...flows.values()].filter((p) => p.nodes.size > 0).sort((a, b) => (a.id < b.id ? -1 : 1)));
}

/** Ids unique across flows, titles unique, everything in a stable order. */
function assemble(parts: FlowParts[]): FlowGraph {
  const titles = new Map<string, number>();
  const infos: FlowInfo[] = parts.map((p) => {
    const n = (titles.get(p.title) ?? 0) + 1;
    titles.set(p.title, n);
    return { id: p.id, title: n > 1 ? `${p.title} (${n})` : p.title, generations: [...p.generations].sort(), orchestrators: [...p.orchestrators].sort() };
  });
  // A name is its own id within a flow, prefixed by its kind when two kinds share it there.
  const local = parts.map((p) => {
    const counts = new Map<string, number>();
    for (const d of p.nodes.values()) counts.set(d.label, (counts.get(d.label) ?? 0) + 1);
    return new Map([...p.nodes.values()].map((d) => [d.key, counts.get(d.label)! > 1 ? `${d.kind}:${d.label}` : d.label]));
  });
  const flowsOf = new Map<string, number>();
  for (const ids of local) for (const id of new Set(ids.values())) flowsOf.set(id, (flowsOf.get(id) ?? 0) + 1);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const rankOf = new Map<string, number>();
  parts.forEach((p, i) => {
    const info = infos[i]!;
    const idOf = (key: string) => {
      const id = local[i]!.get(key)!;
      return flowsOf.get(id)! > 1 ? `${info.title}/${id}` : id;
    };
    for (const d of p.nodes.values()) {
      nodes.push({
        id: idOf(d.key),
        kind: d.kind,
        label: d.label,
        flow: p.id,
        uri: d.uri,
        range: d.range,
        ...(d.missing ? { missing: true } : {}),
        ...(d.deadEnd ? { deadEnd: true } : {}),
      });
      rankOf.set(idOf(d.key), d.rank);
    }
    for (const e of p.edges.values()) {
      const { from, to, rows, ...rest } = e;
      edges.push({ from: idOf(from), to: to === null ? null : idOf(to), ...rest, rows });
    }
  });
  const flowIndex = new Map(infos.map((f, i) => [f.id, i]));
  const kindOrder = { orchestrator: 0, agent: 1, state: 2 } as const;
  // The order the flow runs where its documents say (see `FlowParts.rank`), else by name.
  const byRank = (a: FlowNode, b: FlowNode) => {
    const ra = rankOf.get(a.id)!;
    const rb = rankOf.get(b.id)!;
    return ra === rb ? 0 : ra < rb ? -1 : 1;
  };
  nodes.sort(
    (a, b) =>
      flowIndex.get(a.flow)! - flowIndex.get(b.flow)! ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      byRank(a, b) ||
      compare(a.label, b.label) ||
      compare(a.id, b.id),
  );
  const position = new Map(nodes.map((n, i) => [n.id, i]));
  const edgeOrder = { return: 0, handoff: 1, transition: 2, step: 3 } as const;
  edges.sort(
    (a, b) =>
      position.get(a.from)! - position.get(b.from)! ||
      edgeOrder[a.kind] - edgeOrder[b.kind] ||
      compare(a.code ?? '', b.code ?? '') ||
      (a.to === null ? Infinity : position.get(a.to)!) - (b.to === null ? Infinity : position.get(b.to)!) ||
      Number(b.routed) - Number(a.routed) ||
      compare(a.end ?? '', b.end ?? ''),
  );
  return { flows: infos, nodes, edges };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The folders of the list that no other folder of it contains (one flow each). */
function outermost(roots: readonly string[]): string[] {
  const sorted = [...new Set(roots)].sort((a, b) => a.length - b.length || compare(a, b));
  const kept: string[] = [];
  for (const r of sorted) if (!kept.some((k) => sameFlow(k, r))) kept.push(r);
  return kept.sort(compare);
}

function titleOf(files: WorkspaceFiles, root: string): string {
  return isPluginRoot(files, root) ? pluginAt(files, root).name : decodeSafe(nameOf(root)) || root;
}
