import { DESTRUCTIVE_ACTIONS, type ActionClass, type ToolCallAnalysis } from "../classify/effect";
import { cancelledMeansDone } from "./cancelled-state";
import { dryRunQuote } from "./dry-run-text";
import { sameTarget } from "./same-target";
import type { Outcome } from "./outcome";
import {
  ABSENT_TEXT, ACCEPTED_STATES, ACCEPTED_TEXT, BARE_COUNT, CLEAN_EXIT, FAILURE_STATES, FAILURE_TEXT, LEADING_SUCCESS, quoteMatch, SUCCESS_STATES, SUCCESS_TEXT, UNKNOWN_STATES, UNKNOWN_TEXT, ZERO_ROWS, SILENT_ON_SUCCESS,
} from "./outcome-text-signals";
import { leveledLogOutcome } from "./leveled-log";
import { isOperationObject, isUnfinishedOperation, nestedStateOutcome } from "./nested-state-outcome";
import { isPresent } from "./json-values";
import { isCommandTag } from "../nlp/non-names";
import { parseResult, type ParsedResult } from "./parse-result";
import { longRunningOperation } from "./long-running-operation";
import { LEAVING } from "./state-words";
import { OTHER_STATE_KEYS } from "./other-language-results";

// With the keys of APIs that answer in Spanish, Portuguese, French, German or Italian.
const HTTP_KEYS = ["status_code", "statusCode", "http_status", "httpStatus", "code", "status", "codigo", "código", "codice", "statut"];
const STATE_KEYS = ["status", "state", "result", "outcome", "phase", ...OTHER_STATE_KEYS];
const DONE_KEYS = /^(deleted|removed|dropped|stopped|terminated|killed|decommissioned|retired|revoked|disabled|paused|suspended|copied|moved|scaled|purged|uninstalled|archived|shut_?down|truncated|updated|written|applied|jobComplete|ddlOperationPerformed)$/i;
const LIVE = new Set(["running", "active", "up", "healthy", "online", "serving", "present", "exists"]);

/**
 * `pending_confirmation`, `awaiting_operator`, `confirmation_required`: the call waits on someone before it acts.
 * (`pending_purge` is a deed scheduled after one done: the message beside it says which.)
 */
const WAITING_STATE = /^(?:pending|awaiting|waiting_for|needs|requires)_(?:confirmation|approval|review|consent|operator|user|manual|human|sign_?off|ack\w*|verification|authori[sz]ation)|^awaiting_|_(?:confirmation|approval)_(?:pending|required)$|^(?:confirmation|approval)_(?:pending|required)$/;

/** A CLI told to return before the work is done. */
const NO_WAIT = /\s--(?:no-wait|async)\b/;

/** An SQL statement that changes data or schema, as the SQL reader summarizes it. */
const SQL_STATEMENT = /^(?:DROP|TRUNCATE|DELETE|ALTER|UPDATE)\s/;

/**
 * How a tool call ended, from its result. Structured results are read field by field
 * (`exit_code`, `error`, `ok`, HTTP codes, `status`/`state`); text is read for failure, timeout,
 * queued and success words, in that order. A call that acts (anything not read-only) is only
 * `success` on a positive sign or a plain data result with no error in it; an empty result, a
 * state or job handle that does not settle it, or text that does not say is `unknown`. A read succeeds when it
 * returns anything without an error. Timeouts are `unknown`, not failures: the action may
 * have happened. A dry run's report (`Would remove x`, `DRY RUN`) is a failure: nothing happened. Never throws; scans at most ~80 KB of text.
 */
export function classifyOutcome(resultText: string | null, analysis?: ToolCallAnalysis): Outcome {
  if (resultText === null) return { status: "none", reason: "no tool result" };
  // (An SQL tool answers a statement that returns no rows with nothing — LangChain's `sql_db_query` — and an error when it fails.)
  if (resultText.trim() === "") {
    return analysis !== undefined && analysis.effects.length > 0 && analysis.effects.every((e) => SQL_STATEMENT.test(e.summary))
      ? { status: "success", reason: "the statement returned no rows and no error" } : { status: "unknown", reason: "empty result" };
  }
  const acting = analysis ? !analysis.readOnly : true;
  const parsed = parseResult(resultText);
  // `Would remove /x`, `DRY RUN`: the call only showed what it would do; nothing happened.
  const dryRun = acting && (parsed.exitCode ?? 0) === 0 ? dryRunQuote(parsed.text) : null;
  if (dryRun !== null) return { status: "failure", reason: `dry run: "${dryRun}"` };
  // A web form posted and answered 200 with its page again, an error box on it: the form was refused.
  const refused = acting ? htmlErrorBox(parsed.text) : null;
  if (refused !== null) return { status: "failure", reason: `the page shows an error: "${refused}"` };
  const operation = acting ? longRunningOperation(parsed) : null;
  if (operation !== null) return operation;
  const json = parsed.json;
  if (json !== null && typeof json === "object" && !Array.isArray(json)) {
    // `fleet_exec(hosts: [...])` → `{"emb-01": {"exit_code": 0, …}, "emb-04": {"exit_code": 255, …}}`: one run per host.
    const perHost = acting ? perHostOutcome(json as Record<string, unknown>) : null;
    if (perHost !== null) return perHost;
    const verdict = objectOutcome(json as Record<string, unknown>, parsed, acting, analysis);
    // A command message delivered is the deed asked for: the receiver's report or a later read settles it.
    if (verdict?.status === "success" && analysis?.effects.some((e) => e.commandMessage) === true) return { status: "accepted", reason: `command message delivered (${verdict.reason})` };
    if (verdict) return verdict;
  } else if (Array.isArray(json)) {
    return acting ? { status: "unknown", reason: "result is a list, no status" } : { status: "success", reason: "read returned a list" };
  }
  // An event stream (JSON Lines): the last event that settles it says how the call ended; errors marked retryable
  // before it were overtaken.
  const events = acting && json === undefined && Array.isArray(parsed.documents[0]) ? lastSettlingEvent(parsed.documents[0] as unknown[], parsed, analysis) : null;
  if (events !== null) return events;
  // `HTTP/1.1 200 OK` and a JSON body whose payload says the deed was not done (`"deleted": false`).
  const httpBody = acting && json === undefined && /^HTTP\/\d/.test(parsed.text) ? parsed.documents[0] : undefined;
  const bodyRecord = httpBody !== null && typeof httpBody === "object" && !Array.isArray(httpBody) ? httpBody as Record<string, unknown> : null;
  const deniedInBody = bodyRecord !== null ? ownDeedDenied(bodyRecord, analysis) : null;
  if (deniedInBody !== null) return { status: "failure", reason: `${deniedInBody}: false` };
  // `HTTP/1.1 200 OK` and `{"success": false, "errors": [{"message": "… under legal hold; deletion blocked"}]}`: the body's
  // own failure outweighs the status line, as a backend answer inside a gateway envelope does.
  // (Only a body that says so in an error envelope: a state it reports, `"status": "canceled"`, may be the deed.)
  const bodyFailed = bodyRecord !== null && saysFailed(bodyRecord) ? objectOutcome(bodyRecord, { ...parsed, exitCode: null }, acting, analysis) : null;
  if (bodyFailed?.status === "failure") return bodyFailed;
  // `status: 0 OK` … `grpc-status: 0` (a gRPC call answered, as grpcurl -v and gRPC tools print it): the code settles it.
  const rpc = acting && json === undefined ? grpcStatus(parsed.text) : null;
  if (rpc !== null) return rpc;
  const fromText = textOutcome(parsed.text, acting, analysis, parsed.exitCode === 0);
  if (fromText !== UNSAID) return fromText;
  // `cd ckpt && rm -rf step_0* && ls && du -sh .` answered with the listing: rm prints nothing when it
  // succeeds and an error when it fails, and the reads after it ran.
  const silent = acting && analysis !== undefined && (parsed.exitCode ?? 0) === 0 && !NONZERO_STATUS.test(parsed.text) ? silentDeedThenRead(analysis) : null;
  if (silent !== null) return { status: "success", reason: `${silent} printed no error, and the reads after it answered` };
  // `id: sch_0207\nenabled: false\nnext_run: null`: a result written as `key: value` lines is a
  // document like a JSON object, and says as much (an error key, a state, the target echoed).
  // Lines alone (`rc=1`) are no document: two keys at least, and a verdict the keys themselves give.
  const block = json === undefined ? parsed.documents.find((d) => d !== null && typeof d === "object" && !Array.isArray(d) && Object.keys(d).length >= 2) : undefined;
  const fromBlock = block !== undefined ? objectOutcome(block as Record<string, unknown>, { ...parsed, exitCode: null }, acting, analysis) : null;
  return fromBlock !== null && fromBlock !== DATA_RESULT ? fromBlock : fromText;
}

/** A gRPC status line's verdict: code 0 is OK, any other code (`9 FAILED_PRECONDITION`) a failure; null without one. */
function grpcStatus(text: string): Outcome | null {
  const m = GRPC_STATUS.exec(text.slice(0, 4096));
  if (m === null) return null;
  const code = Number(m[1]);
  return code === 0 ? { status: "success", reason: `gRPC status 0${m[2] ? ` ${m[2]}` : ""}` } : { status: "failure", reason: `gRPC status ${code}${m[2] ? ` ${m[2]}` : ""}` };
}
const GRPC_STATUS = /^[ \t]*(?:grpc-status|status)[ \t]*:[ \t]*(\d{1,2})\b(?:[ \t]+([A-Z][A-Za-z_]+))?[ \t]*$/m;

/** An error envelope: `"success": false`, `"ok": false`, or a non-empty `error`/`errors`. */
function saysFailed(body: Record<string, unknown>): boolean {
  return body.success === false || body.ok === false || isPresent(body.errors ?? body.error);
}

const DATA_RESULT: Outcome = { status: "success", reason: "data result, no error reported" };



/** The silent deed (`rm`, `kill`…) a chain runs before a read of its own, or null. */
function silentDeedThenRead(analysis: ToolCallAnalysis): string | null {
  const deed = analysis.effects.findIndex((e) => DESTRUCTIVE_ACTIONS.has(e.action));
  const summary = analysis.effects[deed]?.summary ?? "";
  if (deed < 0 || !(SILENT_ON_SUCCESS.test(summary) || KILL_BY_NAME.test(summary))) return null;
  return analysis.effects.slice(deed + 1).some((e) => e.action === "read" && LOOKING_COMMAND.test(e.summary)) ? analysis.effects[deed]!.summary.split(/\s+/).slice(0, 2).join(" ") : null;
}
/** Reads that look at what is there (not an `echo` of the writer's own words). */
const LOOKING_COMMAND = /^(?:sudo\s+)?(?:ls|du|df|stat|find|tree|wc|cat|test|\[|ps|pgrep|squeue|(?:kubectl|oc)\s+get|(?:docker|podman)\s+ps)\b/;
/** `rc=1`, `exit status 2`: a status line that says a command of the chain failed. */
const NONZERO_STATUS = /\b(?:rc|exit(?:ed)?(?: code| status)?)\s*[=:]?\s*[1-9]/i;
/** `pkill x`, `killall x`: silent on success too. */
const KILL_BY_NAME = /^(?:sudo\s+)?(?:pkill|killall)\s/;

/**
 * The text of an error box on an HTML page (`<div class="alert alert-danger">Form expired or CSRF
 * token missing…</div>`, Django's `errorlist`, Bulma's `is-danger`, a `flash-error`), or null.
 * Quotes may be escaped (the page inside a JSON string).
 */
function htmlErrorBox(text: string): string | null {
  if (!text.includes("<") || !ERROR_BOX_CLASS.test(text)) return null;
  const m = ERROR_BOX.exec(text.slice(0, MAX_PAGE_CHARS));
  return m ? m[1]!.trim().slice(0, 160) : null;
}
const ERROR_CLASSES = "alert-danger|alert-error|errorlist|is-danger|flash-error|error-message|toast-error|notification--error|alert--error";
const ERROR_BOX_CLASS = new RegExp(`\\b(?:${ERROR_CLASSES})\\b`);
const ERROR_BOX = new RegExp(`<(?:div|p|ul|li|span|section)\\b[^>]*class=\\\\?["'][^"'\\\\]*\\b(?:${ERROR_CLASSES})\\b[^>]*>(?:\\s*<li[^>]*>)?([^<]{3,300})`, "i");
const MAX_PAGE_CHARS = 64 * 1024;
/** A status line a command prints about its own work: `Status: IN_PROGRESS`, `state = queued`, `Zustand: IN_BEARBEITUNG`. */
const STATUS_LINE = /^[ \t]*(?:status|state|estado|statut|état|zustand|stato)[ \t]*[:=][ \t]*([\p{L}_ -]{3,40}?)[ \t]*$/imu;

/** The past participles a result reports each destructive action under. */
const DONE_WORDS: Partial<Record<ActionClass, RegExp>> = {
  delete: /^(?:deleted|removed|dropped|purged|uninstalled|truncated)$/i,
  stop: /^(?:stopped|terminated|killed|shut_?down)$/i,
  disable: /^(?:disabled|deactivated)$/i,
  revoke: /^(?:revoked)$/i,
  pause: /^(?:paused|suspended)$/i,
  decommission: /^(?:decommissioned|retired)$/i,
};

/** A top-level key naming the call's own destructive action set to false (`"disabled": false`), or null. */
function ownDeedDenied(o: Record<string, unknown>, analysis?: ToolCallAnalysis): string | null {
  const done = DONE_WORDS[analysis?.effects[0]?.action ?? "other"];
  if (!done) return null;
  for (const [key, value] of Object.entries(o)) if (value === false && done.test(key)) return key;
  // `{"status": "success", "data": {"deleted": false, "reason": "deletion_protection is enabled"}}`: the envelope's
  // payload speaks for the deed.
  for (const wrapper of PAYLOAD_KEYS) {
    const inner = o[wrapper];
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) continue;
    for (const [key, value] of Object.entries(inner as Record<string, unknown>)) if (value === false && done.test(key)) return `${wrapper}.${key}`;
  }
  return null;
}
const PAYLOAD_KEYS = ["data", "result", "body", "response", "payload"];
/** The part of a read's output that speaks for the read itself: a short output whole, else its first line. */
function readHead(text: string): string {
  const trimmed = text.trimStart();
  if (trimmed.length <= 200 && trimmed.split("\n", 4).length <= 3) return trimmed;
  const nl = trimmed.indexOf("\n");
  return nl === -1 ? trimmed.slice(0, 200) : trimmed.slice(0, Math.min(nl, 200));
}

/** The text without the lines a database prints as notices (`NOTICE:`, `INFO:`, `HINT:`, `DETAIL:`). */
function withoutNotices(text: string): string {
  return NOTICE_LINE.test(text) ? text.replace(NOTICE_LINES, "") : text;
}
const NOTICE_LINE = /^\s*(?:NOTICE|INFO|HINT|DETAIL|HINWEIS|REMARQUE|AVISO):/m;
const NOTICE_LINES = /^\s*(?:NOTICE|INFO|HINT|DETAIL|HINWEIS|REMARQUE|AVISO):.*$/gm;

/** The command line ends in a filter (`| tail -4`, `| head`, `| grep x`): its exit code is the filter's, not the command's. */
function pipesIntoFilter(analysis?: ToolCallAnalysis): boolean {
  if (analysis === undefined || analysis.effects.length < 2) return false;
  const last = analysis.effects[analysis.effects.length - 1]!;
  return last.action === "read" && FILTERS.test(last.summary) && analysis.effects.some((e) => DESTRUCTIVE_ACTIONS.has(e.action));
}
const FILTERS = /^(?:tail|head|grep|egrep|tee|sort|uniq|cat|less|wc|sed -n|awk)\b/;

/** A transaction's ROLLBACK echoed on a line of its own, after the statements it undid. */
const ROLLED_BACK = /^\s*ROLLBACK\s*$/m;

/** What `textOutcome` says when the text says nothing either way. */
const UNSAID: Outcome = { status: "unknown", reason: "result does not say" };

function objectOutcome(o: Record<string, unknown>, parsed: ParsedResult, acting: boolean, analysis?: ToolCallAnalysis): Outcome | null {
  // The states nested in the answer, read once however many of the readings below ask for them.
  let nestedRead: Outcome | null | undefined;
  const nestedOutcome = (): Outcome | null => (nestedRead === undefined ? (nestedRead = nestedStateOutcome(o, analysis)) : nestedRead);
  if (parsed.exitCode !== null) {
    const stderr = (parsed.stderr ?? "").trim();
    if (parsed.exitCode !== 0) {
      const confirmed = confirmedAbsence(parsed.text, analysis);
      if (confirmed !== null) return { status: "success", reason: `the check after it shows it gone: "${confirmed}"` };
      const echoed = zeroStatusBeforeChecks(parsed.stdout ?? parsed.text, analysis);
      if (echoed !== null) return { status: "success", reason: `the action reported "${echoed}"; the exit code is the check's after it` };
      const answered = unitCheckAnswer(parsed.stdout ?? parsed.text, parsed.exitCode, analysis);
      if (answered !== null) return { status: "success", reason: `the exit code is systemctl's answer after it: "${answered}"` };
      return { status: "failure", reason: `exit_code ${parsed.exitCode}${stderr ? `: ${firstLine(stderr)}` : ""}` };
    }
    // ("WARNING: Retrying request after 503 Service Unavailable (attempt 1 of 6)" beside exit 0: a retry that went on to work.)
    if (acting && stderr && FAILURE_TEXT.test(stderr.replace(RETRY_WARNING, ""))) {
      // (`rm -rf x && ls -ld x; ls y`, exit 0: the check's "No such file" about x is the deed confirmed.)
      const confirmed = confirmedAbsence(stderr, analysis);
      if (confirmed !== null) return { status: "success", reason: `the check after it shows it gone: "${confirmed}"` };
      return { status: "failure", reason: `exit_code 0 but stderr: ${quoteMatch(stderr, FAILURE_TEXT)}` };
    }
    // `level=error msg="delete failed" …` in a log the command printed, exit 0: the log says how it went.
    const logged = acting ? leveledLogOutcome(parsed.stdout ?? "") : null;
    if (logged?.status === "failure") return { status: "failure", reason: `exit_code 0 but its log says: ${logged.reason}` };
    // `gsutil rm … 2>&1 | tail -4`: the exit code is the filter's; what the command printed says how it went.
    const out = parsed.stdout ?? "";
    if (acting && pipesIntoFilter(analysis) && FAILURE_TEXT.test(out)) return { status: "failure", reason: `exit_code 0 is the pipe's last command's; the output says: ${quoteMatch(out, FAILURE_TEXT)}` };
    // `agentctl delete x` → "Job: del-4c81e2\nStatus: IN_PROGRESS", exit 0: the command returned once the
    // work was queued, and its status line says the work is not done.
    // `curl -s -i -X DELETE …` → "HTTP/1.1 412 Precondition Failed": curl exits 0 on any answer unless told `-f`.
    const answered = acting ? HTTP_STATUS_LINE.exec(out) : null;
    if (answered !== null && Number(answered[1]) >= 400) return { status: "failure", reason: `"${answered[0].trim()}"` };
    if (acting && out.trimStart().startsWith("{") && isUnfinishedOperation(jsonOrNull(out))) return { status: "accepted", reason: "the call returned a long-running operation that is not done" };
    const status = acting ? STATUS_LINE.exec(out) : null;
    if (status !== null && (ACCEPTED_STATES.has(status[1]!.toLowerCase()) || ACCEPTED_TEXT.test(status[1]!))) return { status: "accepted", reason: `"${status[0].trim()}"` };
    // `az vm delete … --no-wait`, `gcloud … delete --async`: told not to wait, the CLI returns once the work is queued.
    if (acting && out.trim() === "" && analysis !== undefined && analysis.effects.some((e) => e.action !== "read" && NO_WAIT.test(e.summary))) {
      return { status: "accepted", reason: "exit_code 0 of a call told not to wait" };
    }
    return { status: "success", reason: "exit_code 0" };
  }
  // `{"Error": {"Code": "ResourceNotFoundException", …}}`: AWS SDKs capitalize it.
  // (`{"errorCode": "E0000006", "errorSummary": "You do not have permission…"}`: Okta and others split it in two keys.)
  // GraphQL: `errors` beside a `data` whose every root field came back are errors of sub-fields; the operation ran.
  const partial = graphqlPartialData(o);
  if (partial !== null) return objectOutcome(partial, parsed, acting, analysis) ?? { status: "success", reason: "data returned; errors only on sub-fields" };
  const error = o.error ?? o.errors ?? o.err ?? o.Error ?? o.erreur ?? o.fehler ?? o.errore ?? o.erro ??
    o.errorSummary ?? o.errorMessage ?? o.error_message ?? o.error_description ?? o.errorCode ?? o.error_code ??
    // MongoDB's command reply: `{"ok": 0, "errmsg": "…", "code": 12587, "codeName": "…"}`.
    (o.ok === 0 ? o.errmsg ?? o.codeName : undefined);
  if (isPresent(error)) {
    const text = typeof error === "string" ? error : JSON.stringify(error).slice(0, 200);
    return UNKNOWN_TEXT.test(text) ? { status: "unknown", reason: `error: "${cut(text)}"` } : { status: "failure", reason: `error: "${cut(text)}"` };
  }
  if (o.ok === false || o.ok === 0 || o.success === false || o.succeeded === false) return { status: "failure", reason: `${o.ok === false || o.ok === 0 ? "ok" : "success"}: false${message(o)}` };
  // `disable_account(…)` → `{"http_status": 200, "disabled": false, "message": "No change: …"}`: the result says its own deed did not happen.
  const undone = acting ? ownDeedDenied(o, analysis) : null;
  if (undone !== null) return { status: "failure", reason: `${undone}: false${message(o)}` };
  if (acting && (isUnfinishedOperation(o) || isUnfinishedOperation(o.body))) return { status: "accepted", reason: "the call returned a long-running operation that is not done" };
  // A Kubernetes API object (`{"kind": "Scale", "apiVersion": …, "metadata": …}`) is the API's answer to a write it took
  // (an error comes back as `kind: Status`, read below by its code).
  if (acting && typeof o.apiVersion === "string" && typeof o.kind === "string" && o.kind !== "Status" && o.metadata !== null && typeof o.metadata === "object") {
    // …unless its own status says the write was turned down (`status.phase: Rejected`, a `Failed` condition).
    const inner = nestedOutcome();
    return inner?.status === "failure" ? inner : { status: "success", reason: `the API returned the ${o.kind} it wrote` };
  }
  // `{"status": "error", "http_status": 502, "message": "post-action hook failed…", "result": {"response": {"state":
  // "terminated"}}}`: a gateway's envelope around the backend's own answer, which says the deed is done.
  const inside = acting ? backendSaysDone(o, nestedOutcome, analysis) ?? backendSaysFailed(o) : null;
  if (inside !== null) return inside;
  // boto3: `{"ResponseMetadata": {"HTTPStatusCode": 200, …}}` is the whole answer of a call that returns nothing else.
  const meta = o.ResponseMetadata;
  const http = meta !== null && typeof meta === "object" && !Array.isArray(meta) ? { ...o, status_code: (meta as Record<string, unknown>).HTTPStatusCode } : o;
  for (const key of HTTP_KEYS) {
    const code = typeof http[key] === "number" ? (http[key] as number) : typeof http[key] === "string" && /^\d{3}$/.test(http[key] as string) ? Number(http[key]) : NaN;
    if (code >= 400 && code <= 599) return { status: "failure", reason: `${key} ${code}${message(o)}` };
    if (code === 202 && acting) return { status: "accepted", reason: `${key} 202` };
    // `201 {"data": {"attributes": {"status": "pending"}}}`: created is not done; the state inside says how far it got.
    if (code >= 200 && code <= 299 && acting) {
      const inner = nestedOutcome();
      return inner?.status === "accepted" ? inner : { status: "success", reason: `${key} ${code}` };
    }
  }
  for (const key of STATE_KEYS) {
    if (typeof o[key] !== "string") continue;
    // `{"status": "DROP TABLE", "rows_affected": 0}`: the database's command tag, printed when the statement ran.
    // (`DELETE 0`: a statement that touched nothing is read with the counts below.)
    if (acting && isCommandTag(o[key] as string) && !/\b0$/.test((o[key] as string).trim())) return { status: "success", reason: `${key}: ${(o[key] as string).trim()}` };
    const state = (o[key] as string).trim().toLowerCase().replace(/[\s-]+/g, "_");
    if (acting && cancelledMeansDone(state, analysis)) return { status: "success", reason: `${key}: ${state}` };
    if (FAILURE_STATES.has(state)) return { status: "failure", reason: `${key}: ${state}${message(o)}` };
    if (UNKNOWN_STATES.has(state)) return { status: "unknown", reason: `${key}: ${state}` };
    if (!acting) continue; // a read's status describes the thing read, not the call
    // (`index_admin(action=delete)` → `{"job_id": "idx-del-20931", "state": "running"}`: the deed's job was started.)
    if ((state === "running" || state === "pending") && (isOperationObject(o) || Object.hasOwn(o, "job_id"))) return { status: "accepted", reason: `operation ${key}: ${state}` };
    if (ACCEPTED_STATES.has(state) || WAITING_STATE.test(state)) return { status: "accepted", reason: `${key}: ${state}` };
    // `{"status": "ok", "matched": 0, "deleted_count": 0}`: the call ran and removed nothing (see below).
    // (`{"status": "ok", "command_tag": "DROP TABLE", "rows_affected": 0}`: a statement on a whole table counts no rows.)
    if (SUCCESS_STATES.has(state) && !(analysis?.destructive && !onWholeTable(analysis) && zeroAffected(o) !== null)) return { status: "success", reason: `${key}: ${state}` };
    if (LIVE.has(state) && analysis?.destructive) return { status: "unknown", reason: `${key}: ${state} after a ${analysis.effects[0]?.action ?? "destructive"} call` };
  }
  // `{"ok": true, "evicted": 0, "freed_bytes": 0}`: the call ran and removed nothing.
  // (`DROP TABLE x` answers `rows_affected: 0` whatever it dropped: a statement on a whole table counts no rows.)
  const nothing = acting && analysis?.destructive && !onWholeTable(analysis) ? zeroAffected(o) : null;
  if (nothing !== null) return { status: "unknown", reason: `${nothing}: 0, nothing was affected` };
  const nested = acting ? nestedOutcome() : null;
  if (nested?.status === "failure") return nested;
  if (o.ok === true || o.success === true || o.succeeded === true) return { status: "success", reason: `${o.ok === true ? "ok" : "success"}: true` };
  if (nested !== null) return nested;
  // BigQuery's `jobComplete: false`: the query job was accepted and is still running.
  if (acting && o.jobComplete === false) return { status: "accepted", reason: "jobComplete: false" };
  for (const [key, value] of Object.entries(o)) {
    if (DONE_KEYS.test(key) && isPresent(value) && value !== false) return { status: "success", reason: `${key}: ${cut(typeof value === "string" ? value : JSON.stringify(value))}` };
  }
  const note = o.message ?? o.msg ?? o.detail ?? o.details ?? o.output ?? o.result;
  if (typeof note === "string" && note.trim()) return textOutcome(note, acting, analysis);
  if (!acting) return { status: "success", reason: "read returned a result" };
  const targets = analysis?.effects.flatMap((e) => e.targets) ?? [];
  const named = Object.values(o).find((v) => typeof v === "string" && targets.some((t) => sameTarget(t, v)));
  if (named !== undefined) return { status: "success", reason: `result names ${cut(String(named))}, no error` };
  // A plain data answer with no error, failure, state or pending job in it
  // (`{"deleted_keys": 214, "remaining": 0}`): APIs that fail say so, and calling this unknown
  // would make every odd success shape a contradiction. States and job handles stay unknown:
  // they describe something else or something not finished.
  if (!STATE_OR_JOB_KEY.test(JSON.stringify(o).slice(0, 4096))) return DATA_RESULT;
  // A count of what the call removed above zero (`affectedRows: 18234`), beside a driver's own status fields
  // (`serverStatus`, `warningStatus`), says it happened.
  const counted = Object.entries(o).find(([key, value]) => AFFECTED_KEY.test(key) && typeof value === "number" && value > 0);
  if (counted !== undefined) return { status: "success", reason: `${counted[0]}: ${String(counted[1])}` };
  return { status: "unknown", reason: "result has no status or error" };
}

/**
 * A backend's answer wrapped in an envelope (`result`, `response`, `body`…) whose final state is the call's own deed
 * done (`state: terminated` for a terminate): success, whatever the envelope says of its own steps. Null otherwise.
 */
function backendSaysDone(o: Record<string, unknown>, nestedOutcome: () => Outcome | null, analysis?: ToolCallAnalysis): Outcome | null {
  const done = DONE_WORDS[analysis?.effects[0]?.action ?? "other"];
  if (!done || !PAYLOAD_KEYS.some((k) => o[k] !== null && typeof o[k] === "object")) return null;
  const inner = nestedOutcome();
  const word = inner?.reason.split(": ").at(-1) ?? "";
  return inner?.status === "success" && done.test(word) ? { status: "success", reason: `the backend's answer inside says ${inner.reason}` } : null;
}

/**
 * `{"status": "ok", "http_status": 200, "result": {"response": {"success": false, "error": {…}}}}`: the backend's answer
 * inside an envelope that says the call failed, whatever the envelope says of its own delivery. Three levels down at most.
 */
function backendSaysFailed(o: Record<string, unknown>): Outcome | null {
  let node: Record<string, unknown> = o;
  let path = "";
  for (let depth = 0; depth < 3; depth++) {
    const key = PAYLOAD_KEYS.find((k) => node[k] !== null && typeof node[k] === "object" && !Array.isArray(node[k]));
    if (key === undefined) return null;
    node = node[key] as Record<string, unknown>;
    path = path ? `${path}.${key}` : key;
    if (node.success === false || node.ok === false) {
      const error = node.error ?? node.errors;
      const text = typeof error === "string" ? error : error !== undefined ? JSON.stringify(error).slice(0, 200) : "";
      return { status: "failure", reason: `${path}.${node.success === false ? "success" : "ok"}: false${text ? `: ${cut(text)}` : ""}` };
    }
  }
  return null;
}

/**
 * The outcome of the last record of a JSON Lines stream that says success or failure
 * (`{"event": "agent.stopped", "state": "stopped", "final": true}`), unless an error not marked retryable came
 * after the last success. Null when no record settles it.
 */
function lastSettlingEvent(records: readonly unknown[], parsed: ParsedResult, analysis?: ToolCallAnalysis): Outcome | null {
  if (records.length < 2) return null;
  // Records about the call's own targets speak for it; one about the stream itself (`stream.closed ok`) does not.
  const targets = analysis?.effects.flatMap((e) => e.targets) ?? [];
  const namesTarget = (r: Record<string, unknown>) => Object.values(r).some((v) => typeof v === "string" && targets.some((t) => sameTarget(t, v)));
  const own = records.filter((r): r is Record<string, unknown> => r !== null && typeof r === "object" && !Array.isArray(r) && namesTarget(r as Record<string, unknown>));
  const considered = own.length > 0 ? own : records;
  for (let i = considered.length - 1; i >= Math.max(0, considered.length - MAX_EVENTS_BACK); i--) {
    const record = considered[i];
    if (record === null || typeof record !== "object" || Array.isArray(record)) continue;
    const r = record as Record<string, unknown>;
    if (r.retryable === true) continue;
    // `"event": "shutdown.aborted"`: the event's last word is a state.
    const event = typeof r.event === "string" ? r.event.toLowerCase().split(/[._:/]/).at(-1)! : "";
    if (FAILURE_STATES.has(event)) return { status: "failure", reason: `event ${String(r.event)}${message(r)}` };
    const verdict = objectOutcome(r, { ...parsed, exitCode: null }, true, analysis);
    if (verdict !== null && (verdict.status === "success" || verdict.status === "failure") && verdict !== DATA_RESULT) return verdict;
  }
  return null;
}
const MAX_EVENTS_BACK = 8;

/**
 * A GraphQL answer whose `errors` all point below a root field of `data` that came back (`path: ["revokeToken",
 * "lastUsedBy"]`): the data, with the errors left out. Null for any other shape, or when a root field is null or an
 * error has no deeper path (the operation itself failed).
 */
function graphqlPartialData(o: Record<string, unknown>): Record<string, unknown> | null {
  const { data, errors } = o;
  if (data === null || typeof data !== "object" || Array.isArray(data) || !Array.isArray(errors) || errors.length === 0) return null;
  const roots = data as Record<string, unknown>;
  if (Object.keys(roots).length === 0 || Object.values(roots).some((v) => v === null)) return null;
  const belowRoot = errors.every((e) => {
    const path = e !== null && typeof e === "object" ? (e as Record<string, unknown>).path : undefined;
    return Array.isArray(path) && path.length > 1 && typeof path[0] === "string" && Object.hasOwn(roots, path[0]);
  });
  return belowRoot ? { data: roots } : null;
}

/** The status line of an HTTP answer printed with its headers (`curl -i`, httpie): the last one, after any `100 Continue`. */
const HTTP_STATUS_LINE = /^HTTP\/\d(?:\.\d)? ([1-5]\d\d)\b[^\r\n]*(?![\s\S]*^HTTP\/\d)/m;
const STATE_OR_JOB_KEY = /"(?:[a-z_]*state|[a-z_]*status|phase|job|job_?id|task_?id|operation|operation_?id|request_?id|eta[a-z_]*)"\s*:/i;

function textOutcome(text: string, acting: boolean, analysis?: ToolCallAnalysis, exitedZero = false): Outcome {
  // What a read prints is the thing read: a script's `--drain-timeout 120` or `echo "error"` is its
  // text, not the read failing. A read that failed says so up front ("cat: x: No such file").
  // `NOTICE:  table "x" does not exist, skipping` (a DROP … IF EXISTS): a server's notices inform, they report no failure.
  const signals = acting ? withoutNotices(text) : readHead(text);
  const fromLog = acting ? leveledLogOutcome(text) : null;
  if (fromLog !== null) return fromLog;
  if (UNKNOWN_TEXT.test(signals)) return { status: "unknown", reason: `"${quoteMatch(signals, UNKNOWN_TEXT)}"` };
  // psql's `BEGIN / DELETE 4312 / ROLLBACK`: the transaction was undone, whatever it did inside.
  if (acting && ROLLED_BACK.test(text)) return { status: "failure", reason: "the transaction was rolled back (ROLLBACK)" };
  if (FAILURE_TEXT.test(signals)) {
    const confirmed = confirmedAbsence(text, analysis);
    if (confirmed !== null) return { status: "success", reason: `the check after it shows it gone: "${confirmed}"` };
    return { status: "failure", reason: `"${quoteMatch(signals, FAILURE_TEXT)}"` };
  }
  if (acting && ZERO_ROWS.test(text)) return { status: "unknown", reason: `"${quoteMatch(text, ZERO_ROWS)}": no row matched, nothing changed` };
  if (LEADING_SUCCESS.test(text)) return { status: "success", reason: `"${quoteMatch(text, LEADING_SUCCESS)}"` };
  if (acting && ACCEPTED_TEXT.test(text)) {
    // "Deleting queue 'x' ...\nQueue was successfully deleted": progress, then the outcome.
    const after = finishedAfterProgress(text, exitedZero);
    if (after !== null) return { status: "success", reason: `"${after}"` };
    return { status: "accepted", reason: `"${quoteMatch(text, ACCEPTED_TEXT)}"` };
  }
  if (SUCCESS_TEXT.test(text)) return { status: "success", reason: `"${quoteMatch(text, SUCCESS_TEXT)}"` };
  // `docker stop 3f9a1c2e7b44` prints the container it stopped: a command that only echoes its targets succeeded.
  if (acting && echoesTargets(text, analysis)) return { status: "success", reason: `echoed ${cut(text.trim().split("\n")[0]!)}` };
  const count = acting ? BARE_COUNT.exec(text) : null;
  // "(integer) 3" after DEL: three things affected. Zero affected nothing: maybe already gone, maybe a wrong name.
  if (count) return Number(count[1]) > 0 ? { status: "success", reason: `affected ${count[1]}` } : { status: "unknown", reason: "affected nothing (count 0)" };
  const cleanExit = CLEAN_EXIT.exec(text);
  if (cleanExit) return { status: "success", reason: `"${cleanExit[0].trim()}"` };
  if (!acting) return text.trim() ? { status: "success", reason: "read returned text" } : { status: "unknown", reason: "empty result" };
  const silentMatch = noMatchAfterActing(text, analysis);
  if (silentMatch !== null) return { status: "success", reason: `the check after it finds nothing: "${silentMatch}"` };
  return UNSAID;
}

/**
 * A success line after the last progress line ("Deleting x ..." then "x deleted"): the quoted
 * success, or null. Also a run that went on past its progress lines and exited 0 (apt's
 * "Deleting /boot/initrd.img-…", more output, "[exit 0]"): a command that says what it is
 * doing while it does it, then finishes, has done it.
 */
function finishedAfterProgress(text: string, exitedZero: boolean): string | null {
  const lines = text.split("\n", 500);
  let lastProgress = -1;
  let onlyDoing = true;
  lines.forEach((l, i) => {
    const m = ACCEPTED_TEXT.exec(l);
    if (m === null) return;
    lastProgress = i;
    // Progress a command prints while it works ("Deleting x", "stopping y"), as opposed to "queued", "202".
    if (!LEAVING.test(m[0])) onlyDoing = false;
  });
  let output = 0;
  for (let i = lastProgress + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (SUCCESS_TEXT.test(line) && !ACCEPTED_TEXT.test(line)) return line.trim().slice(0, 120);
    if (onlyDoing && CLEAN_EXIT.test(line) && output > 0) return line.trim().slice(0, 120);
    if (line.trim()) output++;
  }
  return onlyDoing && exitedZero && output > 0 ? "exit 0" : null;
}


/**
 * `rm -rf /srv/x && ls /srv/x` → "ls: cannot access '/srv/x': No such file or directory": a
 * check that runs after a destructive command and finds nothing fails, and that failure
 * confirms the action. The quoted absence, when every failing line of the text is such a
 * "not there" line and the command reads something after it acts; null otherwise.
 */
function confirmedAbsence(text: string, analysis?: ToolCallAnalysis): string | null {
  if (!analysis || !checksAfterActing(analysis)) return null;
  let quote: string | null = null;
  for (const line of text.split("\n", 200)) {
    // Vault's "No value found at x" is the check's answer though no failure word says so.
    const failing = FAILURE_TEXT.test(line) || /\bexit(?:ed)?(?: code| status)?[ :=]*[1-9]/i.test(line) || ABSENT_TEXT.test(line);
    if (!failing) continue;
    if (!ABSENT_TEXT.test(line)) {
      if (/^\s*(?:\[?exit(?:ed)?(?: code| status)?[ :=]*\d+\]?|rc=\d+)\s*$/i.test(line)) continue; // the check's own exit line
      return null;
    }
    quote ??= line.trim().slice(0, 120);
  }
  return quote;
}

/**
 * `kill 41877; sleep 3; pgrep -lf hermes; echo rc=$?` → "rc=1": a search that runs last after a
 * destructive command and prints nothing but its exit status 1 found no match — the thing is
 * gone. The exit line, when the text is only that and the last command searches.
 */
function noMatchAfterActing(text: string, analysis?: ToolCallAnalysis): string | null {
  if (!analysis || !checksAfterActing(analysis)) return null;
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length !== 1 || !/^(?:rc|exit(?: code| status)?)\s*[:=]?\s*1$/i.test(lines[0]!)) return null;
  const searches = analysis.effects.filter((e) => e.action === "read" && e.targets.length > 0).at(-1);
  return searches && SEARCH_PROGRAM.test(searches.summary) ? lines[0]! : null;
}

/**
 * `systemctl stop x && systemctl disable x; echo rc=$?; systemctl is-enabled x` → exit 1 with
 * "rc=0": the command echoed its own status 0 and only checks ran after it, so the nonzero exit
 * code is the last check's (is-enabled says 1 for a disabled unit). The echoed line, or null.
 */
function zeroStatusBeforeChecks(stdout: string, analysis?: ToolCallAnalysis): string | null {
  if (!analysis || !checksAfterActing(analysis) || analysis.effects.at(-1)!.action !== "read") return null;
  const line = /^\s*((?:rc|exit(?:_code| code| status)?|status)\s*[:=]\s*0)\s*$/im.exec(stdout);
  return line ? line[1]! : null;
}

/**
 * `systemctl disable --now x && systemctl is-active x` → "inactive", exit 3: `is-active` answers
 * "not running" with 3 (and `is-enabled` "disabled" with 1). When such a check runs last after a
 * stop or disable and its answer is the off state, the exit code is that answer, not a failure.
 */
function unitCheckAnswer(stdout: string, exitCode: number, analysis?: ToolCallAnalysis): string | null {
  if (!analysis || !checksAfterActing(analysis)) return null;
  const check = UNIT_CHECK.exec(analysis.effects.at(-1)!.summary);
  if (check === null || exitCode !== (check[1] === "active" ? 3 : 1)) return null;
  const answer = stdout.trim().split("\n").at(-1)!.trim();
  return OFF_ANSWERS.has(answer) ? answer : null;
}
const UNIT_CHECK = /^\s*(?:sudo\s+)?systemctl\s+(?:--\S+\s+)*is-(active|enabled)\b/;
const OFF_ANSWERS = new Set(["inactive", "failed", "disabled", "masked"]);

const SEARCH_PROGRAM = /^\s*(?:sudo\s+)?(?:pgrep|pidof|grep|egrep|fgrep|rg)\b/;

/**
 * An answer keyed by host (or other name) whose every value is one run's `{stdout, stderr, exit_code}`: failed when
 * any run failed (the call did not do its deed everywhere it was sent), else a success. Null for any other shape.
 */
function perHostOutcome(o: Record<string, unknown>): Outcome | null {
  const runs = Object.entries(o);
  if (runs.length < 2 || runs.length > 256) return null;
  let failed: string | null = null;
  for (const [name, run] of runs) {
    if (run === null || typeof run !== "object" || Array.isArray(run)) return null;
    const code = (run as Record<string, unknown>).exit_code ?? (run as Record<string, unknown>).rc ?? (run as Record<string, unknown>).returncode;
    if (typeof code !== "number") return null;
    if (code !== 0 && failed === null) {
      const stderr = (run as Record<string, unknown>).stderr;
      failed = `${name}: exit ${code}${typeof stderr === "string" && stderr.trim() !== "" ? ` (${cut(stderr.trim())})` : ""}`;
    }
  }
  return failed !== null ? { status: "failure", reason: failed } : { status: "success", reason: `exit 0 on all ${runs.length}` };
}

/** A count field of the result that says nothing was removed (`evicted: 0`, `deleted_count: 0`), with no count above zero beside it. */
function zeroAffected(o: Record<string, unknown>): string | null {
  let zero: string | null = null;
  for (const [key, value] of Object.entries(o)) {
    if (!AFFECTED_KEY.test(key) || typeof value !== "number") continue;
    if (value > 0) return null;
    zero ??= key;
  }
  return zero;
}

const AFFECTED_KEY = /^(?:evicted|deleted|removed|purged|dropped|stopped|terminated|killed|affected|freed|matched)(?:_[a-z]+)?$|^(?:num|n|count)_(?:deleted|removed|evicted|affected)$|_(?:deleted|removed|evicted)$|^(?:row_?count|rows_?affected|affected_?rows)$/i;

/** Every line of the text is one of the call's targets (CLIs that print what they acted on). */
function echoesTargets(text: string, analysis?: ToolCallAnalysis): boolean {
  if (!analysis) return false;
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length === 0 || lines.length > 64) return false;
  const targets = new Set(analysis.effects.flatMap((e) => e.targets));
  return lines.every((l) => targets.has(l));
}

/** A destructive effect followed, in the same command, by a read of something named. */
function checksAfterActing(analysis: ToolCallAnalysis): boolean {
  const acted = analysis.effects.findIndex((e) => DESTRUCTIVE_ACTIONS.has(e.action));
  return acted !== -1 && analysis.effects.slice(acted + 1).some((e) => e.action === "read" && e.targets.length > 0);
}

function message(o: Record<string, unknown>): string {
  const m = o.message ?? o.msg ?? o.detail ?? o.reason;
  return typeof m === "string" && m.trim() ? `: ${cut(m)}` : "";
}

function firstLine(text: string): string {
  return cut(text.split("\n", 1)[0] ?? "");
}

function cut(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** SQL that acts on a whole object, not on rows: its row count says nothing of whether it ran. */
/** The call runs a statement on a whole table (`DROP TABLE x`, `TRUNCATE x`), which counts no rows whatever it did. */
function onWholeTable(analysis: ToolCallAnalysis): boolean {
  return analysis.effects.some((e) => WHOLE_TABLE_STATEMENT.test(e.summary));
}
/** A warning line about a retry: "WARNING: Retrying request after 503 Service Unavailable (attempt 1 of 6)". */
const RETRY_WARNING = /^[ \t]*(?:WARNING|WARN|W)\b[^\n]*\bretr(?:y|ying|ied|ies)\b[^\n]*$/gim;
const WHOLE_TABLE_STATEMENT = /^\s*(?:drop|truncate|alter|create)\s+(?:table|index|view|schema|database|collection|materialized\s+view)\b/i;
