/**
 * Custom LSP messages of agent-docs, shared by the server, the VS Code client and the benchmark
 * client. Plain strings and types only, so any side can import it without pulling in LSP code.
 */

/** Server → client notification: the initial workspace index is complete. */
export const INDEXED_NOTIFICATION = 'agentDocs/indexed';

export interface IndexedParams {
  /** Documents in the index. */
  files: number;
  /** Milliseconds from the start of indexing (after the file listing) to its end. */
  ms: number;
  /** Milliseconds spent listing the workspace folders before indexing started. */
  listMs: number;
}
