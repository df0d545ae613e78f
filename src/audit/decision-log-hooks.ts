/**
 * What a decision log reports about itself. Both are optional and must not throw; the log never
 * throws into the request path, so these are the only way its trouble becomes visible
 * (wire them to a metric and a warning).
 */
export interface DecisionLogHooks {
  /** `n` records were lost: buffer overflow, a batch the server refused, or left over at close. */
  onDrop?: (n: number) => void;
  /** A sink failed (write error, upload failure). Retries may still succeed. */
  onError?: (error: Error) => void;
}

/** Normalises anything thrown (strings, plain objects) into an `Error`. */
export function asError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(typeof thrown === "string" ? thrown : JSON.stringify(thrown));
}

/** Calls a hook, swallowing its own failures: a broken hook must not break logging. */
export function callHook<A>(hook: ((arg: A) => void) | undefined, arg: A): void {
  try {
    hook?.(arg);
  } catch {
    // nothing sensible to do: the hook is the error channel
  }
}
