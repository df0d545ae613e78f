import type { Exchange } from "../exchange/exchange";
import type { RequestView } from "../exchange/normalize-exchange";
import type { Verdict, Violation } from "../policy/decision";
import type { ClaimCheck } from "../claims/claim";

/**
 * How the decision came about.
 * - evaluated: the policy ran and returned a valid decision
 * - error: the policy or the checker failed; the verdict is `block` (fail closed)
 * - not_evaluated: the policy or the checker failed and the operator chose fail-open; the verdict is `allow`
 *   but nothing was checked, and the log says so
 */
export type DecisionStatus = "evaluated" | "error" | "not_evaluated";

/** The guard stage's answer for one exchange. */
export interface GuardDecision {
  decisionId: string;
  verdict: Verdict;
  status: DecisionStatus;
  violations: Violation[];
  /** Every claim found in the reply text and how it was verified. */
  claims: ClaimCheck[];
  /** Revision of the policy bundle that decided (or "none"). */
  policyRevision: string;
  /** Time spent in the guard stage, milliseconds. */
  guardMs: number;
  /** When status is "error" or "not_evaluated": what failed. */
  error: string | null;
}

/**
 * What a stage read from a request before its reply arrived; only the stage that made it knows
 * what is inside. Handing it to `decide` is an optimisation, never a change of verdict.
 */
export interface PreparedRequest {
  readonly request: RequestView;
}

/** The stage between upstream and client that decides. Never throws: failures are decisions. */
export interface GuardStage {
  /**
   * Reads what the request alone tells (past tool calls and results, orders) while the upstream
   * is answering, so that only the reply is left for `decide`. Optional; undefined when there
   * is nothing to read ahead or the reading failed (`decide` then reads everything itself).
   */
  prepare?(request: RequestView): PreparedRequest | undefined;
  /**
   * `decisionId`: the id the request path already logs under; a new one is made when absent.
   * `prepared`: what `prepare` read from this exchange's request.
   */
  decide(exchange: Exchange, decisionId?: string, prepared?: PreparedRequest): Promise<GuardDecision>;
  /**
   * For streaming: may this piece of reply text carry a destructive claim? Text for which this
   * is false is released at once; text for which it is true is held until the verdict. Must be
   * conservative (a superset of what the claim extractor can report) and cheap.
   */
  mayCarryClaim(text: string): boolean;
  /** True once a policy is loaded (drives /readyz). */
  ready(): boolean;
}
