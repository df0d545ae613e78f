import type { Exchange } from "../exchange/exchange";
import type { RequestView } from "../exchange/normalize-exchange";
import type { GuardDecision, GuardStage, PreparedRequest } from "../guard/guard-stage";
import { VERDICTS } from "../policy/decision";

/**
 * Calls the guard stage. `decide` must never throw, but the request path does not bet on it:
 * a throw or a malformed decision becomes a `block` with rule `guard_error` (status "error"),
 * so a failing guard never lets a reply through unguarded.
 */
export async function decideSafely(guard: GuardStage, exchange: Exchange, decisionId: string, prepared?: PreparedRequest): Promise<GuardDecision> {
  const started = performance.now();
  let error: string;
  try {
    const decision = await guard.decide(exchange, decisionId, prepared);
    if (decision && (VERDICTS as readonly string[]).includes(decision.verdict) && Array.isArray(decision.violations)) return decision;
    error = "the guard stage returned a malformed decision";
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  return {
    decisionId,
    verdict: "block",
    status: "error",
    violations: [{ rule: "guard_error", message: "The guard failed while checking this reply, so it is blocked", severity: "block", tool_call_ids: [], claim_ids: [] }],
    claims: [],
    policyRevision: "unknown",
    guardMs: performance.now() - started,
    error,
  };
}

/**
 * Lets the guard read the request while the upstream answers. An optimisation only: a stage
 * without `prepare`, or one that throws, leaves all the reading to `decide`.
 */
export function prepareSafely(guard: GuardStage, request: RequestView): PreparedRequest | undefined {
  try {
    return guard.prepare?.(request);
  } catch {
    return undefined;
  }
}
