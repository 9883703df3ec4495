import { minimatch } from 'minimatch';

/** Compiled globs, exact case and any case, by glob: looked up by the glob itself, no key built per call. */
const exactCase = new Map<string, (path: string) => boolean>();
const anyCase = new Map<string, (path: string) => boolean>();

/**
 * Compiles a glob once. minimatch's own regular expression is used where it is exact (it is an
 * order of magnitude faster than `match`, which splits the path on every call; a trailing `/**`,
 * which `match` does not let match the folder itself, keeps `match`); a slash-less glob matches the
 * base name, as `matchBase` does; negated or uncompilable globs keep `match`. minimatch's
 * expressions also look ahead at every character (to keep `.` and `..` out of `**`), so a literal
 * part of the glob that the path lacks rejects it first; only plain globs qualify for that (no
 * braces, classes, escapes or extglobs).
 */
function compile(glob: string, caseInsensitive: boolean): (path: string) => boolean {
  const m = new minimatch.Minimatch(glob, { dot: true, nocase: caseInsensitive, matchBase: !glob.includes('/') });
  if (m.negate || m.comment) return (p) => m.match(p);
  const re = glob.endsWith('/**') ? false : m.makeRe();
  const literal = /[{}[\]\\()!+@]/.test(glob) ? '' : longestLiteral(glob);
  const needle = caseInsensitive ? literal.toLowerCase() : literal;
  const has = !needle ? () => true : caseInsensitive ? (p: string) => p.toLowerCase().includes(needle) : (p: string) => p.includes(needle);
  if (!re) return (p) => has(p) && m.match(p);
  if (glob.includes('/')) return (p) => has(p) && re.test(p);
  return (p) => {
    const base = p.slice(p.lastIndexOf('/') + 1);
    return has(base) && re.test(base);
  };
}

/**
 * The longest run of characters between wildcards and slashes of a plain glob: any matching path
 * contains it (a slash next to `**` may match nothing, so slashes are left out).
 */
function longestLiteral(glob: string): string {
  return glob.split(/[*?/]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Matches a workspace-relative, forward-slash path against a glob (dotfiles included). */
export function globMatch(glob: string, relativePath: string, caseInsensitive = false): boolean {
  return globTest(glob, caseInsensitive)(relativePath);
}

/** A glob compiled once (see `compile`): for callers that test many paths against the same globs. */
export function globTest(glob: string, caseInsensitive = false): (path: string) => boolean {
  const cache = caseInsensitive ? anyCase : exactCase;
  let test = cache.get(glob);
  if (!test) {
    test = compile(glob, caseInsensitive);
    cache.set(glob, test);
  }
  return test;
}
