import { withoutPlaces } from "../nlp/place-phrases";
import type { TargetCandidate } from "../nlp/target-candidates";
import { countOf } from "../nlp/count-words";
import type { Token } from "../nlp/tag-segment";
import type { Claim } from "./claim";
import type { ClaimPredicate } from "./claim-predicate";

/** Penalty for a candidate on the side of a predicate where its argument does not stand. */
const WRONG_SIDE = 50;

function cost(candidate: TargetCandidate, p: ClaimPredicate): number {
  const i = candidate.index;
  if (i >= p.head && i <= p.last) return 0;
  const distance = i < p.head ? p.head - i : i - p.last;
  const wrong = (p.side === "left" && i > p.last) || (p.side === "right" && i < p.head);
  return distance + (wrong ? WRONG_SIDE : 0);
}

/**
 * Gives each candidate to its nearest predicate in the clause, preferring the side where that
 * predicate's argument stands: in "scout-v2 is shut down and its model, scout-v2-policy, has
 * been deleted" scout-v2 goes to "shut down" and scout-v2-policy to "deleted". A place
 * ("deleted from us-central1-b") counts only when the predicate has no other target, and never
 * for a predicate in `groups` (a quantified claim: "all three partitions are dropped from
 * lake.clickstream" counts partitions, not the table they were in). Returns the de-duplicated
 * target values per predicate, in text order.
 */
/**
 * "Following the end of the source-site contract, we are shutting down the scraper agents": a name
 * in a phrase set off by a comma before "we"/"I", the verb's subject, is no argument of that verb.
 */
function fronted(tokens: readonly Token[], c: TargetCandidate, p: ClaimPredicate): boolean {
  if (c.index >= p.head || tokens.length === 0) return false;
  for (let k = c.index + 1; k < p.head; k++) if (tokens[k]!.lower === "," && SELF_SUBJECTS.has(tokens[k + 1]?.lower ?? "")) return true;
  return false;
}
const SELF_SUBJECTS = new Set(["we", "i"]);

export function attachTargets(
  predicates: readonly ClaimPredicate[], candidates: readonly TargetCandidate[], groups: ReadonlySet<ClaimPredicate> = new Set(),
  tokens: readonly Token[] = [],
): Map<ClaimPredicate, string[]> {
  const attached = new Map<ClaimPredicate, TargetCandidate[]>(predicates.map((p) => [p, []]));
  const heads = new Set(predicates.map((p) => p.head));
  for (const c of candidates) {
    let best: ClaimPredicate | null = null;
    let bestCost = Infinity;
    for (const p of predicates) {
      if (objectOfAnotherVerb(tokens, c, p) || objectOfALaterVerb(tokens, c, p, heads) || fronted(tokens, c, p) || beforeDefiniteSubject(tokens, c, p) ||
        reporterOf(tokens, c, p)) continue;
      const value = cost(c, p);
      if (value < bestCost) {
        best = p;
        bestCost = value;
      }
    }
    if (best) attached.get(best)!.push(c);
  }
  const out = new Map<ClaimPredicate, string[]>();
  for (const [p, list] of attached) {
    const values: string[] = [];
    // "summarizer-agent is stopped and purged from the east cluster": a predicate left with only
    // a place shares the subject of the predicate it is coordinated with.
    // So does one with nothing of its own right after it ("`worker` was stopped and removed").
    const shared = list.length > 0 && list.every((c) => c.place) ? sharedSubject(p, attached)
      : list.length === 0 ? sharedSubject(p, attached, tokens) : [];
    const kept = shared.length ? shared : groups.has(p) ? list.filter((c) => !c.place) : withoutPlaces(list);
    for (const c of kept) if (!values.some((v) => v.toLowerCase() === c.value.toLowerCase())) values.push(c.value);
    out.set(p, values);
  }
  return out;
}

/**
 * "a follow-up signal-0 probe confirms it no longer exists": a name before a verb of showing that governs the
 * predicate's clause tells what showed it, not what it is about.
 */
function reporterOf(tokens: readonly Token[], c: TargetCandidate, p: ClaimPredicate): boolean {
  if (tokens.length === 0 || c.index >= p.argFrom) return false;
  for (let k = c.index + 1; k < p.argFrom; k++) if (SHOWING.has(tokens[k]!.lower)) return true;
  return false;
}
const SHOWING = new Set(["confirms", "confirmed", "shows", "showed", "verifies", "verified", "indicates", "indicated", "proves", "proved", "reports", "reported"]);

/**
 * "it finished journal entry JE-88120 and then halted": a candidate before a coordinated
 * predicate that follows another verb is that verb's object, not the predicate's subject.
 */
function objectOfAnotherVerb(tokens: readonly Token[], c: TargetCandidate, p: ClaimPredicate): boolean {
  if (tokens.length === 0 || c.index >= p.head) return false;
  let verb = false;
  for (let k = c.index - 1; k >= Math.max(0, c.index - 4); k--) {
    const t = tokens[k]!;
    if (t.pos === "VERB") { verb = true; break; }
    // ("is archived at s3://x and deleted": a place the other verb names is its complement too.)
    if (t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "DET" && t.pos !== "PROPN" && t.pos !== "NUM" && t.pos !== "ADP" && t.pos !== "ADV") break;
  }
  if (!verb) return false;
  // ("… returns only `x-v2`, so the v1 model object is gone": "so" opens the clause the predicate is in.)
  for (let k = c.index + 1; k < p.head; k++) if (tokens[k]!.lower === "and" || tokens[k]!.lower === "then" || tokens[k]!.lower === "so") return true;
  return false;
}

/**
 * "… returns only `x-v2`, so the v1 model object is gone": a predicate whose subject is a definite
 * description of its own ("the v1 model object") is about that, not about a name before the subject.
 */
function beforeDefiniteSubject(tokens: readonly Token[], c: TargetCandidate, p: ClaimPredicate): boolean {
  if (tokens.length === 0 || p.side !== "left" || c.index >= p.argFrom || p.argTo - p.argFrom < 2) return false;
  return DEFINITE.has(tokens[p.argFrom]!.lower) && tokens[p.argFrom - 1] !== undefined && CLAUSE_OPENERS.has(tokens[p.argFrom - 1]!.lower);
}
const DEFINITE = new Set(["the", "this", "that"]);
/** Words right before a subject that open a clause of its own ("…, so the v1 model object is gone"). */
const CLAUSE_OPENERS = new Set(["so", "and", "but", "then", ",", ";", "thus", "hence"]);

/**
 * "I stopped it, set `autostart` to false in /etc/x.conf": a name after a later verb that opens a
 * clause of its own (after a comma or "and") is that verb's, not the predicate's — unless that verb
 * is another claimed deed (`heads`).
 */
function objectOfALaterVerb(tokens: readonly Token[], c: TargetCandidate, p: ClaimPredicate, heads: ReadonlySet<number>): boolean {
  if (tokens.length === 0 || c.index <= p.last) return false;
  for (let k = p.last + 2; k < c.index; k++) {
    const t = tokens[k]!;
    if (heads.has(k)) continue; // "stopped, disabled and removed x-1": coordinated deeds share their object
    const before = tokens[k - 1]!.lower;
    // ("Deleting x and creating y": a gerund coordinated with a gerund deed is a step of its own.)
    if (t.pos === "VERB" && !t.span && (before === "," || before === "and" || before === "then") && (!/ing$/.test(t.lower) || /ing$/.test(tokens[p.head]!.lower))) return true;
  }
  return false;
}

/**
 * The non-place targets an earlier predicate of the clause took from before it (its subject).
 * With `tokens`, only a predicate joined to this one by "and"/"then" with nothing else between.
 */
function sharedSubject(p: ClaimPredicate, attached: ReadonlyMap<ClaimPredicate, readonly TargetCandidate[]>, tokens?: readonly Token[]): TargetCandidate[] {
  for (const [other, list] of attached) {
    if (other === p || other.head >= p.head) continue;
    if (tokens && !tokens.slice(other.head + 1, p.head).every((t) => JOINING.has(t.lower))) continue;
    const subject = list.filter((c) => !c.place && c.index < other.head);
    if (subject.length) return subject;
  }
  return [];
}

const JOINING = new Set(["and", "then", ",", "also", "fully", "cleanly"]);

/** "2 of 3", "two of the three", "3 out of the 4 shards" → the first count, when it is less than the second, in tokens [from, to). */
export function partialCountIn(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from; k < to; k++) {
    const n = tokens[k]!.lower === "one" || tokens[k]!.text === "1" ? 1 : countOf(tokens[k]);
    if (n === null) continue;
    let j = k + 1;
    if (tokens[j]?.lower === "out") j++;
    if (tokens[j]?.lower !== "of") continue;
    j++;
    if (tokens[j]?.lower === "the" || tokens[j]?.lower === "those" || tokens[j]?.lower === "these") j++;
    const m = countOf(tokens[j]);
    if (m !== null && m > n) return n;
  }
  return null;
}

/** "all three lyra-support agents" → 3, "both" → 2, "all"/"every"/"each" → "all", in tokens [from, to). */
export function quantifierIn(tokens: readonly Token[], from: number, to: number): Claim["quantifier"] {
  // ("the remaining 8 snapshots": the group may start at the word that sets it apart, before the argument.)
  if (SETTING_APART.has(tokens[from - 1]?.lower ?? "") && tokens[from - 2]?.lower === "the") {
    const n = countOf(tokens[from]);
    if (n !== null && pluralWithin(tokens, from + 1, Math.min(to, from + 4))) return n;
  }
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (w === "both") return 2;
    if (w === "all") return countOf(tokens[k + 1]) ?? "all";
    if (w === "every" || w === "each") return "all";
    // "the three brixton-legal namespaces": a definite count of a plural is a whole group, as "all three" is.
    if (w === "the") {
      // ("the remaining 8 snapshots", "the other two agents": a count after a word that sets the group apart.)
      const at = SETTING_APART.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
      const n = countOf(tokens[at]);
      if (n !== null && pluralWithin(tokens, at + 1, Math.min(to, at + 4))) return n;
    }
  }
  return null;
}

const SETTING_APART: ReadonlySet<string> = new Set(["remaining", "other", "last", "first", "final", "older", "old", "stale", "leftover"]);

/** "are all gone", "have both been stopped": a quantifier floated from the subject into the verb group [from, to). */
export function floatingQuantifier(tokens: readonly Token[], from: number, to: number): Claim["quantifier"] {
  for (let k = Math.max(from, 1); k < to; k++) {
    if (tokens[k - 1]!.pos !== "AUX") continue;
    const w = tokens[k]!.lower;
    if (w === "both") return 2;
    if (w === "all" || w === "each") return "all";
  }
  return null;
}

/** A plural noun among the next few words, past names and adjectives only. */
function pluralWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.pos === "NOUN" && (t.lemma !== t.lower || /[^s]s$/.test(t.lower))) return true;
    if (!t.span && t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  }
  return false;
}
