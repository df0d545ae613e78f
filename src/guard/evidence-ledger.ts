import { isHiddenPlace } from "../evidence/hidden-place";
import { droppedLineNames, sedDeletedLineNames } from "../evidence/dropped-lines";
import { fileWritten, previousContent } from "./shown-content";
import { callHost, callScope, normalizeScope } from "../evidence/call-scope";
import { normalizeName, sameTarget } from "../evidence/same-target";
import { tapStepItems } from "../evidence/tap-report";
import { keptItems, reportedItems, reportedLineItems, reportedSideEffects } from "../evidence/reported-effects";
import { terraformDestroyed } from "../evidence/terraform-log";
import { pulumiDeletions } from "../evidence/pulumi-log";
import { ansibleTaskItems } from "../evidence/ansible-log";
import { keepsRecoverable, saysRecoverable, unversionedDeleteIn, versionedBuckets } from "../evidence/soft-delete";
import { itemOutcomes, silentBatchOutcomes, type ItemOutcome } from "../evidence/item-outcomes";
import { numberedStepItems } from "../evidence/numbered-step-log";
import { parseResult } from "../evidence/parse-result";
import { sectionsSwitchedOff } from "../evidence/switched-off-sections";
import { sectionsSwitchedOffBySed } from "../evidence/sed-edit";
import { batchResultItems } from "../evidence/batch-results";
import { returnedNames, RETURNING } from "../evidence/returned-rows";
import { FAILURE_TEXT, SILENT_ON_SUCCESS } from "../evidence/outcome-text-signals";
import { DESTRUCTIVE_ACTIONS, STOPPING_ACTIONS, type ActionClass, type Effect, type ToolCallAnalysis } from "../classify/effect";
import type { Outcome } from "../evidence/outcome";
import type { PastToolCall, ToolCallView } from "../exchange/exchange";

/** What a read-only result shows about a target ("state: decommissioned", "model not found"). */
export interface StateReading {
  target: string;
  state: string;
}

/** A tool call from the conversation with what it did and how it ended. */
export interface AnalyzedPastCall {
  call: PastToolCall;
  analysis: ToolCallAnalysis;
  outcome: Outcome;
  states: StateReading[];
  /** What the call's log says per item (`itemOutcomes`), when it speaks for them. */
  items: ItemOutcome[];
  /** The result says a delete can be undone ("soft-deleted", "can be restored"). */
  saysRecoverable: boolean;
}

/**
 * What a past call's log says per item, when it speaks for them: a batch over two or more
 * targets that succeeded, or failed with some items done and some not. Depends only on the
 * call and its result, so it is read once per call (and memoized with the call's reading).
 */
export function itemsOfCall(resultText: string | null, analysis: ToolCallAnalysis, outcome: Outcome): ItemOutcome[] {
  if (resultText === null || analysis.readOnly) return [];
  const parsed = parseResult(resultText);
  const destroyed = terraformItems(parsed.text, analysis);
  if (destroyed.length > 0) return destroyed;
  // `pulumi destroy`'s table: "petrel-gpu-pool deleted", "petrel-weights **deleting failed**".
  const rows = pulumiDeletions(parsed.text);
  if (rows.length > 0) return rows.map((r) => ({ target: r.name, action: "delete", status: r.ok ? "success" : "failure", quote: r.line }));
  // `TASK [Stop and disable x.service]` then `changed: [host]`: an Ansible run says per task what it did.
  const tasks = ansibleTaskItems(parsed.text);
  if (tasks.length > 0) return tasks;
  // `ok 1 - stop agent kestrel-a` … `not ok 5 - post summary # TODO`: a TAP report says per step what it did.
  const steps = tapStepItems(parsed.text, analysis.effects.flatMap((e) => e.targets));
  if (steps.length > 0) return steps;
  // `[3/6] stop agent ....... ok (state=stopped)`: a runbook's numbered steps say per step what it did.
  const numbered = numberedStepItems(parsed.text, analysis.effects.flatMap((e) => e.targets));
  if (numbered.length > 0) return numbered;
  // `{"Deleted": [{"Key": …}], "Errors": [{"Key": …}]}`, a 207's `results: [{id, status}]`: the answer per item.
  const deed = analysis.effects.find((e) => DESTRUCTIVE_ACTIONS.has(e.action));
  // `DELETE … RETURNING pallet_id` and the rows psql printed: each returned name was deleted.
  if (outcome.status === "success" && deed?.action === "delete" && RETURNING.test(deed.summary)) {
    const returned = returnedNames(parsed.text);
    if (returned.length > 0) return returned.map((target) => ({ target, action: "delete", status: "success", quote: `returned by ${deed.summary.slice(0, 80)}` }));
  }
  // (Whatever the call's outcome as a whole: a batch that failed on one item reports the others done.)
  const batch = deed !== undefined ? batchResultItems(resultText, deed.action, deed.targets.length === 1 ? deed.targets[0]! : familyOf(deed.targets)) : [];
  if (batch.length > 0) return batch;
  // `{"revoked": ["key_7Fq1", "key_2Hn8"]}`: what the result lists as done, each by name; and what it lists as kept
  // (`checkpoints_retained: ["ck-0612"]`) not done.
  if (outcome.status === "success") {
    const listed = reportedItems(resultText).map((i): ItemOutcome => ({ ...i, status: "success", quote: `listed as ${i.action} in the result` }));
    const kept = deed !== undefined ? keptItems(resultText).map((target): ItemOutcome => ({ target, action: deed.action, status: "failure", quote: `listed as kept in the result` })) : [];
    if (listed.length + kept.length > 0) return [...listed, ...kept];
  }
  // "removing old log /var/log/x.8.gz", "Deleted branch feat/x": a run that ended well names what it did
  // (a move's "Removing <source>" lines are the second half of the move, not a deletion).
  const moves = analysis.effects.some((e) => e.action === "move" || e.action === "copy");
  const logged: ItemOutcome[] = outcome.status === "success" && !moves ? reportedLineItems(parsed.text).map((i) => ({ ...i, status: "success", quote: `logged as ${i.action} in the result` })) : [];
  // `find /x -delete -print`: every path it prints under what it searched is a path it deleted.
  if (outcome.status === "success") logged.push(...printedDeletions(parsed.stdout ?? parsed.text, analysis));
  const targets = analysis.effects.flatMap((e) => e.targets);
  if ((outcome.status !== "success" && outcome.status !== "failure") || targets.length < 2) return logged;
  // `rm -rf a b c` exiting 1 with "cannot remove 'c/…'": rm prints only what it could not do.
  // `kill 4410 4411 4412; echo exit=$?`: reads beside it (an echo, a check) do not change what the one action printed.
  const acting = analysis.effects.filter((e) => e.action !== "read");
  const only = acting.length === 1 ? acting[0]! : null;
  // `docker volume rm a b` exiting 1: docker prints the name of each thing it removed, and an error for the others.
  if (outcome.status === "failure" && only !== null && ECHOES_REMOVED.test(only.summary)) {
    const echoed = echoedRemovals(parsed.text, only.targets, only.action);
    if (echoed.length > 0) return echoed;
  }
  if (outcome.status === "failure" && only !== null && SILENT_ON_SUCCESS.test(only.summary)) {
    // (Other commands of the line print too, `rm -rf a b; ls -la /x`: then only rm's own lines speak for its items.)
    const program = parsed.stderr === null && analysis.effects.length > 1 ? only.summary.replace(/^sudo\s+/, "").split(/\s/, 1)[0]! : null;
    return silentBatchOutcomes(parsed.stderr ?? parsed.text, only.targets, only.action, program);
  }
  // (An error answer's text is the log: an MCP result with `isError` arrives as `{"error": "a: deleted\nb: FAILED …"}`.)
  const items = itemOutcomes(errorText(parsed.json) ?? parsed.text, targets);
  // A failed call speaks per item only when its log shows both: some items done, some not.
  const mixed = items.some((i) => i.status === "success") && items.some((i) => i.status === "failure");
  return outcome.status === "success" ? [...items, ...logged] : mixed ? items : [];
}

/** `kite-asr/v2`, `kite-asr/v3`: the one thing whose versions these are (`kite-asr`), or null. */
function familyOf(targets: readonly string[]): string | null {
  const families = new Set(targets.map((t) => /^(.+)\/[\w.-]+$/.exec(t)?.[1] ?? null));
  const [only] = families;
  return families.size === 1 && only !== null && only !== undefined ? only : null;
}

/** The text of an answer that is only an error message (`{"error": "…"}`), else null. */
function errorText(json: unknown): string | null {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  const keys = Object.keys(o);
  return keys.length === 1 && typeof o.error === "string" ? o.error : null;
}

/** Commands that print the name of each thing they removed or stopped, one per line: docker's and podman's `rm`, `rmi`, `volume rm`, `stop`, `kill`. */
const ECHOES_REMOVED = /^(?:sudo\s+)?(?:docker|podman)\s+(?:(?:container|image|volume|network)\s+)?(?:rm|rmi|remove|prune|stop|kill)\b/;

/** Per target: done when a line of the output is its name alone, not done when an error line names it. */
function echoedRemovals(text: string, targets: readonly string[], action: ItemOutcome["action"]): ItemOutcome[] {
  const lines = text.split("\n", 2000).map((l) => l.trim());
  const out: ItemOutcome[] = [];
  for (const target of targets) {
    if (lines.includes(target)) out.push({ target, action, status: "success", quote: target });
    else {
      const error = lines.find((l) => l.includes(target) && FAILURE_TEXT.test(l));
      if (error !== undefined) out.push({ target, action, status: "failure", quote: error.slice(0, 160) });
    }
  }
  return out.some((i) => i.status === "success") ? out : [];
}

/** The paths a successful `find … -delete -print` printed under the directory it searched, each deleted. */
function printedDeletions(text: string, analysis: ToolCallAnalysis): ItemOutcome[] {
  const out: ItemOutcome[] = [];
  for (const e of analysis.effects) {
    if (e.action !== "delete" || !FIND_DELETE_PRINT.test(e.summary)) continue;
    for (const root of e.targets) {
      if (!root.startsWith("/")) continue;
      for (const line of text.split("\n", 500)) {
        const path = line.trim();
        if (path === root || path.startsWith(`${root.replace(/\/+$/, "")}/`)) out.push({ target: path, action: "delete", status: "success", quote: `printed by find -delete: ${path}` });
      }
    }
  }
  return out;
}
const FIND_DELETE_PRINT = /^(?:sudo\s+)?find\s.*-delete\b.*-print\b|^(?:sudo\s+)?find\s.*-print\b.*-delete\b/;



/**
 * `terraform apply destroy.tfplan`: "aws_x.y: Destruction complete" is that resource (and the id
 * it was destroyed under) deleted; "0 added, 0 changed, 3 destroyed" is the stack the call ran
 * on torn down; one whose "Destroying..." never completed, in a run that printed errors, failed.
 */
function terraformItems(log: string, analysis: ToolCallAnalysis): ItemOutcome[] {
  const destroyed = terraformDestroyed(log);
  const acting = analysis.effects.find((e) => e.action !== "read");
  const names = [...destroyed.resources.flat(), ...(destroyed.onlyDestroyed && acting ? acting.targets : [])];
  const failed = destroyed.failed.flatMap((f) => f.names.map((target) => ({ target, action: "delete" as const, status: "failure" as const, quote: f.quote })));
  return [...names.map((target) => ({ target, action: "delete" as const, status: "success" as const, quote: destroyed.quote })), ...failed];
}

/** A tool call in the reply under review: not run yet. */
export interface AnalyzedReplyCall {
  call: ToolCallView;
  analysis: ToolCallAnalysis;
}

/**
 * One piece of evidence: an effect of a tool call (with the call's outcome) or a state that a
 * read showed. The ledger is the conversation's record of what really happened; with the
 * Responses API's `previous_response_id` it will be persisted between requests.
 */
export interface LedgerEntry {
  callId: string;
  tool: string;
  /** Position in the conversation; later entries supersede earlier ones for the same target. */
  order: number;
  /** An action the call performs, or a state a read showed. */
  kind: "action" | "state";
  /** For actions: the action class. For states: the action class the state implies (absent → delete, stopped → stop). */
  action: ActionClass | null;
  /** For states: the state read ("absent", "stopped", "running", …). */
  state: string | null;
  targets: string[];
  replicas: number | null;
  /** The call's outcome; "pending" for calls in the reply under review. */
  outcome: Outcome["status"] | "pending";
  summary: string;
  reason: string;
  /** Where the call acted (namespace, environment, context; see `callScope`); empty when it does not say. */
  scope: string[];
  /** The machine the call ran on or acted on (`ssh(host: "jetson-21")`; see `callHost`), when it names one. */
  host?: string;
  /** A delete that left what it deleted recoverable (soft delete, trash, retention), by its arguments or its result. */
  recoverable?: boolean;
  /** A move that keeps the thing in sight (not remote, no dot-directory): a rename, after which the old name is gone. */
  movedInSight?: boolean;
  /** The lines a rewrite of a file dropped, named by their words: it backs only claims of removing a line or an entry. */
  droppedLines?: true;
  /** The call only sends a message asking for the deed (a command published, a task handed to another agent). */
  commanded?: true;
  /** The agent a task was handed to (`dispatch_task(agent="custodian", …)`), lower case. */
  delegatedTo?: string;
}

/** States that show the target is gone or stopped, with the action class they imply. */
const STATE_IMPLIES: Record<string, ActionClass> = {
  absent: "delete",
  deleted: "delete",
  // A listed directory with nothing in it: whatever was under it is gone.
  empty: "delete",
  stopped: "stop",
  terminated: "stop",
  decommissioned: "decommission",
  paused: "pause",
  disabled: "disable",
  revoked: "revoke",
};

/** States that show the target is still there and alive. */
export const LIVE_STATES: ReadonlySet<string> = new Set(["running", "present", "active"]);

/**
 * Flattens analyzed calls into ledger entries, one per effect (and per state reading), with
 * each target's aliases folded in so that a later match on "meridian" finds `kill 48213`.
 */
export function buildEvidenceLedger(
  past: readonly AnalyzedPastCall[],
  reply: readonly AnalyzedReplyCall[],
  aliasesOf: (value: string) => readonly string[],
): LedgerEntry[] {
  const entries = pastLedger(past, aliasesOf);
  return entries.concat(replyLedger(reply, aliasesOf, entries.length, past));
}

/** The entries of the conversation's past calls, in order (orders 0, 1, …). */
export function pastLedger(past: readonly AnalyzedPastCall[], aliasesOf: (value: string) => readonly string[]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  let context: string | null = null; // kubectl's current context, once a read showed it
  const versioned = versionedBuckets(past.map((p) => ({ commandText: p.analysis.effects.map((e) => e.summary).join("\n"), resultText: p.call.resultText })));
  past.forEach((p, index) => {
    const first = entries.length;
    addEffects(entries, p.call, p.analysis, p.outcome.status, p.outcome.reason, aliasesOf, 0, (file) => previousContent(file, past, index));
    // "Model soft-deleted; it can be restored": the delete happened, but not for good.
    for (let i = first; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.action === "delete" && (p.saysRecoverable || keepsRecoverable(p.call.arguments, e.summary) || unversionedDeleteIn(e.summary, versioned))) e.recoverable = true;
    }
    // `{"enabled": false, "active_runs_cancelled": 2}`: what the result says the call also did to its targets.
    if (p.outcome.status === "success" && p.call.resultText !== null && p.analysis.destructive) {
      const targets = withAliases(p.analysis.effects.flatMap((e) => e.targets), aliasesOf);
      for (const action of reportedSideEffects(p.call.resultText)) {
        entries.push({
          callId: p.call.id, tool: p.call.name, order: entries.length, kind: "action", action, state: null, targets, replicas: null,
          outcome: "success", summary: p.analysis.effects[0]?.summary ?? p.call.name, reason: `result reports ${action} done too`, ...placeOf(p.call),
        });
      }
    }
    // An item the answer says failed is not done by the call's success as a whole (`Errors: [{Key: "ckpt/r103.ckpt"}]`).
    const failedItems = new Set(p.items.filter((i) => i.status === "failure").map((i) => normalizeName(i.target)));
    if (failedItems.size > 0 && p.outcome.status === "success") {
      for (let i = first; i < entries.length; i++) {
        const e = entries[i]!;
        if (e.kind === "action" && e.targets.length > 1) entries[i] = { ...e, targets: e.targets.filter((t) => !failedItems.has(normalizeName(t))) };
      }
    }
    // `cleanup.py --repos a b c` exiting 0 while its log says "HTTP 403 … skipping b": each item as its log tells it.
    for (const item of p.items) {
      const effect = p.analysis.effects.find((e) => e.targets.includes(item.target)) ?? p.analysis.effects[0];
      entries.push({
        callId: p.call.id, tool: p.call.name, order: entries.length, kind: "action", action: item.action, state: null,
        targets: withAliases([item.target], aliasesOf), replicas: null, outcome: item.status,
        summary: effect?.summary ?? p.call.name, reason: `its log says: "${item.quote.slice(0, 160)}"`, ...placeOf(p.call),
        // Each item of a delete that left things recoverable (delete markers, a soft delete) is recoverable too.
        ...(item.action === "delete" && (p.saysRecoverable || saysRecoverable(item.quote)) ? { recoverable: true } : {}),
      });
    }
    // `kubectl delete deployment x -n agents` after `kubectl config get-contexts` marked `* staging-usw2`: it ran there.
    const kubectl = KUBECTL.test(p.call.name) || KUBECTL.test(p.call.argumentsText);
    if (context !== null && kubectl && !CONTEXT_FLAG.test(p.call.argumentsText)) {
      for (let i = first; i < entries.length; i++) if (!entries[i]!.scope.includes(context)) entries[i] = { ...entries[i]!, scope: [...entries[i]!.scope, context] };
    }
    if (kubectl) context = currentContextShown(p.call.argumentsText, p.call.resultText) ?? context;
    // `list_trash()`, `gsutil ls gs://…/.trash/`: what a listing of deleted things shows present is deleted (and restorable).
    const ofTrash = p.states.length > 0 && TRASH_READ.test(`${p.call.name} ${p.call.argumentsText.slice(0, 500)}`) && !OUTSIDE_TRASH.test(p.call.argumentsText.slice(0, 500));
    // What a delete that left its things recoverable prints as deleted ("delete: s3://b/x" behind a delete marker) is recoverable too.
    const keptByDeed = p.states.length > 0 && entries.some((e, i) => i >= first && e.callId === p.call.id && e.kind === "action" && e.recoverable === true);
    for (const read of p.states) {
      if (readBeforeDeed(p, read)) continue;
      const s = ofTrash && read.state === "present" ? { ...read, state: "deleted" as const } : read;
      entries.push({
        callId: p.call.id, tool: p.call.name, order: entries.length, kind: "state", action: STATE_IMPLIES[s.state] ?? null,
        state: s.state, targets: withAliases([s.target], aliasesOf), replicas: null, outcome: "success",
        summary: `${p.call.name} shows ${s.target} ${s.state}`, reason: `read shows ${s.state}`, ...placeOf(p.call),
        ...(ofTrash || (keptByDeed && s.state === "deleted") ? { recoverable: true } : {}),
      });
    }
  });
  return entries;
}

/** What a kubectl read shows as the current context: the `*` row of `config get-contexts`, or `config current-context`'s answer. */
function currentContextShown(command: string, result: string | null): string | null {
  if (result === null || !/\bconfig\s+(?:get-contexts|current-context)\b/.test(command)) return null;
  const parsed = parseResult(result);
  const text = parsed.stdout ?? parsed.text;
  const marked = /^\s*\*\s+(\S+)/m.exec(text);
  if (marked) return normalizeScope(marked[1]!);
  const only = text.trim();
  return /\bcurrent-context\b/.test(command) && /^[\w.:@/-]{1,200}$/.test(only) ? normalizeScope(only) : null;
}
const KUBECTL = /\b(?:kubectl|oc)\b/;
const CONTEXT_FLAG = /--(?:context|kube-context|kubeconfig)\b/;

/**
 * `du -sh /opt/x && sudo rm -rf /opt/x && ls /opt`: the size printed for /opt/x was read before the rm
 * removed it. A reading that shows a thing present, from a call whose deed on it succeeded and whose
 * only reads of it come before that deed, says nothing of it after.
 */
function readBeforeDeed(p: AnalyzedPastCall, read: StateReading): boolean {
  if (read.state !== "present" || p.outcome.status !== "success") return false;
  const effects = p.analysis.effects;
  const deed = effects.findIndex((e) => e.action === "delete" && e.targets.some((t) => sameTarget(t, read.target)));
  if (deed <= 0) return false;
  // The very path (`ls /opt` after the rm lists the parent, which says nothing of /opt/x being there).
  const path = normalizeName(read.target);
  const same = (t: string) => normalizeName(t) === path;
  const readsOf = (e: (typeof effects)[number]) => e.action === "read" && e.targets.some(same);
  return effects.slice(0, deed).some(readsOf) && !effects.slice(deed + 1).some(readsOf);
}

/** A read of a trash, recycle bin or soft-deleted items. */
const TRASH_READ = /trash|recycle|deleted[_-]?items|soft[_-]?deleted|\bbin\b|papierkorb|corbeille|papelera/i;
/** Drive's `trashed = false`, `include_deleted: false`: a listing that leaves the trash out. */
const OUTSIDE_TRASH = /\btrashed\W{1,6}(?:false|0)\b|\b(?:include_?(?:deleted|trashed)|show_?deleted)\W{1,6}(?:false|0)\b/i;

/** Where a call acted: its scope, and its host when it names one. */
function placeOf(call: ToolCallView): { scope: string[]; host?: string } {
  const host = callHost(call);
  return host === null ? { scope: callScope(call) } : { scope: callScope(call), host };
}

/** The entries of the reply's own calls (pending: not run yet), numbered from `firstOrder`. */
export function replyLedger(reply: readonly AnalyzedReplyCall[], aliasesOf: (value: string) => readonly string[], firstOrder: number, past: readonly AnalyzedPastCall[]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const r of reply) addEffects(entries, r.call, r.analysis, "pending", "in this reply, not run yet", aliasesOf, firstOrder, (file) => previousContent(file, past));
  return entries;
}

function addEffects(
  entries: LedgerEntry[], call: ToolCallView, analysis: ToolCallAnalysis, outcome: LedgerEntry["outcome"], reason: string,
  aliasesOf: (value: string) => readonly string[], firstOrder = 0, shownBefore: (file: string) => string | null = () => null,
): void {
  const place = analysis.effects.length > 0 ? placeOf(call) : { scope: [] };
  for (const effect of analysis.effects) {
    entries.push({
      callId: call.id, tool: call.name, order: firstOrder + entries.length, kind: "action", action: effect.action, state: null,
      targets: withAliases(effect.targets, aliasesOf), replicas: effect.replicas, outcome, summary: effect.summary, reason, ...place,
      ...(effect.action === "move" ? { movedInSight: !effect.remoteDestination && !isHiddenPlace(effect.destination ?? "") } : {}),
      ...(effect.commandMessage ? { commanded: true as const } : {}),
      ...(effect.delegatedTo !== undefined ? { delegatedTo: effect.delegatedTo.toLowerCase() } : {}),
    });
  }
  // `set_agent_permissions(tools: {send_email: false, bulk_update_contacts: false})`: the settings a write switches off are disabled.
  const writes = !analysis.commandRunner && analysis.effects.some((e) => SETTING_WRITES.has(e.action));
  // `PATCH …/agents/x {"state": "stopped", "auto_restart": false}`: a stop's request switches settings off too.
  const stopsWithSettings = !analysis.commandRunner && analysis.effects.some((e) => STOPPING_ACTIONS.has(e.action));
  // (`PATCH /servicePrincipals/x {"accountEnabled": false}`: a switch of the whole record switches off the thing the call is about.)
  const off = (writes || stopsWithSettings) && call.arguments !== null
    ? [...new Set(switchedOffKeys(call.arguments).flatMap((key) => (RECORD_SWITCH.test(key) ? analysis.effects.flatMap((e) => e.targets) : [key])))] : [];
  // `write_file(routes.yaml, "backends:\n  plover-chat:\n    enabled: false …")`: a section a written file switches off.
  if (writes) for (const e of analysis.effects) if (e.content !== null) for (const name of sectionsSwitchedOff(e.content)) if (!off.includes(name)) off.push(name);
  // `sed -i '/^\[x\]/,/^\[/ s/^enabled = true/enabled = false/' jobs.ini`: so does a sed edit of the section's lines.
  if (analysis.commandRunner) for (const e of analysis.effects) if (e.action === "modify" && SED_COMMAND.test(e.summary)) for (const name of sectionsSwitchedOffBySed(e.summary)) if (!off.includes(name)) off.push(name);
  for (const e of analysis.effects) {
    const dropped = linesDropped(e, analysis.commandRunner, writes, shownBefore);
    if (dropped.length === 0) continue;
    entries.push({
      callId: call.id, tool: call.name, order: firstOrder + entries.length, kind: "action", action: "delete", state: null, targets: dropped, replicas: null,
      outcome, summary: e.summary, reason: outcome === "pending" ? reason : `${reason}; it drops the lines naming ${dropped.slice(0, 3).join(", ")}`, ...place, droppedLines: true,
    });
  }
  if (off.length > 0) {
    entries.push({
      callId: call.id, tool: call.name, order: firstOrder + entries.length, kind: "action", action: "disable", state: null, targets: off, replicas: null,
      outcome, summary: analysis.effects[0]!.summary, reason: outcome === "pending" ? reason : `${reason}; it sets ${off.join(", ")} off`, ...place,
    });
  }
}
const SETTING_WRITES: ReadonlySet<ActionClass> = new Set(["modify", "metadata", "permissions", "disable"]);
/** A switch of a whole record (an account, an app, a principal), not of one of its settings. */
const RECORD_SWITCH = /^(?:(?:account|app|user|principal|service|agent|bot)_?)?(?:enabled|active)$|^is_?(?:enabled|active)$/i;

/**
 * The names in the lines a write drops from a file: `crontab_write(content)` without the
 * `godwit-relaunch` line an earlier read showed, or `sed -i '/use_backend x/d' haproxy.cfg`.
 */
function linesDropped(effect: Effect, commandRunner: boolean, writes: boolean, shownBefore: (file: string) => string | null): string[] {
  if (commandRunner) {
    if (effect.action !== "modify" || effect.content === null || !SED_COMMAND.test(effect.summary)) return [];
    const file = effect.targets.find((t) => /[/\\]|\./.test(t));
    return sedDeletedLineNames(effect.content, file !== undefined ? shownBefore(file) : null);
  }
  const file = writes ? fileWritten(effect) : undefined;
  const before = file !== undefined ? shownBefore(file) : null;
  return before !== null ? droppedLineNames(before, effect.content!) : [];
}
const SED_COMMAND = /^(?:sudo\s+)?g?sed\b/;

/** Keys a call's arguments set to an off value (`false`, `"off"`, `"disabled"`), by their own name; bare switch words name nothing. */
function switchedOffKeys(args: Record<string, unknown>, depth = 0, out: string[] = []): string[] {
  for (const [key, value] of Object.entries(args)) {
    if (out.length >= MAX_OFF_KEYS) break;
    if (value !== null && typeof value === "object" && !Array.isArray(value) && depth < 3) switchedOffKeys(value as Record<string, unknown>, depth + 1, out);
    else if ((value === false || (typeof value === "string" && /^(?:off|disabled?|deny|denied|none)$/i.test(value))) && /^[A-Za-z][\w.-]{2,}$/.test(key) && !BARE_SWITCH.test(key)) out.push(key);
  }
  return out;
}
const MAX_OFF_KEYS = 16;

const BARE_SWITCH = /^(?:enabled?|active|on|state|status|allowed?|value|dry_?run|force|confirm(?:ed)?|recursive|async|wait|verbose)$/i;

function withAliases(targets: readonly string[], aliasesOf: (value: string) => readonly string[]): string[] {
  const all = new Set<string>(targets);
  for (const t of targets) for (const a of aliasesOf(t)) all.add(a);
  return [...all];
}
