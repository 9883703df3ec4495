import { decodeSafe } from '../files/uris';

/**
 * A file URI as a path relative to another file's folder's nearest common ancestor, for messages:
 * `skills/bundled/php/espocrm-development/SKILL.md` seen from `agents/templates/php-engineer.json`
 * under `src/claude_mpm/`. Falls back to the file name.
 */
export function relativeTo(uri: string, from: string): string {
  const a = uri.split('/');
  const b = from.split('/');
  let i = 0;
  while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
  return decodeSafe(a.slice(i).join('/'));
}
