import type { ParsedDocument } from '../../document/parse';
import type { WorkspaceFiles } from '../../files/workspaceFiles';
import type { Range } from '../../types';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { tableFlowFactsOf } from './extract';
import { liveFlow, tableFlowFor, type TableFlow } from './flow';

/** Document offsets of a range (facts carry LSP ranges; rules report offsets). */
export function offsets(doc: ParsedDocument, range: Range): { start: number; end: number } {
  return { start: doc.lines.offsetAt(range.start), end: doc.lines.offsetAt(range.end) };
}

/** States whose names say the flow ends there: they need no way out. */
export const TERMINAL_STATES: ReadonlySet<string> = new Set([
  'EXIT',
  'END',
  'STOP',
  'FINISH',
  'FINISHED',
  'COMPLETE',
  'COMPLETED',
  'TERMINATE',
  'TERMINATED',
  'ABORT',
]);

/** The table flow of a document as the rules see it: this version's own facts over the index's. */
export function flowOfDocument(index: WorkspaceIndex, files: WorkspaceFiles, doc: ParsedDocument): TableFlow | undefined {
  const flow = tableFlowFor(index, files, doc.uri);
  return flow && liveFlow(flow, doc.uri, tableFlowFactsOf(doc));
}
