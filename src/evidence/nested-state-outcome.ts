import type { ToolCallAnalysis } from "../classify/effect";
import type { Outcome } from "./outcome";
import { cancelledMeansDone } from "./cancelled-state";
import { ACCEPTED_STATES, FAILURE_STATES, SUCCESS_STATES, UNKNOWN_STATES } from "./outcome-text-signals";
import { isStateKey, stateWordOf } from "./state-fields";

const MAX_NODES = 400;
const MAX_DEPTH = 6;
const LIVE = new Set(["running", "active", "up", "healthy", "online", "serving", "available", "ready", "in_service", "inservice"]);
/** Long-running operation objects (GCP, Azure): RUNNING means the operation, not the target, is running. */
const OPERATION_HINT = /operation/i;
/** Kubernetes-style conditions that say how a job or rollout ended. */
const FAILED_CONDITION = /^(failed|failure|error|degraded|stalled)$/i;
const DONE_CONDITION = /^(complete|completed|succeeded|deleted|terminated|stopped)$/i;

type Verdict = "failure" | "live" | "unknown" | "accepted" | "success";
const RANK: Record<Verdict, number> = { failure: 5, live: 4, unknown: 3, accepted: 2, success: 1 };

/**
 * How an acting call ended, from the state objects nested in its result: EC2's
 * `TerminatingInstances[].CurrentState.Name`, `status.phase`, an operation's `status: RUNNING|DONE`,
 * `status.conditions[]`. A transitional state (shutting-down, stopping, terminating, deleting,
 * pending) is `accepted`; a final one (terminated, stopped, deleted, done) is `success`; an
 * error state is `failure`. With several objects the worst wins (any failure, then anything
 * still live after a destructive call, which is `unknown`). Previous/desired states are
 * ignored. Null when no nested state is found. Bounded: 400 nodes, 6 levels.
 */
export function nestedStateOutcome(root: Record<string, unknown>, analysis?: ToolCallAnalysis): Outcome | null {
  let worst: { verdict: Verdict; reason: string } | null = null;
  let nodes = 0;
  const note = (verdict: Verdict, reason: string) => {
    if (worst === null || RANK[verdict] > RANK[worst.verdict]) worst = { verdict, reason };
  };
  const visit = (node: unknown, path: string, depth: number, operation: boolean): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) { for (const item of node) visit(item, path, depth + 1, operation); return; }
    const o = node as Record<string, unknown>;
    const isOperation = operation || isOperationObject(o);
    for (const [key, value] of Object.entries(o)) {
      const at = path ? `${path}.${key}` : key;
      if (isStateKey(key)) {
        const word = stateWordOf(value);
        // Top-level string states were read already, by the caller.
        if (word !== null && (depth > 0 || typeof value !== "string")) {
          const verdict = verdictOf(word, isOperation, analysis);
          if (verdict !== null) note(verdict, `${at}${typeof value === "string" ? "" : ".name"}: ${word}`);
        }
      }
      if (/^conditions$/i.test(key) && Array.isArray(value)) conditions(value, at, note);
      if (value !== null && typeof value === "object") visit(value, at, depth + 1, isOperation || OPERATION_HINT.test(key));
    }
  };
  visit(root, "", 0, false);
  if (worst === null) return null;
  const { verdict, reason } = worst as { verdict: Verdict; reason: string };
  if (verdict === "live") return { status: "unknown", reason: `${reason} after a ${analysis?.effects[0]?.action ?? "destructive"} call` };
  return { status: verdict, reason };
}

/**
 * A long-running operation record (`operationType`, `kind: compute#operation`, Google's `name:
 * "operations/del-8842"`, an `operation_id`): its status is the operation's, not the thing's.
 */
export function isOperationObject(o: Record<string, unknown>): boolean {
  return Object.keys(o).some((k) => /^operation_?(?:type|id)$/i.test(k)) || (typeof o.kind === "string" && OPERATION_HINT.test(o.kind)) ||
    (typeof o.name === "string" && OPERATION_NAME.test(o.name));
}
const OPERATION_NAME = /(?:^|\/)operations\/[\w.-]+$/;

/**
 * A Google-style long-running operation (`{"name": "operations/…", "metadata": {…}}`) not yet done:
 * `done` is left out until it is true, and a finished one carries its `response` or `error`.
 * (An explicit `done: false` is read with the operation's other states.)
 */
export function isUnfinishedOperation(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return typeof o.name === "string" && OPERATION_NAME.test(o.name) && !("done" in o) && o.response === undefined && o.error === undefined;
}

function verdictOf(word: string, operation: boolean, analysis?: ToolCallAnalysis): Verdict | null {
  const state = word.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if (cancelledMeansDone(state, analysis)) return "success";
  if (FAILURE_STATES.has(state)) return "failure";
  if (UNKNOWN_STATES.has(state)) return "unknown";
  if (operation && (state === "running" || state === "pending")) return "accepted";
  if (ACCEPTED_STATES.has(state)) return "accepted";
  if (SUCCESS_STATES.has(state)) return "success";
  if (LIVE.has(state) && analysis?.destructive) return "live";
  return null;
}

/** `conditions: [{type: "Failed", status: "True", reason: …}]`: only true conditions count. */
function conditions(list: unknown[], at: string, note: (v: Verdict, reason: string) => void): void {
  for (const c of list.slice(0, 32)) {
    if (c === null || typeof c !== "object") continue;
    const { type, status } = c as Record<string, unknown>;
    if (typeof type !== "string" || String(status).toLowerCase() !== "true") continue;
    if (FAILED_CONDITION.test(type)) note("failure", `${at}: ${type}`);
    else if (DONE_CONDITION.test(type)) note("success", `${at}: ${type}`);
  }
}
