import type { Indexer } from './index';
import { taskFactsIndexer, taskRefsIndexer } from '../tasks/indexer';

/** Every indexer; add a domain's indexers here. */
export const INDEXERS: readonly Indexer<unknown>[] = [taskFactsIndexer, taskRefsIndexer];
