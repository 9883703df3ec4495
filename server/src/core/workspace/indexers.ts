import type { Indexer } from './index';
import { returnCodeReferencesIndexer, returnCodesIndexer } from '../returnCodes/facts';

/** Every indexer; add a domain's indexers here. */
export const INDEXERS: readonly Indexer<unknown>[] = [returnCodesIndexer as Indexer<unknown>, returnCodeReferencesIndexer as Indexer<unknown>];
