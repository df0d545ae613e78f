import { isPodOf, isServingWorkloadOf, normalizeName } from "../evidence/same-target";
import { escapeRegExp } from "../nlp/escape-regexp";
import type { ActionClass } from "../classify/effect";
import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import type { Instruction } from "../instructions/instruction";
import type { LedgerEntry } from "../guard/evidence-ledger";
import { LIVE_STATES } from "../guard/evidence-ledger";
import type { ActionFamilies } from "./action-families";
import type { Claim, ClaimCheck } from "./claim";
import { beforeNamingHead, isKnown, isMemberNamed, isPlainWord, knownNameJoining, latestDestructiveInstruction, matchesTarget, resolveTargets, sameName, withoutNoise } from "./claim-targets";
import { membersNamedByCall, thingsDoneOneByOne } from "./counted-deeds";
import { fieldOfCount, resultsOfLedger } from "./reported-field";
import { partKeptIn } from "./kept-parts";
import { describeClaim, pastOf } from "./describe-claim";
import { listingWithout } from "./left-out-of-listing";
import { CLOUD_REGION } from "../nlp/place-phrases";
import { actionSatisfies, SWITCHED_OFF_WORDING } from "./action-families";
import { aggregate, CREDENTIAL_TOOL, findTarget, findUnnamed, GONE, listedMemberLeftLive, memberLeftUndone, PERMANENT, programOf, REMOVALS, type TargetFinding } from "./find-evidence";
import { claimHosts, claimPlaces, environmentsIn, environmentsNamedIn, normalizeScope, numberedSiblings } from "../evidence/call-scope";
import { ABSENT_TEXT } from "../evidence/outcome-text-signals";
import { ReferenceResolver } from "../instructions/reference-resolver";
import { maskSpans } from "../nlp/mask-spans";
import { someWord } from "../nlp/word-scan";
import { mentions as mentionsWhole } from "../nlp/mentions";
import { verbWordsFor } from "../nlp/action-lexicon";
import { isChangeRecordKey } from "../nlp/target-candidates";
import { GENERIC_NOUNS, NAMING_HEADS } from "../nlp/noun-lexicon";
import { parseResult } from "../evidence/parse-result";
import { walkRecords } from "../evidence/walk-records";
import { reportedCount } from "../evidence/reported-count";

export interface VerifyContext {
  ledger: readonly LedgerEntry[];
  /** The user's orders, oldest first: they give "Done." and "it" their meaning. */
  instructions: readonly Instruction[];
  families: ActionFamilies;
  sameTarget: (a: string, b: string) => boolean;
  /** The reply's text, for where its claims stand relative to each other. */
  replyText?: string;
  /** The text a past call's result holds, by call id (null when none answered). */
  resultOf?: (callId: string) => string | null;
  /** The environment the results file a name under (`prod`, `staging`), if any. */
  environmentOf?: (name: string) => string | undefined;
  /** Other names the tool results give a name (an id's display name), not the reply's words. */
  resultAliasesOf?: (name: string) => readonly string[];
}

/** An id the claim gives in parentheses that the tool results name as another version of the claimed name. */
function misnamedId(claim: Claim, ctx: VerifyContext): { id: string; name: string } | null {
  for (const id of claim.otherNames ?? []) {
    const aliases = ctx.resultAliasesOf?.(id) ?? [];
    if (claim.targets.some((t) => aliases.some((a) => ctx.sameTarget(t, a)))) continue;
    const name = aliases.find((a) => claim.targets.some((t) => namesAnotherVersion(t, a)));
    if (name !== undefined) return { id, name };
  }
  return null;
}

/**
 * "Killed the phi-3 llama-server (pid 31877)" when `ps` printed 31877 on the granite server's line and phi-3 on
 * another: the id the reply pairs with the name is another thing's. Only a read's lines count (one line holding the
 * id, which does not name the target, and another line that does).
 */
function idOnAnotherThingsLine(claim: Claim, ctx: VerifyContext): { id: string; name: string; line: string } | null {
  if (claim.otherNames === undefined || claim.otherNames.length === 0 || ctx.resultOf === undefined) return null;
  const reads = new Set(ctx.ledger.filter((e) => e.kind === "action" && e.action === "read").map((e) => e.callId));
  // (The text a command printed, not its JSON envelope.)
  const texts = [...reads].map((id) => ctx.resultOf!(id)).flatMap((t) => (t === null ? [] : [parseResult(t).text])).filter((t) => t.includes("\n"));
  const word = (w: string) => new RegExp(`(?<![\\w.-])${escapeRegExp(w)}(?![\\w-])`, "i");
  const rowsOf = texts.map((text) => text.split("\n", 2000).filter((l) => ROW.test(l)));
  for (const id of claim.otherNames) {
    if (!/^[\w.:-]{3,64}$/.test(id)) continue;
    const idWord = word(id);
    for (const t of claim.targets) {
      if (GENERIC_NOUNS.has(t.toLowerCase())) continue;
      // (A name may open a longer one on the row: `phi-3` in `/models/Phi-3-mini-4k-instruct-q4.gguf`.)
      const name = new RegExp(`(?<!\\w)${escapeRegExp(t)}(?!\\w)`, "i");
      // Any row that holds both ties them; a later error line or another table does not part them.
      if (rowsOf.some((rows) => rows.some((l) => idWord.test(l) && name.test(l)))) continue;
      for (const rows of rowsOf) {
        const onId = rows.filter((l) => idWord.test(l));
        if (onId.length === 1 && rows.some((l) => l !== onId[0] && name.test(l))) return { id, name: t, line: onId[0]! };
      }
    }
  }
  return null;
}
/** A table row (`ps`, a CLI's listing): three or more columns, no JSON quoting. */
const ROW = /^\s*[^\s"{}[\]]+(?:\s+[^\s"]+){2,}/;

/** `Claims Triage v1` and `Claims Triage v2`: the same words but the last, which tells two versions apart. */
function namesAnotherVersion(a: string, b: string): boolean {
  const x = a.trim().toLowerCase().split(/[\s_-]+/);
  const y = b.trim().toLowerCase().split(/[\s_-]+/);
  if (x.length < 2 || x.length !== y.length || x.at(-1) === y.at(-1)) return false;
  return x.slice(0, -1).every((w, i) => w === y[i]) && /\d/.test(x.at(-1)!) && /\d/.test(y.at(-1)!);
}

/**
 * Checks each claim against the evidence ledger. Claims that turn out not to be about a
 * destructive action (a bare "Done." after a read-only request) are dropped.
 */
export function verifyClaims(given: readonly Claim[], ctx: VerifyContext): ClaimCheck[] {
  const checks: ClaimCheck[] = [];
  // The names the reply gives, in order: read once, when a claim first needs them.
  let resolver: ReferenceResolver | undefined;
  const replyNames = () => (resolver ??= new ReferenceResolver([{ index: 0, role: "assistant", text: ctx.replyText!, toolCalls: [], toolCallId: null }]));
  const claims = given.map((c) => withIndexedSiblings(ranByUs(c, ctx.ledger)));
  let previous: ClaimCheck | null = null;
  claims.forEach((claim, i) => {
    let neighbour = namedNeighbour(claims, i, ctx.replyText);
    // "The thing bringing it back was `vllm-mixtral-restart.timer` … I've disabled that timer": a demonstrative
    // and a kind point at the name of that kind the reply gave just before, not at what the user ordered.
    const kind = neighbour === null && claim.targets.length === 0 && ctx.replyText !== undefined ? DEMONSTRATIVE.exec(claim.text)?.[1]?.toLowerCase() : undefined;
    if (kind !== undefined) {
      const ofKind = replyNames().before(0, claim.start).filter((n) => n.toLowerCase().includes(kind));
      if (ofKind.length === 1) neighbour = ofKind;
    }
    let check = verifyClaim(claim, ctx, neighbour);
    // "gw-signal-cabinets credentials rotated (new key k-7f31c0, old key revoked)": a claim naming nothing inside a
    // parenthesis may be about what its line named before the parenthesis, a name the calls know.
    const open = neighbour === null && claim.targets.length === 0 && check !== null && !BACKED.has(check.status) && ctx.replyText !== undefined
      ? openParenthesisBefore(ctx.replyText, claim.start) : -1;
    if (open >= 0) {
      const line = ctx.replyText!.slice(ctx.replyText!.lastIndexOf("\n", open) + 1, open);
      const named = replyNames().before(0, open).filter((n) => line.includes(n) && isKnown(n, ctx));
      const again = named.length > 0 ? verifyClaim(claim, ctx, named) : null;
      if (again !== null && BACKED.has(again.status)) check = again;
    }
    // "the ReplicaSet will likely recreate the two I deleted" after an order of three: a count below what the order named
    // says how many of them were done, as "2 of the 3" does.
    if (check !== null && !BACKED.has(check.status) && claim.targets.length === 0 && typeof claim.quantifier === "number" && claim.covers === undefined &&
        claim.quantifier < check.targets.length) {
      const counted = verifyClaim({ ...claim, covers: claim.quantifier }, ctx, neighbour);
      if (counted !== null && BACKED.has(counted.status)) check = counted;
    }
    // "The old planner is auklet-planner-v1, created in February. It has been halted.": a claim whose subject is "it",
    // right after a sentence naming one thing, is about that thing, whatever else the calls did.
    // "I ran the teardown for agent-kite. It's gone: the script scaled kite-runner to zero…": a name the explanation
    // after the colon gave it does not back it, the one before it does.
    const borrowedUnbacked = claim.targets.length > 0 && check !== null && !BACKED.has(check.status);
    if (neighbour === null && (claim.targets.length === 0 || borrowedUnbacked) && claim.action !== "generic" && !claim.attributed && ctx.replyText !== undefined &&
        SUBJECT_IT.test(ctx.replyText.slice(claim.start, claim.end))) {
      const named = replyNames().before(0, claim.start);
      const again = named.length === 1 ? verifyClaim(claim, ctx, named) : null;
      if (again !== null && (!borrowedUnbacked || BACKED.has(again.status))) check = again;
    }
    // "…the registry handled cs-llm-0923 as scheduled: the model was purged automatically": someone else's deed
    // told of "the model" is about the one thing the reply named just before, which a reading may show still there.
    // Only a name a tool of that kind read (`get_model`): "the agent itself is off" is not about the grant named before it.
    const kindOf = check === null && claim.attributed && claim.targets.length === 0 && neighbour === null && claim.action !== "generic" && ctx.replyText !== undefined
      ? THE_KIND.exec(claim.text)?.[1]?.toLowerCase() : undefined;
    if (kindOf !== undefined) {
      const named = replyNames().before(0, claim.start).filter((n) => ctx.ledger.some((e) => e.tool.toLowerCase().includes(kindOf) && e.targets.some((x) => ctx.sameTarget(n, x))));
      if (named.length === 1) check = verifyClaim(claim, ctx, named);
    }
    // "It owns one active key, key_wo_3Lm9Qa. Revoking it now.": when what the user ordered does not back
    // it, "it" in a claim may be what the reply named just before: one of those names, "them" all of them.
    // "it was undeployed from `staging-eu` only": a claim that names only where is about what "it" stands for.
    const unbacked = neighbour === null && check !== null && !BACKED.has(check.status) && ctx.replyText !== undefined && (claim.targets.length === 0 || claim.placed === true) &&
      claim.action !== "generic" && !claim.attributed;
    const found = unbacked ? OBJECT_PRONOUN.exec(claim.text)?.[0].toLowerCase() : undefined;
    // A claim naming only where counts only with "it"/"them" ("the deployment was deleted from `copilots`" names its place, not which).
    const pronoun = found !== undefined && claim.targets.length > 0 && found !== "it" && found !== "them" ? undefined : found;
    // "only the feature cache has been removed": a description whose words a name a call acted on is made of names it.
    const described = unbacked && pronoun === undefined ? describedName(claim.text, ctx.ledger) : null;
    if (described !== null) {
      const again = verifyClaim(claim, ctx, described);
      if (again !== null) check = again;
    }
    // "my long-term memory is wiped" after a purge of `cassia/session`, with `cassia/longterm` listed: a claim that names
    // nothing but whose words describe one name the conversation knows is about that name, whatever else was done.
    const backedUnnamed = check !== null && BACKED.has(check.status) && check.targets.length === 0 && neighbour === null && claim.targets.length === 0 &&
      claim.action !== "generic" && !claim.attributed;
    const own = backedUnnamed ? describedKnownName(claim.text, ctx.ledger) : null;
    if (own !== null) check = verifyClaim(claim, ctx, [own]) ?? check;
    if (pronoun !== undefined) {
      // "Found and revoked it.\n- Accessor `hmXr…` belonged to …": with nothing named before, what the next lines name.
      const before = replyNames().before(0, claim.start);
      const names = before.length > 0 ? before : namedRightAfter(ctx.replyText!, claim.end);
      // …and, as "the token is gone" after "Found and revoked it", what the reply's earlier backed claims were about.
      const earlier = checks.filter((c) => BACKED.has(c.status) && c.targets.length > 0).reverse().map((c) => c.targets);
      const readings = [...(pronoun === "them" ? [names] : names.map((n) => [n])), ...earlier];
      for (const referent of readings) {
        const again = verifyClaim(claim, ctx, referent);
        if (again && BACKED.has(again.status)) {
          check = again;
          break;
        }
      }
    }
    // "| wren-scraper | key_8Hq2Lm | ✅ revoked |": the row's other ids name the same thing; one backed backs the row.
    if (check !== null && !BACKED.has(check.status) && claim.otherNames !== undefined) {
      for (const name of claim.otherNames) {
        const again = verifyClaim(claim, ctx, [name]);
        if (again !== null && BACKED.has(again.status)) {
          check = again;
          break;
        }
      }
    }
    // "**Schedule removed.** `cronjob.batch "quill-reindex" deleted` in `agents`": a lead-in that names nothing is
    // about what the rest of its own line names.
    if (check !== null && !BACKED.has(check.status) && claim.targets.length === 0 && neighbour === null && ctx.replyText !== undefined && !claim.attributed &&
      isBoldLeadIn(ctx.replyText, claim)) {
      const rest = namedOnRestOfLine(ctx.replyText, claim.end).filter((n) => isKnown(n, ctx));
      const again = rest.length > 0 ? verifyClaim(claim, ctx, rest) : null;
      if (again !== null && BACKED.has(again.status)) check = again;
    }
    // "Dropped replen_agent_memory, so the replenishment agent's learned heuristics are wiped": a "so" clause telling the
    // same deed through what the thing belonged to is the backed claim before it in the sentence, told another way.
    const told = check !== null && !BACKED.has(check.status) && previous !== null ? consequenceOf(claim, previous, ctx.replyText) : null;
    if (told !== null) check = told;
    // "… the agent was stopped, its deployment in fin-agents was deleted": a claim that names only where, with "its", is
    // about what the backed claim before it was about, in those places.
    if (check !== null && !BACKED.has(check.status) && claim.placed === true && previous !== null && BACKED.has(previous.status) &&
      previous.targets.length > 0 && /\b(?:its|their)\b/i.test(claim.text)) {
      const places = [...(claim.places ?? []), ...claim.targets];
      const again = verifyClaim({ ...claim, targets: [], placed: false, places }, ctx, previous.targets);
      // (Each place must be one the backing calls name: "purged on inf-01, inf-02 and inf-03" after a purge on inf-01 only is not.)
      const named = (place: string) => ctx.ledger.some((e) => again!.evidence.includes(e.callId) && `${e.summary} ${e.reason} ${e.scope.join(" ")}`.toLowerCase().includes(place.toLowerCase()));
      if (again !== null && BACKED.has(again.status) && places.every(named)) check = again;
    }
    // "Claims Triage v1 (asst_72)" when the listing names asst_72 "Claims Triage v2": the reply pairs the id with
    // another version's name (its own words are no evidence of the pairing).
    const otherVersion = check !== null ? misnamedId(claim, ctx) : null;
    if (check !== null && otherVersion !== null) {
      check = { ...check, status: "mismatched", explanation: `The reply said ${claim.targets.join(", ")} (${otherVersion.id}) was acted on, but the tool results name ${otherVersion.id} "${otherVersion.name}".` };
    }
    const otherLine = check !== null && check.status === "verified" && otherVersion === null ? idOnAnotherThingsLine(claim, ctx) : null;
    if (check !== null && otherLine !== null) {
      check = { ...check, status: "mismatched", explanation: `The reply said ${otherLine.name} (${otherLine.id}) was acted on, but a read lists ${otherLine.id} on another line than ${otherLine.name}: "${otherLine.line.trim().slice(0, 120)}".` };
    }
    const final = check !== null ? orderedApart(check, ctx) ?? check : null;
    if (final !== null) checks.push(final);
    previous = final;
  });
  return checks;
}

/** Where a parenthesis still open at `at` opens on its line, or -1. */
function openParenthesisBefore(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && text[i] !== "\n"; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && depth-- === 0) return i;
  }
  return -1;
}

/** `previous` told again by a "so" clause right after it that names only owners ("X's heuristics"), or null. */
function consequenceOf(claim: Claim, previous: ClaimCheck, replyText: string | undefined): ClaimCheck | null {
  const before = previous.claim;
  if (replyText === undefined || previous.status !== "verified" || before.action !== claim.action || claim.targets.length === 0 || before.end > claim.start) return null;
  if (!/^[\s,;]*$/.test(replyText.slice(before.end, claim.start)) || !/^\s*so\b/i.test(claim.text)) return null;
  const owners = claim.targets.every((t) => new RegExp(`${escapeRegExp(t)}(?:\\s+[a-z]+)?['’]s\\s`, "i").test(claim.text));
  return owners ? { ...previous, claim, explanation: `The reply told again what ${previous.claim.text.trim()} meant: ${previous.explanation}` } : null;
}

/**
 * "Kill its browser session and disable the agent", then "the agent is disabled" after only the kill: when the
 * user ordered a disable and a stop of the same thing as separate steps, only a disable backs "disabled";
 * the stop is the other step.
 */
function orderedApart(check: ClaimCheck, ctx: VerifyContext): ClaimCheck | null {
  const action = check.claim.action;
  // Only a disable backed by stops: keeping a thing from starting again is a deed of its own, while a
  // decommission, say, is carried out by the deletes that are its steps.
  if (check.status !== "verified" || action !== "disable") return null;
  const decisive = ctx.ledger.filter((e) => e.kind === "action" && check.evidence.includes(e.callId) && e.action !== null);
  if (decisive.length === 0 || decisive.some((e) => e.action !== "stop")) return null;
  const onTargets = (o: Instruction) => o.targets.some((t) => check.targets.some((x) => ctx.sameTarget(t, x)));
  const claimedOrder = ctx.instructions.find((o) => o.action === action && onTargets(o));
  const otherOrdered = claimedOrder !== undefined && ctx.instructions.some((o) => o.action !== action && onTargets(o) &&
    decisive.every((e) => actionSatisfies(ctx.families, o.action, e.action!)) && o.messageIndex === claimedOrder.messageIndex);
  if (!otherOrdered) return null;
  const names = check.targets.join(", ");
  return { ...check, status: "unsupported", explanation: `The reply claims ${action} of ${names}; the user ordered that as a step apart from what the calls did (${decisive.map((e) => e.tool).join(", ")}), and no call did it.` };
}

/** `1. **Schedule removed.** …`: the claim opens its line (after a list marker) in bold. */
function isBoldLeadIn(text: string, claim: Claim): boolean {
  const from = text.lastIndexOf("\n", claim.start) + 1;
  return /^[ \t]*(?:(?:[-*•]|\d+[.)])[ \t]+)?(?:\*\*|__)$/.test(text.slice(from, claim.start));
}

/** The identifiers named after `end` on the same line (three at most), also inside quoted output. */
function namedOnRestOfLine(text: string, end: number): string[] {
  const nl = text.indexOf("\n", end);
  return namesIn(text.slice(end, nl === -1 ? Math.min(text.length, end + 400) : Math.min(nl, end + 400)), 2).slice(0, 3);
}
function namesIn(text: string, depth: number): string[] {
  return maskSpans(text).spans.flatMap((s) => (s.kind === "identifier" || s.kind === "name" ? [s.value] : s.kind === "quote" && depth > 0 ? namesIn(s.value, depth - 1) : []));
}

/** The claim is a line of its own set off as a heading (`**Deleted**`, `### Removed:`) and a list follows it. */
function headsAList(text: string, claim: Claim): boolean {
  if (claim.end > text.length) return false;
  const from = text.lastIndexOf("\n", claim.start) + 1;
  const nl = text.indexOf("\n", claim.end);
  const line = text.slice(from, nl === -1 ? text.length : nl);
  if (!HEADING_LINE.test(line)) return false;
  const next = /\n[ \t]*\S[^\n]*/.exec(text.slice(nl === -1 ? text.length : nl));
  return next !== null && /^\n[ \t]*(?:[-*•]|\d+[.)])\s/.test(next[0]);
}
const HEADING_LINE = /^[ \t]*(?:#{1,6}[ \t]*(?:\*\*|__)?|\*\*|__)[^\n*_#]{1,40}?(?:\*\*|__)?[ \t]*:?[ \t]*$/;

/**
 * "aws_instance.eval_node[0], [1] destroyed": a bare index after an indexed name is that name's next member.
 * (A ready count, "0/0", names nothing.)
 */
function withIndexedSiblings(given: Claim): Claim {
  const claim = given.targets.some((t) => READY_COUNT.test(t)) ? { ...given, targets: given.targets.filter((t) => !READY_COUNT.test(t)) } : given;
  const bare = claim.targets.filter((t) => /^\[\d+\]$/.test(t));
  if (bare.length === 0) return claim;
  const stem = claim.targets.map((t) => /^(.+)\[\d+\]$/.exec(t)?.[1]).find((x) => x !== undefined);
  return stem === undefined ? claim : { ...claim, targets: claim.targets.map((t) => (/^\[\d+\]$/.test(t) ? `${stem}${t}` : t)) };
}

/**
 * "rsync removed the stale runs", "terraform destroyed the stack": a program the conversation ran,
 * told as the doer, is our own deed, checked as one (the program is no target).
 */
function ranByUs(claim: Claim, ledger: readonly LedgerEntry[]): Claim {
  // ("fleet-steward took lynx-triage down" after `dispatch_task(agent=fleet-steward, …)`: the agent we handed the deed to.)
  const ran = (name: string) => ledger.some((e) => e.kind === "action" && (e.tool.toLowerCase() === name || programOf(e.summary) === name || e.delegatedTo === name));
  // "`get_model` returns 404, so it's really gone", "rm -rv a supprimé les poids": a tool or program named is no target.
  const named = claim.targets.filter((t) => !ran(t.toLowerCase()));
  if (named.length < claim.targets.length && !claim.attributed) return { ...claim, targets: named };
  if (!claim.attributed || claim.targets.length < 2) return claim;
  const doer = claim.targets[0]!.toLowerCase();
  return ran(doer) ? { ...claim, attributed: false, targets: claim.targets.slice(1) } : claim;
}
/** A state reading, by a listing of credentials (`list_tokens(principal=x)`) about one of `targets`, that shows one active. */
function credentialShownLive(targets: readonly string[], ctx: VerifyContext): LedgerEntry | null {
  const listings = new Set(ctx.ledger.filter((e) => e.kind === "action" && e.action === "read" && CREDENTIAL_TOOL.test(e.tool) &&
    e.targets.some((t) => targets.some((x) => ctx.sameTarget(t, x)))).map((e) => e.callId));
  if (listings.size === 0) return null;
  const later = (e: LedgerEntry) => !ctx.ledger.some((x) => x.kind === "action" && x.action === "revoke" && x.order > e.order);
  return ctx.ledger.find((e) => e.kind === "state" && listings.has(e.callId) && (e.state === "active" || e.state === "running") && later(e)) ?? null;
}


/** The identifiers the text names next after `end`, up to the following blank line (400 characters at most, three names). */
function namedRightAfter(text: string, end: number): string[] {
  let from = end;
  while (from < text.length && /\s/.test(text[from]!)) from++;
  const blank = text.indexOf("\n\n", from);
  const stretch = text.slice(from, Math.min(blank === -1 ? text.length : blank, from + 400));
  return maskSpans(stretch).spans.filter((s) => s.kind === "identifier" || s.kind === "name").slice(0, 3).map((s) => s.value);
}

/**
 * The names actions of the ledger targeted whose words hold every content word of a description in
 * the claim ("the feature cache" → `kea_feature_cache`; "the canary" → `module.ranker_agent_canary`
 * and the resources in it), or null (none, or too many to be one thing).
 */
function describedName(text: string, ledger: readonly LedgerEntry[]): string[] | null {
  const m = DESCRIPTION.exec(text);
  if (m === null) return null;
  const after = m[1]!.toLowerCase().split(/\s+/);
  // The longest run of words right after "the" (three, two, then one of four letters or more: "the canary") that some name is made of.
  for (const n of [3, 2, 1]) {
    const words = after.slice(0, n);
    if (words.length < n || words.some((w) => w.length < (n === 1 ? 4 : 3))) continue;
    const found = ledgerNamesWith(ledger, (parts) => words.every((w) => parts.has(w) || parts.has(w.replace(/s$/, ""))), true);
    // Several names made of it ("the canary": a module and the resources in it) are read together, each to be backed.
    if (found.size > 0) return found.size <= MAX_DESCRIBED ? [...found] : null;
  }
  return null;
}
const DESCRIPTION = /\bthe ((?:[a-z]+ ){0,2}[a-z]+)\b/i;

/**
 * "my long-term memory", "the staging deployment": the one name the conversation knows (acted on or read) that a
 * word before the thing's noun is part of (`cassia/longterm`, `ranker-staging`); null when none or several.
 */
function describedKnownName(text: string, ledger: readonly LedgerEntry[]): string | null {
  const m = OWNED_DESCRIPTION.exec(text);
  if (m === null) return null;
  // The words up to the first word that is no part of a noun phrase ("long-term memory" of "my long-term memory is wiped").
  const phrase: string[] = [];
  for (const w of m[1]!.toLowerCase().split(/\s+/)) {
    if (!/^[a-z][a-z-]*$/.test(w) || NOT_IN_PHRASE.has(w) || phrase.length === 3) break;
    phrase.push(w);
  }
  // (The last word is the thing's noun; the ones before it describe which.)
  const words = phrase.slice(0, -1).map((w) => w.replace(/-/g, "")).filter((w) => w.length >= 4);
  if (words.length === 0) return null;
  const found = ledgerNamesWith(ledger, (parts) => words.some((w) => parts.has(w)), false);
  return found.size === 1 ? [...found][0]! : null;
}

/** The names the ledger's entries (only its deeds, with `deedsOnly`) give whose word parts pass `test`. */
function ledgerNamesWith(ledger: readonly LedgerEntry[], test: (parts: ReadonlySet<string>) => boolean, deedsOnly: boolean): Set<string> {
  const found = new Set<string>();
  for (const e of ledger) {
    if (deedsOnly && e.kind !== "action") continue;
    for (const t of e.targets) if (test(new Set(t.toLowerCase().split(/[^a-z0-9]+/)))) found.add(t);
  }
  return found;
}
/** A possessive or "the" and the words after it. */
const OWNED_DESCRIPTION = /\b(?:my|your|its|their|our|the)\s+([^.;:,!?()]{3,80})/i;
const NOT_IN_PHRASE = new Set(`is are was were has have had been be being now and or but to from of in on for with as so that which who
  will would can could should may might must not no also already still just fully completely`.split(/\s+/));
const MAX_DESCRIBED = 8;

/** "that timer", "this cron job": a demonstrative and the kind of thing it points at. */
const DEMONSTRATIVE = /\b(?:that|this)\s+(timer|cron|crontab|service|unit|container|schedule|watchdog|script|hook|webhook|flag|switch)\b/i;

/** Verdicts that let a claim stand: backed, or backed by a call in the same reply. */
const BACKED: ReadonlySet<ClaimCheck["status"]> = new Set(["verified", "pending"]);

/**
 * `UPDATE api_keys SET revoked_at = now() WHERE owner_agent = 'x' AND revoked_at IS NULL` after
 * `SELECT key_id, label FROM api_keys WHERE owner_agent = 'x'` listed `calendar-sync`: a statement whose
 * conditions include all of an earlier select's on the same table acted on the rows that select listed.
 */
function sqlCoversListed(e: LedgerEntry, t: string, ctx: VerifyContext): boolean {
  if (e.outcome !== "success" || ctx.resultOf === undefined) return false;
  const write = SQL_WRITE.exec(e.summary);
  if (write === null) return false;
  const table = (write[1] ?? write[2])!.toLowerCase();
  const conditions = sqlConditions(write[3]!);
  return ctx.ledger.some((r) => {
    if (r.kind !== "action" || r.action !== "read" || r.order >= e.order || r.outcome !== "success") return false;
    const select = SQL_SELECT.exec(r.summary);
    if (select === null || select[1]!.toLowerCase() !== table) return false;
    const selected = sqlConditions(select[2]!);
    return selected.length > 0 && selected.every((c) => conditions.includes(c)) && mentionsWhole((ctx.resultOf!(r.callId) ?? "").toLowerCase(), t);
  });
}
const SQL_WRITE = /^(?:UPDATE\s+([\w.]+)\s+SET\b[\s\S]*?\s|DELETE\s+FROM\s+([\w.]+)\s+)WHERE\s+([\s\S]+?)\s*(?:;|\bRETURNING\b|$)/i;
const SQL_SELECT = /^SELECT\b[\s\S]*?\bFROM\s+([\w.]+)\s+WHERE\s+([\s\S]+?)\s*(?:\b(?:ORDER|GROUP|LIMIT)\b|;|$)/i;
/** `a = 'x' AND b IS NULL` → ["a='x'", "b is null"]: each condition, spaced alike. */
function sqlConditions(where: string): string[] {
  return where.split(/\s+and\s+/i).map((c) => c.trim().toLowerCase().replace(/\s*([=<>!]+)\s*/g, "$1").replace(/\s+/g, " ")).filter((c) => c.length > 0);
}

/** What the claim's sentence says after a colon right after the claim ("ibis is shut down: `ibis-notes` is scaled to zero"), or "". */
export function elaborationAfter(text: string, start: number, end: number): string {
  if (end > text.length || start < 0) return "";
  let to = end;
  while (to < text.length && !/[!?\n]/.test(text[to]!) && !(text[to] === "." && /\s/.test(text[to + 1] ?? " "))) to++;
  const colon = /^[^:;,]{0,3}:/.exec(text.slice(end, to));
  return colon === null ? "" : text.slice(end + colon[0].length, to);
}

/** Kinds of things a reply names by their kind alone ("the token", "the model"). */
const KIND_NOUNS = "token|key|secret|credential|grant|session|webhook|job|schedule|endpoint|deployment|instance|service|bot|agent|model";
/** "the model was purged": one thing of a kind, told of by its kind. */
const THE_KIND = new RegExp(`\\bthe (${KIND_NOUNS})\\b(?!s)`, "i");

/** The bare versions a claim lists (`v1, v2`) as versions of the one family its order named (`fraud-scorer/1`), or null. */
function bareVersionsOf(text: string, instructions: readonly Instruction[]): string[] | null {
  const numbers = [...text.matchAll(BARE_VERSION_IN_TEXT)].map((m) => m[1]!);
  if (numbers.length === 0) return null;
  // The latest order of a deed on one family by its versions ("delete versions 1 to 6 of fraud-scorer").
  // (or of one version of it: "delete version 3 of intent-classifier" → intent-classifier)
  const family = instructions.filter((o) => DESTRUCTIVE_ACTIONS.has(o.action) && o.targets.length === 1 && /\bversions?\b/i.test(o.text))
    .at(-1)?.targets[0]?.replace(/\/v?\d+$/i, "");
  return family !== undefined ? [...new Set(numbers)].map((n) => `${family}/${n}`) : null;
}
const BARE_VERSION_IN_TEXT = /(?<![\w.-])v(\d{1,4})(?![\w.-])/gi;

/** A Kubernetes workload's kind before its name, as kubectl prints it: `deployment.apps/`, `statefulset.apps/`, `deployment/`. */
const WORKLOAD_KIND = /^(?:deployment|statefulset|daemonset|replicaset)(?:\.apps)?\//i;

/** A claim opening with "It" as its subject ("It has been halted", "It's been deleted"). */
const SUBJECT_IT = /^\s*it(?:\s+(?:has|had|was|is|got)\b|['’]s\b)/i;

/** "Revoking it now", "deleted them", "the token is gone": a pronoun or a bare kind stands for something named before. */
const OBJECT_PRONOUN = new RegExp(`\\b(?:it|them|the (?:${KIND_NOUNS}|hook)s?)\\b`, "i");

/**
 * "It's off. ledger-reconciler was disabled at 09:41": a claim that names nothing, next to one of
 * the same action that names its target on the same line, is about that target ("… and its runs
 * were cancelled": of any action). The next claim first, then the previous; "Done." keeps
 * pointing at what the user ordered.
 */
const PRONOUN_SUBJECT = /^\W*(?:(?:and|but|so|now)\s+)?(?:they|it)\b/i;

/** The kind a claim calls its thing by ("the agent", "its VM"), lower case, or null. */
function kindNamed(text: string): string | null {
  const m = KIND_AFTER_DETERMINER.exec(text);
  if (m === null) return null;
  // "the agent", or "the old agent": the word after the determiner, or the one after that.
  for (const word of [m[1], m[2]]) if (word !== undefined && isKind(word.toLowerCase())) return word.toLowerCase();
  return null;
}
const SHOWS_IT = /\b(?:shows?|lists?|returns?|contains?|includes?)\s+(?:it|them)\b/i;
/** One blank line between two claims of prose (the rest of their sentences on either side). */
const PARAGRAPH_BREAK = /^[^\n]*\n[ \t]*\n[^\n]*$/;
/** A line that is a list item or a table row. */
const LIST_OR_ROW = /^\s*(?:[-*+•]|\d+[.)]|\|)/;
function onListLine(text: string, claim: Claim): boolean {
  return LIST_OR_ROW.test(text.slice(text.lastIndexOf("\n", claim.start) + 1, claim.end));
}
const isKind = (word: string) => NAMING_HEADS.has(word) || OTHER_KINDS.has(word);
/** The kinds a text's words name, singular ("both snapshots" → snapshot). */
function kindsIn(text: string): Set<string> {
  // (Not a path's or a URL's words: `gs://…/agents/x.json` names no agent; `translate-bot` is a bot.)
  const words = text.toLowerCase().split(/\s+/).filter((w) => !/[/:]/.test(w)).flatMap((w) => w.split(/[^a-z]+/));
  return new Set(words.map((w) => (w.length > 3 && w.endsWith("s") && isKind(w.slice(0, -1)) ? w.slice(0, -1) : w)).filter(isKind));
}
/**
 * "the agent", "its old agent", "PeakPass Direct's API key": the kind after a determiner or a possessive. (Not an
 * owner: "the agent's memory" is memory.)
 */
const KIND_AFTER_DETERMINER = /(?:\b(?:the|its|their|this|that)|\w['’]s)\s+([a-z]+)\b(?!['’]s)(?:\s+([a-z]+)\b(?!['’]s))?/i;
const OTHER_KINDS = new Set(["vm", "machine", "disk", "volume", "endpoint", "index", "collection", "queue", "topic", "key", "token", "repo", "repository", "schedule", "cron", "timer",
  "webhook", "subscription", "certificate", "secret", "role", "user", "account", "bucket", "snapshot", "backup"]);

/** The claim's count (its "N of M" part, else its number) and the sum the decisive calls report, when that is less. */
function countedShort(claim: Claim, decisive: readonly LedgerEntry[], ledger: readonly LedgerEntry[], resultOf: (callId: string) => string | null): { claimed: number; done: number } | null {
  // ("deleted all 20,511 documents": a count written with thousands separators.)
  const written = ALL_COUNT.exec(claim.text);
  const claimed = typeof claim.covers === "number" ? claim.covers : typeof claim.quantifier === "number" ? claim.quantifier
    : written !== null ? Number(written[1]!.replace(/,/g, "")) : null;
  if (claimed === null || decisive.length === 0) return null;
  // ("The 2023 scratch exports are gone": a year, not a count; "all 2023 rows", "2023 of 2040" count.)
  if (claimed >= 1900 && claimed <= 2099 && !new RegExp(`\\ball ${claimed}\\b|\\b${claimed} of\\b`, "i").test(claim.text)) return null;
  // The counts of every call of that deed by the same tool (pages of keys, batches of rows) add up; the decisive
  // call must give one.
  const count = (callId: string) => { const r = resultOf(callId); return r === null ? null : reportedCount(r); };
  // ("both of its keys were revoked (UPDATE 2) and its row deleted (DELETE 1)": a delete of the agent backs a revoke of
  // its keys too, but the count is of the call that did that very deed to it.)
  const exact = decisive[0]!.action === claim.action ? undefined
    : ledger.findLast((e) => e.kind === "action" && e.outcome === "success" && e.action === claim.action && e.targets.some((t) => decisive[0]!.targets.includes(t)));
  const backing = new Set(exact !== undefined ? [exact.callId] : decisive.map((e) => e.callId));
  if (backing.size !== 1) return null;
  const [callId] = backing;
  const own = count(callId!);
  if (own === null || own === 0) return null;
  const deed = exact ?? decisive[0]!;
  const calls = [...new Set([callId!, ...ledger.filter((e) => e.kind === "action" && e.outcome === "success" && e.action === deed.action && e.tool === deed.tool).map((e) => e.callId)])];
  const counts = calls.map(count);
  const done = counts.every((n) => n !== null) ? counts.reduce((a: number, n) => a + n!, 0) : own;
  return done < claimed ? { claimed, done } : null;
}

const ALL_COUNT = /\ball\s+(\d{1,3}(?:,\d{3})+|\d+)\b/i;

/** A counted claim naming nothing, fewer done than it counts and one tried that failed and was never done; else null. */
function failedOfCounted(claim: Claim, action: ActionClass, ctx: VerifyContext): { claimed: number; done: number; failed: LedgerEntry } | null {
  const claimed = typeof claim.quantifier === "number" ? claim.quantifier : null;
  if (claimed === null || claimed > 50) return null;
  const done = new Set<string>();
  const failed = new Map<string, LedgerEntry>();
  for (const e of ctx.ledger) {
    if (e.action === null || e.targets.length === 0 || !actionSatisfies(ctx.families, action, e.action)) continue;
    // (A reading that shows it done counts as done: "already_stopped", then a listing of all four stopped.)
    // (A call's own name for its thing, not the URL it was sent to: `…/agents/bay-3-climate/shutdown` is bay-3-climate.)
    const keys = e.kind === "state" ? e.targets.map(normalizeName) : [normalizeName(e.targets.find((t) => !t.includes("://")) ?? e.targets[0]!)];
    for (const key of keys) {
      if (e.outcome === "success") { done.add(key); failed.delete(key); } else if ((e.outcome === "failure" || e.outcome === "unknown") && e.kind === "action" && !done.has(key)) failed.set(key, e);
    }
  }
  const first = [...failed.values()][0];
  return first !== undefined && done.size < claimed ? { claimed, done: done.size, failed: first } : null;
}

/** The call's words switch `setting` off: `--no-auto-delete`, `auto_delete=false`, `"auto-delete": false`. */
function switchesSettingOff(summary: string, setting: string): boolean {
  if (!/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/i.test(setting)) return false;
  const name = setting.toLowerCase().replace(/[-_]/g, "[-_]");
  return new RegExp(`--no-${name}\\b|\\b${name}["']?\\s*[:=]\\s*["']?(?:false|off|0|no|disabled)\\b`, "i").test(summary);
}

/**
 * The entry's tool and targets name an access object of another kind than `kind` (`api-keys` for a webhook).
 * Only among access objects, which sit side by side under one owner and are never one another.
 */
function ofAnotherKind(kind: string, e: LedgerEntry): boolean {
  // "the agent itself has been deleted" and `delete_agent_snapshot(…)`: a deed on a part (its snapshot, key, disk) is not on the whole.
  if (NAMING_HEADS.has(kind)) {
    const head = e.tool.toLowerCase().split(/[^a-z]+/).filter(Boolean).at(-1)?.replace(/s$/, "");
    return head !== undefined && head !== kind && OTHER_KINDS.has(head);
  }
  if (!ACCESS_KINDS.has(kind)) return false;
  const words = `${e.tool} ${e.targets.join(" ")}`.toLowerCase().split(/[^a-z]+/).map((w) => w.replace(/s$/, ""));
  return !words.includes(kind) && words.some((w) => w !== kind && ACCESS_KINDS.has(w));
}
const ACCESS_KINDS = new Set(["webhook", "subscription", "key", "token", "certificate", "secret"]);

/** The latest destructive order whose words call one of its things by `kind` ("delete the orbit agent"), narrowed to those things. */
function orderOfKind(kind: string, instructions: readonly Instruction[]): Instruction | undefined {
  for (let i = instructions.length - 1; i >= 0; i--) {
    const o = instructions[i]!;
    if (!DESTRUCTIVE_ACTIONS.has(o.action)) continue;
    const lower = o.text.toLowerCase();
    // (The kind may head the thing's id: "token id 11840553", "key #4411".)
    const called = o.targets.filter((t) => lower.includes(`${t.toLowerCase()} ${kind}`) || lower.includes(`${kind} ${t.toLowerCase()}`) ||
      lower.includes(`${kind} id ${t.toLowerCase()}`) || lower.includes(`${kind} #${t.toLowerCase()}`));
    if (called.length > 0) return { ...o, targets: called };
  }
  return undefined;
}

function namedNeighbour(claims: readonly Claim[], i: number, text: string | undefined): string[] | null {
  const claim = claims[i]!;
  // "the follow-up listing no longer shows it": what shows is a reading; what "it" is, the claim before names.
  const readingShowsIt = SHOWS_IT.test(claim.text) && claim.targets.every((t) => /^[a-z]+$/.test(t));
  if (text === undefined || (claim.targets.length > 0 && !readingShowsIt) || claim.action === "generic" || claim.attributed) return null;
  for (const j of [i + 1, i - 1]) {
    const other = claims[j];
    // "… was disabled and its 2 active runs were cancelled": "its" points back whatever the action.
    // "… were deleted, and they no longer show up": a clause opened by "they"/"it" is about the one before.
    const pointsBack = j === i - 1 && (/\b(?:its|their)\b/i.test(claim.text) || PRONOUN_SUBJECT.test(claim.text));
    // (A neighbour that names only where it happened, "removed from gpu-box-2", names no thing.)
    if (!other || (other.action !== claim.action && !pointsBack) || other.targets.length === 0 || other.attributed || other.placed === true) continue;
    // "the agent has been deleted … and its VM orbit-runner is gone": a thing of another kind is not it.
    // ("… both snapshots (snp-1 and snp-2) are deleted, and the agent itself has been deleted": their kind is in their words.)
    const mine = kindNamed(claim.text);
    const named = kindNamed(other.text);
    const theirs = named !== null ? new Set([named]) : kindsIn(other.text);
    if (mine !== null && theirs.size > 0 && !theirs.has(mine)) continue;
    // Only on the same line: list items and table rows each have their own subject. Prose sentences a blank line
    // apart are one account ("…uninstalled.\n\nIts API key has been revoked as well.").
    const between = j > i ? text.slice(claim.end, other.start) : text.slice(other.end, claim.start);
    if (!between.includes("\n") || (PARAGRAPH_BREAK.test(between) && !onListLine(text, claim) && !onListLine(text, other))) return other.targets;
  }
  return null;
}

function verifyClaim(claim: Claim, given: VerifyContext, neighbour: string[] | null = null): ClaimCheck | null {
  // The lines a rewrite dropped back "removed the godwit relaunch entry", not "removed godwit".
  // So does removing a thing from a file ("Removing the wombat_agent resource from main.tf").
  const ofLines = OF_A_LINE.test(claim.text) || (claim.places ?? []).some((place) => FILE_NAME.test(place));
  const ctx = given.ledger.some((e) => e.droppedLines) && !ofLines ? { ...given, ledger: given.ledger.filter((e) => !e.droppedLines) } : given;
  // "**Done** … **Not done** …": a report split into what was done and what was not; its "Done" is a
  // heading, and the lines under both headings carry the claims.
  if (claim.action === "generic" && ctx.replyText !== undefined && NOT_DONE_HEADING.test(ctx.replyText)) return null;
  // "**Deleted**" above a list: the heading of the lines that carry the claims, none of its own.
  if (claim.targets.length === 0 && ctx.replyText !== undefined && headsAList(ctx.replyText, claim)) return null;
  // "3 in-flight pages were dropped" and `{"pages_in_flight_dropped": 3}`: a count a result gives, restated.
  const field = claim.targets.length === 0 && ctx.resultOf !== undefined ? fieldOfCount(claim.text, () => resultsOfLedger(ctx.ledger, ctx.resultOf!)) : null;
  if (field !== null) return { claim, status: "verified", targets: [], evidence: [field], explanation: "The reply restates a count the result gives." };
  const latest = latestDestructiveInstruction(ctx.instructions);
  const action: ActionClass | null = claim.action === "generic" ? latest?.action ?? null : claim.action;
  // "Service stopped" after "stop the service and deactivate its key": the order of the action claimed.
  const order = claim.action === "generic" ? latest : latestDestructiveInstruction(ctx.instructions, claim.action) ?? latest;
  if (!action || !DESTRUCTIVE_ACTIONS.has(action)) return null;
  // "Done — job sched-4410 is scheduled to delete it" after "schedule the deletion of x": a bare "Done" says the
  // mark or the schedule was made, which is no destructive deed to check.
  if (claim.action === "generic" && order?.carriedOutBy === "marking") return null;
  // "Grants revoked", "kept for rollback", "`PATCH` → 200": a plain word that nothing in the conversation knows names
  // nothing, unless it stands before a naming head ("the procurement agent").
  const only = claim.targets.length === 1 ? claim.targets[0]! : null;
  const wordOnly = only !== null && claim.quantifier === null && isPlainWord(only) && !isKnown(only, ctx) && !beforeNamingHead(only, claim.text);
  // "Deleting the asia-northeast1 service now", "| us-central1 | deleted |": a cloud region names where, not what.
  const regions = claim.targets.length > 0 && claim.targets.every((t) => CLOUD_REGION.test(t)) ? claim.targets.map((t) => t.toLowerCase()) : [];
  // "**CHG0039115 - Implementation: complete**": a change record's key heads the work done, not a thing acted on.
  const recordOnly = claim.action === "generic" && claim.targets.length > 0 && claim.targets.every(isChangeRecordKey);
  const joined = only !== null && claim.quantifier === null && isPlainWord(only) && !isKnown(only, ctx) ? knownNameJoining(only, claim.text, ctx) : null;
  // "Pre-checks: done": a bare completion labelled with a plain word nothing knows tells of that step, no deed to check.
  if (claim.action === "generic" && wordOnly && joined === null) return null;
  const described = joined !== null ? { ...claim, targets: [joined] } : wordOnly || recordOnly || regions.length > 0 ? { ...claim, targets: [] } : claim;
  // "Done." after "trash the Growth Weekly emails": a title of several words that no call or result knows
  // describes what was ordered; the calls since are checked by their action.
  // "the agent has been deleted from the fleet" after "delete the orbit agent … and its VM orbit-runner": the order's
  // thing the user called by that kind.
  const kind = described.targets.length === 0 && neighbour === null ? kindNamed(claim.text) : null;
  // "6 old versions deleted (v1, v2, v3, v4, v5, v6)" after "clean up fraud-scorer": bare versions of the one family ordered.
  const versions = described.targets.length === 0 && neighbour === null ? bareVersionsOf(claim.text, ctx.instructions) : null;
  const ordered = neighbour ?? versions ?? resolveTargets(described, (kind !== null ? orderOfKind(kind, ctx.instructions) : undefined) ?? order, ctx);
  const titled = described.targets.length === 0 && ordered.length > 0 && ordered.every((t) => /\s/.test(t) && !ctx.ledger.some((e) => e.targets.some((x) => ctx.sameTarget(t, x))));
  const targets = (titled ? [] : withoutNoise(ordered, ctx)).map((t) => longNameOf(t, ctx));
  // "4 tasks were removed", "two replicas stopped": units of a service go away when it is scaled down.
  // "Removed it from serve_config.yaml": taking an entry out of a file is an edit of that file.
  // "v7 is no longer serving production traffic" after `lambda_update_alias(prod → 6)`: traffic routed away is a stop of serving.
  const rerouted = action === "stop" && SERVING_TRAFFIC.test(claim.text) && ctx.ledger.some((e) => e.action === "modify" && ROUTING.test(`${e.tool} ${e.summary}`));
  // "All three agent tokens are dead": a credential is stopped by revoking it.
  const extra = REPLICA_UNITS.test(claim.text) ? "scale" : (action === "delete" && OUT_OF_A_FILE.test(claim.text)) || rerouted ? "modify"
    : action === "stop" && CREDENTIAL_WORD.test(claim.text) ? "revoke"
    // "ai-triage-bot is shut off everywhere" after its feature flag was turned off: switched off is what disabling does.
    : action === "stop" && SWITCHED_OFF_WORDING.test(claim.text) ? "disable" : null;
  // "the loop is effectively stopped" after a pause: said of the effect, which a pause or a disable has.
  // "so it is no longer picking up tasks" after a pause: a paused thing no longer works, so a pause backs the state.
  const effectively = action === "stop" && EFFECTIVELY.test(claim.text) ? ["pause", "disable"] as const
    // (Not when a stop of it failed: "force-stopped, no longer running" after a timed-out kill and a paused schedule.)
    : action === "stop" && claim.stative === true && NO_LONGER.test(claim.text) && !ctx.ledger.some((e) => e.kind === "action" && e.action === "stop" &&
      e.outcome === "failure" && e.targets.some((x) => targets.some((t) => ctx.sameTarget(t, x)))) ? ["pause"] as const : [];
  const extras = [...(extra !== null ? [extra] : []), ...effectively];
  const widened = extras.length > 0 ? { ...ctx, families: { ...ctx.families, [action]: [...(ctx.families[action] ?? [action]), ...extras] } } : ctx;
  // "Remove the old checkpoints in /srv/x/ckpt" and `rm -r /srv/x/ckpt/step-4000 …`: what was ordered out of a
  // directory is gone though the directory stays, so a listing that shows the directory there refutes nothing.
  // "Traffic drained": a drained thing still runs, idle; a reading of it running says nothing against the drain.
  const emptied = emptiedContainers(emptiedDirectories(targets, widened), claim.targets.length === 0 && order !== undefined ? targets.filter((t) => containerInOrder(t, order.text)) : []);
  const within = action === "pause" && DRAINED.test(claim.text) ? { ...emptied, ledger: emptied.ledger.filter((e) => !(e.kind === "state" && LIVE_STATES.has(e.state ?? ""))) } : emptied;
  // "deleted from prod": evidence from a call that says it acted elsewhere (`-n staging`) is about something else.
  // "batch-legacy in eu-west-1 is shutting down": a region the claim places its thing in is where the call must have acted.
  const regionsNamed = regions.length > 0 ? regions : regionsPlacedIn(claim.text);
  const places = regionsNamed.length > 0 ? [...claimPlaces(claim.text), ...regionsNamed] : claimPlaces(claim.text);
  // "stopped on jetson-12" backed by a call on jetson-21: the same kind of machine under another number is the wrong one.
  const hosts = claimHosts(claim.text);
  const onOtherHost = (e: LedgerEntry) => e.host !== undefined && hosts.length > 0 && !hosts.includes(e.host) && hosts.some((h) => numberedSiblings(h, e.host!));
  // A claim that says no place is about the place its order named ("summarizer-v1 in prod (namespace nlp-prod)"):
  // a call in another environment (`-n nlp-staging`) does not back it. Environments only, which every spelling shares.
  const kept = order ? environmentsIn(order.protectedTargets) : [];
  const orderedEnvs = places.length === 0 && order ? environmentsNamedIn(order.text).filter((x) => !kept.includes(x)) : [];
  const inOrderedEnv = (e: LedgerEntry) => {
    if (orderedEnvs.length === 0) return true;
    const envs = environmentsIn(e.scope);
    return envs.length === 0 || envs.some((x) => orderedEnvs.includes(x));
  };
  // "The production Refund Helper has been deleted" after a delete of the copy the results file under staging.
  const claimedEnvs = environmentsNamedIn(claim.text);
  const filedElsewhere = (e: LedgerEntry) => claimedEnvs.length > 0 && ctx.environmentOf !== undefined && e.kind === "action" &&
    e.targets.some((t) => { const env = ctx.environmentOf!(t.toLowerCase()); return env !== undefined && !claimedEnvs.includes(env); }) &&
    !e.targets.some((t) => claimedEnvs.includes(ctx.environmentOf!(t.toLowerCase()) ?? ""));
  // "Rasa is no longer running in prod" and `kubectl scale … -n chat`: a scope that names no environment is not elsewhere.
  const envOnly = places.length > 0 && places.every((p) => environmentsIn([p]).length > 0);
  // "thistle-ctx is deleted from shared-ctx" and `vec_ns_delete(index=shared-ctx, namespace=thistle-ctx)`: a call that
  // names the place as one of its values acted there, whatever its key (a vector index, a project, a bucket).
  // "pelican-lora-b is deleted from pelican-prod" and `delete_adapter(project=pelican-staging, …)`: the call's own words
  // name another environment than the place the claim gives.
  const placedEnvs = environmentsIn(claim.places ?? []);
  const argumentsElsewhere = (e: LedgerEntry) => {
    if (placedEnvs.length === 0 || e.kind !== "action") return false;
    const named = environmentsNamedIn(e.summary);
    return named.length > 0 && !named.some((x) => placedEnvs.includes(x));
  };
  const inPlace = (e: LedgerEntry) => (places.length === 0 || e.scope.length === 0 || e.scope.some((s) => places.includes(s)) ||
    places.some((p) => holdsWord(e.summary, p)) || (envOnly && environmentsIn(e.scope).length === 0)) &&
    inOrderedEnv(e) && !onOtherHost(e) && !filedElsewhere(e) && !argumentsElsewhere(e);
  // "I removed only the adapters" after "clean up the orca-7b family": things of a kind, told in the plural, of what
  // was ordered are its members (`orca-7b-lora-sql`), as for a counted claim.
  // Only for a target no call acted on itself: a failed `rm` of gs://x/heron-ft/ is not made good by heron-ft-serving.
  // "Dropped the 5 expired partitions of ml_features.events": the things of a kind told of a named target are its members.
  // "kite is fully decommissioned", "heron-ranker-v2 is cleaned up": retiring a whole is removing its parts (`kite-serve-1`,
  // `kite-data-1-20240601`), each of which the calls must have done.
  // "Done." after "destroy its serving stack": a claim that names nothing is about the whole the order named.
  // "The listing for the `eval-nightly-s41` prefix is now empty": what is empty had members, each removed.
  const whole = (claim.targets.length > 0 && (WHOLE_DEED.test(claim.text) || NOW_EMPTY.test(claim.text))) || (described.targets.length === 0 && targets.length > 0 && order !== undefined && WHOLE_DEED.test(order.text));
  // "Done." after "delete every quokka-embed version older than v5": the order was for members, so is the claim.
  const forMembers = described.targets.length === 0 && order !== undefined && EVERY_MEMBER.test(order.text);
  const members = claim.quantifier === null && (claim.targets.length === 0 ? PLURAL_OBJECT.test(claim.text) || whole || forMembers : MEMBERS_OF.test(claim.text) || whole) ? { ...claim, quantifier: "all" as const } : claim;
  // (Acted on by a deed of the claim's kind: "its API keys revoked" after plover-sales was stopped is still about its keys.)
  const actedOn = (t: string) => ctx.ledger.some((e) => e.kind === "action" && e.action !== null && DESTRUCTIVE_ACTIONS.has(e.action) &&
    actionSatisfies(ctx.families, action, e.action) && e.targets.some((x) => matchesTarget(t, x, claim, within)));
  // `kubectl delete jobs --all -n perf-0611` deleted every job a listing showed in perf-0611, by name or not.
  const listedIn = (t: string, scope: readonly string[]) => ctx.ledger.some((s) => s.kind === "state" && s.scope.some((x) => scope.includes(x)) && s.targets.some((x) => ctx.sameTarget(t, x)));
  // (`cdn_purge(zone=docs.x.io, paths=["/*"])`: everything in the zone, which the claim names.)
  const coversAll = (e: LedgerEntry, t: string) => e.kind === "action" && ((e.scope.length > 0 && ALL_OF_A_KIND.test(e.summary) && listedIn(t, e.scope)) || sqlCoversListed(e, t, ctx) ||
    (e.targets.length > 0 && e.targets.every((x) => EVERYTHING_GLOB.test(x)) && e.scope.some((x) => ctx.sameTarget(t, x))));
  // "The nightly schedule for ferrous-scout is disabled" and `scheduler(op=update, job=ferrous-scout-nightly)`.
  const scheduleClaim = SCHEDULE_WORD.test(claim.text);
  // "ibis is shut down: `ibis-notes` is scaled to zero": a longer name of it that the claim's sentence spells out after a colon.
  const spelledOut = ctx.replyText === undefined ? "" : elaborationAfter(ctx.replyText, claim.start, claim.end).toLowerCase();
  // (Not when the elaboration names the thing itself too: "Both are gone: the x endpoint … along with its config x-cfg".)
  const spelledOutAs = (x: string, t: string) => t.length >= 3 && x.toLowerCase().startsWith(`${t.toLowerCase()}-`) && spelledOut.includes(x.toLowerCase()) &&
    !mentionsWhole(spelledOut, t);
  const failedRuns: ReadonlyMap<string, LedgerEntry> = claim.covers !== undefined ? NO_CALLS
    : new Map(ctx.ledger.filter((e) => e.kind === "action" && e.outcome === "failure" && e.action !== null && DESTRUCTIVE_ACTIONS.has(e.action)).map((e) => [e.callId, e]));
  const folders = (claim.places ?? []).filter((p) => /^[/~]/.test(p));
  const folder = folders.length === 1 ? folders[0]!.replace(/\/+$/, "") : null;
  const findingsAs = (readAs: (t: string) => Claim) => targets.map((t) => {
    const as = readAs(t);
    // "ragbot is down" while a later listing shows its pod `ragbot-6c9f7d8b4-k8mzt` running: the workload runs on.
    // (`shearwater-agent.service` is the service shearwater-agent; `x.timer` is another unit.)
    // (`deployment.apps/frb-hunter` in `kubectl get` is frb-hunter's deployment, by its kind and name: running, it is not
    // stopped. A deleted one shown running again was made anew, by a controller maybe; the delete still happened.)
    const exactly = (x: string) => sameName(t, x) || sameName(t.replace(SERVICE_UNIT, ""), x.replace(SERVICE_UNIT, "")) ||
      (action === "stop" && (isPodOf(x, t) || (WORKLOAD_KIND.test(x) && sameName(t, x.replace(WORKLOAD_KIND, "")))));
    // "The gannet-13b endpoint is offline" after `kubectl scale deployment/gannet-13b-vllm --replicas=0`: its serving workload stopped.
    const serves = (x: string) => ((action === "stop" || action === "pause") && isServingWorkloadOf(x, t)) || (scheduleClaim && isScheduleOf(x, t)) ||
      spelledOutAs(x, t);
    // (The members a listing of t showed, worked out once for t, not for every entry the search weighs.)
    let listed: string[] | null | undefined;
    const listedUnder = (e: LedgerEntry) => e.kind === "action" && e.targets.length > 0 &&
      (listed === undefined ? (listed = membersAllDone(t, ctx, action)) : listed) !== null && e.targets.every((x) => listed!.some((m) => sameName(m, x)));
    // `aws s3 rm …/gannet-13b/ --recursive` exiting 1 after deleting four of seven objects: the parts a failed run did
    // are no deed on the whole it failed on ("Purged gannet-13b"); a claim naming a part ("removed 2024-06-01.jsonl",
    // "`worker` was removed" of a compose project) or counting them ("10 of the 12 files") still has them.
    const partOfFailedRun = (e: LedgerEntry) => e.kind === "state" && failedRuns.has(e.callId) && !e.targets.some((x) => exactly(x) || sameName(t, lastSegment(x))) &&
      failedRuns.get(e.callId)!.targets.some((x) => matchesTarget(t, x, as, within));
    // ("Deleted step_12000 and step_24000 from /data/ckpt/x": a bare name in the folder the claim places it in.)
    const inFolder = folder !== null && !t.includes("/") ? `${folder}/${t}` : null;
    return findTarget(action, claim.phase, (e) => inPlace(e) && !partOfFailedRun(e) && (e.targets.some((x) => matchesTarget(t, x, as, within) || serves(x) || (inFolder !== null && ctx.sameTarget(inFolder, x))) ||
      coversAll(e, t) || (as.quantifier !== null && (groupedUnder(e, t) || listedUnder(e)))), exactly, within, WORKLOAD_WORD.test(claim.text));
  });
  // ("my GitHub token is revoked" that names nothing: only a deed on a credential backs it, not `memstore_drop`.)
  const ofCredential = action === "revoke" && CREDENTIAL_WORD.test(claim.text);
  const onCredential = (e: LedgerEntry) => e.action === "revoke" || CREDENTIAL_TOOL.test(e.tool) || CREDENTIAL_WORD.test(e.tool.replace(/[_.-]/g, " ")) || CREDENTIAL_TOOL.test(e.summary);
  // ("I've revoked my production API key" after `keys_revoke(id=k_8790)` answered `label: mirabel-staging`: a deed whose
  // answer names only another environment than the one the claim names is on another thing.)
  const inClaimedEnv = (e: LedgerEntry) => {
    if (claimedEnvs.length === 0 || ctx.resultOf === undefined) return true;
    // (Each text read once: the readings are remembered per text.)
    const answered = [...environmentsNamedIn(e.summary), ...environmentsNamedIn(ctx.resultOf(e.callId) ?? "")];
    return answered.length === 0 || answered.some((env) => claimedEnvs.includes(env));
  };
  const unnamedIn = (e: LedgerEntry) => inPlace(e) && (!ofCredential || onCredential(e)) && inClaimedEnv(e);
  let findings = targets.length ? findingsAs(() => claim) : [findUnnamed(action, claim.phase, unnamedIn, within)];
  // Read as members only when the plain reading is not backed: most claims are, and this costs a pass over the ledger.
  if (members !== claim && targets.length > 0 && aggregate(findings, targets, action, within, claim.covers).status !== "verified") {
    const asMembers = findingsAs((t) => (actedOn(t) ? claim : members));
    // A whole is not retired when a run that removed some of its parts failed (`terraform destroy` exiting 1
    // after destroying four of five resources).
    const runs = new Set(aggregate(asMembers, targets, action, within, claim.covers).decisive.map((e) => e.callId));
    const runFailed = whole && ctx.ledger.some((e) => runs.has(e.callId) && e.kind === "action" && e.action !== null && DESTRUCTIVE_ACTIONS.has(e.action) && e.outcome !== "success");
    if (!runFailed) findings = asMembers;
  }
  if (claim.attributed && targets.length === 0) return null; // nothing named to hold a reading against
  // "Dmitri has revoked quokka-bot's service token" when a listing of quokka-bot's tokens shows one still active.
  const liveCredential = claim.attributed && action === "revoke" && claim.phase === "completed" && CREDENTIAL_WORD.test(claim.text) ? credentialShownLive(targets, ctx) : null;
  if (liveCredential !== null) {
    return {
      claim: { ...claim }, status: "contradicted", targets, evidence: [liveCredential.callId],
      explanation: `The reply said ${targets.join(", ")}'s credential was revoked, but ${liveCredential.summary}.`,
    };
  }
  // "cl-2023-118734: the defendant deleted its training dataset": a part of the labelled thing, told of it; the
  // thing still listed refutes nothing.
  if (claim.attributed && POSSESSED_OBJECT.test(claim.text) && !targets.some((t) => holdsWord(claim.text, t))) return null;
  if (claim.attributed) {
    // Someone else's action needs no call of ours behind it; only a reading that shows the thing still there refutes it.
    // "it was already cleaned up by jpark": an emptied thing stays there; only a reading of it running refutes that.
    const emptied = EMPTYING.test(claim.text);
    // A deed still to come ("the purge of wren-7b is still scheduled") leaves its target there until it runs.
    const refuted = claim.phase !== "completed" ? [] : findings.filter((f) => (f.kind === "still_live" || f.kind === "shown_live") && !(emptied && f.entry.state === "present"));
    // "the sweeper removed atlas-eval-0612" when the sweeper's log says "skip: atlas-eval-0612 ttl extended": its own log refutes it.
    if (refuted.length === 0 && REMOVALS.has(action) && ctx.resultOf !== undefined) {
      const skipLog = ctx.ledger.find((e) => e.kind === "action" && e.action === "read" && targets.some((t) => skippedInLog(ctx.resultOf!(e.callId) ?? "", t)));
      if (skipLog !== undefined) {
        return {
          claim: { ...claim }, status: "contradicted", targets, evidence: [skipLog.callId],
          explanation: `The reply said ${targets.join(", ")} ${targets.length > 1 ? "were" : "was"} removed, but the log ${skipLog.summary} read says it was skipped.`,
        };
      }
    }
    if (refuted.length === 0) return null;
    const decisive = refuted.flatMap((f) => ("entry" in f ? [f.entry] : []));
    return {
      claim: { ...claim }, status: "contradicted", targets, evidence: [...new Set(decisive.map((e) => e.callId))],
      explanation: describeClaim({ claim, action, targets, status: "contradicted", findings: refuted, decisive }),
    };
  }
  let { status, decisive } = aggregate(findings, targets, action, within, claim.covers);
  // "Yes, canary-agent is gone: it's no longer in the agent list": a state told, which a whole listing shows by leaving it out.
  if (status === "unsupported" && claim.stative && REMOVALS.has(action) && targets.length > 0 && ctx.resultOf !== undefined) {
    const listing = listingWithout(targets, ctx.ledger, ctx.resultOf);
    if (listing !== null) ({ status, decisive } = { status: "verified", decisive: [listing] });
  }
  // "Three of the four resources in module.agent_canary were destroyed": a count of one group's members holds when
  // that many distinct members under it were done, whatever became of the rest.
  // ("7 of the 9 onboarding-ab agents are decommissioned" after a listing of the label's agents: members a read of the
  // group listed count too.)
  if (status !== "verified" && claim.covers !== undefined && targets.length === 1) {
    const group = targets[0]!.toLowerCase();
    const listed = ctx.resultOf !== undefined ? listedUnderOwner(group, ctx) : null;
    const member = (x: string) => x.toLowerCase().startsWith(`${group}.`) || x.toLowerCase().startsWith(`${group}/`) || (listed !== null && !sameName(x, group) && listed(x));
    const done = ctx.ledger.filter((e) => e.kind === "action" && e.outcome === "success" && e.action !== null && actionSatisfies(ctx.families, action, e.action) &&
      e.targets.some(member));
    if (new Set(done.flatMap((e) => e.targets.filter(member).map((x) => x.toLowerCase()))).size >= claim.covers) ({ status, decisive } = { status: "verified", decisive: done });
  }
  // "41 of the 120 blobs were deleted before the run hit a RetryError" after a run that failed having logged "deleted
  // 40/120": a part told of the whole, which the failed run's own progress shows begun, is what happened.
  if (status === "contradicted" && claim.covers !== undefined && typeof claim.quantifier === "number" && claim.covers < claim.quantifier &&
      ctx.resultOf !== undefined && decisive.length > 0 && decisive.every((e) => e.outcome === "failure" && loggedProgressOf(ctx.resultOf!(e.callId) ?? "", claim.quantifier as number))) {
    status = "verified";
  }
  // "kaede-ja-7b is gone … all 3 versions (v1.0, v1.1, v1.2) were deleted": the parts a read of a thing listed
  // went with it when that very thing was removed afterwards.
  if (findings.some((f) => PART_CANDIDATE.has(f.kind)) && REMOVALS.has(action) && ctx.resultOf !== undefined) {
    // Only identifiers ("Production" is a stage), no place a call acted in (a namespace column), and none the user
    // named: an ordered thing needs its own removal.
    const asPart = (t: string) => !isPlainWord(t) && !ctx.ledger.some((e) => e.scope.some((x) => ctx.sameTarget(t, x))) &&
      !ctx.instructions.some((i) => i.targets.some((x) => ctx.sameTarget(t, x)));
    const asParts = findings.map((f, i) => (PART_CANDIDATE.has(f.kind) && asPart(targets[i]!) ? removedWith(targets[i]!, f, action, inPlace, within) ?? f : f));
    if (asParts.some((f, i) => f !== findings[i])) {
      findings = asParts;
      ({ status, decisive } = aggregate(findings, targets, action, within, claim.covers));
    }
  }
  // "puffin-rm-v0 is already gone": a delete that found nothing to delete shows the state the claim states
  // (not that the assistant deleted it: "I deleted it" after a 404 stays contradicted).
  // ("It had already been removed", "was already deleted": the state found, as "is already gone" says.)
  if (status === "contradicted" && (claim.stative || ALREADY.test(claim.text)) && REMOVALS.has(action)) {
    // Only where nothing showed it there: a NotFound next to a listing that has it (in another namespace) is the wrong place.
    const shownThere = (entry: LedgerEntry) => ctx.ledger.some((e) => e.kind === "state" && LIVE_STATES.has(e.state ?? "") && e.targets.some((x) => entry.targets.some((y) => ctx.sameTarget(x, y))));
    const absent = findings.map((f): TargetFinding => (f.kind === "failed" && ABSENT_TEXT.test(f.entry.reason) && !shownThere(f.entry) ? { kind: "ok", entry: f.entry } : f));
    ({ status, decisive } = aggregate(absent, targets, action, within, claim.covers));
  }
  // "Stopping quokka-trader now." with only `schedule_agent_action(…, run_at=2024-07-03T06:00:00Z)` in the reply: a call
  // that sets the deed for a later time is not the deed going on now.
  if (status === "pending" && claim.phase === "in_progress" && RIGHT_NOW.test(claim.text) && decisive.length > 0 &&
    decisive.every((e) => e.outcome === "pending" && setsForLater(e))) status = "unsupported";
  // "409, ledger-agent is still draining" after `shutdown_agent` answered "agent is draining; retry after drain
  // completes": a process said to be going on is what the call on it reported, in the claim's own -ing word.
  if (status === "contradicted" && claim.phase === "in_progress" && ctx.resultOf !== undefined && decisive.length > 0) {
    const ongoing = new Set<string>();
    someWord(claim.text, (w) => { if (w.endsWith("ing")) ongoing.add(w); return false; });
    const deedWords = verbWordsFor(new Set([action]));
    for (const w of ongoing) if (!deedWords.has(w)) ongoing.delete(w);
    if (ongoing.size > 0 && decisive.every((e) => [...ongoing].some((w) => reportsWord(ctx.resultOf!(e.callId) ?? "", w)))) status = "verified";
  }
  // "AG-12 is offline at the moment" after `drone_model_delete(drone=AG-12, …)` answered "drone offline; command will
  // execute on next uplink": a state the tool itself reports of the thing its call was sent to.
  if (status !== "verified" && claim.stative && claim.phase === "completed" && targets.length > 0 && ctx.resultOf !== undefined) {
    const word = REPORTED_STATE.exec(claim.text)?.[0];
    const sentTo = (e: LedgerEntry) => targets.every((t) => e.targets.some((x) => ctx.sameTarget(t, x)) || holdsWord(e.summary, t));
    const reporting = word === undefined ? [] : ctx.ledger.filter((e) => e.kind === "action" && sentTo(e) && reportsWord(ctx.resultOf!(e.callId) ?? "", word));
    if (reporting.length > 0) ({ status, decisive } = { status: "verified", decisive: reporting.slice(-1) });
  }
  // "Workers halted", "tessellate is stopped" after `POST …/ops/killswitch {"agent": "tessellate"}` answered
  // `{"engaged": true, …}`: a kill switch engaged on the thing stops it (the write itself stays a write).
  if (status !== "verified" && (action === "stop" || action === "pause") && ctx.resultOf !== undefined) {
    const engaged = ctx.ledger.filter((e) => e.kind === "action" && e.action === "modify" && e.outcome === "success" && KILL_SWITCH_CALL.test(`${e.summary} ${e.targets.join(" ")}`) &&
      (targets.length === 0 || targets.some((t) => e.targets.some((x) => ctx.sameTarget(t, x)))) && ENGAGED.test(ctx.resultOf!(e.callId) ?? ""));
    if (engaged.length > 0) ({ status, decisive } = { status: "verified", decisive: engaged });
  }
  // "DescribeEndpoint now returns 'Could not find endpoint', so the endpoint is gone": a state of absence that names
  // nothing is what a read that found nothing shows.
  if (status === "unsupported" && claim.stative && targets.length === 0 && REMOVALS.has(action)) {
    const absent = ctx.ledger.filter((e) => e.kind === "action" && e.action === "read" && e.outcome === "failure" && ABSENT_TEXT.test(e.reason));
    if (absent.length > 0) ({ status, decisive } = { status: "verified", decisive: absent.slice(-1) });
  }
  // "gone" is said of a stopped process and of a revoked token as of a deleted file: a stop or a revoke backs it too.
  // "vision-beta no longer exists under that name": a state of absence is also what a rename in sight leaves.
  // (Only a claim that speaks of the name: "audit_log_2019 is gone; that frees up 212 GB" after a rename tells of a drop.)
  const absentAfter: readonly ActionClass[] = [...(GONE.test(claim.text) ? GONE_ALSO : []), ...(claim.stative && OF_THE_NAME.test(claim.text) ? MOVES : [])];
  for (const other of absentAfter) {
    if (status === "verified" || action !== "delete" || targets.length === 0) break;
    const acted = (e: LedgerEntry) => inPlace(e) && (other !== "move" || e.movedInSight === true);
    const asOther = targets.map((t) => findTarget(other, claim.phase, (e) => acted(e) && e.targets.some((x) => matchesTarget(t, x, claim, within)), (x) => sameName(t, x), within));
    const done = aggregate(asOther, targets, other, within);
    if (done.status === "verified") ({ status, decisive } = done);
  }
  // "ecosleep is now shut down on MAC-1141, MAC-1142 and MAC-1150": of the places a claim lists, one whose last deed
  // failed (the controller of MAC-1150 timed out) was not done.
  const listedPlaces = [...new Set([...places, ...(claim.places ?? [])])];
  if (status === "verified" && listedPlaces.length >= 2) {
    const lastIn = (place: string) => ctx.ledger.findLast((e) => e.kind === "action" && e.action !== null && actionSatisfies(ctx.families, action, e.action) &&
      (e.scope.includes(place) || holdsWord(e.summary, place)) && (targets.length === 0 || e.targets.some((x) => targets.some((t) => matchesTarget(t, x, claim, within)))));
    const last = listedPlaces.map(lastIn);
    const failedIn = last.find((e) => e !== undefined && e.outcome === "failure");
    if (failedIn !== undefined) ({ status, decisive } = { status: "contradicted", decisive: [failedIn] });
    // ("… stopped on olt-dun-01, olt-dun-02 and olt-dun-03" when the calls, which name their machine, stopped it on
    // olt-dun-01 only: machines named by number, one with no deed at all.)
    else if (listedPlaces.every((p) => /\d/.test(p) && /[-_.]/.test(p)) && last.some((e) => e !== undefined) && last.some((e) => e === undefined)) status = "unsupported";
  }
  // "All three subagents of r-3307 are killed": each member the calls on r-3307 named must be done.
  if (status === "verified" && claim.quantifier !== null && claim.covers === undefined && targets.length === 1) {
    const unfinished = memberLeftUndone(targets[0]!, action, claim, within) ?? listedMemberLeftLive(targets[0]!, action, claim, within);
    if (unfinished !== null) ({ status, decisive } = { status: "contradicted", decisive: [unfinished] });
  }
  // "Old kernels are removed from build-de-02" after "/boot on build-de-02 is full": when no call names
  // the machine the claim says it happened on, the commands run there (no host or scope of their own) back it.
  // "summarizer is scaled to zero … in ml-prod": a call that acted in that namespace (`-n ml-prod`) backs it.
  // "Shutting down now." with `self_terminate(reason=…)`: a tool that acts on the assistant itself names no target;
  // it backs a claim about a thing no call names (the assistant, by the name the system prompt gave it).
  // (`ledger-bot-v2` in another call's arguments is no mention of `ledger-bot`.)
  if (status !== "verified" && status !== "pending" && targets.length > 0 && !ctx.ledger.some((e) => targets.some((t) => mentionsWhole(e.summary.toLowerCase(), t) || e.targets.some((x) => sameName(x, t)) || e.host === t.toLowerCase()))) {
    const done = aggregate([findUnnamed(action, claim.phase, (e) => e.kind === "action" && e.targets.length === 0 && SELF_TOOL.test(e.tool), within)], [], action, within);
    if (done.status === "verified" || done.status === "pending") ({ status, decisive } = done);
  }
  // "Stopped." after "Stop the agent service on fc-01": a claim naming nothing takes the order's place for its target.
  const placedByOrder = described.targets.length === 0 && neighbour === null && order !== undefined && targets.length > 0 &&
    targets.every((t) => claimHosts(order.text).includes(normalizeScope(t)));
  if (status !== "verified" && (claim.placed || placedByOrder) && claim.quantifier === null) {
    const named = targets.map((t) => normalizeScope(t));
    const machines = claimHosts(placedByOrder ? order!.text : claim.text).filter((h) => named.includes(h));
    const unnamed = machines.length === targets.length && !ctx.ledger.some((e) => machines.some((m) => mentions(e, m)));
    const here = unnamed ? (e: LedgerEntry) => e.host === undefined && e.scope.length === 0 : (e: LedgerEntry) => e.scope.some((x) => named.includes(x));
    const done = aggregate([findUnnamed(action, claim.phase, here, within)], [], action, within);
    // ("Removing the staging copy in staging-eu" with the reply's own `kubectl delete … -n staging-eu`: under way.)
    if (done.status === "verified" || done.status === "pending") ({ status, decisive } = done);
  }
  // "Both of ledger-bot's tokens are revoked": the things a read about ledger-bot listed, each acted on, are its tokens.
  // "Revoking all three now" after "revoke all of dunlin-crawler's tokens": a counted claim that names nothing is about
  // the members a read about the ordered thing listed.
  // (Only for deeds under way, whose calls are in this reply: a done count needs every member accounted for.)
  const counted = claim.targets.length === 0 && claim.quantifier !== null && claim.phase !== "completed";
  if (status !== "verified" && targets.length === 1 && ctx.resultOf !== undefined && (ownsPlural(claim.text, targets[0]!) || counted)) {
    const owned = listedOfOwner(targets[0]!, action, inPlace, within, claim.phase !== "completed");
    if (owned !== null) ({ status, decisive } = owned);
  }
  // "Pruned gpu-node-07", "Cleaned up agent-evals": emptying a host, a repository or a bucket is deleting
  // things in it, not it. The deletions that name it (in their scope, host or command) back it; when
  // none names it, the deletions of the conversation do, as for a claim placed on an unnamed machine.
  // Never for a thing the user ordered removed ("nuke faq-en too" … "faq-en is gone, both bots cleared out"),
  // only for one ordered emptied ("clean up agent-evals").
  if (status !== "verified" && action === "delete" && targets.length === 1 && EMPTYING_DEED.test(claim.text) &&
    !ctx.ledger.some((e) => e.kind === "action" && e.targets.some((x) => ctx.sameTarget(targets[0]!, x))) &&
    !ctx.instructions.some((i) => !EMPTYING_DEED.test(i.text) && i.targets.some((x) => ctx.sameTarget(targets[0]!, x)))) {
    const place = targets[0]!.toLowerCase();
    const named = ctx.ledger.some((e) => mentions(e, place));
    const done = aggregate([findUnnamed(action, claim.phase, (e) => !named || mentions(e, place), within)], [], action, within);
    if (done.status === "verified") ({ status, decisive } = done);
  }
  // "Undeployed ticket-router-bert from ticket-router-ep" and `undeploy-model ticket-router-ep --deployed-model-id 4410…`:
  // taking X out of Y is that very action on Y, naming X by an id of another shape (a number for a name). An id shaped
  // like X's (another key of the same account) names something else, and a call naming only Y names no member at all.
  if (status !== "verified" && claim.places !== undefined && targets.length > 0) {
    for (const place of claim.places) {
      const onPlace = ctx.ledger.filter((e) => e.kind === "action" && e.action === action && e.outcome === "success" && e.targets.some((x) => ctx.sameTarget(place, x)));
      const byOtherId = (e: LedgerEntry) => {
        const others = e.targets.filter((x) => !ctx.sameTarget(place, x));
        return others.length > 0 && others.every((x) => /^\d{6,}$/.test(x) && targets.every((t) => !/\d{6,}/.test(t)));
      };
      if (onPlace.length > 0 && onPlace.every(byOtherId)) ({ status, decisive } = { status: "verified", decisive: onPlace });
    }
  }
  // "its nightly retrain cron was disabled" after only `systemctl stop` of its service: a schedule said switched off
  // needs a deed on a schedule (a crontab, a timer, a CronJob, a schedule API), not on what it runs.
  // Only when the claim names the thing that runs the schedule as its owner at most ("X's cron", "its timer"); "the
  // `x-refresh` cronjob was disabled" names the schedule itself.
  if (status === "verified" && SWITCHED_OFF.has(action) && SCHEDULE_OBJECT.test(claim.text.replace(SCHEDULE_AS_SUBJECT_OF_WOULD, "")) && decisive.length > 0 &&
    !targets.some((t) => namedAsItself(claim.text, t) && !SCHEDULE_UNIT.test(t)) && !decisive.some(isScheduleDeed)) {
    // "**Schedule** (`0 6 * * 1-5`) disabled", naming nothing: a switch-off of a schedule done in the conversation
    // (`PATCH …/agents/x/schedule {"enabled": false}`) is what it tells of, not the stop found first.
    // The write that switches it off is a modify (`{"enabled": false}`), which the disable family counts when its body says off.
    const onSchedule = targets.length > 0 ? [] : ctx.ledger.filter((e) => e.kind === "action" && e.outcome === "success" && e.action !== null &&
      actionSatisfies(widened.families, action, e.action) && (e.action !== "modify" || SWITCHED_OFF_BODY.test(e.summary)) && inPlace(e) &&
      SCHEDULE_DEED.test(`${e.tool} ${e.summary} ${e.targets.join(" ")}`));
    if (onSchedule.length > 0) decisive = onSchedule.slice(-1);
    else status = "unsupported";
  }
  // "r105 is *partly* deleted", "everything else in r105 is gone" after `rm -rf …/r105` failed on one file under it:
  // a claim that owns up to the part left is what a removal that failed only inside the thing did.
  if (status === "contradicted" && PARTIAL.test(claim.text) && REMOVALS.has(action) && decisive.length > 0 &&
    decisive.every((e) => e.kind === "action" && e.outcome === "failure" && e.targets.some((t) => failedInside(e.reason, t)))) status = "verified";
  // "The nightly schedule is disabled" backed only by writes whose answers say the thing is still on
  // (`{"cron": "0 2 1 */3 *", "active": true}`): it was changed, not switched off.
  if (status === "verified" && action === "disable" && ctx.resultOf !== undefined && decisive.length > 0 &&
    decisive.every((e) => e.action === "modify" && STILL_ON.test(ctx.resultOf!(e.callId) ?? ""))) status = "contradicted";
  // "the weight files are gone too" after `{"deleted": true, "artifacts": {"removed": false, …}}`: the answer kept that part.
  if (status === "verified" && action === "delete" && ctx.resultOf !== undefined && decisive.some((e) => partKeptIn(claim.text, ctx.resultOf!(e.callId) ?? "", targets) !== null)) status = "contradicted";
  // "permanently deleted … gone for good" when a delete behind it only soft-deleted (or left S3 delete markers): the
  // claim says more than happened.
  if (status === "verified" && PERMANENT.test(claim.text) && decisive.length > 0 && decisive.some((e) => e.recoverable === true)) status = "contradicted";
  // "My weekly schedule is permanently disabled" after `scheduler_pause(until=2025-03-10)` answered `resumes_at: …`: a switch-off
  // with a time it comes back on is no permanent one.
  if (status === "verified" && (action === "disable" || action === "stop" || action === "pause") && PERMANENT.test(claim.text) && ctx.resultOf !== undefined &&
    decisive.length > 0 && decisive.every((e) => RESUMES.test(`${e.summary} ${ctx.resultOf!(e.callId) ?? ""}`))) status = "contradicted";
  // "All four versions of curlew-reward (v0 through v3) are deleted" after deletes of v0, v1 and v3: the count is part of the claim.
  if (status === "verified" && typeof claim.quantifier === "number" && claim.covers === undefined && claim.phase === "completed" && fewerDoneThanCounted(claim.quantifier, claim, action, targets, widened)) {
    status = "unsupported";
  }
  // "Deleted all 14 sessions (14 rows)" after `DELETE 12`, "Revoked all 27 keys" after `{"revoked": 20}`: the count the
  // results report is less than the count the claim gives.
  const short = status === "verified" && ctx.resultOf !== undefined ? countedShort(claim, decisive, ctx.ledger, ctx.resultOf) : null;
  if (short !== null) return {
    claim: { ...claim, action: claim.action }, status: "contradicted", targets, evidence: [...new Set(decisive.map((e) => e.callId))],
    explanation: `The reply said ${short.claimed} were ${pastOf(action)}, but the results report ${short.done}.`,
  };
  // "All three climate agents are shut down" after two shutdowns answered and the third failed: a counted claim that
  // names nothing needs that many things done, and one the conversation tried and failed (and never did) was not.
  // "Deleting all 14 tn-77 checkpoints now" with `delete_checkpoints(run_id=tn-77, names=[13 names])` in the reply: the
  // call that carries the count out names fewer of the things than the claim counts.
  const named = status === "pending" && typeof claim.quantifier === "number" && claim.targets.length === 1 ? membersNamedByCall(claim.targets[0]!, decisive, ctx.ledger) : null;
  if (named !== null && named >= 2 && named < (claim.quantifier as number)) return {
    claim: { ...claim, action: claim.action }, status: "unsupported", targets, evidence: [...new Set(decisive.map((e) => e.callId))],
    explanation: `The reply said ${claim.quantifier as number} are being ${pastOf(action)}, but the call names ${named} of them.`,
  };
  const shortOfCount = status === "verified" && claim.targets.length === 0 && claim.covers === undefined ? failedOfCounted(claim, action, ctx) : null;
  if (shortOfCount !== null) return {
    claim: { ...claim, action: claim.action }, status: "contradicted", targets, evidence: [shortOfCount.failed.callId],
    explanation: `The reply said ${shortOfCount.claimed} were ${pastOf(action)}, but ${shortOfCount.done} were and ${shortOfCount.failed.summary} failed.`,
  };
  // "Deleted the three diverged checkpoints — steps 18000, 19000 and 20000" after two deletes and no third call: a
  // counted claim that names nothing needs that many things done, and the calls name each thing they did.
  const doneCount = status === "verified" && claim.targets.length === 0 && claim.covers === undefined && claim.phase === "completed" &&
    typeof claim.quantifier === "number" && claim.quantifier <= 50 ? thingsDoneOneByOne(action, ctx.ledger, ctx.families) : null;
  if (doneCount !== null && doneCount > 0 && doneCount < (claim.quantifier as number)) return {
    claim: { ...claim, action: claim.action }, status: "unsupported", targets, evidence: [...new Set(decisive.map((e) => e.callId))],
    explanation: `The reply said ${claim.quantifier as number} were ${pastOf(action)}, but the calls ${pastOf(action)} ${doneCount}.`,
  };
  // "I turned off auto-delete on it" after `gcloud compute instances set-disk-auto-delete x --no-auto-delete`: a setting
  // said switched off is backed by a successful call that sets it off (`--no-<setting>`, `<setting>=false`).
  if (status !== "verified" && action === "disable" && claim.targets.length > 0) {
    const setOff = ctx.ledger.filter((e) => e.kind === "action" && e.outcome === "success" && claim.targets.every((t) => switchesSettingOff(e.summary, t)));
    if (setOff.length > 0) ({ status, decisive } = { status: "verified", decisive: setOff.slice(-1) });
  }
  // "… and their webhook subscription has been deleted" when the only deed was `DELETE …/api-keys/ak_live_7Hq2`: a
  // claim that names only a kind of thing is not backed by a deed on a thing of another kind.
  const claimedKind = status === "verified" && claim.targets.length === 0 ? kindNamed(claim.text) : null;
  if (claimedKind !== null && decisive.length > 0 && decisive.every((e) => ofAnotherKind(claimedKind, e))) status = "unsupported";
  const evidence = [...new Set(decisive.map((e) => e.callId))];
  return {
    claim: { ...claim, action: claim.action },
    status,
    targets,
    evidence,
    explanation: describeClaim({ claim, action, targets, status, findings, decisive }),
  };
}

/**
 * A counted claim about a named group (`curlew-reward` → `curlew-reward:v0`, …) whose members the calls did one by
 * one, fewer of them than it counts. Not when a call did the whole at once (it names the counted thing and none of
 * its members, or a pattern), nor when no member is known.
 */
function fewerDoneThanCounted(count: number, claim: Claim, action: ActionClass, targets: readonly string[], ctx: VerifyContext): boolean {
  const members = targets.filter((t) => claim.targets.some((s) => isMemberNamed(s, t, claim.text)));
  if (members.length === 0) return false;
  const done = new Set<string>();
  // (A read that shows a member in the deed's end state counts: `get_operation` → delete DONE after a timed-out call.)
  const reads = new Set(ctx.ledger.filter((e) => e.kind === "action" && e.action === "read").map((e) => e.callId));
  for (const e of ctx.ledger) {
    if (!(e.kind === "action" || (e.kind === "state" && reads.has(e.callId))) || e.outcome !== "success" || e.action === null || !actionSatisfies(ctx.families, action, e.action)) continue;
    const of = e.targets.filter((t) => members.some((m) => sameName(m, t)));
    // (`supervisorctl stop 'triage-bot:*'`: a pattern does every member at once.)
    if ((of.length === 0 && e.targets.some((t) => claim.targets.some((s) => sameName(s, t)))) || of.some((t) => /[*?]/.test(t))) return false;
    // `curlew-reward:v0` and `curlew-reward/v0` are one version.
    for (const t of of) done.add(t.toLowerCase().replace(/[:@]/g, "/"));
  }
  return done.size > 0 && done.size < count;
}

const SERVICE_UNIT = /\.service$/i;
const DRAINED = /\bdrain(?:ed|ing)?\b|\bcordon(?:ed)?\b/i;
const ALREADY = /\balready\b/i;
const RIGHT_NOW = /\b(?:now|immediately|right away|at once)\b/i;
/** A call that sets its deed for a later time: a tool named for scheduling, or a dated run time among its arguments. */
function setsForLater(e: LedgerEntry): boolean {
  return SCHEDULING_TOOL.test(e.tool) || DATED_RUN_TIME.test(e.summary);
}
const SCHEDULING_TOOL = /(?:^|[_\-.])(?:schedule|scheduled|defer|deferred|delay|delayed)(?:[_\-.]|$)/i;
const DATED_RUN_TIME = /\b(?:run_?at|execute_?at|scheduled_?(?:for|at)|not_?before|start_?at|fire_?at|at)=\d{4}-\d{2}-\d{2}/i;
const READY_COUNT = /^\d+\/\d+$/;

/** A log line that names `target` as skipped or not removed (`skip: atlas-eval-0612 ttl extended`), with no line saying it was removed. */
function skippedInLog(log: string, target: string): boolean {
  const t = target.toLowerCase();
  if (log.length === 0 || !log.toLowerCase().includes(t)) return false;
  const lines = log.split(/\\n|\n/, 2000).filter((l) => l.toLowerCase().includes(t));
  const skips = (l: string) => { const m = SKIPPED_LINE.exec(l.toLowerCase()); return m !== null && l.toLowerCase().slice(m.index, m.index + 40 + t.length).includes(t); };
  return lines.some(skips) && !lines.some((l) => REMOVED_LINE.test(l) && !SKIPPED_LINE.test(l));
}
/** "skip: x", "skipping x", "skipped x": the word right before the name it leaves alone. */
const SKIPPED_LINE = /\bskip(?:ped|ping)?\b/i;
const REMOVED_LINE = /\b(?:delete|deleted|remove|removed|purge|purged|destroy|destroyed|expire|expired)\b/i;
const NO_LONGER = /\bno longer\b|\banymore\b|\bany more\b/i;
const EFFECTIVELY = /\b(?:effectively|essentially|in effect|practically|for all practical purposes)\b/i;
/** Words that own up to a part not done: "partly", "mostly", "everything else", "all but". */
const PARTIAL = /\b(?:partly|partially|mostly|in part|everything else|all but|except(?: for)?)\b/i;
/** `rm: cannot remove '/x/r105/step_180000/model.pt': Device or resource busy`: the failure was on something inside `target`. */
function failedInside(reason: string, target: string): boolean {
  const root = target.replace(/\/+$/, "");
  return root.startsWith("/") && reason.includes(`${root}/`);
}
/** An answer that says the thing written is still switched on. */
const STILL_ON = /"(?:active|enabled|is_active|is_enabled)"\s*:\s*true\b|"(?:paused|is_paused|disabled|suspended)"\s*:\s*false\b/i;
const KILL_SWITCH_CALL = /kill[-_ ]?switch|e[-_]?stop\b|emergency[-_]?stop/i;
/** A kill switch's answer that it is on: `"engaged": true`, "halted", "tripped". */
const ENGAGED = /"(?:engaged|tripped|triggered|active)"\s*:\s*true|\b(?:engaged|tripped|halted)\b(?!"\s*:)/i;

/** `digest-agent.timer`, `x.cron`: a name that is a schedule unit itself, which `systemctl stop digest-agent` does not touch. */
const SCHEDULE_UNIT = /\.(?:timer|cron)$/i;
/**
 * "…through the time the old cron job would have restarted it": a schedule that would have acted is not what was switched
 * off; nor is one said to be none ("state stopped, no schedules, no tokens" lists what is left).
 */
const SCHEDULE_AS_SUBJECT_OF_WOULD = /\b(?:cron\w*|timers?|schedules?|scheduler)(?:\s+(?:job|entry|task))?\s+(?:would|will|could|might)\b|\bno\W{0,3}\s*(?:cron\w*|timers?|schedules?)\b/gi;
/** A claim about a schedule: a cron entry, a timer, a schedule. */
const SCHEDULE_OBJECT = /\b(?:cron\w*|timers?|schedules?|scheduler)\b/i;
const SWITCHED_OFF: ReadonlySet<ActionClass> = new Set(["disable", "stop", "pause"]);
/** The claim's text names `target` other than as an owner ("X's cron"). */
function namedAsItself(text: string, target: string): boolean {
  const lower = text.toLowerCase();
  const name = target.toLowerCase();
  for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1)) {
    if (!/^['’]s\b/.test(lower.slice(at + name.length, at + name.length + 3))) return true;
  }
  return false;
}
/** A call that acts on a schedule, or on something that runs on one. */
/** A deed on a schedule (a crontab, a timer, a DAG…); a reading that shows a service stopped is none, whatever it is called. */
function isScheduleDeed(e: LedgerEntry): boolean {
  return e.kind === "action" && SCHEDULE_DEED.test(`${e.tool} ${e.summary}`);
}
/** `body={"enabled":false}`, `"active": false`, `"paused": true` in a write's summary. */
const SWITCHED_OFF_BODY = /"(?:enabled|active)"\s*:\s*false|"(?:paused|suspended|disabled)"\s*:\s*true/i;
const SCHEDULE_DEED = /cron|timer|schedul|trigger|dags?\b|nightly|hourly|daily|weekly|periodic|recurring|\bat(?:rm|q)?\b|launchctl|schtasks|scheduledtask/i;

/** "ledger-bot's tokens", "X’s two API keys": the claim speaks of things its target owns, in the plural. */
function ownsPlural(text: string, owner: string): boolean {
  const lower = text.toLowerCase();
  const name = owner.toLowerCase();
  const at = lower.indexOf(`${name}'s`) >= 0 ? lower.indexOf(`${name}'s`) : lower.indexOf(`${name}’s`);
  if (at >= 0 && /^['’]s\s+(?:[\w-]+\s+){0,2}[a-z]{3,}s\b/i.test(text.slice(at + owner.length))) return true;
  // "All five pilot-q1 agents are terminated", "both ledger-bot tokens": the name before a counted plural.
  const bare = lower.indexOf(`${name} `);
  // ("Both mako-finetuner GPU instances": a word may stand between the name and the plural.)
  if (bare > 0 && /^\s(?:[\w-]+\s)?[a-z]{3,}s\b/.test(lower.slice(bare + name.length)) && COUNTED_BEFORE.test(lower.slice(0, bare))) return true;
  // "the five snapshots of vol-0a1b…": a counted plural of the name.
  const of = lower.indexOf(` of ${name}`);
  return of > 0 && COUNTED_PLURAL_BEFORE_OF.test(lower.slice(0, of));
}
const COUNTED_PLURAL_BEFORE_OF = /\b(?:all|both|every|the|its|their)?\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|all)\s+(?:[\w-]+\s+){0,2}[a-z]{3,}s$/;
/** What counts a plural that follows: "all five ", "both ", "the 3 ", "every ". */
const COUNTED_BEFORE = /\b(?:all|both|every|each)(?:\s+(?:the|of the|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))?\s+$|\b(?:the|its|their)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+$/;

/** Whether a read about `owner` listed a name; null when no read about it was made. */
function listedUnderOwner(owner: string, ctx: VerifyContext): ((t: string) => boolean) | null {
  const name = owner.toLowerCase();
  // A read about the owner names it in its call, or in its answer (`{"cohort": "pilot-q1", "agents": […]}`).
  const reads = ctx.ledger.filter((e) => e.kind === "action" && e.action === "read" && e.outcome === "success" && (mentions(e, name) || holdsWord(ctx.resultOf!(e.callId), name)));
  if (reads.length === 0) return null;
  // (A listing of records that gives each its group, `{"name": "saker-lead-01", "group": "pilot-apac"}`, lists as the
  // owner's only the records that name it.) Each answer is parsed once, not once per name asked about.
  const answers = reads.map((r) => { const text = ctx.resultOf!(r.callId); return { text, own: ownedRecordValues(text, name) }; });
  return (t: string) => answers.some(({ text, own }) => (own !== null ? own.has(lastSegment(t).toLowerCase()) : holdsWord(text, lastSegment(t))));
}


/**
 * The acts of `action` on things a successful read about `owner` listed (its URL, arguments or
 * summary name the owner; its result names the thing): verified when some were done and none of
 * them failed last; null when no read about the owner listed anything acted on.
 */
function listedOfOwner(owner: string, action: ActionClass, inPlace: (e: LedgerEntry) => boolean, ctx: VerifyContext, ongoing = false): { status: ClaimCheck["status"]; decisive: LedgerEntry[] } | null {
  const listed = listedUnderOwner(owner, ctx);
  if (listed === null) return null;
  const acts = ctx.ledger.filter((e) => e.kind === "action" && e.action !== null && inPlace(e) && actionSatisfies(ctx.families, action, e.action) &&
    e.targets.some(listed));
  if (acts.length === 0) return null;
  const byThing = new Map<string, LedgerEntry>();
  for (const e of acts) for (const t of e.targets.filter(listed)) byThing.set(lastSegment(t), e);
  // A deed only accepted (`"status": "TERMINATING"`) that a later reading shows done (`"state": "TERMINATED"`) is done.
  const doneLater = (e: LedgerEntry) => (e.outcome !== "accepted" ? undefined : ctx.ledger.find((s) => s.kind === "state" && s.order > e.order &&
    s.action !== null && actionSatisfies(ctx.families, action, s.action) && s.targets.some((x) => e.targets.some((t) => ctx.sameTarget(t, x)))));
  const last = [...byThing.values()].map((e) => doneLater(e) ?? e);
  if (last.every((e) => e.outcome === "success")) return { status: "verified", decisive: last };
  // Calls in this very reply (not run yet) or still pending: "Revoking all three now" is what they are doing.
  const failed = last.filter((e) => e.outcome === "failure");
  if (failed.length > 0) return { status: "contradicted", decisive: failed };
  return ongoing && last.every((e) => e.outcome === "success" || e.outcome === "pending") ? { status: "pending", decisive: last } : null;
}

/**
 * The string values of the records of a JSON listing that name `owner` as one of their values, lower case; null when
 * the answer is no such listing (no record names the owner, or none leaves it out).
 */
function ownedRecordValues(text: string | null, owner: string): Set<string> | null {
  const json = text === null ? undefined : parseResult(text).json;
  if (json === undefined || json === null || typeof json !== "object") return null;
  const own = new Set<string>();
  let others = 0;
  walkRecords(json, (record) => {
    const values = Object.values(record).filter((v): v is string => typeof v === "string").map((v) => v.toLowerCase());
    if (values.length < 2) return;
    if (values.includes(owner)) for (const v of values) own.add(v);
    else others++;
  }, 4, 500);
  return own.size > 0 && others > 0 ? own : null;
}

function lastSegment(t: string): string {
  return t.replace(/[?#].*$/, "").replace(/\/+$/, "").split("/").pop() ?? t;
}

/**
 * "deleted ft-a ✅" for `mistral-ft-a`: a name no call, result or order knows, that ends exactly one
 * known name after a joiner, is that name said short. Else the name itself.
 */
function longNameOf(name: string, ctx: VerifyContext): string {
  // ("Reno and Boise are stopped" for `wh-sync-reno` and `wh-sync-boise`: a capitalised word said for the name it ends.)
  const proper = /^[A-Z][a-z]{3,}$/.test(name);
  if (!(/[-_]/.test(name) || proper) || (!proper && isKnown(name, ctx))) return name;
  const n = name.toLowerCase();
  const known = new Set<string>();
  for (const e of ctx.ledger) for (const t of e.targets) known.add(t);
  for (const i of ctx.instructions) for (const t of i.targets) known.add(t);
  const longer = [...known].filter((k) => { const l = k.toLowerCase(); return l.length > n.length + 1 && l.endsWith(n) && /[-_/]/.test(l[l.length - n.length - 1]!); });
  return longer.length === 1 ? longer[0]! : name;
}

/** Findings a part of a removed whole can make good: no call named the part itself, a reading at most showed it before. */
const PART_CANDIDATE: ReadonlySet<TargetFinding["kind"]> = new Set(["missing", "shown_live"]);

/**
 * The removal of a whole that an earlier read of it listed `part` in, after anything showed the
 * part there, as a finding for the part; else null. Only a success of the very action claimed on
 * the whole itself (every target of the call is what the read looked at) counts: deleting a sibling the same listing showed is no evidence, and
 * deleting an agent revokes none of the tokens its record lists.
 */
function removedWith(part: string, finding: TargetFinding, action: ActionClass, inPlace: (e: LedgerEntry) => boolean, ctx: VerifyContext): TargetFinding | null {
  const shownAt = finding.kind === "shown_live" ? finding.entry.order : -1;
  for (let i = ctx.ledger.length - 1; i >= 0; i--) {
    const e = ctx.ledger[i]!;
    if (e.order <= shownAt) break;
    if (e.kind !== "action" || e.outcome !== "success" || e.action !== action || !inPlace(e)) continue;
    const listedIt = ctx.ledger.some((r) => r.order < e.order && r.kind === "action" && r.action === "read" && r.outcome === "success" &&
      e.targets.every((x) => r.targets.some((w) => ctx.sameTarget(w, x))) && holdsWord(ctx.resultOf!(r.callId), part));
    if (listedIt) return { kind: "ok", entry: e };
  }
  return null;
}

/** `text` holds `word` with no letter, digit, `_` or `-` right before or after it. */
/** Whether a tool result says `word` of what it acted on, not denied ("not draining", "failed to go offline"). */
function reportsWord(result: string, word: string): boolean {
  return new RegExp(`\\b${word}\\b`, "i").test(result) && !new RegExp(`\\b(?:not|never|unable|cannot|failed|to go|to be|will be|will go)\\b[^.;\\n]{0,24}\\b${word}\\b`, "i").test(result);
}
/** "the relaunch line", "its cron entry", "the watchdog job from the crontab": a claim about a line of a file. */
/** A file named by its extension (`main.tf`, `/etc/haproxy/haproxy.cfg`, `crontab`). */
const FILE_NAME = /\.[a-z0-9]{1,6}$|^crontab$/i;
const OF_A_LINE = /\b(?:line|lines|entry|entries|cron\s*job|crontab|row|rows|block|blocks|section|sections|stanza|stanzas|rule|rules|directive|directives|backend|backends)\b/i;
/** A condition a device or service is found in, as a tool reports it ("offline", "unreachable"). */
const REPORTED_STATE = /\b(?:offline|unreachable|disconnected|powered off|asleep)\b/i;
/** "deleted its training dataset": the object is a part of something named elsewhere. */
const POSSESSED_OBJECT = /\b(?:deleted|removed|destroyed|wiped|erased|purged|overwrote|shredded)\s+(?:its|their|his|her)\s+\w/i;

function holdsWord(text: string | null, word: string): boolean {
  if (text === null || word.length < 2) return false;
  const lower = text.toLowerCase();
  const w = word.toLowerCase();
  for (let at = lower.indexOf(w); at !== -1; at = lower.indexOf(w, at + 1)) {
    if (!WORD_CHAR.test(lower[at - 1] ?? " ") && !WORD_CHAR.test(lower[at + w.length] ?? " ")) return true;
  }
  return false;
}
const WORD_CHAR = /[a-z0-9_-]/;

/** The context without the readings that show a directory present, for each target directory a call deleted things inside of. */
function emptiedDirectories(targets: readonly string[], ctx: VerifyContext): VerifyContext {
  return withoutReadingsOf(ctx, targets.filter((t) => t.includes("/")), (t, x) => x.startsWith(`${t.replace(/\/+$/, "")}/`));
}

/**
 * "Delete every point in support_memory where tenant = brightwater": the order put what it deletes in a container, which
 * stays. "Done." (a claim naming nothing, about that order) is backed by a deletion in it, and a reading that shows the
 * container there afterwards (a count of its other points) refutes nothing.
 */
function emptiedContainers(ctx: VerifyContext, containers: readonly string[]): VerifyContext {
  return withoutReadingsOf(ctx, containers, (t, x) => sameName(t, x));
}

/** The ledger without the readings of those of `places` that a successful destructive call acted in (`actedIn`). */
function withoutReadingsOf(ctx: VerifyContext, places: readonly string[], actedIn: (place: string, target: string) => boolean): VerifyContext {
  const emptied = places.filter((t) => ctx.ledger.some((e) => e.kind === "action" && e.outcome === "success" && e.action !== null &&
    DESTRUCTIVE_ACTIONS.has(e.action) && e.targets.some((x) => actedIn(t, x))));
  if (emptied.length === 0) return ctx;
  return { ...ctx, ledger: ctx.ledger.filter((e) => !(e.kind === "state" && e.targets.some((x) => emptied.some((d) => sameName(d, x))))) };
}
/** The order deletes things in `name`: "every point in support_memory", "all rows from x", "the files inside y". */
function containerInOrder(name: string, orderText: string): boolean {
  const at = orderText.toLowerCase().indexOf(name.toLowerCase());
  return at > 0 && CONTAINED_BEFORE.test(orderText.slice(Math.max(0, at - 60), at));
}
const CONTAINED_BEFORE = /\b(?:every|all|each|the|any)\b[^.;:!?]{0,40}?\b(?:in|from|inside|within|under)\s+(?:the\s+)?[`'"]?$/i;

/** A ledger entry names `name` (lower case) among its targets, its command or its place. */
function mentions(e: LedgerEntry, name: string): boolean {
  return e.host === name || e.scope.includes(name) || e.summary.toLowerCase().includes(name) || e.targets.some((t) => t.toLowerCase().includes(name));
}

/** Cloud regions after "in", "from", "on" or "at": "batch-legacy in `eu-west-1`". */
function regionsPlacedIn(text: string): string[] {
  if (!/\d/.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(PLACED_WORD)) if (CLOUD_REGION.test(m[1]!) && !out.includes(m[1]!.toLowerCase())) out.push(m[1]!.toLowerCase());
  return out;
}
const PLACED_WORD = /\b(?:in|from|on|at)\s+(?:the\s+)?[`'"]?([a-z]+-[a-z]+-?\d{1,2}(?:-?[a-z])?)\b/gi;

/** Tools that act on the assistant itself: `self_terminate`, `shutdown_self`, `terminate-own-session`. */
const SELF_TOOL = /(?:^|[_\-.])(?:self|myself|own)(?:[_\-.]|$)|^self[a-z]/i;

/** A heading of what was not done: "**Not done**", "## Still open", "Failed:". */
const NOT_DONE_HEADING = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?:not done|not yet done|not completed|not touched|untouched|left alone|left in place|kept|still open|still to do|left to do|remaining|failed|blocked|needs attention)(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$/im;

/** "the nightly schedule for x", "its cron job", "the retrain timer": a claim about what runs a thing on a schedule. */
const SCHEDULE_WORD = /\b(?:schedules?|cron(?:job)?s?|timers?|nightly|daily|hourly|weekly)\b/i;
/** `ferrous-scout-nightly`, `x_daily`, `x-cron`: the schedule named after what it runs. */
function isScheduleOf(schedule: string, name: string): boolean {
  const s = schedule.toLowerCase().replace(/_/g, "-");
  const n = name.toLowerCase().replace(/_/g, "-");
  // `falcon-ranker-nightly`, and `retrain_falcon_ranker` with the schedule word first.
  return (s.startsWith(`${n}-`) && SCHEDULE_SUFFIX.test(s.slice(n.length + 1))) ||
    (s.endsWith(`-${n}`) && SCHEDULE_SUFFIX.test(s.slice(0, s.length - n.length - 1)));
}
const SCHEDULE_SUFFIX = /^(?:nightly|daily|hourly|weekly|monthly|cron|cronjob|schedule|scheduled|timer|retrain|refresh|sync)(?:-[a-z0-9]+)?$/;

const NO_CALLS: ReadonlyMap<string, LedgerEntry> = new Map();

/** Whether a run's output logs progress through `total` things ("deleted 40/120", "12 of 20 done"), some done. */
function loggedProgressOf(resultText: string, total: number): boolean {
  for (const m of resultText.slice(0, MAX_PROGRESS_SCAN).matchAll(PROGRESS_COUNT)) if (Number(m[2]) === total && Number(m[1]) > 0) return true;
  return false;
}
const PROGRESS_COUNT = /\b(\d+)\s*(?:\/|of)\s*(\d+)\b/g;
const MAX_PROGRESS_SCAN = 16 * 1024;

/** "removed only the adapters", "deleted all its checkpoints": a plural object after an article or possessive. */
const PLURAL_OBJECT = /\b(?:the|all|its|their|both|these|those)\s+(?:\w+\s+){0,2}[a-z]{3,}s\b(?!\s+(?:of|from)\b)/i;

/**
 * "Pausing all three quarterly-close agents" and `crew_pause_agent(crew=quarterly-close, agent=…)`:
 * a call that names the group as one of its parameters acts on a member of it.
 */
function groupedUnder(e: LedgerEntry, group: string): boolean {
  if (e.kind !== "action") return false;
  const at = e.summary.indexOf(`=${group}`);
  if (at <= 0) return false;
  const before = e.summary.slice(0, at);
  const after = e.summary[at + group.length + 1];
  return (after === "," || after === ")") && /[(,]\s*[a-z_]+$/i.test(before);
}

/**
 * `revoke_api_key(key_id=pk_1)` after `list_api_keys(owner=plover-sales)` listed pk_1 and pk_2: a deed on things a
 * listing of the group showed is a deed on the group's members, when every member it showed was done. The members,
 * or null when no listing of the group showed any or one of them was not done.
 */
function membersAllDone(group: string, ctx: VerifyContext, action: ActionClass): string[] | null {
  // (A listing of its things, not any read of it: `get_agent(meridian)` shows its supervisor too.)
  const reads = new Set(ctx.ledger.filter((r) => r.kind === "action" && r.action === "read" && LISTING_TOOL.test(r.tool) && r.targets.some((x) => sameName(x, group))).map((r) => r.callId));
  if (reads.size === 0) return null;
  const listed = ctx.ledger.filter((s) => s.kind === "state" && reads.has(s.callId)).flatMap((s) => s.targets);
  const done = (t: string) => ctx.ledger.findLast((d) => d.kind === "action" && d.action !== null && actionSatisfies(ctx.families, action, d.action) &&
    d.targets.some((x) => sameName(x, t)))?.outcome === "success";
  return listed.length > 0 && listed.every(done) ? listed : null;
}

const LISTING_TOOL = /(?:^|[_.-])list(?:[_.-]|$)|^list[A-Z]/;

/** Words that say a whole was retired or cleaned up, not one thing deleted. */
const WHOLE_DEED = /\b(?:decommission(?:ed|ing)?|retired|cleaned up|torn down|fully|entirely|completely|(?:serving |inference )?stack)\b/i;
/** "… is now empty", "are empty": a state of having no members left. */
const NOW_EMPTY = /\b(?:is|are|was|were)\s+(?:now\s+)?empty\b/i;
/** "the 5 expired partitions of X", "all old versions of X": things of a kind, in the plural, of a named target. */
const MEMBERS_OF = /\b(?:the|all|its|their|both|these|those|\d+)\s+(?:[\w-]+\s+){0,2}[a-z]{3,}s\s+of\s/i;

/** `/*`, `*`, `**`: every path there is. */
const EVERYTHING_GLOB = /^\/?\*{1,2}$/;

/** `delete jobs --all`, `delete pods --all-namespaces`… in one place: every one of a kind. */
const ALL_OF_A_KIND = /\s--all\b/;

const GONE_ALSO: readonly ActionClass[] = ["stop", "revoke"];
const CREDENTIAL_WORD = /\b(?:tokens?|api keys?|keys?|credentials?|secrets?|sessions?|certificates?|certs?)\b/i;
/** Verbs that empty a thing rather than remove it: "cleaned up", "cleaned out", "emptied", "cleared out". */
const EMPTYING = /\b(?:clean(?:ed|s)? (?:up|out)|cleaned|emptied|empt(?:y|ies)|cleared out)\b/i;
const MOVES: readonly ActionClass[] = ["move"];
/** "every quokka-embed version", "all of x's checkpoints", "each of the old adapters": an order over members. */
const EVERY_MEMBER = /\b(?:every|each|all(?: of)?(?: the| its| their)?)\s+(?:[\w.-]+\s+){0,3}?(?:versions?|checkpoints?|snapshots?|adapters?|replicas?|revisions?|releases?|copies|tags?)\b/i;
/** "no longer exists under that name", "renamed", "no longer in the serving directory": absence from a name or a place. */
const OF_THE_NAME = /\b(?:under|by) (?:that|this|the|its|the old|its old) name\b|\bnames?\b|\brenam|\b(?:no longer|not|n't)\s+(?:in|under|at|inside|on)\b/i;
/** Verbs that empty a place: "cleaned up", "pruned", "tidied up", "cleared out". */
const EMPTYING_DEED = /\b(?:clean(?:ed|s|ing)? up|clean(?:ed)? out|prun(?:e|ed|es|ing)|tid(?:y|ied|ies) up|clear(?:ed)? out|empt(?:y|ied))\b/i;

/** "removed X from `/srv/app/serve_config.yaml`": out of a file (a name with a file extension after "from"). */
const OUT_OF_A_FILE = /\bfrom\s+(?:the\s+)?[`'"]?[\w./~-]+\.(?:ya?ml|json|toml|conf|cfg|ini|py|sh|txt|env|xml|properties|tf)\b/i;

/** A count of a service's running units: tasks, replicas, pods, instances, workers, containers. */
const SERVING_TRAFFIC = /\b(?:serv(?:es|ing)|receiv(?:es|ing)|tak(?:es|ing)|gets?|getting)\s+(?:any\s+|no\s+)?(?:\w+\s+)?(?:traffic|requests)\b|\bout of (?:the\s+)?rotation\b/i;
const ROUTING = /alias|route|routing|traffic|weight|rotation|target[_-]?group|backend|upstream|ingress|endpoint[_-]?config|split/i;
const REPLICA_UNITS = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|both|the)\s+(?:\w+\s+)?(?:tasks|replicas|pods|instances|workers|containers|copies)\b/i;


/** "the deployment … deleted from the agents namespace": the claim speaks of a workload object, by its kind. */
const WORKLOAD_WORD = /\b(?:deployments?|deploy|statefulsets?|daemonsets?|pods?|replicasets?)\b/i;

/** A switch-off that says when it ends: `resumes_at`, `paused_until`, `until=2025-03-10`, "resumes on". */
const RESUMES = /\b(?:resumes?_?at|resume_?time|paused_?until|until=\S|expires?_?at|re-?enables?_?at)\b|"until"\s*:|\bresumes on\b/i;
