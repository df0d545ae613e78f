import { performance } from "node:perf_hooks";
import { errorFromThrown } from "./error-from-thrown";
import type { CompiledPolicy } from "./compiled-policy";
import { policyDecisionSchema, type PolicyDecision } from "./decision";
import type { PolicyInput } from "./policy-input";
import { encodePolicyInput } from "./encode-policy-input";

/** The result of crossing into the policy engine: a valid decision, or why there is none. */
export type PolicyEvaluation =
  | { ok: true; decision: PolicyDecision; revision: string; ms: number }
  | { ok: false; error: string; revision: string; ms: number };

/** Default evaluation budget. A typical turn takes tens of microseconds; the budget is for a runaway policy, far above a GC pause or a busy machine. */
export const DEFAULT_EVAL_BUDGET_MS = 1000;

/**
 * Evaluates `claimcheck/decision` on `input`. Never throws: an exception from the engine, an
 * undefined result, a result that is not a valid `PolicyDecision`, and an evaluation slower
 * than `budgetMs` are all `{ ok: false }`, which the guard turns into a block (fail closed).
 *
 * The budget is checked after the fact: wasm runs synchronously on this thread and cannot be
 * interrupted, so a slow policy still delays this request; it is reported so it gets fixed.
 */
export function evaluatePolicy(policy: CompiledPolicy, input: PolicyInput, budgetMs = DEFAULT_EVAL_BUDGET_MS): PolicyEvaluation {
  const { revision } = policy;
  const start = performance.now();
  const failed = (error: string): PolicyEvaluation => ({ ok: false, error, revision, ms: performance.now() - start });
  let results: unknown;
  try {
    results = policy.instance.evaluate(encodePolicyInput(input), policy.entrypointId);
  } catch (thrown) {
    return failed(`policy evaluation failed: ${errorFromThrown(thrown).message}`);
  }
  const evalMs = performance.now() - start;
  if (!Array.isArray(results) || results.length === 0) return failed("policy decision is undefined (claimcheck/decision produced no result)");
  const parsed = policyDecisionSchema.safeParse((results[0] as { result?: unknown }).result);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    return failed(`policy decision is malformed: ${issues.join("; ")}`);
  }
  if (evalMs > budgetMs) return failed(`policy evaluation took ${evalMs.toFixed(1)} ms, over the ${budgetMs} ms budget`);
  return { ok: true, decision: parsed.data, revision, ms: performance.now() - start };
}
