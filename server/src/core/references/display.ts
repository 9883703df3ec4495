import { decodeSafe, isInside } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import type { LinkBase } from './resolveLinks';

/** A folder as the user reads it: relative to its workspace folder, with a trailing slash. */
export function folderPath(files: WorkspaceFiles, uri: string): string {
  // Roots end with `/` and folders do not: compare with the slash, so the root itself is inside
  // (`./`, not its absolute path); the innermost root wins when workspace folders nest.
  const dir = uri.endsWith('/') ? uri : `${uri}/`;
  const root = files.roots.filter((r) => isInside(dir, r)).reduce<string | undefined>((a, r) => (a && a.length >= r.length ? a : r), undefined);
  const rel = decodeSafe(root ? dir.slice(root.length).replace(/^\/+/, '') : dir.replace(/^file:\/\//, '')).replace(/\/+$/, '');
  return rel ? `${rel}/` : './';
}

/** Where a link's path was looked up, for messages: "in this file's folder", "in plugin `orch`'s resources (`orch/resources/`)". */
export function displayPathOf(files: WorkspaceFiles, base: LinkBase): string {
  switch (base.what) {
    case 'file':
      return `relative to this file (in \`${folderPath(files, base.dir)}\`)`;
    case 'workspace':
      return 'in the workspace';
    case 'skill':
      return `in this skill's folder (\`${folderPath(files, base.dir)}\`)`;
    case 'plugin':
      return `in plugin \`${base.plugin?.name}\` (\`\${CLAUDE_PLUGIN_ROOT}\` is \`${folderPath(files, base.dir)}\`)`;
    case 'resources':
      return `among plugin \`${base.plugin?.name}\`'s resources (\`${folderPath(files, base.dir)}\`): the read fails`;
  }
}
