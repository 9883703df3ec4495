import { decodeSafe } from '../files/uris';

/** The last path segment of a URI or path, decoded. */
export function basename(uriOrPath: string): string {
  const clean = uriOrPath.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return decodeSafe(clean.slice(clean.lastIndexOf('/') + 1));
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
