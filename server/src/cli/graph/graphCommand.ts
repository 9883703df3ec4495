import { parseArgs } from 'node:util';
import { flowGraph, type FlowGraph } from '../../core';
import { uriToPath } from '../../host/files';
import { estimateWidth, layoutFlow } from '../../render/flow/layout';
import { LIGHT_PALETTE, renderSvg } from '../../render/flow/svg';
import type { ConfigLoader } from '../codesCommand';
import { displayPath } from '../collect';
import { indexFiles } from '../indexFiles';
import { graphDot } from './dot';
import { graphJson } from './json';
import { graphMermaid } from './mermaid';

const FORMATS = ['json', 'mermaid', 'dot', 'svg'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `agent-docs graph [paths…] [--format json|mermaid|dot|svg] [--flow NAME] [--config FILE]`: the
 * flow graph (agents, states and orchestrators joined by return codes) of the files under the
 * paths. Exits 0 on a readable workspace, even one with no flow (an empty graph); `lint` is the
 * command that fails a build.
 */
export async function printGraph(args: string[], loadConfig: ConfigLoader): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, flow: { type: 'string' }, config: { type: 'string' } },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw Object.assign(new Error(`unknown format "${values.format}" (${FORMATS.join(', ')})`), { code: 'ERR_PARSE_ARGS_GRAPH' });
  const { config, root } = loadConfig(values.config);
  const service = await indexFiles(positionals.length ? positionals : ['.'], config, root);
  if (!service) return 2;
  let graph = flowGraph(service.index, service.files);
  if (values.flow !== undefined) {
    const flow = graph.flows.find((f) => f.title === values.flow || f.id === values.flow || show(f.id) === values.flow);
    if (!flow) {
      process.stderr.write(`agent-docs: no flow named "${values.flow}"; the flows here: ${graph.flows.map((f) => f.title).join(', ') || '(none)'}\n`);
      return 2;
    }
    graph = flowGraph(service.index, service.files, { flow: flow.id });
  }
  process.stdout.write(formatGraph(graph, format));
  return 0;
}

export function formatGraph(graph: FlowGraph, format: Format): string {
  switch (format) {
    case 'json':
      return graphJson(graph, show);
    case 'mermaid':
      return graphMermaid(graph);
    case 'dot':
      return graphDot(graph);
    case 'svg':
      return `${renderSvg(layoutFlow(graph, estimateWidth), { palette: LIGHT_PALETTE, title: `Flow: ${graph.flows.map((f) => f.title).join(', ') || 'empty'}` })}\n`;
  }
}

const show = (uri: string) => displayPath(uriToPath(uri));
