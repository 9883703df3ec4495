import { markdownOf } from '../document/markdown';
import type { ParsedDocument } from '../document/parse';
import { decodeSafe, isInside } from '../files/uris';
import type { WorkspaceFiles } from '../files/workspaceFiles';

/** How many non-blank lines of a target a hover shows. */
const PREVIEW_LINES = 6;

/** A URI as the user reads it: relative to its workspace folder. */
export function displayPath(files: WorkspaceFiles, uri: string): string {
  const root = files.roots.find((r) => isInside(uri, r));
  return decodeSafe(root ? uri.slice(root.length).replace(/^\/+/, '') : uri.replace(/^file:\/\//, ''));
}

/**
 * The first non-blank lines of a document's body (frontmatter left out), for hovers: enough to
 * recognise the target without opening it. A fenced block cut in the middle is closed.
 */
export function bodyPreview(doc: ParsedDocument): string {
  const { lines } = doc;
  let first = lines.positionAt(doc.bodyStart).line;
  while (first < lines.lineCount && !lines.lineText(first).trim()) first++;
  let last = first;
  for (let shown = 0; last < lines.lineCount; last++) {
    if (lines.lineText(last).trim() && ++shown === PREVIEW_LINES) break;
  }
  last = Math.min(last, lines.lineCount - 1);
  if (first > last) return '';
  const end = lines.lineEnd(last);
  const text = doc.text.slice(lines.lineStart(first), end).replace(/\r\n?/g, '\n').trimEnd();
  const block = markdownOf(doc).codeBlockAt(Math.max(lines.lineStart(last), end - 1));
  const open = block?.kind === 'fenced' && block.fence !== undefined && (block.endLine > last || !block.closed);
  return open ? `${text}\n${block!.fence}` : text;
}
