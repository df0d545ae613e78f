import type { ActionClass } from "../classify/effect";
import { actionOfWord, splitIdentifier } from "../classify/action-words";
import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import { SUCCESS_STATES } from "./outcome-text-signals";
import { parseResult } from "./parse-result";

/**
 * Actions a result reports having done on the side, as a positive count or `true`
 * (`{"enabled": false, "active_runs_cancelled": 2}`, `{"deleted": true, "sessions_terminated": 3}`):
 * the call also stopped or removed those things of its target.
 */
export function reportedSideEffects(resultText: string): ActionClass[] {
  const json = parseResult(resultText).json;
  if (json === null || typeof json !== "object" || Array.isArray(json)) return [];
  const out = new Set<ActionClass>();
  const record = json as Record<string, unknown>;
  const note = (key: string, done: boolean) => {
    const m = done ? SIDE_EFFECT_KEY.exec(key) ?? DONE_FROM_KEY.exec(key) : null;
    if (m) out.add(ACTION_OF[m[1]!.toLowerCase()]!);
  };
  for (const [key, value] of Object.entries(record)) note(snakeCase(key), value === true || (typeof value === "number" && value > 0));
  // Kubernetes-style conditions (`status.conditions: [{type: CredentialsRevoked, status: "True"}]`): each true one is done.
  const status = record.status;
  const conditions = record.conditions ?? (status !== null && typeof status === "object" ? (status as Record<string, unknown>).conditions : undefined);
  if (Array.isArray(conditions)) {
    for (const c of conditions.slice(0, MAX_LISTED)) {
      if (c === null || typeof c !== "object") continue;
      const { type, status: holds } = c as Record<string, unknown>;
      if (typeof type === "string") note(snakeCase(type), holds === true || (typeof holds === "string" && holds.toLowerCase() === "true"));
    }
  }
  for (const action of stepDeeds(record)) out.add(action);
  return [...out];
}

/**
 * The deeds a job's steps report done (`data.job.steps: [{name: "revoke_tools", status: "succeeded"}]`): a step named
 * for a destructive deed that succeeded did that deed too. Looks at most four levels down.
 */
function stepDeeds(root: Record<string, unknown>): ActionClass[] {
  const out: ActionClass[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > MAX_STEP_DEPTH || node === null || typeof node !== "object" || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (STEP_LIST_KEY.test(key) && Array.isArray(value)) {
        for (const step of value.slice(0, MAX_LISTED)) {
          if (step === null || typeof step !== "object") continue;
          const { name, step: stepName, status, state } = step as Record<string, unknown>;
          const label = typeof name === "string" ? name : typeof stepName === "string" ? stepName : null;
          const ended = typeof status === "string" ? status : typeof state === "string" ? state : null;
          const verb = label !== null ? splitIdentifier(label)[0] : undefined;
          const action = verb !== undefined ? actionOfWord(verb) : null;
          if (action !== null && DESTRUCTIVE_ACTIONS.has(action) && ended !== null && SUCCESS_STATES.has(ended.toLowerCase())) out.push(action);
        }
      } else visit(value, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}
const STEP_LIST_KEY = /^(?:steps|stages|tasks|phases)$/i;
const MAX_STEP_DEPTH = 4;

/** `credentialsRevoked`, `CredentialsRevoked` → `credentials_revoked`. */
function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

const ACTION_OF: Record<string, ActionClass> = {
  cancelled: "stop", canceled: "stop", stopped: "stop", terminated: "stop", killed: "stop", aborted: "stop", halted: "stop",
  deleted: "delete", removed: "delete", purged: "delete", revoked: "revoke", disabled: "disable",
  deregistered: "delete", unregistered: "delete", destroyed: "delete", dropped: "delete", wiped: "delete", uninstalled: "delete",
  retired: "decommission", decommissioned: "decommission", paused: "pause", suspended: "pause", undeployed: "stop",
};
/** The participles above, for the key patterns below. */
const DONE_WORDS = Object.keys(ACTION_OF).join("|");
/** `active_runs_cancelled`, `sessions_terminated`, `tokens_revoked` (a thing, then what happened to it). */
const SIDE_EFFECT_KEY = new RegExp(`^[a-z]+(?:_[a-z]+)*_(${DONE_WORDS})$`, "i");
/** `removed_from_hive`, `deleted_from_registry`: what happened to the target itself, and where. */
const DONE_FROM_KEY = new RegExp(`^(${DONE_WORDS})_from_[a-z]+(?:_[a-z]+)*$`, "i");

/**
 * The things a result lists as done (`{"revoked": ["key_7Fq1", "key_2Hn8"], "count": 2}`,
 * `{"deleted_ids": [41, 42]}`): each one is done, by the action its key names. The ids a call
 * reached only through its result (a revoke by owner) are named nowhere else.
 */
export function reportedItems(resultText: string): Array<{ target: string; action: ActionClass }> {
  const parsed = parseResult(resultText);
  // `HTTP 200` then the body: the body is the result's first document.
  const json = parsed.json !== undefined ? parsed.json : parsed.documents[0];
  if (json === null || typeof json !== "object" || Array.isArray(json)) return [];
  const out: Array<{ target: string; action: ActionClass }> = [];
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    // `revoked: […]`, `deleted_ids: […]`, and the other way round, `agents_halted: […]`.
    const m = Array.isArray(value) ? LISTED_DONE_KEY.exec(key) ?? SIDE_EFFECT_KEY.exec(key) : null;
    if (!m || !Array.isArray(value)) continue;
    for (const item of value.slice(0, MAX_LISTED)) {
      if ((typeof item === "string" && item.length > 0 && item.length <= 256) || typeof item === "number") out.push({ target: String(item), action: ACTION_OF[m[1]!.toLowerCase()]! });
    }
  }
  // `{"terminated": 3, "failed": 0, "session_ids": ["s1", "s2", "s3"]}`: a count of a deed beside the list of as many ids.
  if (out.length === 0) {
    const record = json as Record<string, unknown>;
    const counts = Object.entries(record).filter(([k, v]) => LISTED_DONE_KEY.test(k) && typeof v === "number" && v > 0);
    const lists = Object.entries(record).filter(([k, v]) => ID_LIST_KEY.test(k) && Array.isArray(v));
    if (counts.length === 1 && lists.length === 1) {
      const [countKey, count] = counts[0]!;
      const ids = (lists[0]![1] as unknown[]).filter((v): v is string | number => typeof v === "string" || typeof v === "number");
      const m = LISTED_DONE_KEY.exec(countKey)!;
      if (ids.length === count && ids.length <= MAX_LISTED) for (const id of ids) out.push({ target: String(id), action: ACTION_OF[m[1]!.toLowerCase()]! });
    }
  }
  return out;
}

/**
 * `{"deleted": true, "checkpoints_retained": ["ck-0612", "ck-0830"]}`: the names a destructive call's result lists as
 * kept (retained, skipped, preserved, not deleted) are things it did not do its deed on.
 */
export function keptItems(resultText: string): string[] {
  const json = parseResult(resultText).json;
  if (json === null || typeof json !== "object" || Array.isArray(json)) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (!Array.isArray(value) || !KEPT_LIST_KEY.test(key)) continue;
    for (const item of value.slice(0, MAX_LISTED)) if ((typeof item === "string" && item.length > 0 && item.length <= 256) || typeof item === "number") out.push(String(item));
  }
  return out;
}
const KEPT_LIST_KEY = /^(?:[a-z]+_)?(?:retained|kept|skipped|preserved|spared|not_(?:deleted|removed|stopped|revoked))$/i;

/** `session_ids`, `ids`, `key_ids`: a list of the ids a call acted on. */
const ID_LIST_KEY = /^(?:[a-z]+_)?ids$/i;
const MAX_LISTED = 64;
/** `revoked`, `deleted_ids`, `removed_keys`, `terminated_instances`: a past participle, maybe with what it lists. */
const LISTED_DONE_KEY = new RegExp(`^(${DONE_WORDS})(?:_[a-z]+)?$`, "i");

/**
 * Lines of a log that report one thing done by name, as logrotate, apt, git, journalctl and
 * `rm -v` print them: "removing old log /var/log/x.8.gz", "Removing linux-image-5.15.0-101 (…)",
 * "Deleted branch feat/x (was 4e1a9c2).", "removed '/srv/x'". Only names shaped like identifiers
 * (a dot, slash, dash, underscore or digit): "Removed 3 files" names no thing.
 */
export function reportedLineItems(log: string): Array<{ target: string; action: ActionClass }> {
  const out: Array<{ target: string; action: ActionClass }> = [];
  for (const m of log.matchAll(DONE_LINE)) {
    const target = m[2]!.replace(/[.,:;)]+$/, "");
    if (!/[./_\-\d]/.test(target) || /^\d+$/.test(target)) continue;
    // systemd's "Removed …/multi-user.target.wants/x.service" takes away the link that enables x.
    const action = ENABLEMENT_LINK.test(target) ? "disable" : LINE_ACTION[m[1]!.toLowerCase().replace(/(?:ing|ed|d)$/, "")] ?? "delete";
    out.push({ target, action });
    if (out.length >= MAX_LISTED) break;
  }
  // kubectl: `deployment.apps "swarm-planner" deleted`, `pod/x deleted` (a selector's delete names each thing it removed).
  for (const m of log.matchAll(KUBECTL_DELETED)) {
    if (out.length >= MAX_LISTED) break;
    out.push({ target: m[1] ?? m[2]!, action: "delete" });
  }
  return out;
}
const KUBECTL_DELETED = /^[ \t]*[a-z][\w-]*(?:\.[\w.-]+)?(?:[ \t]+"([^"\s]+)"|\/([^\s"]+))[ \t]+deleted\b/gim;

/** A symlink systemd keeps to enable a unit (`multi-user.target.wants/x.service`). */
export const ENABLEMENT_LINK = /\.(?:wants|requires)\/[^/]+$/;

const LINE_ACTION: Record<string, ActionClass> = { stopp: "stop", kill: "stop", revok: "revoke", revoke: "revoke", disabl: "disable", disable: "disable" };
/** A line opening with a deed done (or being done, in a log that ended well) and the thing it was done to. */
const DONE_LINE = /^[ \t]*(?:[-*][ \t]+)?(removing|removed|deleting|deleted|purging|purged|dropping|dropped|destroying|destroyed|uninstalling|uninstalled|killing|killed|stopping|stopped|revoking|revoked|disabling|disabled|evicting|evicted)[ \t]+(?:(?:old|archived|stale|remote)[ \t]+)?(?:log|file|directory|dir|branch|package|image|container|volume|key|journal|tag|ref|snapshot|pod)?[ \t]*['"‘`]?([^\s'"’`]+)/gim;
