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
