import type { ParsedDocument } from '../../document/parse';
import { mayHoldTableFlow, tableFlowFactsOf, type TableFlowFacts } from '../../returnCodes/tables/extract';
import type { Indexer } from '../workspaceIndex';

export const TABLE_FLOWS_KEY = 'returnCodes.tables';

/**
 * The second generation of flows, where return codes are defined once in tables (a standard codes
 * table and a transitions table) over state documents: each file's part of it (see
 * `returnCodes/tables/extract.ts`).
 */
export const tableFlowsIndexer: Indexer<TableFlowFacts> = {
  key: TABLE_FLOWS_KEY,
  kinds: ['agent', 'command', 'skill', 'task', 'markdown'],
  extract(doc: ParsedDocument): TableFlowFacts | undefined {
    const facts = tableFlowFactsOf(doc);
    return facts.state || facts.definition || facts.steps.length || facts.returnItems.length || facts.reads ? facts : undefined;
  },
  mayHaveFact: mayHoldTableFlow,
};
