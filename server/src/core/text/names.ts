import { decodeSafe } from '../files/uris';

/** The last path segment of a URI or path, decoded. */
export function basename(uriOrPath: string): string {
  // Without regular expressions: an expression anchored at `$` is tried at every character.
  let end = endOfPath(uriOrPath);
  while (end > 0 && uriOrPath.charCodeAt(end - 1) === 0x2f) end--;
  if (end === 0) return '';
  return decodeSafe(uriOrPath.slice(uriOrPath.lastIndexOf('/', end - 1) + 1, end));
}

/** Where the path of a URI ends: at its first `?` or `#`, else at its end. */
function endOfPath(uriOrPath: string): number {
  const q = uriOrPath.indexOf('?');
  const h = uriOrPath.indexOf('#');
  return q < 0 ? (h < 0 ? uriOrPath.length : h) : h < 0 ? q : Math.min(q, h);
}

/** The name of the folder that holds a file. */
export function parentFolderName(uriOrPath: string): string {
  const clean = uriOrPath.replace(/[?#].*$/, '');
  return basename(clean.slice(0, clean.lastIndexOf('/')));
}

/** Lowercase letters, digits and single hyphens, from any text: `My Agent_v2.md` → `my-agent-v2`. */
export function toKebabName(text: string): string {
  return text
    .replace(/\.(md|markdown)$/i, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A valid agent name suggested by the file name. */
export function deriveAgentName(uri: string): string {
  return toKebabName(basename(uri)) || 'my-agent';
}
