import type { Location } from '../types';
import type { WorkspaceIndex } from '../workspace/index';
import { agentMatches, isFamilyCode, SNAKE_WITH_UNDERSCORE } from './conventions';
import { RETURN_CODES_KEY, returnCodeReferencesIndexer, returnCodesIndexer, type DeclarationFact, type MirrorFact, type ReturnCodeFacts } from './facts';
import type { ReferenceContext } from './model';

/** One declaration, with its file and agent. */
export interface DeclaredCode extends DeclarationFact {
  readonly uri: string;
  readonly agent: string;
}

/** One agent file and what it declares. */
export interface AgentCodes {
  readonly uri: string;
  readonly agent: string;
  readonly facts: ReturnCodeFacts;
}

/** One orchestrator subsection, with its file. */
export interface OrchestratorMirror {
  readonly uri: string;
  readonly mirror: MirrorFact;
  readonly eol: string;
}

/** The workspace's return-code protocol: who declares what, and who routes it. */
export interface CodeCatalog {
  readonly agents: readonly AgentCodes[];
  /** Code → its declarations, across agents. */
  readonly declared: ReadonlyMap<string, readonly DeclaredCode[]>;
  readonly mirrors: readonly OrchestratorMirror[];
  /** Whether any agent declares a code: without that there is no protocol to check against. */
  readonly hasDeclarations: boolean;
}

/** The catalog, rebuilt only when some file's return-code facts change. */
export function catalogOf(index: WorkspaceIndex): CodeCatalog {
  return index.derived('returnCodes.catalog', [RETURN_CODES_KEY], () => buildCatalog(index));
}

function buildCatalog(index: WorkspaceIndex): CodeCatalog {
  const agents: AgentCodes[] = [];
  const declared = new Map<string, DeclaredCode[]>();
  const mirrors: OrchestratorMirror[] = [];
  for (const { uri, value } of index.facts(returnCodesIndexer)) {
    if (value.agent !== undefined) {
      agents.push({ uri, agent: value.agent, facts: value });
      for (const d of value.declarations) {
        const list = declared.get(d.code) ?? [];
        list.push({ ...d, uri, agent: value.agent });
        declared.set(d.code, list);
      }
    }
    for (const mirror of value.mirrors) mirrors.push({ uri, mirror, eol: value.eol });
  }
  agents.sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : a.uri < b.uri ? -1 : 1));
  return { agents, declared, mirrors, hasDeclarations: declared.size > 0 };
}

/** The orchestrator subsections whose (possibly glob) name matches an agent. */
export function mirrorsFor(catalog: CodeCatalog, agent: string): OrchestratorMirror[] {
  return catalog.mirrors.filter((m) => agentMatches(m.mirror.pattern, agent));
}

/** The agents a mirror subsection names. */
export function agentsFor(catalog: CodeCatalog, pattern: string): AgentCodes[] {
  return catalog.agents.filter((a) => agentMatches(pattern, a.agent));
}

/**
 * Whether a code-shaped token counts as a return code. Nothing counts in a workspace that declares
 * no codes (ordinary constants such as `API_KEY` or gRPC's `NOT_FOUND` are everywhere). Otherwise a
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

/** Every place a code occurs in the workspace: declarations, mirror entries and counted references. */
export function occurrencesOf(index: WorkspaceIndex, catalog: CodeCatalog, code: string): { declarations: Location[]; mirrors: Location[]; references: Location[] } {
  const declarations: Location[] = [];
  const mirrors: Location[] = [];
  const references: Location[] = [];
  for (const { uri, value } of index.facts(returnCodesIndexer)) {
    for (const d of value.declarations) if (d.code === code) declarations.push({ uri, range: d.range });
    for (const m of value.mirrors) for (const e of m.entries) if (e.code === code) mirrors.push({ uri, range: e.range });
  }
  for (const { uri, value } of index.facts(returnCodeReferencesIndexer)) {
    for (const r of value) if (r.code === code && countsAsCode(catalog, r.code, r.context)) references.push({ uri, range: r.range });
  }
  return { declarations, mirrors, references };
}
