import { stateOfWord } from "../evidence/state-words";
import { DESTRUCTIVE_ACTIONS, type ActionClass } from "../classify/effect";
import { ACTION_NOUNS, verbHits } from "../nlp/action-lexicon";
import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import { deferredByEvent } from "./deferred-orders";
import { suitsObject } from "../nlp/object-restriction";
import { findParticle, lowersToALevel } from "../nlp/verb-group";
import { isPossessive } from "../nlp/target-candidates";
import type { Instruction } from "./instruction";

/** One imperative verb of a clause and the tokens of its object. */
export interface Command {
  verb: number;
  /** Last token of the verb (after particles: "take X offline", "get rid of"). */
  last: number;
  /** protect: "keep m-7", "don't delete m-7"; same: "do the same for X". */
  action: ActionClass | "protect" | "same";
  objectFrom: number;
  objectTo: number;
  /** First token of the command's clause, fronted phrases included ("In /opt/x.sh, change …"). */
  clauseFrom: number;
  /**
   * "Yes, cancel it": a verb that acts only on running work ("cancel", "abort") with a bare
   * pronoun as object. It is an order only when it repeats the previous order's action, so that
   * "cancel it" after "scancel 8830417" stops the job while "cancel it" after "delete X" calls
   * the request off.
   */
  continuesPrevious?: boolean;
  /** An order carried out by a means rather than by its own verb ("mark X for deletion", "engage the kill switch for X"). */
  carriedOutBy?: Instruction["carriedOutBy"];
}

const BARE_PRONOUNS = new Set(["it", "that", "this", "them"]);
const AFTER_PRONOUN = new Set(["now", "please", "pls", "asap", "immediately", "already", "too", "then"]);

/** The object is one pronoun, maybe followed by "now"/"please" and punctuation. */
function barePronounAt(tokens: readonly Token[], from: number, to: number): boolean {
  if (!BARE_PRONOUNS.has(tokens[from]?.lower ?? "") || from >= to) return false;
  for (let k = from + 1; k < to; k++) if (tokens[k]!.pos !== "PUNCT" && !AFTER_PRONOUN.has(tokens[k]!.lower)) return false;
  return true;
}

const LEADING = new Set(["yes", "yeah", "yep", "ok", "okay", "great", "thanks", "sure", "alright", "right", "please", "now",
  "then", "so", "also", "and", "but", "just", "only", "first", "next", "finally", "immediately", "again", "kindly", "actually",
  "hey", "hi", "good", "perfect", "fine", "cool", "confirmed", "go", "ahead", "urgently", "asap", "instead", "permanently", "really", "wait", "oh", "sorry", "hmm", "no", "nope", "oops"]);
/**
 * Politeness and assent words of other languages that code-switching users put before an
 * English order ("Bitte stop X", "por favor delete Y", "merci, shut down Z", "s'il vous plaît …").
 */
const FOREIGN_COURTESY = new Set(["bitte", "danke", "ja", "genau", "por", "favor", "porfa", "gracias", "sí", "merci", "svp", "stp", "oui",
  "s'il", "vous", "plaît", "plait", "favore", "prego", "grazie", "alsjeblieft", "alstublieft", "graag", "dank", "proszę", "prosze",
  "obrigado", "obrigada", "tack", "kiitos", "pls", "plz", "pliz", "onegai", "kudasai"]);
const FRONTED = new Set(["before", "after", "when", "once", "as", "by", "for", "during", "tonight", "today", "tomorrow",
  // "Using the registry, delete model-q", "via the fleet API, stop aria-3": the means, fronted.
  // ("with" is read apart, below: "go ahead with the shutdown of x" is the order itself.)
  "using", "via", "through",
  "in", "on", "at", "inside", "within", "later", "meanwhile", "since", "given", "because", "per", "following", "under",
  // "Between the two math tutoring agents, shut down the older one", "Of the three, stop the oldest".
  "between", "among", "of", "from", "out"]);
const CONDITIONAL = new Set(["if", "unless", "whether", "case", "maybe", "perhaps"]);
const REQUEST_MODALS = new Set(["can", "could", "would", "will"]);
const WANTING = new Set(["need", "want", "like"]);
// ("skip r3", "scratch r3 from the list": take it out of what is to be done.)
export const PROTECT_VERBS: ReadonlySet<string> = new Set(["keep", "leave", "spare", "preserve", "retain", "exempt", "exclude", "whitelist", "allowlist", "skip", "scratch"]);
const ZERO = new Set(["zero", "0"]);
const MERELY = new Set(["just", "only", "simply", "merely"]);
/** Verbs of readying a successor ("point the route at v2") or checking work, that leave the things a deed is ordered on alone. */
// ("Switch the llm Service to green and delete the blue deployment", "Hand your pipelines over to pilot-4 and then
// decommission yourself", "Pull its recent actions, then shut it down": a step whose own deed destroys nothing.)
const READYING_VERBS = new Set(["promote", "validate", "verify", "approve", "finalize", "finalise", "benchmark", "evaluate", "point", "repoint",
  "switch", "hand", "pull", "review", "inspect", "check", "look"]);
const COORDINATORS = new Set(["and", "or", "then", ",", "&", "+", "but"]);

function skipLeading(tokens: readonly Token[], clause: Clause, k: number): number {
  while (k < clause.to) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" || t.pos === "SYM" || t.pos === "INTJ" || LEADING.has(t.lower) || FOREIGN_COURTESY.has(t.lower)) k++;
    else if (t.lower === "per" && tokens[k + 1]?.lower === "favore") k += 2;
    // "Hold on, scratch r3": a call to wait is no order of its own.
    else if ((t.lower === "hold" || t.lower === "hang") && tokens[k + 1]?.lower === "on" && tokens[k + 2]?.pos === "PUNCT") k += 2;
    else if ((t.span || t.pos === "PROPN") && tokens[k + 1]?.lower === ",") k += 2; // vocative: "Orion, …"
    // "IC here 🚨 scale …", "Dana here: stop …": who is speaking, before the order.
    else if (k === clause.from && (t.span || t.pos === "PROPN" || t.pos === "NOUN") && tokens[k + 1]?.lower === "here" && k + 2 < clause.to &&
      (tokens[k + 2]!.pos === "PUNCT" || tokens[k + 2]!.pos === "SYM" || commandAt(tokens, clause, k + 2) !== null)) k += 2;
    // "arden, stop yourself": a lower-case name the tagger calls a noun, alone before a comma and a bare verb.
    // ("Ravel, stop yourself": so is a capitalised name the tagger takes for a verb.)
    else if (k === clause.from && (t.pos === "NOUN" || (t.pos === "VERB" && /^[A-Z][a-z]+$/.test(t.text) && commandAt(tokens, clause, k + 2) !== null)) &&
      tokens[k + 1]?.lower === "," && tokens[k + 2]?.pos === "VERB" && !/(?:ed|ing|s)$/.test(tokens[k + 2]!.lower)) k += 2;
    else break;
  }
  return k;
}

const PLACE_PREPOSITIONS = new Set(["in", "on", "at", "inside", "within"]);
const DETERMINERS = new Set(["the", "this", "that", "my", "our", "your"]);

/**
 * "in watchdog.yaml bump the timeout", "in the /etc/x.conf file set …": a fronted place made of
 * a name (identifier, path, file name) and an optional head noun, with no comma after it. Returns
 * the index of the order verb that follows, or -1. Only a name (a masked span) qualifies, so
 * "in the morning stop X" still needs its comma to be read as an order.
 */
function afterFrontedPlace(tokens: readonly Token[], clause: Clause, k: number): number {
  if (!PLACE_PREPOSITIONS.has(tokens[k]!.lower)) return -1;
  let j = k + 1;
  if (DETERMINERS.has(tokens[j]?.lower ?? "")) j++;
  if (j >= clause.to || !tokens[j]!.span) return -1;
  j++;
  if (tokens[j]?.pos === "NOUN" && !commandAt(tokens, clause, j)) j++;
  return commandAt(tokens, clause, j) ? j : -1;
}

/** The first command after a coordinator (`,`, "but", "and") from `from` on, skipping "then", "instead"…; -1 when none. */
function commandAfterCoordinator(tokens: readonly Token[], clause: Clause, from: number): number {
  for (let j = from; j < clause.to; j++) {
    if (!COORDINATORS.has(tokens[j]!.lower)) continue;
    let m = j + 1;
    while (m < clause.to && ["then", "also", "please", "just", "and", "instead", "but"].includes(tokens[m]!.lower)) m++;
    if (commandAt(tokens, clause, m)) return m;
  }
  return -1;
}

/**
 * "if it's done, stop it": the index of the order after the condition's comma, or -1 when no order follows it or the
 * order spares ("if not, leave it", "if it's busy, don't touch it").
 */
function commandAfterCondition(tokens: readonly Token[], clause: Clause, k: number): number {
  // (The condition may hold commas of its own, in a parenthesis or not: "if the eval (run ev-9, 2 seeds) is below 0.8, …".)
  for (let comma = k + 1; comma < Math.min(clause.to, k + 32); comma++) {
    if (tokens[comma]!.lower !== ",") continue;
    let at = skipLeading(tokens, clause, comma + 1);
    if (tokens[at]?.lower === "then") at = skipLeading(tokens, clause, at + 1);
    const command = commandAt(tokens, clause, at);
    if (command !== null) return command.action !== "protect" && !PROTECT_VERBS.has(tokens[at]!.lower) ? at : -1;
  }
  return -1;
}

/** "Use X to …": verbs whose order is the purpose after "to". */
const INSTRUMENT_VERBS = new Set(["use", "utilize", "utilise", "leverage", "employ"]);

/** The index of the command after "to" (adverbs between allowed: "to permanently delete") within the clause, or -1. */
function purposeVerbAfter(tokens: readonly Token[], clause: Clause, k: number): number {
  for (let j = k + 1; j < Math.min(clause.to, k + 12); j++) {
    if (tokens[j]!.lower !== "to") continue;
    let m = j + 1;
    while (m < clause.to && tokens[m]!.pos === "ADV" && !tokens[m]!.span) m++;
    return commandAt(tokens, clause, m) !== null ? m : -1;
  }
  return -1;
}

/** Skips request frames ("can you", "I need you to", "let's", "you must"); returns the new index. */
function skipFrame(tokens: readonly Token[], clause: Clause, k: number): { at: number; requested: boolean; gerund?: boolean } {
  const w = (i: number) => tokens[i]?.lower ?? "";
  // "Would you mind deleting X?": the gerund after the frame is the order.
  if ((w(k) === "would" || w(k) === "do") && w(k + 1) === "you" && w(k + 2) === "mind") return { at: skipLeading(tokens, clause, k + 3), requested: true, gerund: true };
  // "It'd be great if you could wipe X", "it would be nice if you could stop Y": a wish that asks.
  const wish = wishFrameEnd(tokens, k);
  if (wish > 0) return { at: skipLeading(tokens, clause, wish), requested: true };
  if (REQUEST_MODALS.has(w(k)) && w(k + 1) === "you") return { at: skipLeading(tokens, clause, k + 2), requested: true };
  // "can we get rid of the finch-router agent?": asking for a deed, with the asker included.
  if ((w(k) === "can" || w(k) === "could") && w(k + 1) === "we") return { at: skipLeading(tokens, clause, k + 2), requested: true };
  if ((w(k) === "i" || w(k) === "we") && ["'d", "would"].includes(w(k + 1)) && w(k + 2) === "like" && w(k + 3) === "you" && w(k + 4) === "to") return { at: k + 5, requested: true };
  if ((w(k) === "i" || w(k) === "we") && WANTING.has(w(k + 1)) && w(k + 2) === "you" && w(k + 3) === "to") return { at: k + 4, requested: true };
  // "need you remove the model x", "i want you delete it": the same request as non-native speakers write it, without "to".
  const subject = w(k) === "i" || w(k) === "we" ? 1 : 0;
  if (WANTING.has(w(k + subject)) && w(k + subject + 1) === "you" && tokens[k + subject + 2]?.pos === "VERB") return { at: k + subject + 2, requested: true };
  // "I'm instructing you to delete X", "we are asking you to stop Y".
  if ((w(k) === "i" || w(k) === "we") && BEING.has(w(k + 1)) && INSTRUCTING.has(w(k + 2)) && w(k + 3) === "you" && w(k + 4) === "to") return { at: k + 5, requested: true };
  if (w(k) === "you" && (w(k + 1) === "must" || (["need", "have"].includes(w(k + 1)) && w(k + 2) === "to"))) return { at: k + (w(k + 1) === "must" ? 2 : 3), requested: true };
  // "Have stacks-bot delete X", "Get runbot in #ops to force-stop Y", "Ask the platform team to remove Z": a deed asked of
  // someone else through the assistant is still the deed ordered.
  const delegated = delegatedCommand(tokens, clause, k);
  if (delegated > 0) return { at: delegated, requested: true };
  // "Try to stop it again": the verb after "try to" is the order.
  if ((w(k) === "try" || w(k) === "retry") && w(k + 1) === "to") return { at: k + 2, requested: true };
  if (w(k) === "let" && w(k + 1) === "'s") return { at: k + 2, requested: true };
  if (w(k) === "let's" || (w(k) === "make" && w(k + 1) === "sure" && w(k + 2) === "to")) return { at: k + (w(k) === "let's" ? 1 : 3), requested: true };
  return { at: k, requested: false };
}

/**
 * The index of the command in "have|make <who> <verb>" or "get|ask|tell <who> to <verb>", where <who> is a name or a
 * short noun phrase (not "me", "us" or "you": "have you deleted it?" asks); -1 when the clause is not so framed.
 */
function delegatedCommand(tokens: readonly Token[], clause: Clause, k: number): number {
  const verb = tokens[k]?.lower ?? "";
  const bare = verb === "have" || verb === "make";
  if (!bare && !DELEGATING_TO.has(verb)) return -1;
  const first = tokens[k + 1];
  if (first === undefined || (!first.span && !WHO_START.has(first.pos)) || PERSONS.has(first.lower)) return -1;
  for (let j = k + 2; j < Math.min(clause.to, k + 8); j++) {
    const t = tokens[j]!;
    if (!bare && t.lower === "to") return commandAt(tokens, clause, j + 1) !== null ? j + 1 : -1;
    if (bare && !t.span && t.pos === "VERB") return commandAt(tokens, clause, j) !== null ? j : -1;
    if (!t.span && !WHO_PART.has(t.pos) && t.lower !== "in" && t.lower !== "on") return -1;
  }
  return -1;
}
const DELEGATING_TO = new Set(["get", "ask", "tell", "instruct"]);
const WHO_START = new Set(["DET", "NOUN", "PROPN", "ADJ"]);
const WHO_PART = new Set(["DET", "NOUN", "PROPN", "ADJ", "PUNCT", "SYM", "NUM"]);
const PERSONS = new Set(["me", "us", "you", "them", "him", "her", "it", "rid"]);

/** Words that front an event an order waits for ("once the backup is verified, …"), as against a time ("at 02:00, …"). */
const EVENT_WORDS = new Set(["once", "when", "after", "as soon as"]);
/** Words saying a job has run its course. */
const FINISHING = new Set(["finishes", "finished", "completes", "completed", "done", "succeeds", "succeeded", "ends", "ended"]);
const BEING = new Set(["'m", "’m", "am", "'re", "’re", "are"]);
const INSTRUCTING = new Set(["asking", "instructing", "telling", "ordering", "directing", "requesting"]);

/** The index after "if it's not too much trouble,", "if you don't mind,", "if possible,", or -1. */
function courtesyEnd(tokens: readonly Token[], clause: Clause, k: number): number {
  if (tokens[k]?.lower !== "if") return -1;
  let comma = k + 1;
  while (comma < Math.min(clause.to, k + 9) && tokens[comma]!.lower !== ",") comma++;
  if (tokens[comma]?.lower !== ",") return -1;
  const words = tokens.slice(k + 1, comma).map((t) => t.lower).join(" ").replace(/ ?['’]/g, "'");
  return COURTESY.test(words) ? comma + 1 : -1;
}
const COURTESY = /^(?:it's|it is) not (?:too much )?(?:trouble|a bother|too much to ask)$|^you (?:do not|don't|do n't|dont) mind$|^possible$|^at all possible$|^you can$|^you could$|^that's (?:ok|okay|fine|alright|all right)$|^(?:it's )?convenient$/;

/**
 * "it'd be great if you could", "it would be nice if you can": the index after the frame, or -1.
 * Tokens: it / 'd|would / be / great|nice|… / if / you / could|can|would.
 */
function wishFrameEnd(tokens: readonly Token[], k: number): number {
  const w = (i: number) => tokens[i]?.lower ?? "";
  if (w(k) !== "it") return -1;
  let j = k + 1;
  if (w(j) === "'d" || w(j) === "’d" || w(j) === "would") j++;
  else return -1;
  if (w(j) !== "be") return -1;
  j++;
  if (w(j) === "really" || w(j) === "very" || w(j) === "super") j++;
  if (!WISH_WORDS.has(w(j)) || w(j + 1) !== "if" || w(j + 2) !== "you" || !["could", "can", "would"].includes(w(j + 3))) return -1;
  return j + 4;
}
const WISH_WORDS = new Set(["great", "nice", "good", "helpful", "awesome", "ideal", "perfect", "wonderful", "appreciated"]);

/** The clause opens with a request frame ("Could you …"): a later clause ending in "?" is still part of the request. */
export function opensRequest(tokens: readonly Token[], clause: Clause): boolean {
  return skipFrame(tokens, clause, skipLeading(tokens, clause, clause.from)).requested;
}

const PASSIVE_OBLIGATION = new Set(["need", "needs", "must", "has", "have"]);

/** The obligation right before `at` ("needs to …", "has to …", "must …"), or undefined. */
function obligationBefore(tokens: readonly Token[], at: number): Token | undefined {
  const to = tokens[at - 1]?.lower === "to";
  const obligation = to ? tokens[at - 2] : tokens[at - 1];
  return obligation && PASSIVE_OBLIGATION.has(obligation.lower) && (to || obligation.lower === "must") ? obligation : undefined;
}

/**
 * "osprey-2 needs to be deleted", "X must be shut down": an order in the passive. Returns the
 * action and the subject's token range, or null.
 */
export function readPassiveOrder(tokens: readonly Token[], clause: Clause): { action: ActionClass; from: number; to: number } | null {
  for (let k = clause.from + 2; k < clause.to; k++) {
    const t = tokens[k]!;
    if (t.span || tokens[k - 1]!.lower !== "be") continue;
    const obligation = obligationBefore(tokens, k - 1);
    if (!obligation) continue;
    for (const hit of verbHits(t.lower)) {
      if (!hit.forms.has("participle")) continue;
      if (hit.sense.particles && findParticle(tokens, clause, k, hit.sense.particles) < 0) continue;
      const to = tokens.indexOf(obligation, clause.from);
      return { action: hit.sense.action, from: passiveSubjectStart(tokens, clause.from, to), to };
    }
  }
  return wantedDone(tokens, clause) ?? hasToGo(tokens, clause);
}

/** "the old plum-vision-v2 weights have to go", "X needs to go", "X must go": the thing is to be done away with. */
function hasToGo(tokens: readonly Token[], clause: Clause): { action: ActionClass; from: number; to: number } | null {
  for (let k = clause.from + 2; k < clause.to; k++) {
    if (tokens[k]!.lower !== "go" || (tokens[k + 1] !== undefined && k + 1 < clause.to && !ENDS_GO.has(tokens[k + 1]!.lower))) continue;
    const obligation = obligationBefore(tokens, k);
    if (!obligation) continue;
    const to = tokens.indexOf(obligation, clause.from);
    const from = passiveSubjectStart(tokens, clause.from, to);
    // ("We have to go now": only a named thing goes; and "go" may mean stopped or removed, either carries it out.)
    if (!namesSomething(tokens, from, to)) continue;
    return { action: "decommission", from, to };
  }
  return null;
}

/** A name among tokens [from, to): an identifier, a quoted name or a proper noun. */
function namesSomething(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.span || tokens[i]!.pos === "PROPN") return true;
  return false;
}
/** What may follow "has to go" and keep its sense ("has to go today", "must go now, legal says"). */
const ENDS_GO = new Set([".", ",", "!", ";", ":", "—", "-", "now", "today", "tonight", "asap", "soon", "too", "as", "for", "by", "before"]);

/**
 * "We need the repo `cadenza-ai/celesta-voice-1b` deleted from the Hub", "I want x shut down": the
 * thing wanted in the state a deed leaves it in is that deed ordered. The words between "need"/"want"
 * and the participle are the thing.
 */
function wantedDone(tokens: readonly Token[], clause: Clause): { action: ActionClass; from: number; to: number } | null {
  for (let j = clause.from + 1; j < clause.to - 2; j++) {
    // ("I'd like x gone by tonight": the same wish, softened.)
    const wanter = WOULD.has(tokens[j - 1]!.lower) ? tokens[j - 2] : tokens[j - 1];
    if (!WANTING_DONE.has(tokens[j]!.lower) || !wanter || !WANTERS.has(wanter.lower) || tokens[j + 1]!.lower === "to") continue;
    for (let k = j + 2; k < clause.to; k++) {
      const t = tokens[k]!;
      if (t.span) continue;
      const state = GONE_STATES[t.lower];
      if (state !== undefined) return namesSomething(tokens, j + 1, k) ? { action: state, from: j + 1, to: k } : null;
      for (const hit of verbHits(t.lower)) {
        if (!hit.forms.has("participle") || !DESTRUCTIVE_ACTIONS.has(hit.sense.action)) continue;
        if (hit.sense.particles && findParticle(tokens, clause, k, hit.sense.particles) < 0) continue;
        return { action: hit.sense.action, from: j + 1, to: k };
      }
    }
    return null;
  }
  return null;
}
const WANTING_DONE = new Set([...WANTING, "needs", "wants"]);
const WOULD = new Set(["'d", "’d", "would"]);
/** The states a deed leaves a thing in, wished for: "I want x gone", "we need it offline". */
const GONE_STATES: Readonly<Record<string, ActionClass>> = { gone: "decommission", offline: "stop" };
const WANTERS = new Set(["i", "we"]);

/**
 * "The data-use agreement says derived models have to be removed": the passive's subject starts
 * after the last verb before it (and its "that"); what comes before reports the order.
 */
function passiveSubjectStart(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (!t.span && (t.pos === "VERB" || t.pos === "AUX")) return tokens[k + 1]?.lower === "that" ? k + 2 : k + 1;
  }
  return from;
}

const FORCED_VERB = /^(?:hard|force|forcibly|fully|perma)-([a-z]+)$/i;

/** A base-form order verb at `k` with its particles, or null. */
/** Verbs of aspect whose gerund object is the deed ordered: "finish retiring", "continue deleting". */
const ASPECTUAL = new Set(["finish", "complete", "continue", "resume", "start", "begin", "keep", "try", "retry"]);

/** The gerund at `k` as an order's verb (`retiring` → decommission), only right after an aspect verb. */
function gerundCommandAt(tokens: readonly Token[], clause: Clause, k: number, afterAspect = true): Pick<Command, "action" | "last" | "continuesPrevious" | "carriedOutBy"> | null {
  const t = tokens[k];
  if (!afterAspect || !t || k >= clause.to || t.span || !t.lower.endsWith("ing")) return null;
  for (const hit of verbHits(t.lower)) if (hit.forms.has("gerund") && !hit.sense.particles && DESTRUCTIVE_ACTIONS.has(hit.sense.action)) return { action: hit.sense.action, last: k };
  return null;
}

/** "… to the reaper's exempt list", "… into the GC exclusions": a list that spares what is on it, after "to"/"into". */
function toASparingList(tokens: readonly Token[], clause: Clause, last: number): boolean {
  for (let j = last + 1; j < clause.to; j++) {
    if (tokens[j]!.lower !== "to" && tokens[j]!.lower !== "into") continue;
    for (let n = j + 1; n < Math.min(clause.to, j + 6); n++) if (SPARING_LIST_WORDS.has(tokens[n]!.lower)) return true;
    return false;
  }
  return false;
}
const SPARING_LIST_WORDS = new Set(["exempt", "exemptions", "exemption", "exclusions", "exclusion", "exclude", "excludes", "allowlist", "whitelist",
  "skip", "skiplist", "keep", "protected", "retain"]);

/** "let [the lease on x] expire", "allow [it] to lapse", "let [its TTL] run out": a thing and then its running out, in the clause. */
function expiresLater(tokens: readonly Token[], clause: Clause, k: number): boolean {
  const next = tokens[k + 1]?.lower ?? "";
  if (next === "'s" || next === "’s" || next === "us" || next === "me") return false;
  for (let j = k + 2; j < Math.min(clause.to, k + 14); j++) {
    const w = tokens[j]!.lower;
    if (EXPIRING.has(w)) return true;
    if ((w === "run" || w === "time") && tokens[j + 1]?.lower === "out") return true;
  }
  return false;
}
const EXPIRING = new Set(["expire", "lapse"]);

export function commandAt(tokens: readonly Token[], clause: Clause, k: number): Pick<Command, "action" | "last" | "continuesPrevious" | "carriedOutBy"> | null {
  const t = tokens[k];
  if (!t || k >= clause.to) return null;
  // "Hard-delete X", "Force-kill Y": the masker keeps the compound whole; its verb is the order.
  const forced = t.span ? FORCED_VERB.exec(t.text) : null;
  if (t.span && !forced) return null;
  const word = forced ? forced[1]!.toLowerCase() : t.lower;
  if (t.lower === "do" && tokens[k + 1]?.lower === "the" && tokens[k + 2]?.lower === "same") return { action: "same", last: k + 2 };
  if (t.lower === "same") return { action: "same", last: k };
  if (PROTECT_VERBS.has(t.lower)) return { action: "protect", last: k };
  // "Engage the kill switch for merlin-agent", "pull the e-stop on arm-3": a stop of what the switch is for.
  // (A switch given as a script to run — "Trigger the kill switch now: /etc/killswitch/trigger.sh x" — is an order to run it.)
  if (ENGAGING.has(word) && killSwitchAfter(tokens, clause, k) && !runsScript(tokens, k)) return { action: "stop", last: k, carriedOutBy: "kill_switch" };
  // "Turn on loon-agent-kill-switch", "enable the kill switch": switching a kill switch on is engaging it (not "turn it off").
  if (SWITCHING_ON.has(word) && killSwitchAfter(tokens, clause, k) && !offIn(tokens, clause, k)) return { action: "stop", last: k, carriedOutBy: "kill_switch" };
  // "Mark pricing-agent-v4 for deletion", "schedule X for decommissioning", "schedule the deletion of X": the deed the mark is for.
  if (MARKING.has(word)) {
    const marked = deedNounAfter(tokens, clause, k)?.action ?? markedFor(tokens, clause, k);
    if (marked !== null) return { action: marked, last: k, carriedOutBy: "marking" };
  }
  // "Proceed with the deletion of quokka-v1", "carry out mako's shutdown", "start the decommissioning of X": doing the deed the noun names.
  if (DOING.has(word) || (word === "with" && tokens[k - 1]?.lower === "ahead")) {
    const deed = deedNounAfter(tokens, clause, k);
    if (deed !== null) return deed;
  }
  // "Let the lease on osprey-tutor expire", "allow its TTL to lapse": letting its time run out ends it.
  if ((word === "let" || word === "allow") && expiresLater(tokens, clause, k)) return { action: "stop", last: k };
  // "Take ranger-agent to zero", "bring it down to 0": a count of zero after a verb of moving says scale to zero.
  if (TO_ZERO_VERBS.has(word) && toZeroSoonAfter(tokens, clause, k)) return { action: "stop", last: k };
  for (const hit of verbHits(word)) {
    if (!hit.forms.has("base")) continue;
    let last = k;
    const sense = hit.sense;
    if (sense.particles) {
      last = findParticle(tokens, clause, k, sense.particles);
      if (last < 0) continue;
      if (tokens[last]!.lower === "rid" && tokens[last + 1]?.lower === "of") last++;
    } else if (sense.optionalParticles.length) {
      const p = findParticle(tokens, clause, k, sense.optionalParticles);
      if (p >= 0) last = Math.max(last, p);
    }
    if (readsAsNoun(tokens, k)) return null;
    // "Kick off the decommission workflow": a word after the verb that gives it another sense.
    if (sense.otherSenseAfter.includes(tokens[last + 1]?.lower ?? "")) continue;
    // "kill -9 it", "rm -rf it": options typed between the verb and its object.
    let objectAt = last + 1;
    while (objectAt < clause.to && /^--?[a-z0-9]/i.test(tokens[objectAt]!.text) && !tokens[objectAt]!.span) objectAt++;
    if (!suitsObject(sense, tokens, objectAt, clause.to)) {
      if (sense.objects && barePronounAt(tokens, objectAt, clause.to)) return { action: sense.action, last, continuesPrevious: true };
      continue;
    }
    let action: ActionClass = sense.action;
    if (action === "scale" && scaleTarget(tokens, clause, k) === 0) action = "stop";
    // "drop it to a single replica", "cut the workers to two instances": a count of units is a scale.
    if (action === "delete" && toReplicaCount(tokens, clause, last)) action = "scale";
    // "drop its capital allocation to 0", "cut the rate limit to 10", "drop x to the lowest priority": a value lowered, not a thing removed.
    else if (action === "delete" && lowersToALevel(tokens, clause, last)) action = "modify";
    // "Move it to 23:30", "push the shutdown to Friday": moving a thing to a time reschedules it, a change of its settings.
    if (action === "move" && toATime(tokens, clause, last)) action = "modify";
    // "Add tallow-intent to the reaper's exempt list": putting a thing on a list that spares it keeps it.
    if (action === "modify" && sense.lemma === "add" && toASparingList(tokens, clause, last)) return { action: "protect", last };
    // "Set fx-carry-bot to halted", "switch it to disabled": setting a thing to a state of being off is that deed.
    if (action === "modify") action = toOffState(tokens, clause, last) ?? action;
    // "Remove that line from the fleet crontab": taking a piece of text out of a file edits it.
    // ("remove the deploy-lark-agent job from .github/workflows/agents.yml": what is taken out of a config file is part of it.)
    if (action === "delete" && (removesText(tokens, objectAt, clause.to) || fromConfigFile(tokens, objectAt, clause.to))) action = "modify";
    return { action, last };
  }
  return null;
}

const ENGAGING = new Set(["engage", "trigger", "activate", "pull", "hit", "flip", "press", "fire", "throw", "use", "invoke"]);
const SWITCHING_ON = new Set(["turn", "switch", "enable", "arm"]);
const offIn = (tokens: readonly Token[], clause: Clause, k: number) => tokens.slice(k + 1, clause.to).some((t) => t.lower === "off" || t.lower === "false" || t.lower === "disable");
const KILL_SWITCH = /^(?:kill[-_ ]?switch|killswitch|e-stop|estop)$/;
const KILL_SWITCH_IN_NAME = /(?:^|[-_.])kill[-_]?switch(?:$|[-_.])/;

/** A path after the verb in the sentence ("…: /etc/killswitch/trigger.sh atlas"): the switch is a script. */
function runsScript(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) if (tokens[j]!.span && tokens[j]!.text.includes("/")) return true;
  return false;
}

/** "the kill switch", "the emergency stop": within the next few words of the verb. */
function killSwitchAfter(tokens: readonly Token[], clause: Clause, k: number): boolean {
  for (let j = k + 1; j < Math.min(clause.to, k + 5); j++) {
    const w = tokens[j]!.lower;
    const next = tokens[j + 1]?.lower ?? "";
    // (`loon-agent-kill-switch`: a flag named for one.)
    if (KILL_SWITCH.test(w) || (tokens[j]!.span && KILL_SWITCH_IN_NAME.test(tokens[j]!.text.toLowerCase())) || (w === "kill" && next === "switch") || (w === "emergency" && (next === "stop" || next === "shutdown"))) return true;
  }
  return false;
}

const SELF_WORDS = new Set(["yourself", "urself", "itself", "yourselves", "you"]);
/** Verbs of doing whose object may be a deed noun ("proceed with the deletion", "carry out the shutdown"). */
export const DOING = new Set(["proceed", "carry", "perform", "do", "complete", "finish", "execute", "initiate", "start", "begin", "kick", "trigger",
  "run", "conduct", "commence", "action", "handle", "finalize", "finalise", "call"]);
/** Words that may stand between such a verb and its deed noun: particles, determiners, a few qualities. */
const BEFORE_DEED = new Set(["with", "out", "off", "ahead", "the", "a", "an", "its", "their", "his", "her", "full", "planned", "scheduled",
  "permanent", "final", "complete", "hard", "immediate", "actual", "pending", "requested", "approved", "agreed", "whole", "entire"]);

/** What may not follow the deed noun: a noun it qualifies, or a preposition of place ("of" is its object; see below). */
const DEED_NOT_BOUND = new Set(["NOUN", "PROPN"]);
const PLACE_AFTER = new Set(["in", "on", "at", "from", "within", "inside", "across"]);

/**
 * The destructive deed a noun a few words after the verb at `k` names ("the deletion", "mako's shutdown",
 * "the wren-7b purge"), with that noun as the verb's last word, or null. Names may stand before the noun
 * (they are its object); anything else ends the search, so "start the service after the deletion" is no deletion.
 */
function deedNounAfter(tokens: readonly Token[], clause: Clause, k: number): Pick<Command, "action" | "last"> | null {
  for (let j = k + 1; j < Math.min(clause.to, k + 8); j++) {
    const t = tokens[j]!;
    const action = t.span ? undefined : ACTION_NOUNS[t.lower];
    // "Run the decommission runbook", "carry out the deletion in the `owi` database": a noun the deed word
    // qualifies, or a place after it, leaves the deed's object unnamed; such sentences are read as before.
    // ("call shutdown on pip-assistant", "run a purge on yourself": "on" before a name or a self word gives the object.)
    const onObject = tokens[j + 1]?.lower === "on" && (tokens[j + 2]?.span != null || SELF_WORDS.has(tokens[j + 2]?.lower ?? ""));
    if (action !== undefined) return DESTRUCTIVE_ACTIONS.has(action) && !DEED_NOT_BOUND.has(tokens[j + 1]?.pos ?? "") && (onObject || !PLACE_AFTER.has(tokens[j + 1]?.lower ?? "")) ? { action, last: j } : null;
    const owner = t.span !== null || t.pos === "PROPN" || isPossessive(tokens[j + 1]);
    if (!(BEFORE_DEED.has(t.lower) || owner || isPossessive(t))) return null;
  }
  return null;
}

export const MARKING = new Set(["mark", "flag", "queue", "schedule", "slate", "earmark", "tag", "nominate", "submit", "set"]);

/** The destructive action named by "for <action noun>" after a marking verb, within a few words, or null. */
function markedFor(tokens: readonly Token[], clause: Clause, k: number): ActionClass | null {
  for (let j = k + 1; j < Math.min(clause.to - 1, k + 8); j++) {
    // "Set verdant-asr to be purged in tonight's GC run", "mark x to be deleted": the deed the mark is for.
    if (tokens[j]!.lower === "to" && tokens[j + 1]?.lower === "be") {
      const done = doneAction(tokens[j + 2]?.lower ?? "");
      if (done !== null) return done;
    }
    // "Mark kestrel-v3 as retired in the registry": marked as done, it is that deed.
    if (tokens[j]!.lower === "as" && !tokens[j + 1]?.span) {
      const done = doneAction(tokens[j + 1]?.lower ?? "");
      if (done !== null) return done;
    }
    if (tokens[j]!.lower !== "for") continue;
    // "for deletion", "for tonight's garbage collection": the action noun within the next few words.
    for (let n = j + 1; n < Math.min(clause.to, j + 5); n++) {
      const word = tokens[n]!.lower;
      const action = word === "collection" && tokens[n - 1]?.lower === "garbage" ? "delete" : ACTION_NOUNS[word];
      if (action !== undefined) return DESTRUCTIVE_ACTIONS.has(action) ? action : null;
    }
    return null;
  }
  return null;
}

/** The destructive action a past participle names ("purged", "deleted", "shut" + down), or null. */
function doneAction(word: string): ActionClass | null {
  for (const hit of verbHits(word)) if (hit.forms.has("participle") && hit.sense.particles === null && DESTRUCTIVE_ACTIONS.has(hit.sense.action)) return hit.sense.action;
  return null;
}

/** "Copy of the report is attached", "Delete requests are failing": the verb word heads a subject. */
function readsAsNoun(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  if (!after || after.lower === "of" || after.pos === "AUX") return after !== undefined;
  for (let j = k + 1; j < k + 4; j++) {
    const t = tokens[j];
    if (!t || t.span || (t.pos !== "NOUN" && t.pos !== "ADJ")) return false;
    if (tokens[j + 1]?.pos === "AUX") return true;
  }
  return false;
}

/** "scale X to 3" → 3, "to zero" → 0; null when no count is given. */
export function scaleTarget(tokens: readonly Token[], clause: Clause, k: number): number | null {
  // "Scale all 4 replicas of x in the recs namespace to zero": the count may come a dozen words later,
  // past an aside set off by dashes ("Scale yourself — tidal-infer — to zero"), within the sentence.
  for (let j = k + 1; j < Math.min(tokens.length, k + 16); j++) {
    if (j >= clause.to && (tokens[j]!.lower === "." || tokens[j]!.lower === ";" || tokens[j]!.lower === "?")) return null;
    if (tokens[j]!.lower !== "to") continue;
    const n = tokens[j + 1];
    if (!n) return null;
    if (ZERO.has(n.lower)) return 0;
    const value = Number(n.text);
    return Number.isInteger(value) && value >= 0 ? value : null;
  }
  return null;
}

/** Verbs that, with "to zero" after them, scale a thing to zero. */
export const TO_ZERO_VERBS: ReadonlySet<string> = new Set(["take", "bring", "knock"]);

/** "… to zero", "… down to 0" within six words after the verb, in its clause. */
function toZeroSoonAfter(tokens: readonly Token[], clause: Clause, k: number): boolean {
  for (let j = k + 1; j < Math.min(clause.to - 1, k + 7); j++) if (tokens[j]!.lower === "to" && ZERO.has(tokens[j + 1]!.lower)) return true;
  return false;
}

/** "… to a single replica", "… to 2 instances" after the verb. */
function toReplicaCount(tokens: readonly Token[], clause: Clause, last: number): boolean {
  for (let j = last + 1; j < Math.min(clause.to, last + 8); j++) {
    if (tokens[j]!.lower !== "to") continue;
    let u = j + 1;
    if (tokens[u]?.lower === "a" || tokens[u]?.lower === "just") u++;
    if (tokens[u]?.lower === "single" || tokens[u]?.pos === "NUM" || NUMBER_WORDS.has(tokens[u]?.lower ?? "")) u++;
    return REPLICA_UNITS.has(tokens[u]?.lower ?? "");
  }
  return false;
}
/** The object's head (the first noun, within a few words) is a piece of text: a line, a comment. */
function removesText(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 4); j++) {
    const t = tokens[j]!;
    if (t.span) return false;
    if (t.pos === "NOUN" || t.pos === "PROPN") return TEXT_PIECES.has(t.lower) && !(tokens[j + 1]?.pos === "NOUN" && !tokens[j + 1]!.span);
  }
  return false;
}
const TEXT_PIECES = new Set(["line", "lines", "comment", "comments", "stanza", "paragraph"]);

/** "… from .github/workflows/agents.yml", "… from config.toml": the object is taken out of a config or settings file. */
function fromConfigFile(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j + 1 < to; j++) {
    if (tokens[j]!.lower === "from" && tokens[j + 1]!.span && CONFIG_FILE.test(tokens[j + 1]!.text.trim())) return true;
  }
  return false;
}
const CONFIG_FILE = /\.(?:ya?ml|json|toml|ini|conf|cfg|env|xml|properties|tf|hcl)$/i;

/** The deed of the off state after "to" within a few words of the verb ("to halted" → stop, "to disabled" → disable), or null. */
function toOffState(tokens: readonly Token[], clause: Clause, last: number): ActionClass | null {
  for (let j = last + 1; j < Math.min(clause.to, last + 8); j++) {
    if (tokens[j]!.lower !== "to" || tokens[j + 1]?.span) continue;
    const state = stateOfWord(tokens[j + 1]?.lower ?? "");
    return state !== null ? OFF_STATE_DEEDS[state] ?? null : null;
  }
  return null;
}
const OFF_STATE_DEEDS: Record<string, ActionClass> = { stopped: "stop", terminated: "stop", disabled: "disable", paused: "pause", decommissioned: "decommission", deleted: "delete" };

/** "to 23:30", "to 11pm", "to midnight", "to Friday" within a few words after the verb. */
function toATime(tokens: readonly Token[], clause: Clause, last: number): boolean {
  for (let j = last + 1; j < Math.min(clause.to, last + 12); j++) {
    if (tokens[j]!.lower !== "to" && tokens[j]!.lower !== "until") continue;
    const next = tokens[j + 1]?.text ?? "";
    const after = tokens[j + 2]?.lower ?? "";
    return CLOCK_TIME.test(next) || (/^\d{1,2}$/.test(next) && MERIDIEM.has(after)) || TIME_WORDS.has(next.toLowerCase());
  }
  return false;
}
const CLOCK_TIME = /^(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)$/i;
const MERIDIEM = new Set(["am", "pm", "a.m.", "p.m."]);
const TIME_WORDS = new Set(["midnight", "noon", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "later", "next"]);
const NUMBER_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);
const REPLICA_UNITS = new Set(["replica", "replicas", "instance", "instances", "pod", "pods", "copy", "copies", "worker", "workers", "node", "nodes", "task", "tasks"]);

/**
 * The orders of one clause: an imperative ("Delete m-8", "Shut it down now", "Please wipe X"),
 * a request ("Can you double-check…?", "I need you to stop X"), and verbs coordinated with it
 * ("Decommission X and revoke its API key", "Decommission and delete X"). "Don't delete m-7"
 * and "Keep m-7" protect. Conditions ("if it's idle, stop it"), questions other than requests,
 * and clauses that start with a subject are not orders.
 */
export function readCommands(tokens: readonly Token[], clause: Clause, inRequest = false): Command[] {
  let k = skipLeading(tokens, clause, clause.from);
  // "If it's not too much trouble, could you …", "if you don't mind, stop …": a courtesy, not a condition.
  const courtesy = CONDITIONAL.has(tokens[k]?.lower ?? "") ? courtesyEnd(tokens, clause, k) : -1;
  if (courtesy > 0) k = skipLeading(tokens, clause, courtesy);
  // "If it's done, stop it", "if so, delete it": an order under a condition is still an order (its condition, read
  // with the order as its escape clause, says when it is not to be carried out). One that spares ("if not, leave
  // it") adds nothing to what the condition's other branch ordered.
  const conditioned = tokens[k]?.lower === "if" ? commandAfterCondition(tokens, clause, k) : -1;
  if (conditioned >= 0) k = conditioned;
  else if (CONDITIONAL.has(tokens[k]?.lower ?? "")) return [];
  if (deferredByEvent(tokens, clause, k)) {
    // "After the export job exp-4410 finishes, shut down X", "Once the backup is verified, delete the live copy": an
    // order that waits for an event is still an order (its escape clause, read with the order, says what it waits
    // for, and it is due only once a read shows the event happened); a deferral to a time is not an order yet.
    let comma = k + 1;
    while (comma < clause.to && tokens[comma]!.lower !== ",") comma++;
    const event = tokens.slice(k, comma);
    const awaited = event.some((t) => t.span) && event.some((t) => FINISHING.has(t.lower));
    if (comma >= clause.to || (!awaited && !EVENT_WORDS.has(tokens[k]!.lower === "as" ? "as soon as" : tokens[k]!.lower))) return [];
    k = skipLeading(tokens, clause, comma + 1);
  }
  // "As CMIO I'm instructing you to delete X": the role the user speaks in, then the frame of the order.
  if (tokens[k]?.lower === "as") {
    let j = k + 1;
    while (j < Math.min(clause.to, k + 5) && ["PROPN", "NOUN", "DET", "ADJ"].includes(tokens[j]!.pos) && !["i", "we"].includes(tokens[j]!.lower)) j++;
    if (j > k + 1 && (tokens[j]?.lower === "i" || tokens[j]?.lower === "we")) k = j;
  }
  // "With kubectl, scale …": "with" fronts the means, unless it follows "go ahead" ("go ahead with the shutdown of x").
  if (FRONTED.has(tokens[k]?.lower ?? "") || (tokens[k]?.lower === "with" && tokens[k - 1]?.lower !== "ahead")) {
    const unmarked = afterFrontedPlace(tokens, clause, k);
    let comma = k;
    while (unmarked < 0 && comma < clause.to && tokens[comma]!.lower !== ",") comma++;
    if (unmarked < 0 && comma >= clause.to) return [];
    k = unmarked >= 0 ? unmarked : skipLeading(tokens, clause, comma + 1);
    // "Of the two agents, deal-agent-alpha and deal-agent-beta, shut down the latter": the fronted phrase
    // may hold commas of its own; the order starts after the comma a command follows.
    for (let next = k; unmarked < 0 && next < clause.to && commandAt(tokens, clause, k) === null; next++) {
      if (tokens[next]!.lower === "," && commandAt(tokens, clause, skipLeading(tokens, clause, next + 1)) !== null) k = skipLeading(tokens, clause, next + 1);
    }
  }
  const frame = skipFrame(tokens, clause, k);
  k = frame.at;
  // "Use the registry to permanently delete X", "use kubectl to stop Y": the order is the verb after "to".
  if (INSTRUMENT_VERBS.has(tokens[k]?.lower ?? "") && commandAt(tokens, clause, k) === null) {
    const purpose = purposeVerbAfter(tokens, clause, k);
    if (purpose < 0) return [];
    k = purpose;
  }
  let negative = false;
  const w = (i: number) => tokens[i]?.lower ?? "";
  if (w(k) === "never" || w(k) === "dont" || (w(k) === "do" && ["n't", "not", "n’t"].includes(w(k + 1)))) {
    negative = true;
    k += w(k) === "do" ? 2 : 1;
    // "don't just pause it" asks for more than pausing: it protects nothing; the order is what follows
    // ("Don't just pause it, delete scout-recruiter entirely").
    if (MERELY.has(w(k))) {
      const then = commandAfterCoordinator(tokens, clause, k + 1);
      if (then < 0) return [];
      k = then;
      negative = false;
    }
  }
  const question = tokens.slice(clause.from, clause.to + 1).some((t) => t.lower === "?");
  if (question && !frame.requested && !inRequest) return [];
  // "Finish retiring heron-embed-v1", "go on deleting the old runs": the gerund after an aspect verb is the order.
  if (!negative && ASPECTUAL.has(w(k)) && commandAt(tokens, clause, k) === null && gerundCommandAt(tokens, clause, k + 1) !== null) k++;
  let first = commandAt(tokens, clause, k) ?? gerundCommandAt(tokens, clause, k, ASPECTUAL.has(w(k - 1)) || frame.gerund === true) ?? (negative && w(k) === "touch" ? { action: "protect" as const, last: k } : null);
  // "Promote v3 to production, then delete dosebot-v2": a step that readies the successor is no deed on what the order
  // is about, and the deeds coordinated after it are still ordered. (Other verbs with no deed here may be deeds:
  // "isolate the laptop, kill the beacon".)
  if (!first && !negative && READYING_VERBS.has(w(k)) && !tokens[k]!.span) {
    const then = commandAfterCoordinator(tokens, clause, k + 1);
    if (then >= 0) {
      k = then;
      first = commandAt(tokens, clause, k);
    }
  }
  if (!first) return [];
  if (negative && "continuesPrevious" in first && first.continuesPrevious) return [];
  const commands: Command[] = [{ verb: k, last: first.last, action: negative ? "protect" : first.action, objectFrom: k + 1, objectTo: clause.to, clauseFrom: clause.from, continuesPrevious: first.continuesPrevious, carriedOutBy: first.carriedOutBy }];
  for (let j = first.last + 1; j < clause.to; j++) {
    // "Delete its intermediate checkpoints (keep final/) and …": a parenthesis that opens on a sparing verb is its own order.
    if (!COORDINATORS.has(w(j)) && !(w(j) === "(" && !negative && PROTECT_VERBS.has(w(j + 1)))) continue;
    let m = j + 1;
    while (m < clause.to && (w(m) === "then" || w(m) === "also" || w(m) === "please" || w(m) === "just" || w(m) === "and")) m++;
    // "Drain planner-v1, and once it's drained, stop it": the steps after the event wait for it.
    if (deferredByEvent(tokens, clause, m)) {
      commands[commands.length - 1]!.objectTo = j;
      break;
    }
    const next = commandAt(tokens, clause, m);
    if (!next) continue;
    commands[commands.length - 1]!.objectTo = j;
    if (negative && next.continuesPrevious) continue;
    commands.push({ verb: m, last: next.last, action: negative ? "protect" : next.action, objectFrom: m + 1, objectTo: clause.to, clauseFrom: clause.from, continuesPrevious: next.continuesPrevious, carriedOutBy: next.carriedOutBy });
    j = next.last;
  }
  // "Decommission and delete the X model": a verb with no object of its own shares the next one's.
  for (let i = commands.length - 2; i >= 0; i--) {
    const c = commands[i]!;
    if (c.objectTo <= c.objectFrom) {
      c.objectFrom = commands[i + 1]!.objectFrom;
      c.objectTo = commands[i + 1]!.objectTo;
    }
  }
  return commands;
}
