import type { Range } from '../types';

/**
 * The flow as a graph: agents, states and orchestrators joined by the codes that pass between
 * them. Plain data (URIs, LSP ranges), the same for the CLI's formats and the editor's Flow view.
 */
export interface FlowGraph {
  readonly flows: readonly FlowInfo[];
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

/**
 * One flow of the workspace: the files of one folder (a plugin, else the folder above `.claude/`,
 * `agents/` or `commands/`) that declare, route or define return codes.
 */
export interface FlowInfo {
  /** The flow's folder URI: unique, and what a view asks for. */
  readonly id: string;
  /** The plugin's name, else the folder's name. */
  readonly title: string;
  /** `legacy`: codes declared by agents and mirrored by orchestrators; `tables`: codes and transitions defined in tables. */
  readonly generations: readonly ('legacy' | 'tables')[];
  /** The files that route the flow's codes (orchestrators, the return-code definition). */
  readonly orchestrators: readonly string[];
}

/**
 * `orchestrator`: a file that routes codes (an orchestrator's `## Return Codes:` mirror, or a
 * return-code definition with its transitions table). `agent`: an agent file, or a name an
 * orchestrator routes that no agent has. `state`: a state of a table flow.
 */
export type FlowNodeKind = 'orchestrator' | 'agent' | 'state';

export interface FlowNode {
  /** Unique in the graph: the name (`quality-assurance`, `WORK`, `/develop`), prefixed by the flow's title when two flows share it. */
  readonly id: string;
  readonly kind: FlowNodeKind;
  /** The name as the flow writes it. */
  readonly label: string;
  /** The flow's id. */
  readonly flow: string;
  /** The file that declares it, and where: an agent's `name`, a state's document or first row, an orchestrator's first routing entry. */
  readonly uri: string;
  readonly range: Range;
  /** An agent an orchestrator names that no file has, or a state without a document. */
  readonly missing?: boolean;
  /** A state no transition leaves (and whose name does not say it ends the flow). */
  readonly deadEnd?: boolean;
}

/**
 * `return`: an agent hands a code back (to the orchestrator or the state that routes it);
 * `handoff`: a flow diagram draws the code from one agent to another; `transition`: a row of a
 * transitions table; `step`: a row of an orchestration level's state table.
 */
export type FlowEdgeKind = 'return' | 'handoff' | 'transition' | 'step';

export interface FlowEdge {
  readonly from: string;
  /** Null when the code leads nowhere (nothing routes it), ends the flow, or the table leaves the next step to run time. */
  readonly to: string | null;
  /** The return code; a step's own code (`CONTINUE`), or null when its row has none. */
  readonly code: string | null;
  /** Whether an orchestrator or a table routes the code from here. */
  readonly routed: boolean;
  readonly kind: FlowEdgeKind;
  /** False for a code nobody declares: no agent declares it, or the flow's codes table does not define it. */
  readonly declared: boolean;
  /** For an edge to nowhere that is routed: `exit` ends the flow, `runtime` is decided when it runs. */
  readonly end?: 'exit' | 'runtime';
  /** What the code means, from its declaration or the codes table. */
  readonly description?: string;
  /** The lines the edge is read from, in order: declarations, routing entries, table rows. */
  readonly rows: readonly FlowRow[];
}

/** `declaration`: an agent's list; `route`: an orchestrator's mirror entry; `omission`: a mirror section that leaves the code out. */
export type FlowRowRole = 'declaration' | 'return' | 'route' | 'omission' | 'definition' | 'transition' | 'step' | 'diagram';

export interface FlowRow {
  readonly uri: string;
  readonly range: Range;
  readonly role: FlowRowRole;
  /** The row as a reader would recognise it, rebuilt from the facts (`| WORK | PARTIAL | Continue WORK |`). */
  readonly text: string;
}
