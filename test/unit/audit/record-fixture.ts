import type { DecisionRecord } from "../../../src/audit/decision-record";

/** A complete decision record for sink tests; override what the test is about. */
export function aRecord(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    decision_id: "d-1",
    time: "2025-01-01T00:00:00.000Z",
    route: "/v1/chat/completions",
    stream: false,
    status: "evaluated",
    verdict: "block",
    enforced: true,
    violations: [{ rule: "claims.unsupported", message: "claimed deletion has no tool call", severity: "block", tool_call_ids: [], claim_ids: ["c1"] }],
    claims: [{ action: "delete", phase: "completed", targets: ["model-b"], status: "unsupported", evidence: [], explanation: "no delete call" }],
    tool_calls: [{ id: "call_1", name: "list_models" }],
    policy_revision: "rev-1",
    latency_ms: { upstream: 12.5, guard: 0.25, total: 13 },
    model: "gpt-x",
    error: null,
    ...overrides,
  };
}
