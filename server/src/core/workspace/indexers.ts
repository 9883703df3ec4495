import { agentNameIndexer } from '../rules/agent/nameIndexer';
import type { Indexer } from './index';
import { skillsIndexer } from './skills';

/** Every indexer; add a domain's indexers here. */
export const INDEXERS: readonly Indexer<unknown>[] = [agentNameIndexer as Indexer<unknown>, skillsIndexer as Indexer<unknown>];
