import { field } from '../../document/parse';
import { listEntries } from '../../fields/lists';
import { scalarString } from '../../document/yamlFields';
import type { Indexer } from '../workspaceIndex';

/** What a sidebar needs to show one agent, skill or command without opening it. */
export interface SummaryFact {
  /** The frontmatter `description`, whitespace collapsed and cut to `DESCRIPTION_LIMIT` characters. */
  description?: string;
  model?: string;
  /** `tools` entries of an agent, `allowed-tools` of a skill or command, as written. */
  tools?: string[];
}

export const SUMMARY_KEY = 'summary';

/** Longer descriptions (agents with `<example>` blocks run to thousands of characters) are cut. */
export const DESCRIPTION_LIMIT = 300;

/**
 * Records description, model and tools of each agent, skill and command. Every such file gets a
 * fact (maybe empty), so the facts also list the workspace's agents, skills and commands.
 */
export const summaryIndexer: Indexer<SummaryFact> = {
  key: SUMMARY_KEY,
  kinds: ['agent', 'skill', 'command'],
  extract(doc) {
    const fact: SummaryFact = {};
    const raw = scalarString(field(doc, 'description')?.value ?? null);
    const description = raw === undefined ? undefined : shortDescription(raw);
    if (description) fact.description = description;
    const model = scalarString(field(doc, 'model')?.value ?? null)?.trim();
    if (model) fact.model = model;
    const toolsField = field(doc, doc.kind === 'agent' ? 'tools' : 'allowed-tools');
    if (toolsField) {
      const tools = listEntries(doc, toolsField, { spaceSeparated: doc.kind !== 'agent' }).map((t) => t.text);
      if (tools.length) fact.tools = tools;
    }
    return fact;
  },
};

/** How much of a long description is collapsed first. */
const PREFIX = 4 * DESCRIPTION_LIMIT;

/**
 * `text` with whitespace collapsed and trimmed, cut to `DESCRIPTION_LIMIT` characters (the last
 * one `…`). Only a prefix is collapsed when that decides it: collapsing a prefix gives a prefix of
 * the collapsed whole, so once a character other than a space lies past the limit, the cut is
 * known (descriptions with `<example>` blocks run to thousands of characters).
 */
export function shortDescription(text: string): string {
  if (text.length > PREFIX) {
    const head = text.slice(0, PREFIX).replace(/\s+/g, ' ').trimStart();
    if (/\S/.test(head.slice(DESCRIPTION_LIMIT))) return `${head.slice(0, DESCRIPTION_LIMIT - 1)}…`;
  }
  const whole = text.replace(/\s+/g, ' ').trim();
  return whole.length > DESCRIPTION_LIMIT ? `${whole.slice(0, DESCRIPTION_LIMIT - 1)}…` : whole;
}
