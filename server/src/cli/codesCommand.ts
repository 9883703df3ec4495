import { parseArgs } from 'node:util';
import { routingTable, tableFlows, type AgentDocsConfig, type RouteSite, type RoutingTable, type TableFlow } from '../core';
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
  if (values.format !== 'text' && values.format !== 'json')
    throw Object.assign(new Error(`unknown format "${values.format}" (text, json)`), { code: 'ERR_PARSE_ARGS_CODES' });
  const { config, root } = loadConfig(values.config);
  const service = await indexFiles(positionals.length ? positionals : ['.'], config, root);
  if (!service) return 2;
  const table = routingTable(service.index);
  const flows = tableFlows(service.index, service.files);
  if (values.format === 'json') {
    // The legacy layout's JSON stays as it was: `flows` appears only when a flow defines codes in tables.
    const json = { ...toJson(table), ...(flows.length ? { flows: flows.map(flowJson) } : {}) };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else process.stdout.write(formatCodes(table, flows));
  return 0;
}

/** The legacy routing table, then each table flow; "No return codes declared." when there is neither. */
export function formatCodes(table: RoutingTable, flows: readonly TableFlow[]): string {
  if (!flows.length) return formatText(table);
  const legacy = table.agents.length || table.deadRoutes.length ? formatText(table) : '';
  return legacy + flows.map(formatFlow).join('\n');
}

const line = (range: { start: { line: number } }) => range.start.line + 1;

function destination(t: TableFlow['transitions'][number]): string {
  if (t.targets.length) return t.targets.map((s) => s.name).join(', ');
  return t.exits ? '(exit)' : '(decided at run time)';
}

/** A table flow: its codes, its transitions, escalation rules, states and agents. */
export function formatFlow(flow: TableFlow): string {
  const out: string[] = [`Return codes  ${show(flow.uri)}`];
  const codeWidth = Math.max(4, ...flow.codes.map((c) => c.code.length));
  for (const c of flow.codes) out.push(`  ${c.code.padEnd(codeWidth)}  ${c.description}`);
  out.push('', 'Transitions');
  const rows = [['STATE', 'CODE', 'NEXT', 'ACTION'], ...flow.transitions.map((t) => [t.state.text, t.code.text, destination(t), t.action.text])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    out.push(
      `  ${r
        .slice(0, 3)
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')}  ${r[3]}`.trimEnd(),
    );
  if (flow.escalations.length) out.push('', `Escalation: ${flow.escalations.map((e) => `${e.count}x ${e.code}`).join(', ')}`);
  const states = [...flow.states.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  out.push('', `States: ${states.map((s) => (s.uri ? s.name : `${s.name} (no document)`)).join(', ')}`);
  if (flow.agents.length) {
    out.push('', 'Agents');
    const width = Math.max(...flow.agents.map((a) => a.name.length));
    for (const a of flow.agents) {
      const codes = a.returns.length ? a.returns.map((r) => r.code).join(', ') : '(names no code it returns)';
      out.push(`  ${a.name.padEnd(width)}  ${codes}${a.states.length ? `  in ${a.states.join(', ')}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function flowJson(flow: TableFlow) {
  const at = (uri: string, range: { start: { line: number } }) => ({ file: show(uri), line: line(range) });
  return {
    definition: show(flow.uri),
    codes: flow.codes.map((c) => ({ code: c.code, description: c.description, ...at(c.uri, c.range) })),
    transitions: flow.transitions.map((t) => ({
      state: t.state.text,
      code: t.code.text,
      next: t.targets.map((s) => s.name),
      exits: t.exits,
      action: t.action.text,
      ...at(t.uri, t.code.range),
    })),
    escalations: flow.escalations.map((e) => ({ code: e.code, count: e.count, ...at(e.uri, e.range) })),
    states: [...flow.states.values()].sort((a, b) => (a.name < b.name ? -1 : 1)).map((s) => ({ name: s.name, ...(s.uri ? { file: show(s.uri) } : {}) })),
    agents: flow.agents.map((a) => ({
      agent: a.name,
      file: show(a.uri),
      returns: a.returns.map((r) => ({ code: r.code, description: r.description, ...at(r.uri, r.range) })),
      states: a.states,
    })),
  };
}

const show = (uri: string) => displayPath(uriToPath(uri));
const site = (s: RouteSite) => `${show(s.uri)}:${s.line} (${s.section})`;

function toJson(table: RoutingTable) {
  const path = (s: RouteSite) => ({ file: show(s.uri), section: s.section, line: s.line });
  return {
    agents: table.agents.map((a) => ({
      agent: a.agent,
      file: show(a.uri),
      codes: a.codes.map((c) => ({
        code: c.code,
        description: c.description,
        line: c.line,
        routedBy: c.routedBy.map(path),
        notRoutedBy: c.notRoutedBy.map(path),
      })),
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
      const routes = [...c.routedBy.map((s) => `routed by ${site(s)}`), ...c.notRoutedBy.map((s) => `NOT ROUTED by ${site(s)}`)];
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
