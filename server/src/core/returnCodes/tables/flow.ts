import { dirOf, isInside } from '../../files/uris';
import type { WorkspaceFiles } from '../../files/workspaceFiles';
import { resolveSegments } from '../../files/resolve';
import { pluginOfFile, pluginsByName, resourceRoot } from '../../plugins/plugins';
import type { Range } from '../../types';
import { returnCodesIndexer } from '../../workspace/indexers/returnCodes';
import { TABLE_FLOWS_KEY, tableFlowsIndexer } from '../../workspace/indexers/tableFlows';
import { RETURN_CODES_KEY } from '../../workspace/indexers/returnCodes';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { flowRoot, sameFlow } from '../scope';
import { destinationOf, stateOfInstance } from './actions';
import { mayHoldTableDefinition, type CellFact, type EscalationFact, type StateStepFact, type TableFlowFacts } from './extract';

/**
 * A flow of the second generation, read from its return-code definition: the standard codes, the
 * transitions between states on each code, the state documents, the escalation rules, and what
 * each agent of the flow says it returns. A clean function of the index (and the file view, for
 * plugin roots), so rules, features, the CLI and the flow graph all read the same thing.
 */
export interface TableFlow {
  /** The definition document (`RETURN-CODES.md`). */
  readonly uri: string;
  /** Files inside this folder belong to the flow (the plugin's folder, else the definition's flow root). */
  readonly root: string;
  readonly codes: readonly FlowCode[];
  readonly transitions: readonly FlowTransition[];
  readonly escalations: readonly (EscalationFact & { readonly uri: string })[];
  /** Every state: those with a document and those the transitions name, by name. */
  readonly states: ReadonlyMap<string, FlowState>;
  /** Ways out of states written elsewhere in the flow (orchestration levels' tables). */
  readonly steps: readonly (StateStepFact & { readonly uri: string })[];
  readonly agents: readonly FlowAgent[];
}

export interface FlowCode {
  readonly code: string;
  readonly description: string;
  readonly uri: string;
  readonly range: Range;
}

export interface FlowTransition {
  readonly uri: string;
  readonly state: CellFact;
  readonly code: CellFact;
  readonly action: CellFact;
  /** States the action leads to, with their ranges in the action cell. */
  readonly targets: readonly { readonly name: string; readonly range: Range }[];
  /** The action ends the flow (`Exit with error`). */
  readonly exits: boolean;
}

export interface FlowState {
  readonly name: string;
  /** Its state document, when it has one. */
  readonly uri?: string;
}

/** A code an agent says it returns, in its own file or in a resource it reads (`uri` says which). */
export interface FlowReturn {
  readonly code: string;
  readonly description: string;
  readonly uri: string;
  readonly range: Range;
}

export interface FlowAgent {
  readonly name: string;
  readonly uri: string;
  readonly returns: readonly FlowReturn[];
  /** States whose documents name the agent: it works in them. */
  readonly states: readonly string[];
}

/** Every table flow of the workspace, rebuilt when a table-flow fact or an agent changes. */
export function tableFlows(index: WorkspaceIndex, files: WorkspaceFiles): readonly TableFlow[] {
  // Held by the file view (plugins decide resources; dropped on any change it hears of) and
  // rebuilt when a fact it reads changes. Keyed by the view's generation, the index's cache kept
  // one set of flows per generation, for the server's whole life.
  const holder = files.memoOfIndexed('returnCodes.tableFlows', () => ({ generation: '', flows: undefined as readonly TableFlow[] | undefined }));
  const generation = `${index.generation(TABLE_FLOWS_KEY)}.${index.generation(RETURN_CODES_KEY)}`;
  if (!holder.flows || holder.generation !== generation) {
    holder.flows = buildFlows(index, files);
    holder.generation = generation;
  }
  return holder.flows;
}

/** The table flow a file belongs to (the innermost when flows nest), if any. */
export function tableFlowFor(index: WorkspaceIndex, files: WorkspaceFiles, uri: string): TableFlow | undefined {
  let best: TableFlow | undefined;
  for (const flow of tableFlows(index, files)) if (inFlow(flow.root, uri) && (!best || flow.root.length > best.root.length)) best = flow;
  return best;
}

function inFlow(root: string, uri: string): boolean {
  return isInside(uri, root) || sameFlow(flowRoot(uri), root);
}

function buildFlows(index: WorkspaceIndex, files: WorkspaceFiles): TableFlow[] {
  // Nearly every workspace has no return-code definition: no flow, and no agent to read. Files
  // that cannot hold one are not parsed to find out (a lint of a few files reads the rest lazily).
  if (!index.someFact(tableFlowsIndexer, (f) => f.definition !== undefined, mayHoldTableDefinition)) return [];
  const facts = [...index.facts(tableFlowsIndexer)];
  const agentFiles = [...index.facts(returnCodesIndexer)].filter((f) => f.value.agent !== undefined);
  const flows: TableFlow[] = [];
  for (const def of facts) {
    const definition = def.value.definition;
    if (!definition) continue;
    const root = pluginOfFile(files, def.uri)?.root ?? flowRoot(def.uri);
    const stateDir = dirOf(def.uri);
    const states = new Map<string, FlowState>();
    for (const f of facts) if (f.value.state && isInside(f.uri, stateDir)) states.set(f.value.state, { name: f.value.state, uri: f.uri });
    for (const t of definition.transitions) if (!states.has(t.state.text)) states.set(t.state.text, { name: t.state.text });
    const transitions = toTransitions(def.uri, definition, states);
    for (const t of transitions) for (const target of t.targets) if (!states.has(target.name)) states.set(target.name, { name: target.name });
    const steps = facts.filter((f) => f.uri !== def.uri && inFlow(root, f.uri)).flatMap((f) => f.value.steps.map((s) => ({ ...s, uri: f.uri })));
    const stateWords = facts.filter((f) => f.value.state && states.get(f.value.state)?.uri === f.uri);
    const agents: FlowAgent[] = agentFiles
      .filter((a) => inFlow(root, a.uri))
      .map((a) => {
        const name = a.value.agent!;
        const own = index.fact(a.uri, tableFlowsIndexer);
        const read = (own?.reads ?? []).flatMap((r) => {
          const uri = resolveResource(files, a.uri, r);
          const items = uri ? index.fact(uri, tableFlowsIndexer)?.returnItems : undefined;
          return uri && items ? items.map((i) => ({ ...i, uri })) : [];
        });
        return {
          name,
          uri: a.uri,
          returns: [...(own?.returnItems ?? []).map((r) => ({ ...r, uri: a.uri })), ...read],
          states: stateWords.filter((s) => s.value.words?.includes(name)).map((s) => s.value.state!),
        };
      })
      // By name: the index's order depends on which files an editor opened first.
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    flows.push({
      uri: def.uri,
      root,
      codes: definition.codes.map((c) => ({ ...c, uri: def.uri })),
      transitions,
      escalations: definition.escalations.map((e) => ({ ...e, uri: def.uri })),
      states,
      steps,
      agents,
    });
  }
  return flows;
}

/** The file a resource link names: under the folder the plugin's MCP server serves (see plugins.ts). */
function resolveResource(files: WorkspaceFiles, from: string, read: { plugin?: string; server: string; path: string }): string | undefined {
  const own = pluginOfFile(files, from);
  const plugin = !read.plugin || own?.name === read.plugin ? own : pluginsByName(files, () => files.indexedFiles(), files.roots).get(read.plugin)?.[0];
  const dir = plugin ? resourceRoot(files, plugin, read.server) : undefined;
  if (!dir) return undefined;
  const resolved = resolveSegments(
    files,
    dir,
    read.path.split('/').filter((s) => s && s !== '.'),
  );
  // A link that only matches in other letter case reads nothing on Linux; the links rules say so.
  return resolved.status === 'found' && !resolved.directory ? resolved.uri : undefined;
}

/**
 * The transitions of a definition's facts, with where each leads, read against the flow's states.
 * Rules call it on the document they check (its facts of this version) as well as the catalog does.
 */
export function toTransitions(uri: string, definition: NonNullable<TableFlowFacts['definition']>, states: ReadonlyMap<string, FlowState>): FlowTransition[] {
  const known = new Set(states.keys());
  for (const t of definition.transitions) known.add(t.state.text);
  const codeNames = new Set(definition.codes.map((c) => c.code));
  return definition.transitions.map((t) => {
    const destination = destinationOf(t.action.text, known, codeNames);
    return {
      uri,
      state: t.state,
      code: t.code,
      action: t.action,
      exits: destination.exits,
      targets: destination.states.map((s) => ({ name: s.name, range: shift(t.action.range, s.index, s.name.length) })),
    };
  });
}

/**
 * The flow as seen from one document of this version: where the document's own facts differ from
 * the index (while fix-all rewrites it, or before the index catches up), they win. Rules read
 * locations from this, never stale ones from the index.
 */
export function liveFlow(flow: TableFlow, uri: string, facts: TableFlowFacts): TableFlow {
  const agents = flow.agents.map((a) => {
    const returns = [
      ...a.returns.filter((r) => r.uri !== uri),
      ...(a.returns.some((r) => r.uri === uri) || a.uri === uri ? facts.returnItems.map((r) => ({ ...r, uri })) : []),
    ];
    return { ...a, returns };
  });
  if (flow.uri !== uri || !facts.definition) return { ...flow, agents };
  return {
    ...flow,
    codes: facts.definition.codes.map((c) => ({ ...c, uri })),
    transitions: toTransitions(uri, facts.definition, flow.states),
    escalations: facts.definition.escalations.map((e) => ({ ...e, uri })),
    agents,
  };
}

/** A range `length` characters long, `offset` characters into a one-line range. */
function shift(range: Range, offset: number, length: number): Range {
  const line = range.start.line;
  const start = range.start.character + offset;
  return { start: { line, character: start }, end: { line, character: start + length } };
}

/** Whether a state has a way out: a transition from it, or a step from it (or from a level's instance of it). */
export function waysOut(flow: TableFlow, state: string): number {
  const known = new Set(flow.states.keys());
  const own = flow.transitions.filter((t) => t.state.text === state).length;
  const steps = flow.steps.filter((s) => s.from.text === state || stateOfInstance(s.from.text, known) === state).length;
  return own + steps;
}
