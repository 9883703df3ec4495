import type { ParsedDocument } from '../document/parse';
import type { Indexer, WorkspaceIndex } from './workspaceIndex';

/**
 * A document's own fact from one indexer: the index's when it holds this version of the document
 * (nothing to compute, and the text need not be read), else extracted from the document (a text
 * being fixed, or a version not indexed).
 */
export function ownFact<T>(workspace: WorkspaceIndex, doc: ParsedDocument, indexer: Indexer<T>): T | undefined {
  const file = workspace.get(doc.uri);
  if (file && file.version === doc.version && file.kind === doc.kind) return workspace.fact(doc.uri, indexer);
  return indexer.kinds.includes(doc.kind) ? indexer.extract(doc) : undefined;
}
