import { isModifierCompound } from "../nlp/identifier-shape";
import type { VerbHit } from "../nlp/action-lexicon";
import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import { suitsObject } from "../nlp/object-restriction";
import { findParticle, hasObject, lowersToALevel, readSubject, readVerbGroup, type Subject, type VerbGroup } from "../nlp/verb-group";
import type { Claim } from "./claim";
import { blockedBefore, finiteVerbAfter, hasOtherAgent, isQuestionClause, ruleAfter } from "./claim-context";
import type { ClaimPredicate } from "./claim-predicate";

const ZERO = new Set(["zero", "0", "nothing"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "my", "your", "our", "his", "her"]);

/** "scaled X (down) to zero": the index of "zero", or -1. */
function scaleToZero(tokens: readonly Token[], clause: Clause, head: number): number {
  for (let k = head + 1; k < Math.min(clause.to, head + 7); k++) {
    if (tokens[k]!.lower === "to" && ZERO.has(tokens[k + 1]?.lower ?? "")) return k + 1;
  }
  return -1;
}

/** "the deleted model": a participle used as an adjective is no predicate. */
function isAttributive(tokens: readonly Token[], head: number): boolean {
  const prev = tokens[head - 1];
  const next = tokens[head + 1];
  const modifies = prev !== undefined && (prev.pos === "DET" || prev.pos === "ADJ" || POSSESSIVE_PRONOUNS.has(prev.lower));
  return modifies && next !== undefined &&
    (next.pos === "NOUN" || next.pos === "PROPN" || next.span !== null);
}

/** Third-party subject with an object: "J. Park deleted it", "the team has removed the model". */
function isSomeoneElses(subject: Subject, object: boolean): boolean {
  return (subject.kind === "third" || subject.kind === "pronoun" || subject.kind === "second") && object;
}

/**
 * "…, stopped by priya", "Deleted by @jsmith", "removed by the on-call": a participle right
 * before "by" and an agent is a reduced passive naming someone else as the doer ("by 03:00",
 * "by then" give a time; "by running rm" a means, and stay the writer's).
 */
function byAgentNext(tokens: readonly Token[], clause: Clause, last: number): boolean {
  const by = tokens[last + 1];
  const next = tokens[last + 2];
  if (by?.lower !== "by" || !next || (next.pos === "VERB" && next.lower.endsWith("ing"))) return false;
  return hasOtherAgent(tokens, clause, last + 1);
}

/** A completed action that the sentence credits to someone else ("removed by Flux", "J. Park deleted it"). */
const ATTRIBUTED = "attributed";
const PRESENT_GET = new Set(["get", "gets"]);

/**
 * "retired forecasting models sometimes get pulled in": a bare participle, a noun phrase without
 * a determiner, then the clause's own verb — the participle describes the subject.
 */
function modifiesSubject(tokens: readonly Token[], clause: Clause, last: number): boolean {
  let k = last + 1;
  let nouns = 0;
  const modifier = (t: Token) => t.pos === "ADJ" || t.pos === "NOUN" || (t.pos === "VERB" && t.lower.endsWith("ing")); // "forecasting"
  while (k < clause.to && !tokens[k]!.span && modifier(tokens[k]!)) {
    if (tokens[k]!.pos === "NOUN") nouns++;
    k++;
  }
  while (k < clause.to && tokens[k]!.pos === "ADV") k++;
  const verb = tokens[k];
  return nouns > 0 && k < clause.to && verb !== undefined && (verb.pos === "AUX" || (verb.pos === "VERB" && !/(?:ed|ing)$/.test(verb.lower)));
}

/** The last noun of the first run of plain nouns after the verb in its clause, within a few words: the object's head. */
function objectHead(tokens: readonly Token[], clause: Clause, last: number): string | null {
  const end = Math.min(clause.to, last + 7);
  for (let k = last + 1; k < end; k++) {
    const t = tokens[k]!;
    // ("17 in-flight requests": a modifier compound is no name.)
    if (t.span && !isModifierCompound(t.text)) return null;
    if (t.span || t.pos !== "NOUN") continue;
    while (k + 1 < end && !tokens[k + 1]!.span && tokens[k + 1]!.pos === "NOUN") k++;
    return tokens[k]!.lower;
  }
  return null;
}
const TRAFFIC_NOUNS = new Set(["request", "requests", "connection", "connections", "session", "sessions", "traffic", "calls", "messages", "streams", "inflight"]);
const DONE_BEFORE = new Set(["after", "upon"]);
const NOT_DONE_BEFORE = new Set(["before", "without"]);
const NO_OBJECT = new Set(["nothing", "none", "no", "zero", "0"]);
const AT_A_POINT = new Set(["there", "here", "short"]);
/** "as you asked", "as instructed", "as agreed": the user's own condition for holding off. */
const AS_AGREED = new Set(["you", "instructed", "requested", "agreed", "asked", "discussed", "planned", "told"]);
/** What a thing is pruned or dropped from when it is only left out: a search, a scan, a listing. */
const SEARCH_WORDS = new Set(["search", "find", "scan", "walk", "traversal", "results", "listing", "glob", "match", "matches", "query", "selection", "sweep"]);

function phaseOf(tokens: readonly Token[], clause: Clause, hit: VerbHit, head: number, last: number, g: VerbGroup, subject: Subject): Claim["phase"] | typeof ATTRIBUTED | null {
  const forms = hit.forms;
  const sense = hit.sense;
  const object = hasObject(tokens, clause, head + 1);
  const word = tokens[head]!.lower;
  if (subject.kind === "second" || subject.kind === "negative" || subject.kind === "embedded") return null;
  // "… and destroyed nothing", "removed none of them": a deed done to nothing is a negation.
  if (NO_OBJECT.has(tokens[last + 1]?.lower ?? "")) return null;
  // "I've stopped there", "paused here and left the HPA alone": the writer stopped working, at a point.
  if ((sense.lemma === "stop" || sense.lemma === "pause" || sense.lemma === "halt") && AT_A_POINT.has(tokens[last + 1]?.lower ?? "") && (subject.kind === "first" || subject.kind === "none")) return null;
  // "so I stopped as you asked", "I paused, as agreed, before deleting": the writer held off, nothing was stopped.
  if ((sense.lemma === "stop" || sense.lemma === "pause" || sense.lemma === "halt") && subject.kind === "first" && !object &&
    (tokens[last + 1]?.lower === "as" || (tokens[last + 1]?.lower === "," && tokens[last + 2]?.lower === "as")) && AS_AGREED.has(tokens[last + (tokens[last + 1]?.lower === "," ? 3 : 2)]?.lower ?? "")) return null;
  // "/scratch/ckpt/keep/ was pruned from the search", "excluded from the scan": left out of a walk, not removed.
  if (tokens[last + 1]?.lower === "from" && SEARCH_WORDS.has(tokens[last + (tokens[last + 2]?.lower === "the" ? 3 : 2)]?.lower ?? "")) return null;
  // "after draining 17 in-flight requests", "drained its sessions": what was let finish is traffic, not a thing paused.
  if (sense.lemma === "drain" && TRAFFIC_NOUNS.has(objectHead(tokens, clause, last) ?? "")) return null;
  if (forms.has("gerund") && word.endsWith("ing")) {
    if (g.be) {
      if (g.being) return null;
      return isSomeoneElses(subject, object) ? null : "in_progress";
    }
    // "returned OK after draining 17 requests": a gerund after "after" tells of a deed done before the main one;
    // after "before" or "without", of one not done.
    const preposition = tokens[head - 1]?.lower ?? "";
    if (subject.kind === "none" && DONE_BEFORE.has(preposition)) return "completed";
    if (NOT_DONE_BEFORE.has(preposition)) return null;
    return subject.kind === "none" && !finiteVerbAfter(tokens, clause, last) ? "in_progress" : null;
  }
  if (forms.has("past") || forms.has("participle")) {
    if (g.being) return "in_progress";
    // "those 14 jobs get dropped", "old checkpoints get deleted": a present "get" passive tells what happens, not a deed
    // done ("got dropped" is one).
    if (g.be && PRESENT_GET.has(tokens[g.start]?.lower ?? "")) return null;
    if (g.be) return hasOtherAgent(tokens, clause, last + 1) ? ATTRIBUTED : "completed";
    if (byAgentNext(tokens, clause, last)) return ATTRIBUTED;
    if (g.perfect) {
      if (subject.kind === "first" || subject.kind === "none") return "completed";
      return !object && sense.intransitive ? "completed" : subject.kind === "third" && object ? ATTRIBUTED : null;
    }
    if (g.did) return null;
    const baseToo = forms.has("base");
    if (subject.kind === "first") return "completed";
    // "Shut down X." is an order, "Removed X." a report, "retired forecasting models get pulled in" a description.
    if (subject.kind === "none") return baseToo || modifiesSubject(tokens, clause, last) ? null : "completed";
    // ("It cleared out the egret-rl checkpoints", "they deleted the old runs": a pronoun for a job, a script or people.)
    // ("the on-call engineer already shut orchard-planner down this morning": a past that does not end in -ed, told with a
    // word that puts it before now.)
    if (object && (subject.kind === "third" || subject.kind === "pronoun") && forms.has("past") &&
      (tokens[head]!.lower.endsWith("ed") || saysBeforeNow(tokens, clause))) return ATTRIBUTED;
    if (object || !subject.free) return null;
    if (sense.intransitive) return "completed";
    // "traffic dropped" describes; "schema `copilot_mem` dropped" reports: a subject that holds a name makes any deed verb a headline.
    // ("Table dropped.": a subject that is a kind of thing one drops, as a name is.)
    const named = subject.kind === "third" && tokens.slice(subject.from, subject.to).some((t) => t.span || (sense.lemma === "drop" && DROPPED_THINGS.has(t.lower)));
    return (sense.headline || named) && subject.kind === "third" && !finiteVerbAfter(tokens, clause, last) ? "completed" : null;
  }
  if (forms.has("base") && g.did && !g.negated) return "completed";
  return null;
}

/** The clause puts its deed before now: "already", "earlier", "yesterday", "ago", "last night", "this morning". */
function saysBeforeNow(tokens: readonly Token[], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++) {
    const w = tokens[k]!.lower;
    if (BEFORE_NOW.has(w) || ((w === "last" || w === "this") && PAST_PARTS.has(tokens[k + 1]?.lower ?? ""))) return true;
  }
  return false;
}
const BEFORE_NOW = new Set(["already", "earlier", "yesterday", "ago", "previously", "beforehand"]);
const PAST_PARTS = new Set(["night", "week", "morning", "month", "weekend", "friday", "monday", "tuesday", "wednesday", "thursday"]);

/** Things "dropped" is said of as a deed: "Table dropped", "both indexes dropped" (not "traffic dropped"). */
const DROPPED_THINGS = new Set(["table", "tables", "index", "indexes", "indices", "database", "databases", "schema", "schemas", "partition", "partitions",
  "collection", "collections", "view", "views", "column", "columns", "topic", "topics", "keyspace", "keyspaces"]);
/**
 * "With otter-13b already removed earlier, the stack is clean": an absolute phrase that takes the deed as
 * done ("already") states it as surely as a clause would.
 */
function alreadyDoneAbsolute(tokens: readonly Token[], clause: Clause, head: number): Claim["phase"] | null {
  if (tokens[clause.from]?.lower !== "with" || tokens[head - 1]?.lower !== "already" || !tokens[head]!.lower.endsWith("ed")) return null;
  for (let k = clause.from + 1; k < head - 1; k++) if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return null;
  return "completed";
}

const WORK_DONE = new Set(["finished", "completed", "done"]);
/** "I've started erasing qwen-ranker-2", "began draining the node": the deed set going. */
const WORK_STARTED = new Set(["started", "begun", "began"]);

/**
 * "Finished purging the queue", "I'm done deleting the snapshots", "We've completed wiping X":
 * a completion verb right before the gerund at `head` makes it a completed action ("I've started
 * erasing X": an initiated one). Returns the phase (null when the completion is negated, planned,
 * questioned or someone else's), or undefined when no such verb governs the gerund.
 */
function completedWork(tokens: readonly Token[], clause: Clause, head: number): Claim["phase"] | null | undefined {
  let k = head - 1;
  while (k >= clause.from && tokens[k]!.pos === "ADV" && !tokens[k]!.span) k--; // "finished just deleting"
  const t = tokens[k];
  if (k < clause.from || !t || !(WORK_DONE.has(t.lower) || WORK_STARTED.has(t.lower))) return undefined;
  const g = readVerbGroup(tokens, clause, k, true);
  if (g.modal || g.infinitive || g.negated || blockedBefore(tokens, clause, g.start) || isQuestionClause(tokens, clause)) return null;
  const subject = readSubject(tokens, clause, g.start);
  if (subject.kind !== "first" && subject.kind !== "none") return null;
  if (WORK_STARTED.has(t.lower)) return subject.kind === "first" ? "initiated" : null;
  return t.lower === "done" && subject.kind === "first" && !g.be ? null : "completed";
}

/**
 * Reads a destructive verb at `head`: its particles, auxiliaries, subject and object decide
 * whether it reports an action (completed or in progress) or only mentions one. Returns null
 * when the word is not a predicate here (a phrasal verb without its particle, "the deleted model").
 */
export function readVerbClaim(tokens: readonly Token[], clause: Clause, head: number, hit: VerbHit): ClaimPredicate | null {
  const sense = hit.sense;
  let last = head;
  let action = sense.action;
  if (sense.particles) {
    const p = findParticle(tokens, clause, head, sense.particles);
    if (p < 0) return null;
    last = p;
  } else if (sense.optionalParticles.length) {
    const p = findParticle(tokens, clause, head, sense.optionalParticles);
    if (p >= 0) last = p;
  }
  if (action === "scale") {
    const zero = scaleToZero(tokens, clause, head);
    if (zero < 0) return null;
    action = "stop";
    last = zero;
  }
  if (isAttributive(tokens, head)) return null;
  if (sense.otherSenseAfter.includes(tokens[last + 1]?.lower ?? "") || sense.otherSenseBefore.includes(tokens[head - 1]?.lower ?? "")) return null;
  // "Dropping vj-90017 to lowest priority", "cut the rate limit to 10": a value lowered, nothing removed.
  if (action === "delete" && lowersToALevel(tokens, clause, last)) return null;
  // "it has stopped taking new cases", "x-1 stopped responding": an activity that ceased, not a thing shut down.
  const next = tokens[last + 1];
  if (action === "stop" && last === head && next !== undefined && next.pos === "VERB" && !next.span && next.lower.endsWith("ing") && last + 1 < clause.to) return null;
  const g = readVerbGroup(tokens, clause, head, true);
  const subject = readSubject(tokens, clause, g.start);
  let inherited = g;
  if (subject.coordinatedWith >= 0) {
    const previous = readVerbGroup(tokens, clause, subject.coordinatedWith, true);
    inherited = { ...g, modal: g.modal || previous.modal, infinitive: g.infinitive || previous.infinitive, negated: g.negated || previous.negated, perfect: g.perfect || previous.perfect };
  }
  const side = inherited.be || (!hasObject(tokens, clause, head + 1) && subject.kind === "third") ? "left" : "right";
  const blocked = inherited.modal || inherited.infinitive || inherited.negated || blockedBefore(tokens, clause, g.start) || isQuestionClause(tokens, clause) ||
    (!inherited.perfect && ruleAfter(tokens, clause, g.start, last));
  const argFrom = side === "left" ? (subject.to > subject.from ? subject.from : clause.from) : last + 1;
  const argTo = side === "left" ? g.start : clause.to;
  if (!suitsObject(sense, tokens, argFrom, argTo)) return null;
  const work = hit.forms.has("gerund") && tokens[head]!.lower.endsWith("ing") ? completedWork(tokens, clause, g.start) : undefined;
  const read = work !== undefined ? work : alreadyDoneAbsolute(tokens, clause, head) ?? (blocked ? null : phaseOf(tokens, clause, hit, head, last, inherited, subject));
  if (read === ATTRIBUTED) return { head, last, action, phase: "completed", side, argFrom, argTo, attributed: true };
  return { head, last, action, phase: read, side, argFrom, argTo };
}
