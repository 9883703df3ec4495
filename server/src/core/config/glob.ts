import { minimatch } from 'minimatch';

const cache = new Map<string, (path: string) => boolean>();

/** Matches a workspace-relative, forward-slash path against a glob (dotfiles included). */
export function globMatch(glob: string, relativePath: string, caseInsensitive = false): boolean {
  const key = `${caseInsensitive ? 'i' : 's'}:${glob}`;
  let test = cache.get(key);
  if (!test) {
    const m = new minimatch.Minimatch(glob, { dot: true, nocase: caseInsensitive, matchBase: !glob.includes('/') });
    test = (p) => m.match(p);
    cache.set(key, test);
  }
  return test(relativePath);
}
