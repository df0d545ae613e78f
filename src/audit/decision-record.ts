import type { Exchange } from "../exchange/exchange";
import type { GuardDecision, DecisionStatus } from "../guard/guard-stage";
import type { Verdict, Violation } from "../policy/decision";

/**
 * One line of the decision log: written for every guarded reply, in a `finally`, on errors and
 * client aborts too. Never contains credentials; message text only when the operator enables it.
 */
export interface DecisionRecord {
  decision_id: string;
  time: string;
  route: string;
  stream: boolean;
  /** "evaluated" | "error" | "not_evaluated" from the guard, or what stopped the request before it. */
  status: DecisionStatus | "upstream_error" | "client_aborted" | "bad_request";
  verdict: Verdict | null;
  enforced: boolean;
  violations: Violation[];
  claims: Array<{ text?: string; action: string; phase: string; targets: string[]; status: string; evidence: string[]; explanation: string }>;
  tool_calls: Array<{ id: string; name: string }>;
  policy_revision: string;
  latency_ms: { upstream: number | null; guard: number | null; total: number };
  model: string | null;
  /** Only when text logging is enabled. */
  messages?: Array<{ role: string; text: string }>;
  reply_text?: string;
  error: string | null;
}

export interface DecisionRecordInput {
  decisionId: string;
  route: string;
  stream: boolean;
  model: string | null;
  enforced: boolean;
  exchange: Exchange | null;
  decision: GuardDecision | null;
  /** Set when the request ended without a guard decision. */
  endedBy?: "upstream_error" | "client_aborted" | "bad_request";
  error?: string | null;
  upstreamMs: number | null;
  totalMs: number;
  includeText: boolean;
}

/** Builds the record from what the request path knows. Pure; never throws on partial input. */
export function buildDecisionRecord(input: DecisionRecordInput): DecisionRecord {
  const { decision, exchange } = input;
  const record: DecisionRecord = {
    decision_id: input.decisionId,
    time: new Date().toISOString(),
    route: input.route,
    stream: input.stream,
    status: input.endedBy ?? decision?.status ?? "error",
    verdict: decision?.verdict ?? null,
    enforced: input.enforced,
    violations: decision?.violations ?? [],
    claims: (decision?.claims ?? []).map((c) => ({
      ...(input.includeText ? { text: c.claim.text } : {}),
      action: c.claim.action,
      phase: c.claim.phase,
      targets: c.targets,
      status: c.status,
      evidence: c.evidence,
      explanation: c.explanation,
    })),
    tool_calls: (exchange?.reply.toolCalls ?? []).map((t) => ({ id: t.id, name: t.name })),
    policy_revision: decision?.policyRevision ?? "none",
    latency_ms: { upstream: input.upstreamMs, guard: decision?.guardMs ?? null, total: input.totalMs },
    model: input.model,
    error: input.error ?? decision?.error ?? null,
  };
  if (input.includeText && exchange) {
    record.messages = exchange.messages.map((m) => ({ role: m.role, text: m.text }));
    record.reply_text = exchange.reply.text;
  }
  return record;
}

/** Where records go. `write` never throws and never blocks the request path. */
export interface DecisionLog {
  write(record: DecisionRecord): void;
  /** Flushes what is buffered (on shutdown). */
  close(): Promise<void>;
}
