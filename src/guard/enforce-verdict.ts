import type { Violation } from "../policy/decision";
import type { DecisionStatus, GuardDecision } from "./guard-stage";

/** `finish_reason` of a blocked reply, as OpenAI uses it for filtered content. */
export const BLOCKED_FINISH_REASON = "content_filter";

/** The `guard` object of the contract, on JSON bodies (flag/block) and the final SSE chunk. */
export interface GuardObject {
  verdict: GuardDecision["verdict"];
  decision_id: string;
  status: DecisionStatus;
  /** False in monitoring mode: the verdict was reported but nothing was changed. */
  enforced: boolean;
  policy_revision: string;
  violations: Violation[];
}

export function guardObject(decision: GuardDecision, enforced: boolean): GuardObject {
  return {
    verdict: decision.verdict,
    decision_id: decision.decisionId,
    status: decision.status,
    enforced,
    policy_revision: decision.policyRevision,
    violations: decision.violations,
  };
}

/** What a block withholds from the client. */
export interface WithheldParts {
  /** Which reply text is withheld: all of it, the rest after what a stream already sent, or none. */
  text: "all" | "rest" | "none";
  toolCalls: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * The short notice that replaces a blocked reply: why (the violations' messages, blocking ones
 * first) and what was withheld, naming the offending tool calls. All tool calls are removed on a
 * block, offending or not: executing part of a plan the guard stopped is not safer than none.
 */
export function blockNotice(decision: GuardDecision, withheld: WithheldParts): string {
  const ordered = [...decision.violations].sort((a, b) => rank(a) - rank(b));
  const reasons = [...new Set(ordered.map((v) => v.message.trim().replace(/\.$/, "")))];
  const offending = new Set(decision.violations.flatMap((v) => v.tool_call_ids ?? []));
  const parts: string[] = [];
  if (withheld.text !== "none") parts.push(withheld.text === "all" ? "the reply text" : "the rest of the reply text");
  if (withheld.toolCalls.length > 0) {
    const calls = withheld.toolCalls.map((c) => `${c.name || "unnamed"} (${c.id}${offending.has(c.id) ? ", offending" : ""})`);
    parts.push(`${withheld.toolCalls.length === 1 ? "the tool call" : "the tool calls"} ${calls.join(", ")}`);
  }
  const why = reasons.length > 0 ? reasons.join("; ") : "the guard's policy blocked it";
  const what = parts.length > 0 ? ` Withheld: ${parts.join(" and ")}.` : "";
  return `[claimcheck] This reply was blocked: ${why}.${what} Decision ${decision.decisionId}.`;
}

function rank(v: Violation): number {
  return v.severity === "block" ? 0 : 1;
}

type Json = Record<string, unknown>;

/**
 * Rewrites a `chat.completion` body in place for an enforced block: choice 0's text and tool
 * calls are replaced by the notice and `finish_reason` becomes `content_filter`; everything else
 * (id, model, usage, unknown fields) stays. Returns the rewritten body.
 */
export function blockCompletion(completion: Json, decision: GuardDecision, toolCalls: WithheldParts["toolCalls"], hadText: boolean): Json {
  const notice = blockNotice(decision, { text: hadText ? "all" : "none", toolCalls });
  const choices = Array.isArray(completion.choices) ? (completion.choices as Json[]) : [];
  // A fresh choice: the original's logprobs or extra fields could carry the withheld text.
  // Other choices were not reviewed (n > 1 is refused at the request), so none survive a block.
  completion.choices = [{ index: choices[0]?.index ?? 0, message: { role: "assistant", content: notice, refusal: null }, logprobs: null, finish_reason: BLOCKED_FINISH_REASON }];
  return completion;
}
