/**
 * Damerau-Levenshtein distance (optimal string alignment), enough for typo suggestions. With
 * `max`, any distance above it comes back as `max + 1` without being computed in full: the answer
 * can only exceed the length difference, and once two rows in a row are all above `max`, every
 * later row is too.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  if (m === 0) return n;
  if (n === 0) return m;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

/**
 * The closest candidate to `word`, compared case-insensitively, when it is close enough to be a
 * plausible typo: at most a third of the word's length, and never more than 3 edits.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Candidates further than the limit can never be the answer: stop counting beyond it.
    const d = editDistance(w, candidate.toLowerCase(), limit);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

/** The candidate written with the same letters as `word`, ignoring case, `-`, `_` and spaces. */
export function sameLetters(word: string, candidates: Iterable<string>): string | undefined {
  const squashed = squash(word);
  for (const candidate of candidates) if (squash(candidate) === squashed) return candidate;
  return undefined;
}

/**
 * The one "did you mean" of every finding: the candidate a mistyped word most likely means, written
 * with the same letters (`allowed_tools`, `AllowedTools` → `allowed-tools`), else the closest
 * plausible typo, else undefined.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  return sameLetters(word, list) ?? closest(word, list);
}
