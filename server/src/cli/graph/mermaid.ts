import type { FlowGraph, FlowNode } from '../../core';

/**
 * The graph as a Mermaid `flowchart`: one node per agent, state and orchestrator (shaped by kind),
 * each code an edge label. What leads nowhere goes to a small end node of its own and is drawn
 * dashed red; a code nobody declares amber; orchestration steps dotted. Several flows are
 * subgraphs. (`end` is a Mermaid keyword: the end nodes' class is `nowhere`.) Labels are quoted, with Mermaid's entity codes for quotes and brackets.
 */
export function graphMermaid(graph: FlowGraph): string {
  const out = ['flowchart LR'];
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const several = graph.flows.length > 1;
  graph.flows.forEach((flow, f) => {
    const nodes = graph.nodes.filter((n) => n.flow === flow.id);
    const indent = several ? '    ' : '  ';
    if (several) out.push(`  subgraph f${f}["${label(flow.title)}"]`);
    for (const n of nodes) out.push(`${indent}${ids.get(n.id)}${shape(n)}`);
    if (several) out.push('  end');
  });
  const styles: { unrouted: number[]; undeclared: number[]; step: number[] } = { unrouted: [], undeclared: [], step: [] };
  const classes: Record<'orchestrator' | 'state' | 'missing' | 'deadEnd' | 'nowhere', string[]> = {
    orchestrator: [],
    state: [],
    missing: [],
    deadEnd: [],
    nowhere: [],
  };
  for (const n of graph.nodes) {
    const id = ids.get(n.id)!;
    if (n.kind !== 'agent') classes[n.kind].push(id);
    if (n.missing) classes.missing.push(id);
    if (n.deadEnd) classes.deadEnd.push(id);
  }
  // An edge to nowhere ends at a small node of its own, one per source and kind of end.
  const ends = new Map<string, string>();
  graph.edges.forEach((e, i) => {
    const from = ids.get(e.from)!;
    let to: string;
    if (e.to === null) {
      const text = !e.routed ? 'not routed' : e.end === 'exit' ? 'exit' : 'decided at run time';
      const key = `${from} ${text}`;
      to = ends.get(key) ?? `x${ends.size}`;
      if (!ends.has(key)) {
        ends.set(key, to);
        out.push(`  ${to}(["${label(text)}"])`);
        classes.nowhere.push(to);
      }
    } else to = ids.get(e.to)!;
    const arrow = e.routed && e.kind !== 'step' ? '-->' : '-.->';
    out.push(`  ${from} ${arrow}|"${label(e.code ?? '—')}"| ${to}`);
    if (!e.routed) styles.unrouted.push(i);
    else if (!e.declared) styles.undeclared.push(i);
    else if (e.kind === 'step') styles.step.push(i);
  });
  out.push('  classDef orchestrator fill:#ddf4ff,stroke:#59636e');
  out.push('  classDef state fill:#fff8c5,stroke:#59636e');
  out.push('  classDef missing stroke-dasharray:4 3');
  out.push('  classDef deadEnd stroke:#cf222e,stroke-width:2px');
  out.push('  classDef nowhere fill:#ffffff,stroke:#8c959f,stroke-dasharray:3 2,color:#59636e');
  for (const [name, list] of Object.entries(classes)) if (list.length) out.push(`  class ${list.join(',')} ${name}`);
  if (styles.unrouted.length) out.push(`  linkStyle ${styles.unrouted.join(',')} stroke:#cf222e,color:#cf222e`);
  if (styles.undeclared.length) out.push(`  linkStyle ${styles.undeclared.join(',')} stroke:#9a6700,color:#9a6700`);
  if (styles.step.length) out.push(`  linkStyle ${styles.step.join(',')} stroke:#8c959f`);
  for (const e of graph.edges.filter((x) => !x.routed)) out.push(`  %% not routed: ${e.from} ${e.code ?? ''}`.trimEnd());
  for (const e of graph.edges.filter((x) => x.routed && !x.declared)) out.push(`  %% declared by nobody: ${e.code ?? ''} (${e.from} → ${e.to ?? 'nowhere'})`);
  for (const n of graph.nodes.filter((x) => x.deadEnd)) out.push(`  %% no way out: ${n.id}`);
  return `${out.join('\n')}\n`;
}

/** A node with its shape: `["agent"]`, `[["orchestrator"]]`, `(["STATE"])`. */
function shape(n: FlowNode): string {
  const text = `"${label(n.label)}"`;
  return n.kind === 'orchestrator' ? `[[${text}]]` : n.kind === 'state' ? `([${text}])` : `[${text}]`;
}

/**
 * Text inside a quoted Mermaid label. Quotes, brackets, pipes, `&` and `#` become entity codes
 * (`#quot;`), which Mermaid turns back into characters; line breaks become spaces.
 */
export function label(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/&/g, '#38;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/[[\]{}()]/g, (c) => `#${c.charCodeAt(0)};`);
}
