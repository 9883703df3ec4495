import { decodeSafe } from '../files/uris';
import type { DocumentKind } from '../types';
import type { Framework } from './detect';

const SHOUTED = /^[A-Z0-9_-]+\.(md|markdown)$/;

/** The configured skill folder (URI ending in `/`) a file lies in, if any; the innermost wins. */
export function skillFolderOf(uri: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const f of folders) if (uri.startsWith(f) && (!best || f.length > best.length)) best = f;
  return best;
}

/**
 * The kind of a file inside a configured skill folder, or undefined where the usual globs decide.
 * Any `SKILL.md` there is a skill; for claude-mpm, so is a Markdown file directly in the folder
 * (the flat form its registry loads), except notes named in capitals (`README.md`).
 */
export function skillFolderKind(uri: string, folders: readonly string[], framework: Framework): DocumentKind | undefined {
  const folder = skillFolderOf(uri, folders);
  if (!folder) return undefined;
  const rest = uri.slice(folder.length);
  if (/(?:^|\/)SKILL\.md$/i.test(rest)) return 'skill';
  if (framework === 'claude-mpm' && !rest.includes('/') && /\.md$/i.test(rest) && !SHOUTED.test(decodeSafe(rest))) return 'skill';
  return undefined;
}
