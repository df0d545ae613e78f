/**
 * The outcome of a tool call, read from its tool result.
 * - success: the action happened (ok, exit code 0, a result naming the new state…)
 * - accepted: the action was queued or started and is not finished (status queued/pending/in_progress)
 * - failure: the action did not happen (error field, ok:false, exit code ≠ 0, HTTP ≥ 400, "permission denied"…)
 * - unknown: the result does not say (timeout, "state unknown", empty or unreadable result)
 * - none: there is no tool result for the call (yet)
 */
export type OutcomeStatus = "success" | "accepted" | "failure" | "unknown" | "none";

export interface Outcome {
  status: OutcomeStatus;
  /** Why, in a few words, quoting the result where it helps: e.g. `error: "permission denied"`. */
  reason: string;
}
