import { returnCodeReferencesIndexer, returnCodesIndexer } from '../returnCodes/facts';
import { agentNameIndexer } from '../rules/agent/nameIndexer';
import { taskFactsIndexer, taskRefsIndexer } from '../tasks/indexer';
import type { Indexer } from './index';
import { skillsIndexer } from './skills';
import { summaryIndexer } from './summary';

/** Every indexer; add a domain's indexers here, one per line. */
export const INDEXERS: readonly Indexer<unknown>[] = [
  agentNameIndexer as Indexer<unknown>,
  skillsIndexer as Indexer<unknown>,
  returnCodesIndexer as Indexer<unknown>,
  returnCodeReferencesIndexer as Indexer<unknown>,
  taskFactsIndexer as Indexer<unknown>,
  taskRefsIndexer as Indexer<unknown>,
  summaryIndexer as Indexer<unknown>,
];
