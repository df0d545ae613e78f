/**
 * `table[key]` for lookup tables keyed by untrusted words, without inherited properties:
 * a command named `constructor` or `__proto__` must find nothing, not `Object`.
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
