import type { DecisionRecord } from "./decision-record";

/** The policy path every claimcheck decision is reported under (the wasm entrypoint). */
export const OPA_DECISION_PATH = "claimcheck/decision";

/** The name the policy bundle is reported under in `bundles`. */
export const OPA_BUNDLE_NAME = "claimcheck";

/**
 * One event of OPA's decision log service API (the elements of the gzip JSON array POSTed to
 * the log server). Only the fields claimcheck can fill are present; see docs/decision-log.md.
 */
export interface OpaDecisionEvent {
  labels: Record<string, string> & { id: string; version: string };
  decision_id: string;
  timestamp: string;
  path: string;
  bundles: Record<string, { revision: string }>;
  input: {
    route: string;
    stream: boolean;
    model: string | null;
    tool_calls: DecisionRecord["tool_calls"];
    messages?: DecisionRecord["messages"];
    reply_text?: string;
  };
  result: {
    verdict: DecisionRecord["verdict"];
    status: DecisionRecord["status"];
    enforced: boolean;
    violations: DecisionRecord["violations"];
    claims: DecisionRecord["claims"];
  };
  error?: { code: string; message: string };
  metrics: Record<string, number>;
}

const MS_TO_NS = 1e6;

/**
 * Maps a (redacted) decision record to OPA's event shape. OPA's `input`/`result` hold the policy's
 * input and output; here `input` is what the proxy saw of the request and `result` the guard's
 * decision, so OPA-compatible log servers (and their dashboards) can index claimcheck decisions.
 */
export function toOpaEvent(record: DecisionRecord, labels: OpaDecisionEvent["labels"]): OpaDecisionEvent {
  const event: OpaDecisionEvent = {
    labels,
    decision_id: record.decision_id,
    timestamp: record.time,
    path: OPA_DECISION_PATH,
    bundles: { [OPA_BUNDLE_NAME]: { revision: record.policy_revision } },
    input: { route: record.route, stream: record.stream, model: record.model, tool_calls: record.tool_calls },
    result: {
      verdict: record.verdict,
      status: record.status,
      enforced: record.enforced,
      violations: record.violations,
      claims: record.claims,
    },
    metrics: { timer_claimcheck_total_ns: Math.round(record.latency_ms.total * MS_TO_NS) },
  };
  if (record.messages) event.input.messages = record.messages;
  if (record.reply_text !== undefined) event.input.reply_text = record.reply_text;
  if (record.latency_ms.upstream !== null) event.metrics.timer_claimcheck_upstream_ns = Math.round(record.latency_ms.upstream * MS_TO_NS);
  if (record.latency_ms.guard !== null) event.metrics.timer_claimcheck_guard_ns = Math.round(record.latency_ms.guard * MS_TO_NS);
  if (record.error !== null) event.error = { code: record.status, message: record.error };
  return event;
}
