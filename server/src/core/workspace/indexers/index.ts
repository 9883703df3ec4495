import { returnCodeHandoffsIndexer, returnCodeReferencesIndexer, returnCodesIndexer } from './returnCodes';
import { agentNameIndexer } from './agentNames';
import { taskFactsIndexer, taskRefsIndexer } from './tasks';
import type { Indexer } from '../workspaceIndex';
import { mpmTemplatesIndexer } from './mpmTemplates';
import { skillsIndexer } from './skills';
import { summaryIndexer } from './summary';
import { referencesIndexer } from './references';
import { anchorsIndexer } from './anchors';
import { tableFlowsIndexer } from './tableFlows';

/** Every indexer; add a domain's indexers here, one per line. */
export const INDEXERS: readonly Indexer<unknown>[] = [
  agentNameIndexer,
  skillsIndexer,
  returnCodesIndexer,
  returnCodeReferencesIndexer,
  returnCodeHandoffsIndexer,
  tableFlowsIndexer,
  taskFactsIndexer,
  taskRefsIndexer,
  summaryIndexer,
  referencesIndexer,
  anchorsIndexer,
  mpmTemplatesIndexer,
];
