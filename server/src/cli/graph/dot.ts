import type { FlowGraph, FlowNode } from '../../core';

/**
 * The graph in Graphviz DOT: a cluster per flow when there are several, node shapes by kind,
 * each code an edge label; what leads nowhere ends at a small text node of its own (one per
 * source and kind of end), dashed red when nothing routes it.
 */
export function graphDot(graph: FlowGraph): string {
  const out = [
    'digraph flow {',
    '  rankdir=LR;',
    '  node [fontname="Helvetica", fontsize=11, style="filled", fillcolor="#f6f8fa", color="#59636e"];',
    '  edge [fontname="Courier", fontsize=10, color="#59636e"];',
  ];
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const several = graph.flows.length > 1;
  graph.flows.forEach((flow, f) => {
    const indent = several ? '    ' : '  ';
    if (several) out.push(`  subgraph cluster_${f} {`, `    label=${quote(flow.title)};`);
    for (const n of graph.nodes.filter((x) => x.flow === flow.id)) out.push(`${indent}${ids.get(n.id)} [${attributes(n)}];`);
    if (several) out.push('  }');
  });
  const ends = new Map<string, string>();
  for (const e of graph.edges) {
    let to: string;
    if (e.to === null) {
      const text = !e.routed ? 'not routed' : e.end === 'exit' ? 'exit' : 'decided at run time';
      const key = `${e.from}\u0000${text}`;
      to = ends.get(key) ?? `x${ends.size}`;
      if (!ends.has(key)) {
        ends.set(key, to);
        out.push(`  ${to} [label=${quote(text)}, shape=plaintext, style="", fontcolor="${e.routed ? '#59636e' : '#cf222e'}"];`);
      }
    } else to = ids.get(e.to)!;
    const style = !e.routed
      ? ', style=dashed, color="#cf222e", fontcolor="#cf222e"'
      : !e.declared
        ? ', color="#9a6700", fontcolor="#9a6700"'
        : e.kind === 'step'
          ? ', style=dotted, color="#8c959f"'
          : '';
    out.push(`  ${ids.get(e.from)} -> ${to} [label=${quote(e.code ?? '—')}${style}];`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}

function attributes(n: FlowNode): string {
  const shape =
    n.kind === 'orchestrator' ? 'box, peripheries=2, fillcolor="#ddf4ff"' : n.kind === 'state' ? 'box, style="rounded,filled", fillcolor="#fff8c5"' : 'box';
  const extra = [n.missing ? 'style="dashed,filled"' : '', n.deadEnd ? 'color="#cf222e", penwidth=2' : ''].filter(Boolean);
  return [`label=${quote(n.label)}`, `shape=${shape}`, ...extra].join(', ');
}

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`. */
export function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
