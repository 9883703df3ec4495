import { AGENT_NAME_KEY, type AgentNameFact } from '../rules/agent/nameIndexer';
import { RETURN_CODES_KEY, type ReturnCodeFacts } from '../returnCodes/facts';
import { basename } from '../text/names';
import type { WorkspaceIndex } from './index';
import { SKILLS_INDEXER, type SkillFact } from './skills';
import { SUMMARY_KEY, summaryIndexer, type SummaryFact } from './summary';

export type DefinitionKind = 'agent' | 'skill' | 'command';

/** One agent, skill or command of the workspace, named the way Claude Code names it. */
export interface Definition {
  readonly uri: string;
  readonly kind: DefinitionKind;
  /** Agent `name`, skill `name` (else its folder), command file name without extension. */
  readonly name: string;
  /** An agent without a frontmatter `name` (Claude Code does not load it): `name` is its file name. */
  readonly unnamed?: boolean;
  /** Commands in a subfolder of `commands/`: that folder path. */
  readonly namespace?: string;
  readonly summary: SummaryFact;
  /** Return codes the agent declares. */
  readonly codes: number;
}

/** The index keys a definition list reads; a change to any of them can change the list. */
export const DEFINITION_KEYS: readonly string[] = [SUMMARY_KEY, AGENT_NAME_KEY, SKILLS_INDEXER, RETURN_CODES_KEY];

/**
 * The agents, skills and commands under a folder URI ('' for all), sorted by kind and name.
 * Cached until one of `DEFINITION_KEYS` changes.
 */
export function definitionsIn(index: WorkspaceIndex, folderUri: string): readonly Definition[] {
  const prefix = !folderUri || folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
  return index.derived(`definitions:${prefix}`, DEFINITION_KEYS, () => {
    const out: Definition[] = [];
    for (const { uri, kind, value } of index.facts(summaryIndexer)) {
      if (!uri.startsWith(prefix) || (kind !== 'agent' && kind !== 'skill' && kind !== 'command')) continue;
      const facts = index.get(uri)?.facts;
      const codes = (facts?.get(RETURN_CODES_KEY) as ReturnCodeFacts | undefined)?.declarations.length ?? 0;
      out.push({ uri, kind, summary: value, codes, ...naming(uri, kind, facts) });
    }
    const order: Record<DefinitionKind, number> = { agent: 0, skill: 1, command: 2 };
    return out.sort((a, b) => order[a.kind] - order[b.kind] || compareNames(a, b));
  });
}

function naming(uri: string, kind: DefinitionKind, facts: Map<string, unknown> | undefined): { name: string; unnamed?: true; namespace?: string } {
  const file = basename(uri).replace(/\.(md|markdown)$/i, '');
  if (kind === 'agent') {
    const fact = facts?.get(AGENT_NAME_KEY) as AgentNameFact | undefined;
    return fact ? { name: fact.name } : { name: file, unnamed: true };
  }
  if (kind === 'skill') {
    const fact = facts?.get(SKILLS_INDEXER) as SkillFact | undefined;
    return { name: fact?.name ?? fact?.folder ?? file };
  }
  // `.claude/commands/frontend/build.md` is `/build`, shown with its `frontend` folder.
  const at = uri.lastIndexOf('/commands/');
  const inner = at < 0 ? '' : decodeSafe(uri.slice(at + '/commands/'.length, uri.lastIndexOf('/') + 1)).replace(/\/$/, '');
  return inner ? { name: file, namespace: inner } : { name: file };
}

function compareNames(a: Definition, b: Definition): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
