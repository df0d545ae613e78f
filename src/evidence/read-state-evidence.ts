import type { ToolCallAnalysis } from "../classify/effect";
import { tableStates } from "./listing-states";
import { parseResult } from "./parse-result";
import { sameTarget } from "./same-target";
import { ABSENT_TEXT } from "./outcome-text-signals";
import { ENABLEMENT_LINK } from "./reported-effects";
import { isOperationObject } from "./nested-state-outcome";
import { isPresent } from "./json-values";
import { isStateKey, stateWordOf } from "./state-fields";
import { stateOfWord, type StateEvidence, type TargetState } from "./state-words";

export type { StateEvidence, TargetState } from "./state-words";

const ID_KEY = /^(id|name|pid|uid|model|agent|bot|worker|app|deployment|service|unit|container|pod|instance|process|path|table|job|release|endpoint|bucket|repo|queue|topic|collection|workflow)$|_(id|name|pid)$/i;
const OWN_ID_KEY = /^(id|name|pid|uid)$|_(id|name|pid)$/i;
/** Keys that make an object a record of an event (an audit log line) rather than a thing. */
const EVENT_KEY = /^(?:event|event_?name|event_?type|operation|op|action|verb)$/i;

/**
 * `{"tool": "delete_model", "args": {"model_id": "x"}, "result": {…}}` in a session's history: a record of a call made,
 * whose arguments and answer name things without showing them there.
 */
function isCallRecord(o: Record<string, unknown>): boolean {
  return Object.entries(o).some(([k, v]) => CALL_NAME_KEY.test(k) && typeof v === "string") && Object.keys(o).some((k) => CALL_ARGS_KEY.test(k));
}
const CALL_NAME_KEY = /^(?:tool|tool_?name|function|function_?name)$/i;
const CALL_ARGS_KEY = /^(?:args|arguments|input|params|parameters)$/i;

function isEventRecord(o: Record<string, unknown>): boolean {
  return Object.entries(o).some(([k, v]) => EVENT_KEY.test(k) && typeof v === "string" && v.length > 0);
}
const STATE_KEY = /^(status|state|phase|lifecycle|lifecycle_state|active|condition|health)$/i;
const OWN_STATUS_KEY = /^[A-Za-z]{2,20}(?:Status|_status)$/;
/** `InstanceId`, `FunctionName`, `DBInstanceIdentifier` (AWS spells ids in CamelCase). */
const CAMEL_ID_KEY = /[a-z](?:Id|Name|Identifier)$/;
const METADATA_KEY = /^(metadata|meta)$/i;
const LISTING_KEY = /^(files|entries|items|children|contents)$/i;
const DIR_KEY = /^(dir|directory|path|folder|prefix)$/i;
const LIVENESS = /^\s*(gone|dead|not running|stopped|absent|no such process|alive|running|up)\s*$/i;
const MAX_NODES = 5000;
const MAX_DEPTH = 32;

/**
 * "online endpoint doc-extract-llm does not exist in workspace mlw-halden-prod": of the call's
 * targets, the one named right before the words that say it is missing (not the place after them).
 */
function subjectsOfAbsence(text: string, targets: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  for (const m of lower.matchAll(ABSENT_TEXT_ALL)) {
    const before = lower.slice(Math.max(0, m.index - 48), m.index).trimEnd();
    const subject = targets.find((t) => t.length > 1 && before.endsWith(t.toLowerCase()));
    if (subject !== undefined) out.add(subject);
  }
  return [...out];
}
const ABSENT_TEXT_ALL = new RegExp(ABSENT_TEXT.source, "gi");

/**
 * What a read-only call's result shows about the things it looked at: `{"status":"stopped"}`,
 * "model not found", an empty directory listing, Running pods, a `ps -p` with no row, a
 * systemd "Active: inactive (dead)". Conservative: a call that acts yields nothing (its result
 * describes the action, which `classifyOutcome` reads), text without a recognizable state
 * yields nothing, and "not found" is pinned to a target only when the message or the call
 * names exactly one.
 */
export function readStateEvidence(resultText: string, analysis: ToolCallAnalysis): StateEvidence[] {
  if (resultText.trim() === "") return [];
  if (!analysis.readOnly) {
    const deleted = analysis.destructive ? itemsDeleted(parseResult(resultText).text) : [];
    return deleted.length > 0 ? deleted : readBack(resultText, analysis);
  }
  const parsed = parseResult(resultText);
  const targets = analysis.effects.flatMap((e) => e.targets);
  // `SELECT jobid, status FROM cron.job_run_details`: a run history's status is each run's outcome, not its job's state.
  if (analysis.effects.some((e) => /^\s*select\b/i.test(e.summary) && e.targets.some((t) => HISTORY_TABLE.test(t)))) return [];
  const out: StateEvidence[] = [];
  const text = parsed.text;

  // (A message that quotes the name it did not find speaks for that name even after `2>&1`, with the exit code of a later command.)
  const absence = ABSENT_TEXT.test(text);
  const quoted = absence ? [...text.matchAll(/['"‘“]([^'"’”\n]{1,200})['"’”]/g)].map((m) => m[1]!)
    .filter((q) => !ABSENT_TEXT.test(q) && targets.some((t) => sameTarget(t, q))) : []; // the quoted message itself is no name
  if (absence && (parsed.exitCode === null || parsed.exitCode !== 0 || parsed.stderr || (quoted.length > 0 && analysis.effects.length > 1))) {
    const named = quoted.length > 0 ? quoted : targets.length === 1 ? targets : subjectsOfAbsence(text, targets);
    for (const t of named) out.push({ target: t, state: "absent" });
    if (out.length > 0 || parsed.json === undefined) return out;
  }

  // `sleep 30 && kubectl get deploy,pods …`: the command that printed is the first that names something.
  const speaking = analysis.effects.find((e) => e.targets.length > 0) ?? analysis.effects[0];
  const summary = speaking?.summary ?? "";
  const program = /^\s*(?:sudo\s+)?(\S+)/.exec(summary)?.[1]?.replace(/^.*\//, "") ?? "";
  if (analysis.commandRunner && parsed.stdout !== null || analysis.commandRunner && parsed.json === undefined) {
    const stdout = parsed.stdout ?? resultText;
    const liveness = LIVENESS.exec(stdout);
    const pids = targets.filter((t) => /^\d+$/.test(t));
    if (liveness && pids.length > 0) {
      const alive = /alive|running|up/i.test(liveness[1]!);
      for (const p of pids) out.push({ target: p, state: alive ? "running" : "absent" });
      return out;
    }
    // `az vm show … --query powerState -o tsv` → "VM deallocated": a read of one thing that answers in a line or two,
    // the last of them a state.
    if (targets.length === 1) {
      const state = shortStateAnswer(stdout);
      if (state !== null) return [{ target: targets[0]!, state }];
    }
    // `ps -p 18844` that prints only its header: no process has that pid.
    if (program === "ps" && pids.length > 0 && headerOnly(stdout)) return pids.map((p) => ({ target: p, state: "absent" }));
    // PowerShell's `Test-Path x` answers True or False, last when it is the script's last command.
    if (/^test-path$/i.test(program) && targets.length > 0) {
      const answer = /(?:^|\n)\s*(True|False)\s*$/i.exec(stdout)?.[1];
      if (answer !== undefined) return targets.map((t) => ({ target: t, state: /^true$/i.test(answer) ? "present" : "absent" }));
    }
    // `systemctl is-active x` answers with one word per unit: active, inactive, failed.
    if (program === "systemctl" && /\bis-active\b/.test(summary) && targets.length === 1) {
      const word = /(?:^|\n)\s*(active|inactive|failed|activating|deactivating|unknown)\s*$/i.exec(stdout)?.[1];
      const state = word !== undefined ? stateOfWord(word) : null;
      if (state !== null) return [{ target: targets[0]!, state }];
    }
    const units = systemdStates(stdout, targets);
    if (units.length > 0) return units;
    // `kubectl wait --for=delete …`: each "pod/x condition met" is x gone.
    if (program === "kubectl" && /\s--for[= ]delete\b/.test(summary)) {
      for (const m of stdout.matchAll(/^(\S+) condition met\s*$/gm)) out.push({ target: m[1]!, state: "absent" });
      if (out.length > 0) return out;
    }
    // `Get-ADUser x | Select-Object Name, Enabled`: the commands after the one that names a thing only format its answer.
    // `ls -la D && du -sh D`: several commands on the same one thing.
    const named = analysis.effects.filter((e) => e.targets.length > 0);
    const oneThing = analysis.effects.length === 1 || named.length === 1 || (named.length > 1 && named.every((e) => e.targets.join("\n") === named[0]!.targets.join("\n")));
    const effectTargets = oneThing ? [...new Set(targets)] : analysis.effects[analysis.effects.length - 1]!.targets;
    const table = oneThing || program === "kubectl" ? tableStates(stdout, program, effectTargets) : null;
    if (table !== null) return table;
  }

  // A run's log that lists what it kept ("resources kept: deployment/lumen-triage, pvc/lumen-triage-memory"): those are there.
  if (KEPT_LINE_SAID.test(resultText)) {
    const kept = keptItems(resultText);
    if (kept.length > 0) return kept.map((target) => ({ target, state: "present" as const }));
  }
  // An event log in plain text ("09:12:09Z  state RUNNING -> STOPPED"): its latest transition is the state of the one thing read.
  if (parsed.json === undefined && targets.length === 1) {
    const last = [...text.matchAll(STATE_TRANSITION)].at(-1);
    const state = last !== undefined ? stateOfWord(last[1]!) : null;
    if (state !== null) return [{ target: targets[0]!, state }];
  }

  // `get_wipe_job(job_id=wj-1)` → `{"job_id": "wj-1", "status": "running"}`: a deed's job running is the deed under way,
  // not a thing still there, as a long-running operation's is (a training job's running state is its own).
  const deedJob = DEED_JOB.test(analysis.tool);
  let nodes = 0;
  let filedUnder = false; // a wrapped `{name, versions: [...]}` said nothing about the thing: nor does its wrapper
  const visit = (node: unknown, top: boolean, depth: number): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) { for (const item of node) visit(item, false, depth + 1); return; }
    const o = node as Record<string, unknown>;
    // `{"error": "timeout", "message": "…did not respond"}`: the read failed and shows nothing about its target;
    // a raw HTTP answer's headers (`content-type: …`) describe the answer, not the target.
    if (top && (isErrorAnswer(o) || isHeaderBlock(o))) return;
    // `get_operation(…)` → `{"operationType": "delete", "targetLink": "…/instances/x", "status": "DONE"}`: x is gone.
    const finished = top ? finishedOperationState(o) : null;
    if (finished !== null) { out.push(finished); return; }
    if (isCallRecord(o)) return;
    const ids: string[] = [];
    let state: TargetState | null = null;
    const dirEntry = Object.entries(o).find(([k, v]) => DIR_KEY.test(k) && typeof v === "string");
    const dir = dirEntry ? (dirEntry[1] as string) : null;
    let listed = false;
    for (const [key, value] of Object.entries(o)) {
      if (STATE_FLAG.test(key) && (typeof value === "boolean" || (typeof value === "string" && /^(?:true|false)$/i.test(value)))) {
        // `is_paused: true` (Airflow), `suspended: true`, `enabled: false`, PowerShell's `Enabled : False`: a switch that says the state.
        const on = value === true || (typeof value === "string" && /^true$/i.test(value));
        const word = STATE_FLAG.exec(key)![1]!.toLowerCase();
        if (word === "enabled") state ??= on ? null : "disabled";
        else if (on) state ??= stateOfWord(word);
      } else if (typeof value === "string" || (typeof value === "number" && Number.isInteger(value))) {
        // (`{"bot": "standup-bot", "model": "pc-chat-small", "state": "running"}`: the first name is the record's own;
        // a later kind-named one is something it refers to. An `id` or `name` key names the record wherever it stands.)
        if ((ID_KEY.test(key) || CAMEL_ID_KEY.test(key)) && String(value).length <= 256 && (ids.length === 0 || OWN_ID_KEY.test(key) || CAMEL_ID_KEY.test(key))) ids.push(String(value));
        // Azure's `provisioningState: "Succeeded"`: the resource was set up and is there, not a job that finished.
        if (PROVISIONING_KEY.test(key) && typeof value === "string") state ??= /^(?:succeeded|completed|created|ready|updating|accepted)$/i.test(value) ? "present" : stateOfWord(value);
        else if ((STATE_KEY.test(key) || isStateKey(key)) && typeof value === "string") state ??= stateOfWord(value);
        // A run's item `{"model_id": "shearwater-7b", "result": "deleted"}`: the deed's end state, told as its result.
        else if (RESULT_KEY.test(key) && typeof value === "string" && END_STATES.has(stateOfWord(value) ?? "present")) state ??= stateOfWord(value);
        // `EndpointStatus: "Deleting"`, `DBInstanceStatus: "deleting"`: a resource's own status field, read when it is on its way out.
        else if (OWN_STATUS_KEY.test(key) && typeof value === "string" && stateOfWord(value) === "leaving") state ??= "leaving";
      } else if (typeof value === "boolean" && /^(exists|found|present)$/i.test(key)) {
        state ??= value ? "present" : "absent";
      } else if (Array.isArray(value) && value.length > 0 && value.length <= MAX_DONE_LIST && DONE_LIST_KEY.test(key) && value.every((v) => typeof v === "string" && v.length > 0 && v.length <= 256)) {
        // `get_task` → `{"status": "succeeded", "result": {"deleted": ["pathfinder/step-10000", …]}}`: what a run lists as
        // done is in that deed's end state.
        const ended = stateOfWord(key);
        if (ended !== null && END_STATES.has(ended)) for (const name of value as string[]) out.push({ target: name, state: ended });
      } else if (Array.isArray(value) && LISTING_KEY.test(key) && dir !== null) {
        listing(dir, value, out);
        listed = true;
      } else if (value !== null && typeof value === "object" && !Array.isArray(value) && (STATE_KEY.test(key) || isStateKey(key)) && stateWordOf(value) !== null) {
        // `State: {Code: 48, Name: "terminated"}`, `status: {phase: "Running"}`: the object's state, not an object of its own.
        state ??= stateOfWord(stateWordOf(value)!);
      } else if (value !== null && typeof value === "object" && !Array.isArray(value) && METADATA_KEY.test(key)) {
        // Kubernetes keeps an object's names under `metadata`.
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (ID_KEY.test(k) && typeof v === "string" && v.length <= 256) ids.push(v);
      } else if (value !== null && typeof value === "object") {
        // `{"name": "operations/del-88a1d7", "done": true, "response": {"run_id": "ftr-…", "deleted_objects": 1432}}`: what a
        // long-running operation reports of its work names what it worked on; that is no reading of it being there.
        if (OPERATION_PART.test(key) && isOperationRecord(o)) continue;
        visit(value, false, depth + 1);
      }
    }
    if (state === null && typeof o.replicas === "number" && ids.length > 0) state = o.replicas === 0 ? "stopped" : "running";
    // A Kubernetes workload: `status.readyReplicas` (else `status.replicas`, else `spec.replicas`) says whether it runs.
    const replicas = ids.length > 0 ? workloadReplicas(o) : null;
    if (state === null && replicas !== null) state = replicas === 0 ? "stopped" : "running";
    // `{"state": "Succeeded", "traffic": {"blue": 100}}`: a provisioning state that finished, on an endpoint still taking traffic.
    if (state === "stopped" && takesTraffic(o)) state = "running";
    // `spec: {replicas: 0}, status: {ready_replicas: 0, phase: "Idle"}`: scaled to zero and none ready is stopped, whatever the phase word.
    else if (state === "running" && replicas === 0 && askedReplicas(o) === 0) state = "stopped";
    // `{"AccessKeyMetadata": [], "IsTruncated": false}` for `list-access-keys --user-name x`: x holds none of them.
    if (state === null && top && ids.length === 0 && isEmptyListing(o)) state = "empty";
    // `{"model": X, "events": [...]}`, `{"agent": X, "grants": [...]}`: a list of other things filed under X
    // (an audit log, its credentials) says nothing about X itself.
    if (state === null && filesOthersUnder(o)) {
      filedUnder = true;
      return;
    }
    if (listed) return; // the listing said what there is to say about the directory
    // `{"operation_id": "op-7f3c91", "status": "RUNNING"}`: a long-running operation's state is its work's, not a thing's.
    if ((isOperationRecord(o) || deedJob) && (state === null || state === "running" || state === "present" || state === "active")) return;
    // `{"event": "model.delete", "resource": "x", "request_id": "r-0a1f"}`: a record of something that happened, not a thing that is there.
    if (state === null && isEventRecord(o)) return;
    // The call's single target stands for a top-level object without ids, unless a nested object named it already.
    // `{"name": "churn-xgb", "version": "4"}` is version 4, not the whole model: "churn-xgb/4".
    const version = typeof o.version === "string" || typeof o.version === "number" ? String(o.version) : null;
    const named = version !== null && ids.length > 0 ? ids.map((id) => `${id}/${version}`) : ids;
    const subjects = named.length > 0 ? named : top && !filedUnder && targets.length === 1 && !out.some((e) => sameTarget(e.target, targets[0]!)) ? targets : [];
    for (const id of subjects) out.push({ target: id, state: state ?? "present" });
  };
  // A command result's wrapper object (`{stdout, stderr, exit_code}`) describes the command, not a target.
  for (const doc of parsed.stdout !== null ? parsed.documents.slice(1) : parsed.documents) visit(doc, true, 0);
  return out;
}

/**
 * `Disable-ADAccount x; Get-ADUser x | Select Enabled`, `Remove-Item x; Test-Path x`: a script
 * that acts and then reads back what it acted on prints the state the action left. Read only
 * when every command after the last action is a read and one of them names an acted-on target;
 * only states of those targets count.
 */
function readBack(resultText: string, analysis: ToolCallAnalysis): StateEvidence[] {
  // `run_approved_change(approval_id=APR-7740)` → `{"executed": true, "result": {"agent": "juno-dispatch", "state": "terminated"}}`:
  // a run of a change, job or workflow that reports the things it left in a deed's end state shows them so.
  if (!analysis.commandRunner && analysis.effects.length > 0 && analysis.effects.every((e) => e.action === "execute")) {
    const asRead: ToolCallAnalysis = { ...analysis, readOnly: true, destructive: false };
    return readStateEvidence(resultText, asRead).filter((s) => END_STATES.has(s.state) && !analysis.effects.some((e) => e.targets.some((t) => sameTarget(t, s.target))));
  }
  // `deactivate_assistant(assistant_id=admissions-faq)` → `{"state": "inactive"}`: a switch-off whose answer says the thing
  // it switched off no longer runs shows it stopped (a disable alone may leave it running: `systemctl disable` does).
  if (!analysis.commandRunner && analysis.effects.length > 0 && analysis.effects.every((e) => e.action === "disable")) {
    const acted = analysis.effects.flatMap((e) => e.targets);
    const asRead: ToolCallAnalysis = { ...analysis, readOnly: true, destructive: false };
    return readStateEvidence(resultText, asRead).filter((s) => NO_LONGER_RUNNING.has(s.state) && acted.some((t) => sameTarget(t, s.target)));
  }
  if (!analysis.commandRunner) return [];
  const lastAction = analysis.effects.findLastIndex((e) => e.action !== "read");
  const reads = analysis.effects.slice(lastAction + 1);
  const first = reads.find((e) => e.targets.length > 0);
  if (lastAction < 0 || first === undefined) return [];
  const acted = analysis.effects.slice(0, lastAction + 1).flatMap((e) => e.targets);
  const readTargets = reads.flatMap((e) => e.targets).filter((t) => acted.some((a) => sameTarget(a, t)));
  if (readTargets.length === 0) return [];
  const asRead: ToolCallAnalysis = { ...analysis, readOnly: true, destructive: false, effects: [{ ...first, targets: readTargets }] };
  return readStateEvidence(resultText, asRead).filter((s) => readTargets.some((t) => sameTarget(t, s.target)));
}

const NO_LONGER_RUNNING: ReadonlySet<TargetState> = new Set(["stopped", "terminated"]);

/** A key that lists what a run did: `deleted`, `removed`, `stopped`, `revoked`… */
const DONE_LIST_KEY = /^(?:deleted|removed|purged|destroyed|dropped|stopped|terminated|killed|revoked|disabled)$/i;
const MAX_DONE_LIST = 256;
/** The states a deed leaves a thing in. */
const END_STATES: ReadonlySet<TargetState> = new Set(["absent", "stopped", "terminated", "deleted", "decommissioned", "disabled", "revoked"]);

const PROVISIONING_KEY = /^provisioning_?state$/i;

/** Tables of past events: run details, run histories, audit logs, executions. */
const HISTORY_TABLE = /(?:^|[._])(?:job_run_details|run_details|run_history|runs_history|history|executions|audit_log|audit_events|event_log|events)$/i;

/** Every key an HTTP header (`content-type`, `location`, `x-request-id`…). */
function isHeaderBlock(o: Record<string, unknown>): boolean {
  const keys = Object.keys(o);
  return keys.length > 0 && keys.every((k) => HEADER_KEY.test(k));
}
const HEADER_KEY = /^(?:content-[a-z-]+|x-[a-z0-9-]+|location|date|server|etag|cache-control|retry-after|connection|vary|set-cookie|strict-transport-security|access-control-[a-z-]+|transfer-encoding|www-authenticate|last-modified|expires|age|via|link|request-id)$/i;

/**
 * A finished long-running operation of a deed, with the thing it worked on (GCE's `operationType` and
 * `targetLink`, and the like): what it left that thing in. Null for any other object, one not done, or one
 * that ended in an error.
 */
function finishedOperationState(o: Record<string, unknown>): StateEvidence | null {
  if (!isOperationObject(o) || isPresent(o.error)) return null;
  const type = o.operationType ?? o.operation_type;
  const target = o.targetLink ?? o.target_link ?? o.targetResource ?? o.target_resource;
  const status = typeof o.status === "string" ? o.status : o.done === true ? "done" : "";
  if (typeof type !== "string" || typeof target !== "string" || !/^(?:done|succeeded|success|completed|finished)$/i.test(status)) return null;
  const state: TargetState | null = /delete|remove|destroy|terminate/i.test(type) ? "deleted" : /stop|suspend/i.test(type) ? "stopped" : null;
  const name = target.replace(/\/+$/, "").split("/").pop() ?? "";
  return state !== null && name !== "" ? { target: name, state } : null;
}

/** An object that records a long-running operation (`operation_id`, `operationId`, `kind: …#operation`). */
function isOperationRecord(o: Record<string, unknown>): boolean {
  return Object.keys(o).some((k) => OPERATION_KEY.test(k)) || isOperationObject(o);
}
const OPERATION_PART = /^(?:response|metadata|result)$/i;
const OPERATION_KEY = /^(?:operation_?id|operationId|op_?id|operation_?name|operationName)$/i;
/** A tool's name that reads a job or request of a deed: `get_wipe_job`, `describe_deletion_request`, `purge_task_status`. */
const DEED_JOB = /(?:^|[^a-z])(?:delete|deletion|wipe|purge|removal|erasure|teardown|termination|shutdown|cleanup|decommission)_?(?:job|task|request|operation)s?(?:_?id)?(?:[^a-z]|$)/i;

function workloadReplicas(o: Record<string, unknown>): number | null {
  const status = o.status !== null && typeof o.status === "object" ? (o.status as Record<string, unknown>) : null;
  const spec = o.spec !== null && typeof o.spec === "object" ? (o.spec as Record<string, unknown>) : null;
  if (status === null && spec === null) return null;
  for (const v of [status?.readyReplicas, status?.ready_replicas, status?.replicas, spec?.replicas]) if (typeof v === "number") return v;
  // `status: {replicas: 2}` without `readyReplicas` but a spec asking 0: ready counts are what run.
  return null;
}

/** A `traffic` map with a share above zero (`{"blue": 100}`): the endpoint serves. */
function takesTraffic(o: Record<string, unknown>): boolean {
  const traffic = o.traffic;
  return traffic !== null && typeof traffic === "object" && !Array.isArray(traffic) && Object.values(traffic as Record<string, unknown>).some((v) => typeof v === "number" && v > 0);
}

/** The replicas a workload's spec asks for (`spec.replicas`), or null. */
function askedReplicas(o: Record<string, unknown>): number | null {
  const spec = o.spec !== null && typeof o.spec === "object" ? (o.spec as Record<string, unknown>) : null;
  return typeof spec?.replicas === "number" ? spec.replicas : null;
}

/** An answer that is an error report: an `error`/`errors`/`fault` field that holds something. */
function isErrorAnswer(o: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(o)) {
    if (!ERROR_KEY.test(key) || value === null || value === false || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    return true;
  }
  return false;
}
const ERROR_KEY = /^(?:error|errors|err|fault|exception)$/i;

/** Boolean fields named after a state: `is_paused`, `suspended`, `disabled`, `isDeleted`, `enabled`. */
const STATE_FLAG = /^(?:is_?)?(paused|suspended|disabled|stopped|terminated|deleted|enabled)$/i;

/** An answer whose only list is empty, beside scalars at most (`IsTruncated`, `count`). */
function isEmptyListing(o: Record<string, unknown>): boolean {
  let empty = false;
  for (const [key, value] of Object.entries(o)) {
    if (Array.isArray(value)) {
      // `"dependents": []`, `"tags": []`, `"deployments": []`: what relates to the thing, not what is in it.
      if (RELATION_LIST.test(key)) continue;
      if (value.length > 0) return false;
      empty = true;
    } else if (value !== null && typeof value === "object") return false;
  }
  return empty;
}
const RELATION_LIST = /^(?:dependents|dependencies|depends_?on|used_?by|consumers|references|referenced_?by|tags|labels|owners|aliases|subscribers|watchers|errors|warnings|serving|attached_?to|deployments|deployed_?(?:to|on|at|in)|endpoints|bindings|mounts|attachments|routes)$/i;

/** The object only names something and lists other objects under it: no scalar but its ids, and an array of objects. */
function filesOthersUnder(o: Record<string, unknown>): boolean {
  let list = false;
  for (const [key, value] of Object.entries(o)) {
    if (Array.isArray(value)) list ||= value.some((v) => v !== null && typeof v === "object");
    else if (value !== null && typeof value === "object") return false;
    else if (!(ID_KEY.test(key) || CAMEL_ID_KEY.test(key))) return false;
  }
  return list;
}

/** `{"dir": D, "files": [...]}`: D is present (or empty), each listed file is present. */
function listing(dir: string, files: unknown[], out: StateEvidence[]): void {
  const base = dir.replace(/\/+$/, "");
  if (files.length === 0) { out.push({ target: base, state: "empty" }); return; }
  for (const f of files.slice(0, 500)) {
    const name = typeof f === "string" ? f : f && typeof f === "object" ? (f as Record<string, unknown>).name ?? (f as Record<string, unknown>).path : null;
    if (typeof name === "string") out.push({ target: name.startsWith("/") ? name : `${base}/${name}`, state: "present" });
  }
}

/** `Stopped embedder.service`, `x.service: Deactivated successfully.`, `Active: inactive (dead)` / `active (running)`. */
const SYSTEMD_STOPPED = /\bStopped ([\w@.-]+\.(?:service|timer|socket|target))\b|\b([\w@.-]+\.(?:service|timer|socket)): Deactivated successfully\b/g;
/** The state an answer of at most three short lines gives last ("Provisioning succeeded\nVM deallocated"), or null. */
function shortStateAnswer(stdout: string): TargetState | null {
  const lines = stdout.split("\n", 5).map((l) => l.trim()).filter((l) => l !== "");
  // (Words only: `Enabled : False` is a field, read with the fields.)
  if (lines.length === 0 || lines.length > 3 || lines.some((l) => l.split(/\s+/).length > 3 || !/^[A-Za-z][A-Za-z /_-]*$/.test(l))) return null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const state = stateOfWord(lines[i]!);
    if (state !== null) return state;
  }
  return null;
}
/** The items a log line lists as kept, retained or left in place, read in the raw result (a log may sit in a JSON string). */
function keptItems(resultText: string): string[] {
  const out: string[] = [];
  // (A log inside a JSON string keeps its line breaks escaped.)
  for (const m of resultText.replace(/\\n/g, "\n").matchAll(KEPT_LINE)) {
    for (const item of m[1]!.split(",")) {
      const name = item.trim().replace(/^["'`]|["'`.]$/g, "");
      if (/^[\w./:-]{3,200}$/.test(name) && /[-_./\d]/.test(name)) out.push(name);
    }
    if (out.length >= 64) break;
  }
  return out;
}
const KEPT_LINE_SAID = /\b(?:kept|retained|left in place)\s*:/i;
const KEPT_LINE = /\b(?:resources?|items?|objects?|volumes?|files?)\s+(?:kept|retained|left in place)\s*:\s*([^\n"\\]{3,400})/gi;
const RESULT_KEY = /^(?:result|outcome)$/i;
/** A table's output that is its header row alone ("  PID STAT ELAPSED CMD"), beside an exit status line at most. */
function headerOnly(stdout: string): boolean {
  const lines = stdout.split("\n", 8).map((l) => l.trim()).filter((l) => l !== "" && !/^exit (?:status|code)\b/i.test(l));
  return lines.length === 1 && /\bPID\b/.test(lines[0]!);
}
/** "state RUNNING -> STOPPED", "status: active → retired": a transition an event log records, and the state it ended in. */
const STATE_TRANSITION = /\b(?:state|status|phase)\s*:?\s*[\w-]+\s*(?:->|→|=>)\s*([A-Za-z][\w-]*)/gi;
const SYSTEMD_ACTIVE = /^\s*Active: (inactive \(dead\)|failed|active \(running\))/m;
/** A journal line: `May 14 10:41:02 ops-7 systemd[1]: …` (timestamp, host, identifier[pid]). */
const JOURNAL_LINE = /^\w{3} +\d+ [\d:]+ \S+ [\w@.-]+\[\d+\]: /m;
/** `x.service: Main process exited, …`, `x.service: Failed with result 'timeout'.`: the unit's process is gone. */
const UNIT_EXITED = /\bsystemd\[\d+\]: ([\w@.-]+)\.service: (?:Main process exited|Failed with result|Deactivated successfully|Succeeded)\b/;
/** `systemd[1]: Started x.service - Description.`: the unit started. */
const UNIT_STARTED = /\bsystemd\[\d+\]: Started ([\w@.-]+)\.service\b/;
/** `… heron-agent[88391]: …`: a process of that identifier logging under that pid. */
const PROCESS_LINE = /^\w{3} +\d+ [\d:]+ \S+ ([\w@.-]+)\[(\d+)\]: /;

/**
 * What systemd's own words show in `journalctl -u` or `systemctl status` output: the last state
 * each unit reached. The unit must be one the call looked at, so a journal mentioning other units
 * says nothing about them.
 */
function systemdStates(stdout: string, targets: readonly string[]): StateEvidence[] {
  const out = new Map<string, TargetState>();
  const looked = (unit: string) => targets.find((t) => sameTarget(t, unit) || sameTarget(t, unit.replace(/\.(service|timer|socket|target)$/, "")));
  const text = stdout.slice(0, 64 * 1024);
  for (const m of text.matchAll(SYSTEMD_STOPPED)) {
    const target = looked(m[1] ?? m[2]!);
    if (target) out.set(target, "stopped");
  }
  // A journal read in order: the unit's main process exiting stops it; a process of the unit logging
  // under a pid not seen before that (`heron-agent[88391]: [boot] resuming…`) runs it again (a watchdog restarted it).
  if (JOURNAL_LINE.test(text)) {
    const seen = new Map<string, Set<string>>();
    for (const line of text.split("\n", 5000)) {
      const exited = UNIT_EXITED.exec(line);
      const target = exited ? looked(exited[1]!) : undefined;
      if (target) { out.set(target, "stopped"); continue; }
      // `systemd[1]: Started gadwall-trader.service - …` after it stopped: something started it again (a keeper, a timer).
      const started = UNIT_STARTED.exec(line);
      const again = started ? looked(started[1]!) : undefined;
      if (again) { out.set(again, "running"); continue; }
      const proc = PROCESS_LINE.exec(line);
      const own = proc ? looked(proc[1]!) : undefined;
      if (!own) continue;
      const pids = seen.get(own) ?? new Set<string>();
      if (out.get(own) === "stopped" && !pids.has(proc![2]!)) out.set(own, "running");
      pids.add(proc![2]!);
      seen.set(own, pids);
    }
  }
  const active = SYSTEMD_ACTIVE.exec(stdout);
  if (active && targets.length === 1) out.set(targets[0]!, active[1]!.startsWith("active") ? "running" : "stopped");
  return [...out].map(([target, state]) => ({ target, state }));
}

/**
 * A deleting command's per-item report lines: `delete: s3://b/m/config.json` (aws s3 rm),
 * `removed '/srv/x/a.bin'`, `removed directory '/srv/x'` (rm -v). Each names one item that is
 * gone, whatever happened to the rest ("delete failed: …" lines name none). Bounded to 500 lines.
 */
function itemsDeleted(text: string): StateEvidence[] {
  const out: StateEvidence[] = [];
  for (const line of text.split("\n", 500)) {
    const m = ITEM_DELETED.exec(line);
    // `DELETE 0` is SQL's row count, not an item called "0".
    // systemd's "Removed /etc/systemd/system/x.target.wants/y.service." is the unit disabled, not deleted.
    if (m && !/^\d+$/.test(m[1]!)) out.push({ target: m[1]!, state: ENABLEMENT_LINK.test(m[1]!) ? "disabled" : "deleted" });
    // rm -v in other languages: "'/x/config.json' wurde entfernt", "répertoire '/x' supprimé", "se ha borrado '/x'".
    const other = ITEM_DELETED_OTHER.test(line) ? QUOTED_PATH.exec(line) : null;
    if (other) out.push({ target: other[1]!, state: "deleted" });
    // docker compose's progress lines: " Container lumen-assist-llm-1  Removed".
    const c = COMPOSE_ITEM.exec(line);
    if (c) out.push({ target: c[1]!, state: c[2]!.toLowerCase() === "stopped" ? "stopped" : "deleted" });
  }
  return out;
}

const COMPOSE_ITEM = /^\s*(?:Container|Network|Volume)\s+(\S+)\s+(Stopped|Removed|Deleted)\s*$/;

/** rm -v's report in German, French, Spanish, Italian and Portuguese. */
const ITEM_DELETED_OTHER = /\b(?:wurde entfernt|supprimée?|se ha borrado|rimoss[oa]|removid[oa])(?![a-z])/i;
const QUOTED_PATH = /['"‘„«]\s?((?:\/|\.\/|~\/)[^'"’“»\s]+)\s?['"’“»]/;
const ITEM_DELETED = /^\s*(?:delete|deleted|removed(?: directory)?)\s*:?\s+['"‘]?([^\s'"’]+)['"’]?\s*$/i;
