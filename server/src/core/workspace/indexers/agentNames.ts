import { field } from '../../document/parse';
import { scalarString } from '../../document/yamlFields';
import type { Range } from '../../types';
import type { Indexer } from '../workspaceIndex';

/** An agent's declared name and where its value is written. */
export interface AgentNameFact {
  name: string;
  range: Range;
}

export const AGENT_NAME_KEY = 'agent.name';

/** Indexes each agent file's `name`, for duplicate detection, references and rename. */
export const agentNameIndexer: Indexer<AgentNameFact> = {
  key: AGENT_NAME_KEY,
  kinds: ['agent'],
  extract(doc) {
    // Frontmatter Claude Code cannot read gives the agent no name (a plugin agent runs under its
    // file name): a `name` the broken YAML still shows is not the agent's.
    if (doc.frontmatter?.yaml?.errors.length) return undefined;
    const entry = field(doc, 'name');
    const name = scalarString(entry?.value ?? null)?.trim();
    if (!entry || !name) return undefined;
    return { name, range: doc.lines.range(entry.valueStart, entry.valueEnd) };
  },
};
