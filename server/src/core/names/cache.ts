import type { WorkspaceFiles } from '../files/workspaceFiles';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/**
 * A value derived from the index's facts and the file view (plugin manifests decide scoped
 * names), rebuilt when either changes: the file view's memo drops it on any file change, and the
 * index generations of `dependsOn` are compared on every read.
 */
export function namesCache<T>(files: WorkspaceFiles, index: WorkspaceIndex, key: string, dependsOn: readonly string[], build: () => T): T {
  const holder = files.memo(`names:${key}`, () => ({ generation: '', value: undefined as T | undefined, built: false }));
  const generation = dependsOn.map((k) => index.generation(k)).join('.');
  if (!holder.built || holder.generation !== generation) {
    holder.value = build();
    holder.generation = generation;
    holder.built = true;
  }
  return holder.value as T;
}
