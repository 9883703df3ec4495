import { markdownOf } from '../../document/markdown';
import { flowGraph } from '../../graph/flowGraph';
import type { CodeLens, FeatureContext, LanguageFeature } from '../types';

/** The command the client registers to open the Flow view on a file's flow. */
export const SHOW_FLOW_COMMAND = 'agentDocs.flow.show';

const RETURN_CODES = /\breturn[-_ ]?codes?\b/i;

/**
 * A code lens on each file that routes a flow's codes (an orchestrator's `## Return Codes:`
 * section, a return-code definition): opens the Flow view on that flow, and says what it holds.
 */
function flowCodeLenses(ctx: FeatureContext): CodeLens[] | undefined {
  const graph = flowGraph(ctx.index, ctx.files);
  const flow = graph.flows.find((f) => f.orchestrators.includes(ctx.doc.uri));
  if (!flow) return undefined;
  const own = graph.nodes.find((n) => n.kind === 'orchestrator' && n.uri === ctx.doc.uri);
  const nodes = graph.nodes.filter((n) => n.flow === flow.id);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => ids.has(e.from));
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const parts = [count(nodes.filter((n) => n.kind === 'agent').length, 'agent')];
  const states = nodes.filter((n) => n.kind === 'state').length;
  if (states) parts.push(count(states, 'state'));
  const unrouted = edges.filter((e) => !e.routed).length;
  if (unrouted) parts.push(`${count(unrouted, 'code')} not routed`);
  const undeclared = edges.filter((e) => !e.declared).length;
  if (undeclared) parts.push(`${count(undeclared, 'code')} nobody declares`);
  const deadEnds = nodes.filter((n) => n.deadEnd).length;
  if (deadEnds) parts.push(`${count(deadEnds, 'state')} with no way out`);
  return [
    {
      range: lensRange(ctx, own?.range.start.line ?? 0),
      title: `Show Flow: ${parts.join(', ')}`,
      command: { id: SHOW_FLOW_COMMAND, arguments: [ctx.doc.uri] },
    },
  ];
}

/** Above the heading that opens the return codes (`## Return Codes:`), else the heading above the line, else the first line. */
function lensRange(ctx: FeatureContext, line: number) {
  const headings = markdownOf(ctx.doc).headings.filter((h) => h.line <= line);
  const heading =
    [...headings].reverse().find((h) => RETURN_CODES.test(h.text) && !headings.some((o) => o.line > h.line && o.level < h.level)) ??
    headings[headings.length - 1];
  const at = heading ? heading.line : ctx.doc.lines.positionAt(ctx.doc.bodyStart).line;
  return { start: { line: at, character: 0 }, end: { line: at, character: 0 } };
}

export const flowFeature: LanguageFeature = {
  id: 'flow',
  codeLenses: flowCodeLenses,
};
