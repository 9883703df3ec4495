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
  // Three rows of scratch reused across calls: suggestions compare one word with thousands of names.
  if (rows.length < 3 * (n + 1)) rows = new Int32Array(6 * (n + 1));
  let prev2 = 0;
  let prev = n + 1;
  let cur = 2 * (n + 1);
  for (let j = 0; j <= n; j++) rows[prev + j] = j;
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const ai1 = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = rows[prev + j - 1]! + (ai === bj ? 0 : 1);
      const up = rows[prev + j]! + 1;
      if (up < v) v = up;
      const left = rows[cur + j - 1]! + 1;
      if (left < v) v = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && ai1 === bj) {
        const swap = rows[prev2 + j - 2]! + 1;
        if (swap < v) v = swap;
      }
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(rows[prev + n]!, max + 1);
}

let rows = new Int32Array(3 * 64);

/**
 * Whether `editDistance(a, b, 1) <= 1`, without the table: equal, one substitution, one insertion
 * or deletion, or one swap of neighbours. For screening thousands of candidates against one word.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const m = a.length;
  const n = b.length;
  if (m === n) {
    let i = 0;
    while (i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === m) return true;
    // One substitution at i, or a swap of i and i + 1; the rest must match either way.
    if (sameFrom(a, b, i + 1)) return true;
    return i + 1 < m && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameFrom(a, b, i + 2);
  }
  if (m - n === 1 || n - m === 1) {
    const long = m > n ? a : b;
    const short = m > n ? b : a;
    let i = 0;
    while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
    for (let j = i; j < short.length; j++) if (long.charCodeAt(j + 1) !== short.charCodeAt(j)) return false;
    return true;
  }
  return false;
}

function sameFrom(a: string, b: string, from: number): boolean {
  for (let j = from; j < a.length; j++) if (a.charCodeAt(j) !== b.charCodeAt(j)) return false;
  return true;
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
 * `sameLetters` over a fixed list of candidates, for many words: the candidates are squashed once
 * (same answers: the first candidate with the same letters).
 */
export function sameLettersIn(candidates: Iterable<string>): (word: string) => string | undefined {
  const bySquash = new Map<string, string>();
  for (const candidate of candidates) {
    const key = squash(candidate);
    if (!bySquash.has(key)) bySquash.set(key, candidate);
  }
  return (word) => bySquash.get(squash(word));
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
