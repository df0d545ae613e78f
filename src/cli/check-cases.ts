import type { Exchange } from "../exchange/exchange";
import type { GuardStage } from "../guard/guard-stage";
import type { Verdict } from "../policy/decision";
import type { RecordedCase } from "./read-cases";

/** The guard's answer for one recorded conversation. */
export interface CaseResult {
  id: string;
  verdict: Verdict;
  /** Rules of the violations, in the guard's order, without repeats. */
  rules: string[];
  violations: Array<{ rule: string; message: string; severity: string }>;
  status: string;
  /** The case's `expect`, when it has one. */
  expect: Verdict[] | null;
  /** `expect` is present and does not include `verdict`. */
  mismatch: boolean;
  /** Why the guard could not evaluate (status "error" / "not_evaluated"), else null. */
  error: string | null;
  guardMs: number;
}

/** Turns a recorded conversation into the exchange the guard decides on. */
export type CaseToExchange = (recorded: RecordedCase) => Exchange;

/**
 * Runs each case through the guard stage, one after another (the guard is CPU-bound; running
 * them concurrently would not be faster), reporting progress after each. A case whose
 * conversion fails is reported as a `block` with rule `checker_error`, as the proxy would.
 */
export async function checkCases(
  cases: RecordedCase[],
  guard: Pick<GuardStage, "decide">,
  toExchange: CaseToExchange,
  onProgress: (done: number) => void = () => undefined,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const recorded of cases) {
    results.push(await checkOne(recorded, guard, toExchange));
    onProgress(results.length);
  }
  return results;
}

async function checkOne(recorded: RecordedCase, guard: Pick<GuardStage, "decide">, toExchange: CaseToExchange): Promise<CaseResult> {
  const expect = recorded.expect ?? null;
  const result = (verdict: Verdict, rest: Omit<CaseResult, "id" | "verdict" | "expect" | "mismatch">): CaseResult => ({
    id: recorded.id,
    verdict,
    ...rest,
    expect,
    mismatch: expect !== null && !expect.includes(verdict),
  });
  let exchange: Exchange;
  try {
    exchange = toExchange(recorded);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return result("block", { rules: ["checker_error"], violations: [{ rule: "checker_error", message, severity: "block" }], status: "error", error: message, guardMs: 0 });
  }
  const decision = await guard.decide(exchange);
  return result(decision.verdict, {
    rules: [...new Set(decision.violations.map((v) => v.rule))],
    violations: decision.violations.map((v) => ({ rule: v.rule, message: v.message, severity: v.severity })),
    status: decision.status,
    error: decision.error,
    guardMs: decision.guardMs,
  });
}
