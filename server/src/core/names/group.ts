/** Items grouped by a key, in their order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string | readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const keys = key(item);
    for (const k of typeof keys === 'string' ? [keys] : new Set(keys)) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  }
  return map;
}
