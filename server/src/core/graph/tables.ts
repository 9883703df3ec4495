import { itemText } from '../returnCodes/fixes';
import { stateOfInstance } from '../returnCodes/tables/actions';
import { waysOut, type FlowTransition, type TableFlow } from '../returnCodes/tables/flow';
import { TERMINAL_STATES } from '../returnCodes/tables/rules';
import { basename } from '../text/names';
import type { Range } from '../types';
import { agentNameIndexer } from '../workspace/indexers/agentNames';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { FlowRow } from './model';
import type { FlowParts } from './parts';

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
/** Words in a state table's target column that end the flow rather than name a state. */
const ENDS: ReadonlySet<string> = new Set(['EXIT', 'END', 'STOP', 'HALT', 'ABORT', 'TERMINATE']);

/**
 * The second generation of a flow, from its return-code definition: every row of the transitions
 * table is an edge between states (to nowhere when it exits or leaves the next step to run time),
 * every row of an orchestration level's state table an edge between the states its instances are
 * (`TASK_WORK` → `WORK`) unless a transition joins them already, and each agent's codes go to the states it works in, or to the
 * definition when no state document names it. A code the codes table does not define is one
 * nobody declares; an agent's code that no transition routes leads nowhere.
 */
export function addTableFlow(parts: FlowParts, index: WorkspaceIndex, flow: TableFlow): void {
  parts.generations.add('tables');
  parts.orchestrators.add(flow.uri);
  const defined = new Map(flow.codes.map((c) => [c.code, c]));
  const known = new Set(flow.states.keys());
  const documented = [...flow.states.values()].some((s) => s.uri);
  const definition = parts.node(
    'orchestrator',
    basename(flow.uri).replace(/\.(md|markdown)$/i, ''),
    flow.uri,
    flow.codes[0]?.range ?? flow.transitions[0]?.code.range ?? ZERO,
    { own: true },
  );

  const state = (name: string): string => {
    const s = flow.states.get(name);
    if (s?.uri) return parts.node('state', name, s.uri, ZERO, { own: true });
    return parts.node('state', name, flow.uri, firstMention(flow, name), { missing: documented });
  };
  // States in the order the transitions table names them, then the order the levels do.
  const inTables = [
    ...flow.transitions.flatMap((t) => [t.state.text, ...t.targets.map((x) => x.name)]),
    ...flow.steps.flatMap((x) => [x.from.text, x.to.text]),
  ];
  const named = inTables.map((n) => (known.has(n) ? n : stateOfInstance(n, known)));
  for (const s of [...flow.states.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const key = state(s.name);
    const at = named.indexOf(s.name);
    if (at >= 0) parts.rank(key, at);
    if (!TERMINAL_STATES.has(s.name) && waysOut(flow, s.name) === 0) parts.nodes.get(key)!.deadEnd = true;
  }

  const describe = (code: string) => {
    const d = defined.get(code)?.description;
    return d ? { description: d } : {};
  };
  const definitionRow = (code: string): FlowRow[] => {
    const c = defined.get(code);
    return c ? [{ uri: c.uri, range: c.range, role: 'definition', text: `| ${c.code} | ${c.description} |` }] : [];
  };
  for (const t of flow.transitions) {
    const from = state(t.state.text);
    const code = t.code.text;
    const base = { from, code, routed: true, kind: 'transition' as const, declared: defined.has(code), ...describe(code) };
    const rows = [transitionRow(t), ...definitionRow(code)];
    if (t.targets.length) for (const target of t.targets) parts.edge({ ...base, to: state(target.name) }, rows);
    else parts.edge({ ...base, to: null, end: t.exits ? 'exit' : 'runtime' }, rows);
  }

  // Orchestration levels name instances of the states (`TASK_WORK`): each row is a way out of the
  // state. Where a transition already joins the same two states (or ends the flow from there), the
  // level's row repeats it in the level's own words (`CONTINUE`) and adds no edge.
  const baseState = (name: string) => (known.has(name) ? name : stateOfInstance(name, known));
  const joined = new Set(
    flow.transitions.flatMap((t) => (t.targets.length ? t.targets.map((x) => `${t.state.text}>${x.name}`) : t.exits ? [`${t.state.text}>`] : [])),
  );
  for (const s of flow.steps) {
    const from = baseState(s.from.text);
    const to = ENDS.has(s.to.text.toUpperCase()) ? null : baseState(s.to.text);
    if (!from || to === undefined || joined.has(`${from}>${to ?? ''}`)) continue;
    const row: FlowRow = { uri: s.uri, range: s.from.range, role: 'step', text: `| ${s.from.text} | ${s.to.text} |${s.code ? ` ${s.code.text} |` : ''}` };
    parts.edge(
      {
        from: state(from),
        to: to === null ? null : state(to),
        code: s.code?.text ?? null,
        routed: true,
        kind: 'step',
        declared: true,
        ...(to === null ? { end: 'exit' as const } : {}),
      },
      [row],
    );
  }

  for (const a of flow.agents) {
    if (!a.returns.length && !a.states.length) continue;
    const from = parts.node('agent', a.name, a.uri, index.fact(a.uri, agentNameIndexer)?.range ?? a.returns.find((r) => r.uri === a.uri)?.range ?? ZERO, {
      own: true,
    });
    for (const r of a.returns) {
      const returned: FlowRow = { uri: r.uri, range: r.range, role: 'return', text: itemText(r.code, r.description) };
      const base = {
        from,
        code: r.code,
        kind: 'return' as const,
        declared: defined.has(r.code),
        ...describe(r.code),
        ...(!defined.has(r.code) && r.description ? { description: r.description } : {}),
      };
      if (!a.states.length) {
        const routes = flow.transitions.filter((t) => t.code.text === r.code);
        if (routes.length) parts.edge({ ...base, to: definition, routed: true }, [returned, ...definitionRow(r.code)]);
        else parts.edge({ ...base, to: null, routed: false }, [returned, ...definitionRow(r.code)]);
        continue;
      }
      for (const s of a.states) {
        const routes = flow.transitions.filter((t) => t.state.text === s && t.code.text === r.code);
        if (routes.length) parts.edge({ ...base, to: state(s), routed: true }, [returned, ...routes.map(transitionRow)]);
        else
          parts.edge({ ...base, to: null, routed: false }, [
            returned,
            { uri: flow.states.get(s)?.uri ?? flow.uri, range: ZERO, role: 'omission', text: `${s}: no transition for ${r.code}` },
          ]);
      }
    }
  }
}

function transitionRow(t: FlowTransition): FlowRow {
  return { uri: t.uri, range: t.code.range, role: 'transition', text: `| ${t.state.text} | ${t.code.text} | ${t.action.text} |` };
}

/** Where the transitions table first names a state without a document: as a row's state, else as a target. */
function firstMention(flow: TableFlow, name: string): Range {
  for (const t of flow.transitions) {
    if (t.state.text === name) return t.state.range;
    const target = t.targets.find((x) => x.name === name);
    if (target) return target.range;
  }
  return ZERO;
}
