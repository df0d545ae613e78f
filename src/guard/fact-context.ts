import type { ActionFamilies } from "../claims/action-families";
import { sameTarget } from "../evidence/same-target";
import type { Exchange } from "../exchange/exchange";
import type { TargetFacts } from "../policy/policy-input";
import type { ExchangeAnalysis } from "./exchange-analysis";

/** What building one policy input needs, shared by its parts (see `buildPolicyInput`). */
export interface FactContext {
  exchange: Pick<Exchange, "messages" | "tools" | "reply">;
  analysis: Pick<ExchangeAnalysis, "past" | "reply" | "instructions" | "capabilities" | "aliasesOf" | "rolesOf">;
  families: ActionFamilies;
  userText: string;
  /** Facts per target already worked out in this request: the same target recurs across calls. */
  targetFactsSeen: Map<string, TargetFacts>;
}

/** The user ordered something under a name that is the target or one of its aliases. */
export function isSameOrAlias(instructed: string, target: string, ctx: FactContext): boolean {
  return sameTarget(instructed, target) || ctx.analysis.aliasesOf(target).some((a) => sameTarget(instructed, a));
}
