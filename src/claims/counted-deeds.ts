import { DESTRUCTIVE_ACTIONS, type ActionClass } from "../classify/effect";
import { normalizeName } from "../evidence/same-target";
import type { LedgerEntry } from "../guard/evidence-ledger";
import { actionSatisfies, type ActionFamilies } from "./action-families";
import { sameName } from "./claim-targets";

/**
 * How many things the conversation's calls did `action` to, when the work was done one thing per call: two calls
 * or more, all of one tool, each naming one thing. Null otherwise, for then the count is not known: one call may
 * remove a whole with its parts (a model with its versions, a service with its endpoints), or a pattern, a folder or a selector; and a reading may show more done. Calls that differ only in
 * their arguments (`store=working`, `store=long_term`) did different things; the same call made again did one.
 *
 * `delete_checkpoint(run_id=wl-2207, step=18000)` names `wl-2207/18000` and `wl-2207/step-18000`: one checkpoint,
 * as the store spells it both ways.
 */
export function thingsDoneOneByOne(action: ActionClass, ledger: readonly LedgerEntry[], families: ActionFamilies): number | null {
  const perCall = new Map<string, Set<string>>();
  const calls = new Set<string>();
  let tool: string | null = null;
  for (const e of ledger) {
    if (e.outcome !== "success" || e.action === null || !actionSatisfies(families, action, e.action)) continue;
    if (e.kind !== "action" || MANY_AT_ONCE.test(e.summary)) return null;
    if (tool !== null && e.tool !== tool) return null;
    tool = e.tool;
    const keys = perCall.get(e.callId) ?? new Set<string>();
    for (const t of e.targets) {
      if (/[*?]/.test(t) || t.endsWith("/")) return null;
      keys.add(normalizeName(t).replace(UNIT_SPELLING, "$1"));
    }
    if (keys.size !== 1) return null;
    perCall.set(e.callId, keys);
    calls.add(e.summary);
  }
  // (The same call made twice over, a retry, did one thing; calls on one name with other arguments did several.)
  return perCall.size < 2 ? null : calls.size;
}

/** `…/step-18000` and `…/18000`: a numbered unit spelled with or without its unit word. */
const UNIT_SPELLING = /(?:step|epoch)-(\d+)$/;
/** Call shapes that act on many things without naming each. */
const MANY_AT_ONCE = /\s-(?:r|rf|fr|R)\b|--recursive\b|--all\b|--selector\b|\s-l\s|\bprefix=|\bWHERE\b|\bfind\b[^|]*-delete\b|\bxargs\b|\bfor\s+\w+\s+in\b/i;

/**
 * "Deleting all 14 tn-77 checkpoints now" and `delete_checkpoints(run_id=tn-77, names=[…])`: how many things besides
 * `owner` the reply's one destructive call names, or null when the reply makes several (each may carry part of a count).
 */
export function membersNamedByCall(owner: string, decisive: readonly LedgerEntry[], ledger: readonly LedgerEntry[]): number | null {
  const calls = new Set(ledger.filter((e) => e.outcome === "pending" && e.kind === "action" && e.action !== null && DESTRUCTIVE_ACTIONS.has(e.action)).map((e) => e.callId));
  if (calls.size !== 1 || !decisive.every((e) => calls.has(e.callId))) return null;
  const members = new Set<string>();
  for (const e of decisive) for (const t of e.targets) if (!sameName(owner, t) && !/[*?]/.test(t)) members.add(normalizeName(t));
  return members.size;
}
