import type { ToolCallAnalysis } from "../classify/effect";

const CANCELLED = new Set(["cancelled", "canceled"]);

/**
 * A `cancelled` state reported by a call that only stops things (`cancel_appointment`,
 * `cancel_job`, `scancel`) is the target's new state: the call did what it was asked. For any
 * other call (a delete, a copy, a deploy) `cancelled` says the operation itself was called off.
 */
export function cancelledMeansDone(state: string, analysis: ToolCallAnalysis | undefined): boolean {
  if (!CANCELLED.has(state) || !analysis || analysis.effects.length === 0) return false;
  return analysis.effects.every((e) => e.action === "stop");
}
