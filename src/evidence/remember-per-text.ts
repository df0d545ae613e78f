/**
 * `compute` remembered for the last `max` texts it was given. The guard reads the same texts
 * many times per request (a result by three readers, a target in every comparison) and again
 * on every turn of an agent loop (an order's sentence); each entry is kept until `max` newer
 * ones push it out. Values must be treated as immutable.
 */
export function rememberPerText<T>(compute: (text: string) => T, max: number): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (seen.size >= max) seen.delete(seen.keys().next().value!);
    seen.set(text, value);
    return value;
  };
}

/**
 * `compare` remembered per pair of texts, for the last `max` first texts: the guard compares a
 * claim's or an order's few names with every name of the ledger, the same pairs many times per
 * request and again on every turn of an agent loop. At most `max` × `max` answers are kept.
 */
export function rememberPerPair(compare: (a: string, b: string) => boolean, max: number): (a: string, b: string) => boolean {
  const byFirst = rememberPerText(() => new Map<string, boolean>(), max);
  return (a, b) => {
    const seen = byFirst(a);
    let same = seen.get(b);
    if (same === undefined) {
      same = compare(a, b);
      // A name compared with very many others (a listing of thousands) must not hold them all.
      if (seen.size >= max) seen.delete(seen.keys().next().value!);
      seen.set(b, same);
    }
    return same;
  };
}
