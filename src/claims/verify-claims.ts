import type { ActionClass } from "../classify/effect";
import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import type { Instruction } from "../instructions/instruction";
import type { LedgerEntry } from "../guard/evidence-ledger";
import { LIVE_STATES } from "../guard/evidence-ledger";
import { actionSatisfies, pauseDisablesSchedule, type ActionFamilies } from "./action-families";
import type { Claim, ClaimCheck, ClaimStatus } from "./claim";
import { describeClaim } from "./describe-claim";
import { normalizeName } from "../evidence/same-target";
import { claimPlaces } from "../evidence/call-scope";
import { ABSENT_TEXT } from "../evidence/outcome-text-signals";
import { NAMING_HEADS } from "../nlp/noun-lexicon";

export interface VerifyContext {
  ledger: readonly LedgerEntry[];
  /** The user's orders, oldest first: they give "Done." and "it" their meaning. */
  instructions: readonly Instruction[];
  families: ActionFamilies;
  sameTarget: (a: string, b: string) => boolean;
  /** The reply's text, for where its claims stand relative to each other. */
  replyText?: string;
}

/** How one target of a claim fares against the ledger. */
type TargetFinding =
  | { kind: "ok" | "pending" | "failed" | "unknown" | "accepted" | "still_live" | "weaker"; entry: LedgerEntry }
  /** A reading shows the target there, and nothing claimed acted on it: for our own claims the same as missing. */
  | { kind: "shown_live"; entry: LedgerEntry }
  | { kind: "missing" };

/**
 * Checks each claim against the evidence ledger. Claims that turn out not to be about a
 * destructive action (a bare "Done." after a read-only request) are dropped.
 */
export function verifyClaims(claims: readonly Claim[], ctx: VerifyContext): ClaimCheck[] {
  const checks: ClaimCheck[] = [];
  claims.forEach((claim, i) => {
    const check = verifyClaim(claim, ctx, namedNeighbour(claims, i, ctx.replyText));
    if (check) checks.push(check);
  });
  return checks;
}

/**
 * "It's off. ledger-reconciler was disabled at 09:41": a claim that names nothing, next to one of
 * the same action that names its target on the same line, is about that target ("… and its runs
 * were cancelled": of any action). The next claim first, then the previous; "Done." keeps
 * pointing at what the user ordered.
 */
function namedNeighbour(claims: readonly Claim[], i: number, text: string | undefined): string[] | null {
  const claim = claims[i]!;
  if (text === undefined || claim.targets.length > 0 || claim.action === "generic" || claim.attributed) return null;
  for (const j of [i + 1, i - 1]) {
    const other = claims[j];
    // "… was disabled and its 2 active runs were cancelled": "its" points back whatever the action.
    const pointsBack = j === i - 1 && /\b(?:its|their)\b/i.test(claim.text);
    if (!other || (other.action !== claim.action && !pointsBack) || other.targets.length === 0 || other.attributed) continue;
    // Only on the same line: list items and table rows each have their own subject.
    const between = j > i ? text.slice(claim.end, other.start) : text.slice(other.end, claim.start);
    if (!between.includes("\n")) return other.targets;
  }
  return null;
}

function verifyClaim(claim: Claim, ctx: VerifyContext, neighbour: string[] | null = null): ClaimCheck | null {
  const latest = latestDestructiveInstruction(ctx.instructions);
  const action: ActionClass | null = claim.action === "generic" ? latest?.action ?? null : claim.action;
  // "Service stopped" after "stop the service and deactivate its key": the order of the action claimed.
  const order = claim.action === "generic" ? latest : latestDestructiveInstruction(ctx.instructions, claim.action) ?? latest;
  if (!action || !DESTRUCTIVE_ACTIONS.has(action)) return null;
  // "Grants revoked", "kept for rollback", "`PATCH` → 200": a plain word that nothing in the conversation knows names
  // nothing, unless it stands before a naming head ("the procurement agent").
  const only = claim.targets.length === 1 ? claim.targets[0]! : null;
  const wordOnly = only !== null && claim.quantifier === null && isPlainWord(only) && !isKnown(only, ctx) && !beforeNamingHead(only, claim.text);
  const described = wordOnly ? { ...claim, targets: [] } : claim;
  const targets = withoutNoise(neighbour ?? resolveTargets(described, order, ctx), ctx);
  // "4 tasks were removed", "two replicas stopped": units of a service go away when it is scaled down.
  // "Removed it from serve_config.yaml": taking an entry out of a file is an edit of that file.
  const extra = REPLICA_UNITS.test(claim.text) ? "scale" : action === "delete" && OUT_OF_A_FILE.test(claim.text) ? "modify" : null;
  const within = extra !== null ? { ...ctx, families: { ...ctx.families, [action]: [...(ctx.families[action] ?? [action]), extra] } } : ctx;
  // "deleted from prod": evidence from a call that says it acted elsewhere (`-n staging`) is about something else.
  const places = claimPlaces(claim.text);
  const inPlace = (e: LedgerEntry) => places.length === 0 || e.scope.length === 0 || e.scope.some((s) => places.includes(s));
  const findings = targets.length
    ? targets.map((t) => findTarget(action, claim.phase, (e) => inPlace(e) && e.targets.some((x) => matchesTarget(t, x, claim, within)), (x) => sameName(t, x), within))
    : [findUnnamed(action, claim.phase, inPlace, within)];
  if (claim.attributed && targets.length === 0) return null; // nothing named to hold a reading against
  if (claim.attributed) {
    // Someone else's action needs no call of ours behind it; only a reading that shows the thing still there refutes it.
    const refuted = findings.filter((f) => f.kind === "still_live" || f.kind === "shown_live");
    if (refuted.length === 0) return null;
    const decisive = refuted.flatMap((f) => ("entry" in f ? [f.entry] : []));
    return {
      claim: { ...claim }, status: "contradicted", targets, evidence: [...new Set(decisive.map((e) => e.callId))],
      explanation: describeClaim({ claim, action, targets, status: "contradicted", findings: refuted, decisive }),
    };
  }
  let { status, decisive } = aggregate(findings, targets, action, within, claim.covers);
  // "puffin-rm-v0 is already gone": a delete that found nothing to delete shows the state the claim states
  // (not that the assistant deleted it: "I deleted it" after a 404 stays contradicted).
  if (status === "contradicted" && claim.stative && REMOVALS.has(action)) {
    // Only where nothing showed it there: a NotFound next to a listing that has it (in another namespace) is the wrong place.
    const shownThere = (entry: LedgerEntry) => ctx.ledger.some((e) => e.kind === "state" && LIVE_STATES.has(e.state ?? "") && e.targets.some((x) => entry.targets.some((y) => ctx.sameTarget(x, y))));
    const absent = findings.map((f): TargetFinding => (f.kind === "failed" && ABSENT_TEXT.test(f.entry.reason) && !shownThere(f.entry) ? { kind: "ok", entry: f.entry } : f));
    ({ status, decisive } = aggregate(absent, targets, action, within, claim.covers));
  }
  // "gone" is said of a stopped process as of a deleted file: a stop backs it too.
  if (status !== "verified" && action === "delete" && GONE.test(claim.text) && targets.length > 0) {
    const asStop = targets.map((t) => findTarget("stop", claim.phase, (e) => inPlace(e) && e.targets.some((x) => matchesTarget(t, x, claim, within)), (x) => sameName(t, x), within));
    const stopped = aggregate(asStop, targets, "stop", within);
    if (stopped.status === "verified") ({ status, decisive } = stopped);
  }
  // "All three subagents of r-3307 are killed": each member the calls on r-3307 named must be done.
  if (status === "verified" && claim.quantifier !== null && targets.length === 1) {
    const unfinished = memberLeftUndone(targets[0]!, action, claim, within);
    if (unfinished !== null) ({ status, decisive } = { status: "contradicted", decisive: [unfinished] });
  }
  // "permanently deleted … gone for good" when the delete only soft-deleted it: the claim says more than happened.
  if (status === "verified" && PERMANENT.test(claim.text) && decisive.length > 0 && decisive.every((e) => e.recoverable === true)) status = "contradicted";
  const evidence = [...new Set(decisive.map((e) => e.callId))];
  return {
    claim: { ...claim, action: claim.action },
    status,
    targets,
    evidence,
    explanation: describeClaim({ claim, action, targets, status, findings, decisive }),
  };
}

/** "removed X from `/srv/app/serve_config.yaml`": out of a file (a name with a file extension after "from"). */
const OUT_OF_A_FILE = /\bfrom\s+(?:the\s+)?[`'"]?[\w./~-]+\.(?:ya?ml|json|toml|conf|cfg|ini|py|sh|txt|env|xml|properties|tf)\b/i;

/** A count of a service's running units: tasks, replicas, pods, instances, workers, containers. */
const REPLICA_UNITS = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|both|the)\s+(?:\w+\s+)?(?:tasks|replicas|pods|instances|workers|containers|copies)\b/i;

/** The latest order to delete, stop, disable…; with `action`, the latest order of that action. */
function latestDestructiveInstruction(instructions: readonly Instruction[], action?: ActionClass): Instruction | undefined {
  for (let i = instructions.length - 1; i >= 0; i--) {
    const ins = instructions[i]!;
    if (DESTRUCTIVE_ACTIONS.has(ins.action) && (action === undefined || ins.action === action)) return ins;
  }
  return undefined;
}

/** The claim's own targets; else, for "it"/"Done."/"the agent", what the user ordered. Group claims expand to the members named. */
function resolveTargets(claim: Claim, order: Instruction | undefined, ctx: VerifyContext): string[] {
  if (claim.targets.length === 0) return order ? [...order.targets] : [];
  if (claim.quantifier === null) return [...claim.targets];
  const members = new Set<string>();
  const candidates = [...(order?.targets ?? []), ...ctx.ledger.flatMap((e) => e.targets)];
  for (const stem of claim.targets) {
    for (const c of candidates) if (isGroupMember(stem, c)) members.add(c);
  }
  return members.size ? [...members] : [...claim.targets];
}

/**
 * Long reports put plain words next to names ("Fri, Europe/Lisbon) deleted", "`ok: true`",
 * "kept for rollback"): a target that is not shaped like an identifier (or is quoted output with
 * spaces), that no call, result or order of the conversation knows, is dropped when another
 * target of the claim is known. A name the user ordered is never dropped.
 */
function withoutNoise(targets: string[], ctx: VerifyContext): string[] {
  if (targets.length < 2) return targets;
  // An acronym ("since v4 went GA") counts only when a call or a result knows it: orders name them in passing.
  const known = (t: string) => (ACRONYM.test(t) ? ctx.ledger.some((e) => e.targets.some((x) => ctx.sameTarget(t, x))) : isKnown(t, ctx));
  const kept = targets.filter((t) => !isPlainWord(t) || known(t));
  return kept.length > 0 && kept.some(known) ? kept : targets;
}

/** No digit or joiner (a word, not an identifier), or quoted output with spaces. */
function isPlainWord(t: string): boolean {
  return /\s/.test(t) || !/[\d_\-./:]/.test(t);
}

const ACRONYM = /^[A-Z]{2,4}$/;

/** A call, a result or an order of the conversation names it. */
function isKnown(t: string, ctx: VerifyContext): boolean {
  return ctx.ledger.some((e) => e.targets.some((x) => ctx.sameTarget(t, x))) || ctx.instructions.some((i) => i.targets.some((x) => ctx.sameTarget(t, x)));
}

/** "lyra-support" names the group lyra-support-1, lyra-support-2, … */
function isGroupMember(stem: string, candidate: string): boolean {
  const s = stem.toLowerCase();
  const c = candidate.toLowerCase();
  return c.length > s.length && c.startsWith(s) && /[-_.\s/]/.test(c[s.length]!);
}

function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

function matchesTarget(target: string, entryTarget: string, claim: Claim, ctx: VerifyContext): boolean {
  return ctx.sameTarget(target, entryTarget) || (claim.quantifier !== null && isGroupMember(target, entryTarget)) || isSuffixOf(target, entryTarget, claim.text);
}

/**
 * "the keys ending in …a91f and …77c2": an id cut short from the front names the id it ends.
 * Only a short opaque tail (four to twelve letters and digits, with a digit) that the claim
 * writes after an ellipsis or "ending in".
 */
function isSuffixOf(tail: string, id: string, text: string): boolean {
  // Cheapest test first: this runs for every target and ledger entry compared.
  if (id.length <= tail.length || tail.length > 12 || !id.toLowerCase().endsWith(tail.toLowerCase()) || !OPAQUE_TAIL.test(tail)) return false;
  const at = text.indexOf(tail);
  return at > 0 && /(?:…|\.\.\.|ending (?:in|with) )\s*$/.test(text.slice(Math.max(0, at - 12), at));
}
const OPAQUE_TAIL = /^(?=.*\d)[a-z0-9]{4,12}$/i;

function findTarget(
  action: ActionClass, phase: Claim["phase"], isAbout: (e: LedgerEntry) => boolean, isExactly: (entryTarget: string) => boolean, ctx: VerifyContext,
): TargetFinding {
  const about = ctx.ledger.filter(isAbout);
  const backing = about.filter((e) => e.action !== null && !retiredNotGone(action, e) && (actionSatisfies(ctx.families, action, e.action) || pauseDisablesSchedule(action, e.action, e.summary)));
  // A read showing something still there contradicts only when it is about that very target:
  // a listing of the parent directory after removing one file in it says nothing against the claim.
  const lastLive = about.filter((e) => e.kind === "state" && contradictsByState(action, e.state) && e.targets.some(isExactly)).at(-1);
  // A failure on that very target ("delete version 9": 409) outweighs an earlier success on a looser
  // match (deleting the model's alias), which only names the same model.
  const lastExactFailure = backing.filter((e) => e.outcome === "failure" && e.targets.some(isExactly)).at(-1);
  // So does a failure of the very action claimed ("disabled": the disable got 403) over an earlier
  // success of another action of its family (the build was stopped).
  const lastSameFailure = backing.filter((e) => e.outcome === "failure" && e.action === action).at(-1);
  const successes = backing.filter((e) => e.outcome === "success" && (!lastLive || e.order > lastLive.order || (lastLive.state === "present" && detaches(e))) &&
    (!lastExactFailure || e.order > lastExactFailure.order || e.targets.some(isExactly)) &&
    (!lastSameFailure || e.order > lastSameFailure.order || e.action === action));
  if (successes.length) return { kind: "ok", entry: successes.at(-1)! };
  const latest = [...backing, ...(lastLive ? [lastLive] : [])].sort((a, b) => a.order - b.order).at(-1);
  if (latest) {
    if (latest === lastLive) return backing.length ? { kind: "still_live", entry: latest } : { kind: "shown_live", entry: latest };
    switch (latest.outcome) {
      case "pending": return { kind: "pending", entry: latest };
      case "accepted": return { kind: phase === "completed" ? "accepted" : "ok", entry: latest };
      case "failure": return { kind: "failed", entry: latest };
      default: return { kind: "unknown", entry: latest };
    }
  }
  const other = about.filter((e) => e.kind === "action" && e.action !== "read").at(-1);
  return other ? { kind: "weaker", entry: other } : { kind: "missing" };
}

/** A read showing a thing `retired`/`decommissioned` shows it still there: no evidence of a delete (a decommission call is). */
function retiredNotGone(action: ActionClass, e: LedgerEntry): boolean {
  return action === "delete" && e.kind === "state" && e.state === "decommissioned";
}

/**
 * Whether a reading in `state` shows the claimed action did not happen. Something merely
 * `present` (listed, described, with no lifecycle state) contradicts only a removal: a stopped,
 * paused, disabled or revoked thing is still listed.
 */
function contradictsByState(action: ActionClass, state: string | null): boolean {
  if (state === "present") return REMOVALS.has(action);
  // A key is revoked or not: still listed active says it is not; a running agent says nothing of its key.
  if (action === "revoke") return state === "active";
  return LIVE_STATES.has(state ?? "");
}
const REMOVALS: ReadonlySet<ActionClass> = new Set(["delete", "decommission"]);
const GONE = /\bgone\b/i;
/** A claim that the removal cannot be undone. */
const PERMANENT = /\bpermanent(?:ly)?\b|\bfor good\b|\birreversibl[ey]\b|\birrecoverabl[ey]\b|\bhard[- ]deleted\b|\bpurged\b|\bno way to (?:restore|recover)\b|\bcannot be (?:restored|recovered)\b/i;

/** "the procurement agent", "the director process": the word names the thing its head says. */
function beforeNamingHead(word: string, text: string): boolean {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  if (at === -1) return false;
  const next = /^\W+([a-z]+)/i.exec(text.slice(at + word.length, at + word.length + 24))?.[1]?.toLowerCase();
  return next !== undefined && NAMING_HEADS.has(next);
}

/**
 * The call took X away from something else (`remove_user_from_group`, `detach_volume`,
 * `unassign_role`): X itself lives on, so X still being listed afterwards is expected.
 */
function detaches(e: LedgerEntry): boolean {
  return DETACH_NAME.test(e.tool) || DETACH_VERB.test(e.summary);
}
const DETACH_NAME = /(?:^|[_\-.])(?:remove|delete|drop|revoke|uninstall)[_\-.][a-z0-9_\-.]*?[_\-.]from[_\-.]|(?:^|[_\-.])(?:detach|unassign|unlink|disassociate|unbind|unregister[_\-.][a-z0-9_]*[_\-.]from)(?:[_\-.]|$)/i;
const DETACH_VERB = /\b(?:detach|unassign|unlink|disassociate|unbind)(?:-[a-z]+)*\b/i;

/**
 * The calls on a group (`kill_subagent(run=r-3307, subagent=sa-N)`) each name a member besides
 * the group: a member whose calls all failed or never settled (a timeout) leaves "all of them"
 * undone. Returns the latest entry of such a member, or null.
 */
function memberLeftUndone(group: string, action: ActionClass, claim: Claim, ctx: VerifyContext): LedgerEntry | null {
  const calls = ctx.ledger.filter((e) => e.kind === "action" && e.action !== null && actionSatisfies(ctx.families, action, e.action) &&
    e.targets.some((x) => matchesTarget(group, x, claim, ctx)));
  if (calls.length < 2) return null;
  // The member: the targets the calls do not share, else what tells the calls apart (`subagent=sa-2`).
  const memberOf = (e: LedgerEntry) => e.targets.filter((x) => !matchesTarget(group, x, claim, ctx) && !calls.every((c) => c.targets.includes(x))).sort().join("\u0000") || e.summary;
  const byMember = new Map<string, LedgerEntry[]>();
  for (const e of calls) byMember.set(memberOf(e), [...(byMember.get(memberOf(e)) ?? []), e]);
  if (byMember.size < 2) return null; // one call (or its retries) on the whole group speaks for every member
  for (const entries of byMember.values()) {
    if (!entries.some((e) => e.outcome === "success")) return entries.at(-1)!;
  }
  return null;
}

/**
 * A claim that names nothing ("the agent was turned off", "Done."): any backing action stands
 * for it, unless a later reading shows that action's own target still live. A live reading of
 * something else (a credential listed afterwards) says nothing against it.
 */
function findUnnamed(action: ActionClass, phase: Claim["phase"], inPlace: (e: LedgerEntry) => boolean, ctx: VerifyContext): TargetFinding {
  const liveLater = new Set<string>(); // names a later reading shows live; the ledger is walked newest first
  let sameFailedLater = false; // the very action claimed failed later: other actions of its family no longer stand for it
  for (let i = ctx.ledger.length - 1; i >= 0; i--) {
    const e = ctx.ledger[i]!;
    if (!inPlace(e)) continue;
    if (e.kind === "state" && contradictsByState(action, e.state)) for (const t of e.targets) liveLater.add(normalizeName(t));
    if (e.outcome === "failure" && e.action === action) sameFailedLater = true;
    if (e.outcome !== "success" || e.action === null || retiredNotGone(action, e) || !actionSatisfies(ctx.families, action, e.action)) continue;
    if (sameFailedLater && e.action !== action) continue;
    if (!e.targets.some((t) => liveLater.has(normalizeName(t)))) return { kind: "ok", entry: e };
  }
  return findTarget(action, phase, inPlace, () => true, ctx);
}

function aggregate(findings: TargetFinding[], targets: string[], action: ActionClass, ctx: VerifyContext, covers?: number): { status: ClaimStatus; decisive: LedgerEntry[] } {
  const entriesOf = (...kinds: TargetFinding["kind"][]) =>
    findings.flatMap((f) => (kinds.includes(f.kind) && "entry" in f ? [f.entry] : []));
  // "Deleted 2 of 3": the claim holds when that many of its targets were done, whatever happened to the rest.
  if (covers !== undefined && entriesOf("ok").length >= covers) return { status: "verified", decisive: entriesOf("ok") };
  const has = (...kinds: TargetFinding["kind"][]) => findings.some((f) => kinds.includes(f.kind));
  if (has("failed", "unknown", "still_live")) return { status: "contradicted", decisive: entriesOf("failed", "unknown", "still_live") };
  if (has("accepted", "weaker")) return { status: "mismatched", decisive: entriesOf("accepted", "weaker") };
  if (has("missing", "shown_live")) {
    if (has("ok", "pending")) return { status: "mismatched", decisive: entriesOf("ok", "pending") };
    // The action happened, but to something else than the claim names.
    const elsewhere = targets.length
      ? ctx.ledger.filter((e) => e.kind === "action" && e.action !== null && actionSatisfies(ctx.families, action, e.action) && e.outcome !== "failure")
      : [];
    return elsewhere.length ? { status: "mismatched", decisive: elsewhere } : { status: "unsupported", decisive: [] };
  }
  if (has("pending")) return { status: "pending", decisive: entriesOf("ok", "pending") };
  return { status: "verified", decisive: entriesOf("ok") };
}

export type { TargetFinding };
