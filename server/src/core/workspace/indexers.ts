import { agentNameIndexer } from '../rules/agent/nameIndexer';
import type { Indexer } from './index';

/** Every indexer; add a domain's indexers here. */
export const INDEXERS: readonly Indexer<unknown>[] = [agentNameIndexer as Indexer<unknown>];
