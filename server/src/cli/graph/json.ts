import type { FlowGraph } from '../../core';

/** How a file is shown: the CLI prints paths relative to the working directory. */
export type ShowPath = (uri: string) => string;

/**
 * The graph as JSON: `{"nodes":[{"id","kind","file",…}],"edges":[{"from","to","code","routed",…}]}`.
 * The keys the issue names come first; the others are documented in docs/flow.md.
 */
export function graphJson(graph: FlowGraph, show: ShowPath): string {
  const title = new Map(graph.flows.map((f) => [f.id, f.title]));
  const json = {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      file: show(n.uri),
      line: n.range.start.line + 1,
      label: n.label,
      flow: title.get(n.flow) ?? n.flow,
      ...(n.missing ? { missing: true } : {}),
      ...(n.deadEnd ? { deadEnd: true } : {}),
    })),
    edges: graph.edges.map((e) => ({
      from: e.from,
      to: e.to,
      code: e.code,
      routed: e.routed,
      kind: e.kind,
      declared: e.declared,
      ...(e.end ? { end: e.end } : {}),
      ...(e.description ? { description: e.description } : {}),
      rows: e.rows.map((r) => ({ file: show(r.uri), line: r.range.start.line + 1, role: r.role, text: r.text })),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
