/**
 * `file:` URI arithmetic for the core, without Node's `url` module. URIs built here must equal the
 * hosts' (`pathToFileURL(path).href`), because the index, the open documents and the file view
 * are keyed by them: names are encoded the way Node encodes a path segment.
 */

/** ASCII characters Node's `pathToFileURL` escapes in a POSIX path segment (non-ASCII always is). */
const ESCAPED = /[\u0000-\u0020"#%<>?[\\\]^`{|}~\u007f]/;

/** A decoded file or folder name as it appears in a `file:` URI. */
export function encodeSegment(name: string): string {
  let out = '';
  for (const ch of name) {
    const code = ch.codePointAt(0)!;
    // A lone surrogate cannot be encoded: Node writes U+FFFD for it.
    if (code > 0x7f) out += code >= 0xd800 && code <= 0xdfff ? '%EF%BF%BD' : encodeURIComponent(ch);
    // encodeURIComponent leaves `~` as it is: escape ASCII by hand.
    else out += ESCAPED.test(ch) ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : ch;
  }
  return out;
}

/** Percent-decoding that leaves a malformed escape as written. */
export function decodeSafe(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The URI of a folder's child. `dirUri` may end with a slash or not. */
export function childUri(dirUri: string, name: string): string {
  return `${dirUri.endsWith('/') ? dirUri : `${dirUri}/`}${encodeSegment(name)}`;
}

/**
 * The folder that holds a file or folder (no trailing slash; the file-system root is `file://`),
 * or undefined for the root itself and for URIs that are not paths.
 */
export function parentUri(uri: string): string | undefined {
  const clean = uri.endsWith('/') ? uri.slice(0, -1) : uri;
  if (clean.length <= 'file://'.length) return undefined;
  const at = clean.lastIndexOf('/');
  return at < 'file://'.length - 1 ? undefined : clean.slice(0, at);
}

/** The folder of a document (no trailing slash). */
export function dirOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/'));
}

/** The decoded last segment of a URI. */
export function nameOf(uri: string): string {
  const clean = uri.endsWith('/') ? uri.slice(0, -1) : uri;
  return decodeSafe(clean.slice(clean.lastIndexOf('/') + 1));
}

/** Whether `uri` is `dirUri` itself or lies inside it. */
export function isInside(uri: string, dirUri: string): boolean {
  const dir = dirUri.endsWith('/') ? dirUri : `${dirUri}/`;
  return uri === dirUri || uri.startsWith(dir);
}

/**
 * The decoded path segments from folder `fromDir` to `toUri`, with `..` where it climbs:
 * what a relative link from a file in `fromDir` writes.
 */
export function relativeSegments(fromDir: string, toUri: string): string[] {
  const from = stripSlash(fromDir).split('/');
  const to = toUri.split('/');
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  return [...Array<string>(from.length - i).fill('..'), ...to.slice(i).map(decodeSafe)];
}

function stripSlash(s: string): string {
  return s.endsWith('/') ? s.slice(0, -1) : s;
}
