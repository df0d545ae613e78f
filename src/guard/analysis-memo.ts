import { LRUCache } from "lru-cache";

/**
 * A bounded memo for per-message analysis. An agent resends its whole conversation on every
 * turn, so the tool calls, tool results and user orders of turn N are read again on turns
 * N+1, N+2…; remembering what was read keeps the guard's work proportional to what is new.
 *
 * Keys are the exact texts analysed (so a hit is always the same input), values must be
 * treated as immutable. Bounded by total key size; cleared when the policy revision changes,
 * because operator overrides in the bundle change the analysis.
 */
export class AnalysisMemo<V extends object> {
  private readonly cache: LRUCache<string, V>;
  private revision: string | null = null;

  constructor(maxKeyBytes: number) {
    this.cache = new LRUCache<string, V>({ maxSize: maxKeyBytes, sizeCalculation: (_v, key) => key.length + 64 });
  }

  /** The memoized value for `key`, computing it with `compute` on a miss. */
  get(revision: string, key: string, compute: () => V): V {
    if (revision !== this.revision) {
      this.cache.clear();
      this.revision = revision;
    }
    // Values larger than the whole memo are computed every time rather than cached.
    if (key.length > MAX_KEY_CHARS) return compute();
    let value = this.cache.get(key);
    if (value === undefined) {
      value = compute();
      this.cache.set(key, value);
    }
    return value;
  }
}

const MAX_KEY_CHARS = 1 << 20;
