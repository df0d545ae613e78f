import { randomUUID } from "node:crypto";
import type { Exchange } from "../exchange/exchange";
import { actionFamiliesFromData, type ActionFamilies } from "../claims/action-families";
import { mayCarryClaim } from "../claims/may-carry-claim";
import type { PolicyDecision, Violation } from "../policy/decision";
import type { PolicyStore } from "../policy/policy-store";
import { analyzeExchange, createAnalysisMemos } from "./analyze-exchange";
import { buildPolicyInput } from "./build-policy-input";
import type { ClaimCheck } from "../claims/claim";
import type { GuardDecision, GuardStage } from "./guard-stage";

export interface GuardStageOptions {
  policy: Pick<PolicyStore, "evaluate" | "revision" | "ready" | "data">;
  /** Operator's choice: on a policy or checker error, allow (logged "not evaluated") instead of block. */
  failOpen: boolean;
}

/**
 * The real guard stage: analyze the exchange, build the policy input, evaluate the policy.
 * Never throws; every failure becomes a decision (block with `policy_error`, or an
 * unevaluated allow when the operator chose fail-open).
 */
export function createGuardStage(options: GuardStageOptions): GuardStage {
  const { policy, failOpen } = options;
  const memos = createAnalysisMemos();
  return {
    ready: () => policy.ready(),
    mayCarryClaim,
    async decide(exchange: Exchange, decisionId: string = randomUUID()): Promise<GuardDecision> {
      const started = performance.now();
      let claims: ClaimCheck[] = [];
      const finish = (d: Omit<GuardDecision, "decisionId" | "guardMs" | "claims">): GuardDecision =>
        ({ ...d, decisionId, claims, guardMs: performance.now() - started });
      try {
        const data = policy.data();
        const families = familiesOf(data);
        const memo = { ...memos, revision: policy.revision() };
        const analysis = analyzeExchange(exchange, { families, toolOverrides: toolOverridesFrom(data), memo });
        claims = analysis.claims;
        const evaluation = policy.evaluate(buildPolicyInput(exchange, analysis, families));
        if (!evaluation.ok) return finish(failure("policy_error", evaluation.error, evaluation.revision, failOpen));
        return finish(fromPolicy(evaluation.decision, evaluation.revision));
      } catch (err) {
        return finish(failure("checker_error", err instanceof Error ? err.message : String(err), safeRevision(policy), failOpen));
      }
    },
  };
}

/** The action families of the bundle in force, read once per bundle (its data is frozen). */
const familiesByData = new WeakMap<object, ActionFamilies>();
function familiesOf(data: unknown): ActionFamilies {
  if (data === null || typeof data !== "object") return actionFamiliesFromData(data);
  let families = familiesByData.get(data);
  if (!families) familiesByData.set(data, (families = actionFamiliesFromData(data)));
  return families;
}

function fromPolicy(decision: PolicyDecision, revision: string): Omit<GuardDecision, "decisionId" | "guardMs" | "claims"> {
  return { verdict: decision.verdict, status: "evaluated", violations: decision.violations, policyRevision: revision, error: null };
}

function failure(rule: "policy_error" | "checker_error", error: string, revision: string, failOpen: boolean): Omit<GuardDecision, "decisionId" | "guardMs" | "claims"> {
  if (failOpen) return { verdict: "allow", status: "not_evaluated", violations: [], policyRevision: revision, error };
  const violation: Violation = {
    rule,
    message: `The guard could not evaluate this reply (${rule === "policy_error" ? "policy" : "checker"} error), so it is blocked.`,
    severity: "block",
    tool_call_ids: [],
    claim_ids: [],
  };
  return { verdict: "block", status: "error", violations: [violation], policyRevision: revision, error };
}

function toolOverridesFrom(data: unknown): Record<string, unknown> | undefined {
  const overrides = (data as { claimcheck?: { tool_overrides?: unknown } } | null)?.claimcheck?.tool_overrides;
  return overrides && typeof overrides === "object" ? (overrides as Record<string, unknown>) : undefined;
}

function safeRevision(policy: Pick<PolicyStore, "revision">): string {
  try {
    return policy.revision();
  } catch {
    return "unknown";
  }
}
