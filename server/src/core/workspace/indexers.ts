import type { Indexer } from './index';
import { returnCodesIndexer } from '../returnCodes/facts';

/** Every indexer; add a domain's indexers here. */
export const INDEXERS: readonly Indexer<unknown>[] = [returnCodesIndexer as Indexer<unknown>];
