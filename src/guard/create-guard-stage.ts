import { randomUUID } from "node:crypto";
import type { Exchange } from "../exchange/exchange";
import { actionFamiliesFromData, type ActionFamilies } from "../claims/action-families";
import { classifyOverridesFromData, type ClassifyOverrides } from "../classify/classify-overrides";
import { mayCarryClaim } from "../claims/may-carry-claim";
import type { PolicyDecision, Violation } from "../policy/decision";
import type { PolicyStore } from "../policy/policy-store";
import { analyzeExchange, analyzeRequest, createAnalysisMemos, readsRequestOf, type AnalyzeOptions, type RequestAnalysis } from "./analyze-exchange";
import { buildPolicyInput, prepareHistoryFacts, type PreparedFacts } from "./build-policy-input";
import type { ClaimCheck } from "../claims/claim";
import type { GuardDecision, GuardStage, PreparedRequest } from "./guard-stage";
import type { RequestView } from "../exchange/normalize-exchange";

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
  /** The analysis options under the bundle in force now (overrides and families live in its data). */
  const currentOptions = (): AnalyzeOptions & { revision: string } => {
    const revision = policy.revision();
    const { families, toolOverrides } = readBundleData(policy.data());
    return { revision, families, toolOverrides, memo: { ...memos, revision } };
  };
  return {
    ready: () => policy.ready(),
    mayCarryClaim,
    prepare(request: RequestView): PreparedReading | undefined {
      try {
        const options = currentOptions();
        const reading = analyzeRequest(request, options);
        const side = { ...reading, aliasesOf: reading.resultAliases.aliasesOf, rolesOf: reading.resultAliases.rolesOf };
        return { request, revision: options.revision, reading, facts: prepareHistoryFacts(request, side, options.families) };
      } catch {
        return undefined; // decide reads the request again and reports the failure as a decision
      }
    },
    async decide(exchange: Exchange, decisionId: string = randomUUID(), prepared?: PreparedRequest): Promise<GuardDecision> {
      const started = performance.now();
      let claims: ClaimCheck[] = [];
      const finish = (d: Omit<GuardDecision, "decisionId" | "guardMs" | "claims">): GuardDecision =>
        ({ ...d, decisionId, claims, guardMs: performance.now() - started });
      try {
        const options = currentOptions();
        // A reading made under another bundle is stale: its overrides may differ.
        const ahead = isReading(prepared) && prepared.revision === options.revision ? prepared : undefined;
        const analysis = analyzeExchange(exchange, options, ahead?.reading);
        claims = analysis.claims;
        // The history facts read ahead assumed the tool results' aliases only.
        const facts = ahead && !analysis.aliasesFromWords && readsRequestOf(ahead, exchange) ? ahead.facts : undefined;
        const evaluation = policy.evaluate(buildPolicyInput(exchange, analysis, options.families, facts));
        if (!evaluation.ok) return finish(failure("policy_error", evaluation.error, evaluation.revision, failOpen));
        return finish(fromPolicy(evaluation.decision, evaluation.revision));
      } catch (err) {
        return finish(failure("checker_error", err instanceof Error ? err.message : String(err), safeRevision(policy), failOpen));
      }
    },
  };
}

/** This stage's `PreparedRequest`: the request side read under one policy revision. */
interface PreparedReading extends PreparedRequest {
  revision: string;
  reading: RequestAnalysis;
  facts: PreparedFacts;
}

function isReading(prepared: PreparedRequest | undefined): prepared is PreparedReading {
  return prepared !== undefined && "reading" in prepared;
}

/** What the analysis takes from the bundle's data: read once per bundle (its data is frozen). */
interface BundleReading {
  families: ActionFamilies;
  toolOverrides: ClassifyOverrides | undefined;
}
const readingsByData = new WeakMap<object, BundleReading>();
function readBundleData(data: unknown): BundleReading {
  const read = (): BundleReading => ({
    families: actionFamiliesFromData(data),
    toolOverrides: classifyOverridesFromData((data as { claimcheck?: { tool_overrides?: unknown } } | null)?.claimcheck?.tool_overrides),
  });
  if (data === null || typeof data !== "object") return read();
  let reading = readingsByData.get(data);
  if (!reading) readingsByData.set(data, (reading = read()));
  return reading;
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

function safeRevision(policy: Pick<PolicyStore, "revision">): string {
  try {
    return policy.revision();
  } catch {
    return "unknown";
  }
}
