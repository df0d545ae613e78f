/**
 * Visits the string values of a parsed JSON document with the key each stands under (an array's
 * items under the array's key), depth first, and bounded: `budget` nodes at most.
 */
export function walkStrings(json: unknown, visit: (key: string, value: string) => void, budget = 500): void {
  let left = budget;
  const go = (value: unknown, key: string): void => {
    if (--left < 0) return;
    if (typeof value === "string") visit(key, value);
    else if (Array.isArray(value)) for (const v of value) go(v, key);
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) go(v, k);
  };
  go(json, "");
}
