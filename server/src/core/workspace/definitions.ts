import { decodeSafe } from '../files/uris';
import { basename } from '../text/names';
import { AGENT_NAME_KEY, agentNameIndexer } from './indexers/agentNames';
import { RETURN_CODES_KEY, returnCodesIndexer } from './indexers/returnCodes';
import { SKILLS_INDEXER, skillsIndexer } from './indexers/skills';
import { SUMMARY_KEY, summaryIndexer, type SummaryFact } from './indexers/summary';
import type { WorkspaceIndex } from './workspaceIndex';

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
  /** A claude-mpm flat skill (`<name>.md`, named by its file). */
  readonly flat?: boolean;
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
      const codes = index.fact(uri, returnCodesIndexer)?.declarations.length ?? 0;
      out.push({ uri, kind, summary: value, codes, ...naming(index, uri, kind) });
    }
    const order: Record<DefinitionKind, number> = { agent: 0, skill: 1, command: 2 };
    return out.sort((a, b) => order[a.kind] - order[b.kind] || compareNames(a, b));
  });
}

function naming(index: WorkspaceIndex, uri: string, kind: DefinitionKind): { name: string; unnamed?: true; namespace?: string; flat?: true } {
  const file = basename(uri).replace(/\.(md|markdown)$/i, '');
  if (kind === 'agent') {
    const fact = index.fact(uri, agentNameIndexer);
    return fact ? { name: fact.name } : { name: file, unnamed: true };
  }
  if (kind === 'skill') {
    const fact = index.fact(uri, skillsIndexer);
    return { name: fact?.name ?? fact?.folder ?? file, ...(fact?.form === 'flat' ? { flat: true as const } : {}) };
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
