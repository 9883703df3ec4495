import { parseArgs } from 'node:util';
import { routingTable, type AgentDocsConfig, type RouteSite, type RoutingTable } from '../core';
import { uriToPath } from '../host/files';
import { displayPath } from './collect';
import { indexFiles } from './indexFiles';

/** What `codes` needs from main: the same config discovery `lint` uses. */
export type ConfigLoader = (explicit: string | undefined) => { config: AgentDocsConfig; root: string };

/**
 * `agent-docs codes [--format text|json] [--config FILE] [paths…]`: the return-code routing table,
 * agent → codes → the orchestrator subsections that route them (or should). Always exits 0 on a
 * readable workspace; `lint` is the command that fails a build.
 */
export async function printCodes(args: string[], loadConfig: ConfigLoader): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, config: { type: 'string' } },
  });
  if (values.format !== 'text' && values.format !== 'json') throw Object.assign(new Error(`unknown format "${values.format}" (text, json)`), { code: 'ERR_PARSE_ARGS_CODES' });
  const { config, root } = loadConfig(values.config);
  const service = await indexFiles(positionals.length ? positionals : ['.'], config, root);
  if (!service) return 2;
  const table = routingTable(service.index);
  process.stdout.write(values.format === 'json' ? `${JSON.stringify(toJson(table), null, 2)}\n` : formatText(table));
  return 0;
}

const show = (uri: string) => displayPath(uriToPath(uri));
const site = (s: RouteSite) => `${show(s.uri)}:${s.line} (${s.section})`;

function toJson(table: RoutingTable) {
  const path = (s: RouteSite) => ({ file: show(s.uri), section: s.section, line: s.line });
  return {
    agents: table.agents.map((a) => ({
      agent: a.agent,
      file: show(a.uri),
      codes: a.codes.map((c) => ({ code: c.code, description: c.description, line: c.line, routedBy: c.routedBy.map(path), notRoutedBy: c.notRoutedBy.map(path) })),
    })),
    deadRoutes: table.deadRoutes.map((d) => ({ code: d.code, ...path(d) })),
  };
}

/** One block per agent; each code says who routes it, who should and does not, or that nobody does. */
export function formatText(table: RoutingTable): string {
  if (!table.agents.length && !table.deadRoutes.length) return 'No return codes declared.\n';
  const out: string[] = [];
  for (const a of table.agents) {
    out.push(`${a.agent}  ${show(a.uri)}`);
    if (!a.codes.length) out.push('  (declares no codes)');
    const width = Math.max(0, ...a.codes.map((c) => c.code.length));
    for (const c of a.codes) {
      const routes = [
        ...c.routedBy.map((s) => `routed by ${site(s)}`),
        ...c.notRoutedBy.map((s) => `NOT ROUTED by ${site(s)}`),
      ];
      out.push(`  ${c.code.padEnd(width)}  ${routes.length ? routes.join('; ') : 'no orchestrator names this agent'}`);
    }
    out.push('');
  }
  if (table.deadRoutes.length) {
    out.push('Routed but declared by no agent named:');
    const width = Math.max(...table.deadRoutes.map((d) => d.code.length));
    for (const d of table.deadRoutes) out.push(`  ${d.code.padEnd(width)}  ${site(d)}`);
    out.push('');
  }
  return out.join('\n');
}
