import type { ParsedDocument } from '../document/parse';
import { decodeSafe, isInside } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';

/** How many lines of a target a hover shows. */
const PREVIEW_LINES = 6;

/** A URI as the user reads it: relative to its workspace folder. */
export function displayPath(files: WorkspaceFiles, uri: string): string {
  const root = files.roots.find((r) => isInside(uri, r));
  return decodeSafe(root ? uri.slice(root.length).replace(/^\/+/, '') : uri.replace(/^file:\/\//, ''));
}

/**
 * The first non-blank lines of a document's body (frontmatter left out), for hovers: enough to
 * recognise the target without opening it. Fenced code is cut off cleanly.
 */
export function bodyPreview(doc: ParsedDocument): string {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const raw of doc.text.slice(doc.bodyStart).split(/\r?\n|\r/)) {
    const line = raw.trimEnd();
    if (!line.trim() && lines.length === 0) continue;
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) fence = fence === undefined ? marker : marker.startsWith(fence[0]!) && marker.length >= fence.length ? undefined : fence;
    lines.push(line);
    if (lines.filter((l) => l.trim()).length >= PREVIEW_LINES) break;
  }
  if (fence !== undefined) lines.push(fence);
  return lines.join('\n').trim();
}
