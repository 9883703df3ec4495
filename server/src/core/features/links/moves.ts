import { decodeSafe, dirOf, isInside } from '../../files/uris';
import type { WorkspaceFiles } from '../../files/workspaceFiles';
import { linkBase, pathTo, resolveLink } from '../../references/resolveLinks';
import type { TextEdit, WorkspaceEdit } from '../../types';
import { referencesIndexer } from '../../workspace/indexers/references';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';

/** A file or folder about to move. */
export interface FileMove {
  readonly oldUri: string;
  readonly newUri: string;
}

/** Where a URI ends up after the moves (a file inside a moved folder moves with it). */
function mapper(moves: readonly FileMove[]): (uri: string) => string {
  return (uri) => {
    for (const m of moves) {
      const old = m.oldUri.replace(/\/$/, '');
      if (isInside(uri, old)) return m.newUri.replace(/\/$/, '') + uri.slice(old.length);
    }
    return uri;
  };
}

/**
 * The edits that keep every link working when files or folders move: links to a moved file get
 * its new path, and relative links written in a moved file are rewritten from its new folder.
 * Edits address the files where they are now (the editor applies them before the move).
 */
export function linkEditsForMoves(index: WorkspaceIndex, files: WorkspaceFiles, moves: readonly FileMove[]): WorkspaceEdit {
  const map = mapper(moves);
  const changes: Record<string, TextEdit[]> = {};
  for (const { uri, value } of index.facts(referencesIndexer)) {
    const movedDoc = map(uri) !== uri;
    for (const fact of value.links) {
      const r = resolveLink(files, uri, fact);
      if (r.status !== 'found' && r.status !== 'case') continue;
      const target = map(r.uri);
      if (!movedDoc && target === r.uri) continue;
      const base = linkBase(files, uri, fact);
      if (!base) continue;
      // Relative links start from the file's new folder; root-relative ones from the workspace,
      // which does not move; resource and plugin links from their (maybe moved) plugin folder.
      const newDir = base.what === 'file' || base.what === 'skill' ? dirOf(map(uri)) : base.what === 'workspace' ? base.dir : map(base.dir);
      const newBase = { ...base, dir: newDir };
      const path = pathTo(newBase, fact, target, r.status === 'case' ? r.spelled : undefined);
      if (path === undefined || decodeSafe(path) === decodeSafe(fact.path)) continue;
      (changes[uri] ??= []).push({ range: fact.range, newText: path });
    }
  }
  return { changes };
}
