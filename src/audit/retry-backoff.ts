/** Backoff bounds for retrying a failed decision log upload. */
export interface BackoffOptions {
  /** Delay ceiling before jitter for the first retry, milliseconds. */
  baseMs: number;
  /** No retry waits longer than this, milliseconds. */
  maxMs: number;
}

/**
 * Exponential backoff with full jitter: a uniform delay in `[0, min(maxMs, baseMs * 2^attempt))`.
 * Full jitter spreads the retries of many sidecars that lost the same log server at once.
 * `attempt` counts from 0; `random` is injectable for tests.
 */
export function retryBackoff(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
