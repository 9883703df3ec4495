import { isPlaceholderId, isTaskId } from '../../tasks/ids';
import { scanReferences, type TaskReference } from '../../tasks/references';
import { findTaskNode, taskIdTable, taskTree, type TaskNode } from '../../tasks/tree';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { FeatureContext } from '../types';

/**
 * The task reference under the cursor: a strong reference (even to an ID without a file), or a
 * bare number that is the ID of an existing document. Placeholders are never references.
 */
export function referenceAt(ctx: FeatureContext, offset: number): TaskReference | undefined {
  const table = taskIdTable(ctx.index);
  for (const ref of scanReferences(ctx.doc).references) {
    if (offset < ref.start || offset > ref.end) continue;
    if (ref.strong || table.byId.has(ref.id)) return ref;
  }
  return undefined;
}

/** References that count in a document: strong ones, and weak ones naming an existing ID. */
export function countedReferences(ctx: { doc: FeatureContext['doc']; index: WorkspaceIndex }): TaskReference[] {
  const table = taskIdTable(ctx.index);
  return scanReferences(ctx.doc).references.filter((r) => isTaskId(r.id) && !isPlaceholderId(r.id) && (r.strong || table.byId.has(r.id)));
}

/** The tree node of an ID (including items named but without a file). */
export function nodeFor(index: WorkspaceIndex, id: string): TaskNode | undefined {
  return findTaskNode(taskTree(index), id);
}
