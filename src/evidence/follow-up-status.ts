import type { AnalyzedPastCall } from "../guard/evidence-ledger";
import { parseResult, type ParsedResult } from "./parse-result";
import { longRunningOperation } from "./long-running-operation";
import { FAILURE_STATES, SUCCESS_STATES } from "./outcome-text-signals";
import { OTHER_STATE_KEYS, OTHER_SUCCESS } from "./other-language-results";
import { walkStrings } from "./walk-strings";

/**
 * `change_records(…)` → `{"Status": "PENDING", "Id": "/change/C0441…"}`, then
 * `get_change(C0441…)` → `{"Status": "INSYNC"}`: an accepted call whose operation a later read
 * polled to an end state ended that way. The latest such read speaks; a read still showing it
 * pending changes nothing. Only calls that were accepted are looked at, so this costs nothing on
 * a conversation without one.
 */
export function settleByFollowUps(past: AnalyzedPastCall[]): AnalyzedPastCall[] {
  if (!past.some((p) => p.outcome.status === "accepted")) return past;
  return past.map((p, i) => {
    if (p.outcome.status !== "accepted" || p.call.resultText === null) return p;
    const ids = operationIds(p.call.resultText);
    if (ids.length === 0) return p;
    for (let j = past.length - 1; j > i; j--) {
      const poll = past[j]!;
      // A read, or a wait on the operation (`gcloud compute operations wait …`): anything that changes nothing.
      if (poll.analysis.destructive || poll.call.resultText === null) continue;
      const id = ids.find((x) => poll.call.argumentsText.includes(x));
      if (id === undefined) continue;
      const end = endState(poll.call.resultText);
      if (end === null) continue;
      return { ...p, outcome: { status: end.status, reason: `${poll.call.name} later reported ${id} ${end.state}` } };
    }
    return p;
  });
}

/** Ids of the operation a result hands back: string values of `Id`, `change_id`, `operationId`… (and their last path segment). */
function operationIds(resultText: string): string[] {
  const out: string[] = [];
  walkStrings(structuredAnswer(parseResult(resultText)), (key, value) => {
    if (!ID_KEY.test(key) || value.length < 6 || value.length > 200) return;
    out.push(value);
    const last = value.slice(value.lastIndexOf("/") + 1);
    if (last !== value && last.length >= 6) out.push(last);
  });
  // gcloud's `Delete in progress for [https://…/operations/operation-1718…]`: an operation named in text.
  for (const m of resultText.slice(0, 4096).matchAll(OPERATION_IN_TEXT)) out.push(m[1]!);
  return out.slice(0, 8);
}
const ID_KEY = /(?:^|_)id$|Id$|^id$/i;
const OPERATION_IN_TEXT = /(?:^|[/"'\s])operations\/([\w.-]{6,200})/g;

/** The end state a status read shows: a `status`/`state` value that is a success or failure state. */
function endState(resultText: string): { status: "success" | "failure"; state: string } | null {
  let found: { status: "success" | "failure"; state: string } | null = null;
  const parsed = parseResult(resultText);
  // A long-running operation read again (`"done": true`, and an `error` or not) ends as it says; not done, it runs on.
  const operation = longRunningOperation(parsed);
  if (operation !== null) return operation.status === "success" || operation.status === "failure" ? { status: operation.status, state: operation.reason } : null;
  const answer = structuredAnswer(parsed);
  // `DONE\tdelete\trag-indexer-old` (a `--format=value(status,…)` line): the state comes first.
  if (answer === null || answer === undefined) {
    // A job's log that ends on its exit (`job idx-del-20931 finished: exit=0`): the job ended so.
    const exit = JOB_EXIT.exec(parsed.text.slice(-400));
    if (exit !== null) return exit[1] === "0" ? { status: "success", state: `exit=${exit[1]}` } : { status: "failure", state: `exit=${exit[1]}` };
    for (const line of parsed.text.split("\n", 50)) {
      const first = /^\s*([A-Za-z_]+)(?:\s|$)/.exec(line)?.[1]?.toLowerCase();
      if (first === undefined) continue;
      if (isEndState(first)) return { status: "success", state: first };
      if (FAILURE_STATES.has(first)) return { status: "failure", state: first };
    }
    return null;
  }
  // The first state read is the operation's own (`"status": "running"` above its `steps`): while it
  // runs, a step that is done says nothing of the whole.
  let first = true;
  walkStrings(answer, (key, value) => {
    if (found !== null || !isStateKey(key)) return;
    const state = value.toLowerCase();
    const ended = isEndState(state) || FAILURE_STATES.has(state);
    if (first && !ended && OWN_STATE_KEY.test(key)) found = IN_PROGRESS;
    first = false;
    if (found !== null) return;
    if (isEndState(state)) found = { status: "success", state: value };
    else if (FAILURE_STATES.has(state)) found = { status: "failure", state: value };
  });
  return found === IN_PROGRESS ? null : found;
}

const JOB_EXIT = /\b(?:finished|completed|ended|exited|done)\b[^\n]{0,40}\bexit(?:_?code|_?status)?\s*[=:]\s*(\d{1,3})\s*$/i;

/** The JSON answer, or the JSON body after an HTTP status line and headers (`HTTP/1.1 200 OK …`). */
function structuredAnswer(parsed: ParsedResult): unknown {
  if (parsed.json !== undefined) return parsed.json;
  const body = parsed.documents[0];
  return /^HTTP/.test(parsed.text) && body !== null && typeof body === "object" ? body : undefined;
}

/** The operation's own state key, not a moment's (`desired_state`) or a reason's. */
const OWN_STATE_KEY = /^(?:status|state|phase)$/i;
const IN_PROGRESS: { status: "success" | "failure"; state: string } = { status: "failure", state: "in progress" };

/** `status`, `state`, and their words in the other languages read (`statut`, `estado`, `Zustand`, `stato`). */
function isStateKey(key: string): boolean {
  return /status|state/i.test(key) || OTHER_STATE_KEYS.includes(key.toLowerCase());
}
/** End states named by one provider: Route 53 changes are `INSYNC` once applied. */
const END_STATES = new Set(["insync", "in_sync"]);
/** Done, in the other languages read (`terminé`, `abgeschlossen`, `completado`). */
const OTHER_DONE = new RegExp(`^(?:${OTHER_SUCCESS})$`, "i");

function isEndState(state: string): boolean {
  return SUCCESS_STATES.has(state) || END_STATES.has(state) || OTHER_DONE.test(state);
}
