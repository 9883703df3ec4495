import type { Location } from '../types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { agentMatches, isFamilyCode, SNAKE_WITH_UNDERSCORE } from './conventions';
import {
  RETURN_CODES_KEY,
  returnCodeReferencesIndexer,
  returnCodesIndexer,
  type DeclarationFact,
  type MirrorFact,
  type ReturnCodeFacts,
} from '../workspace/indexers/returnCodes';
import type { ReferenceContext } from './model';
import { flowRoot, sameFlow } from './scope';

/** One declaration, with its file and agent. */
export interface DeclaredCode extends DeclarationFact {
  readonly uri: string;
  readonly agent: string;
}

/** One agent file and what it declares. */
export interface AgentCodes {
  readonly uri: string;
  readonly root: string;
  readonly agent: string;
  readonly facts: ReturnCodeFacts;
}

/** One orchestrator subsection, with its file. */
export interface OrchestratorMirror {
  readonly uri: string;
  readonly root: string;
  readonly mirror: MirrorFact;
  readonly eol: string;
}

/** The return-code protocol seen from one flow: who declares what, and who routes it. */
export interface CodeCatalog {
  readonly agents: readonly AgentCodes[];
  /** The agents that declare at least one code. */
  readonly declaring: readonly AgentCodes[];
  /** Code → its declarations, across agents. */
  readonly declared: ReadonlyMap<string, readonly DeclaredCode[]>;
  readonly mirrors: readonly OrchestratorMirror[];
  /** Whether any agent declares a code: without that there is no protocol to check against. */
  readonly hasDeclarations: boolean;
}

/** Every agent and orchestrator of the workspace, rebuilt only when some protocol fact changes. */
export function catalogOf(index: WorkspaceIndex): CodeCatalog {
  return index.derived('returnCodes.catalog', [RETURN_CODES_KEY], () => buildCatalog(index));
}

/**
 * The catalog of the flow a file belongs to (see `scope.ts`), cached per flow root. Its `agents` are
 * those that declare codes, plus every agent of the flow when the flow has orchestrator mirrors
 * (which may name agents that declare nothing). Workspaces without codes share the empty catalog.
 */
export function catalogFor(index: WorkspaceIndex, uri: string): CodeCatalog {
  const all = catalogOf(index);
  if (!all.hasDeclarations && !all.mirrors.length) return all;
  const root = flowRoot(uri);
  // Most files of a large workspace are in no flow at all: they share one empty catalog.
  if (!all.declaring.some((a) => sameFlow(root, a.root)) && !all.mirrors.some((m) => sameFlow(root, m.root))) return EMPTY;
  return index.derived(`returnCodes.catalog:${root}`, [RETURN_CODES_KEY], () => scopeCatalog(all, root));
}

function buildCatalog(index: WorkspaceIndex): CodeCatalog {
  const agents: AgentCodes[] = [];
  const mirrors: OrchestratorMirror[] = [];
  for (const { uri, value } of index.facts(returnCodesIndexer)) {
    const root = flowRoot(uri);
    if (value.agent !== undefined) agents.push({ uri, root, agent: value.agent, facts: value });
    for (const mirror of value.mirrors) mirrors.push({ uri, root, mirror, eol: value.eol });
  }
  agents.sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : a.uri < b.uri ? -1 : 1));
  return withDeclarations(agents, mirrors);
}

function scopeCatalog(all: CodeCatalog, root: string): CodeCatalog {
  const mirrors = all.mirrors.filter((m) => sameFlow(root, m.root));
  const agents = (mirrors.length > 0 ? all.agents : all.declaring).filter((a) => sameFlow(root, a.root));
  return withDeclarations(agents, mirrors);
}

function withDeclarations(agents: AgentCodes[], mirrors: OrchestratorMirror[]): CodeCatalog {
  const declared = new Map<string, DeclaredCode[]>();
  for (const a of agents) {
    for (const d of a.facts.declarations) {
      const list = declared.get(d.code) ?? [];
      list.push({ ...d, uri: a.uri, agent: a.agent });
      declared.set(d.code, list);
    }
  }
  return { agents, declaring: agents.filter((a) => a.facts.declarations.length > 0), declared, mirrors, hasDeclarations: declared.size > 0 };
}

const EMPTY: CodeCatalog = { agents: [], declaring: [], declared: new Map(), mirrors: [], hasDeclarations: false };

/** The orchestrator subsections of the agent's flow whose (possibly glob) name matches it. */
export function mirrorsFor(catalog: CodeCatalog, agent: { root: string; agent: string }): OrchestratorMirror[] {
  return catalog.mirrors.filter((m) => sameFlow(m.root, agent.root) && agentMatches(m.mirror.pattern, agent.agent));
}

/** The agents of the orchestrator's flow that a mirror subsection names. */
export function agentsFor(catalog: CodeCatalog, mirror: { root: string; pattern: string }): AgentCodes[] {
  return catalog.agents.filter((a) => sameFlow(a.root, mirror.root) && agentMatches(mirror.pattern, a.agent));
}

/** The agent file behind a declaration. */
export function agentOf(catalog: CodeCatalog, declaration: DeclaredCode): AgentCodes | undefined {
  return catalog.agents.find((a) => a.uri === declaration.uri);
}

/**
 * Whether a code-shaped token counts as a return code. Nothing counts in a flow that declares no
 * codes (ordinary constants such as `API_KEY` or gRPC's `NOT_FOUND` are everywhere). Otherwise a
 * token counts when it is declared, belongs to a code family, or stands in a return context: after
 * "return"/"returns"/"returning", in a `**Return Codes**:` summary, or as a Mermaid edge label
 * shaped like a code (labels such as `EEEE` or `Yes` are ordinary text).
 */
export function countsAsCode(catalog: CodeCatalog, code: string, context: ReferenceContext): boolean {
  if (!catalog.hasDeclarations) return false;
  if (catalog.declared.has(code) || isFamilyCode(code)) return true;
  if (context === 'return' || context === 'summary') return SNAKE_WITH_UNDERSCORE.test(code) || /^[A-Z]{3,}$/.test(code);
  if (context === 'mermaid') return SNAKE_WITH_UNDERSCORE.test(code);
  return false;
}

/** Every place a code occurs in one flow: declarations, mirror entries and counted references. */
export function occurrencesOf(index: WorkspaceIndex, uri: string, code: string): { declarations: Location[]; mirrors: Location[]; references: Location[] } {
  const root = flowRoot(uri);
  const catalog = catalogFor(index, uri);
  const declarations: Location[] = [];
  const mirrors: Location[] = [];
  const references: Location[] = [];
  for (const { uri: u, value } of index.facts(returnCodesIndexer)) {
    if (!sameFlow(root, flowRoot(u))) continue;
    for (const d of value.declarations) if (d.code === code) declarations.push({ uri: u, range: d.range });
    for (const m of value.mirrors) for (const e of m.entries) if (e.code === code) mirrors.push({ uri: u, range: e.range });
  }
  for (const { uri: u, value } of index.facts(returnCodeReferencesIndexer)) {
    if (!sameFlow(root, flowRoot(u))) continue;
    for (const r of value) if (r.code === code && countsAsCode(catalog, r.code, r.context)) references.push({ uri: u, range: r.range });
  }
  return { declarations, mirrors, references };
}
