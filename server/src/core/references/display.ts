import { decodeSafe, isInside } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';
import type { LinkBase } from './resolveLinks';

/** A folder as the user reads it: relative to its workspace folder, with a trailing slash. */
export function folderPath(files: WorkspaceFiles, uri: string): string {
  const root = files.roots.find((r) => isInside(uri, r));
  const rel = decodeSafe(root ? uri.slice(root.length).replace(/^\/+/, '') : uri.replace(/^file:\/\//, ''));
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
