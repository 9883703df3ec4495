import { minimatch } from 'minimatch';

const cache = new Map<string, (path: string) => boolean>();

/**
 * Compiles a glob once. minimatch's own regular expression is used where it is exact (it is an
 * order of magnitude faster than `match`, which splits the path on every call); a slash-less glob
 * matches the base name, as `matchBase` does; negated or uncompilable globs keep `match`.
 */
function compile(glob: string, caseInsensitive: boolean): (path: string) => boolean {
  const m = new minimatch.Minimatch(glob, { dot: true, nocase: caseInsensitive, matchBase: !glob.includes('/') });
  const re = m.negate || m.comment ? false : m.makeRe();
  if (!re) return (p) => m.match(p);
  if (glob.includes('/')) return (p) => re.test(p);
  return (p) => re.test(p.slice(p.lastIndexOf('/') + 1));
}

/** Matches a workspace-relative, forward-slash path against a glob (dotfiles included). */
export function globMatch(glob: string, relativePath: string, caseInsensitive = false): boolean {
  const key = `${caseInsensitive ? 'i' : 's'}:${glob}`;
  let test = cache.get(key);
  if (!test) {
    test = compile(glob, caseInsensitive);
    cache.set(key, test);
  }
  return test(relativePath);
}
