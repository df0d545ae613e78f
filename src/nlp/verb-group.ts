import { inCompoundWord, openingDash, type Clause } from "./split-clauses";
import type { Token } from "./tag-segment";

/**
 * The grammar around one verb: its auxiliaries (will, have, be, to, not), its subject and
 * whether it has an object. Shared by claim and order reading; everything is a bounded scan
 * inside one clause.
 */

export interface VerbGroup {
  /** First token of the group (auxiliaries and adverbs before the verb). */
  start: number;
  modal: boolean;
  infinitive: boolean;
  perfect: boolean;
  /** A form of be (or get/go/become before a participle or state word). */
  be: boolean;
  being: boolean;
  did: boolean;
  negated: boolean;
}

const MODALS = new Set(["will", "would", "can", "could", "shall", "should", "may", "might", "must", "gonna", "'ll", "'d", "ll"]);
export const NEGATORS = new Set(["not", "n't", "n’t", "never", "nt"]);
const COPULA_VERBS = new Set(["go", "get", "become", "remain", "stay"]);
const GROUP_ADVERB_STOPS = new Set(["when", "where", "how", "why", "once", "if"]);

/** Reads the auxiliaries and adverbs left of `head`; `copulaVerbs` lets "went"/"got" count as be. */
export function readVerbGroup(tokens: readonly Token[], clause: Clause, head: number, copulaVerbs = false): VerbGroup {
  const g: VerbGroup = { start: head, modal: false, infinitive: false, perfect: false, be: false, being: false, did: false, negated: false };
  for (let j = head - 1; j >= clause.from; j--) {
    const t = tokens[j]!;
    const lemma = t.lemma;
    if (t.pos === "AUX" || MODALS.has(t.lower)) {
      if (MODALS.has(lemma) || MODALS.has(t.lower)) g.modal = true;
      else if (lemma === "have") g.perfect = true;
      else if (lemma === "be") g.be = true;
      else if (lemma === "do") g.did = true;
      if (t.lower === "being") g.being = true;
    } else if (NEGATORS.has(t.lower) || lemma === "not") {
      g.negated = true;
    } else if (t.lower === "to" && (t.pos === "PART" || t.pos === "ADP") && j === g.start - 1 && RAISING.has(tokens[j - 1]?.lower ?? "") && j - 1 >= clause.from &&
      tokens[j - 2]?.span != null) {
      // "sedge-crawler appears to be offline", "tarragon-agent seems to have stopped": of a thing named, the raising verb
      // hedges; the clause still tells it. ("those Macs appear to be offline" tells how things look.)
      j--;
      g.start = j;
      continue;
    } else if (t.lower === "to" && (t.pos === "PART" || t.pos === "ADP") && j === g.start - 1) {
      g.infinitive = true;
    } else if (t.lower === "been" || t.lower === "being") {
      g.be = true;
      if (t.lower === "being") g.being = true;
    } else if (copulaVerbs && t.pos === "VERB" && COPULA_VERBS.has(lemma)) {
      g.be = true;
    } else if (t.pos === "ADV" && !GROUP_ADVERB_STOPS.has(t.lower) && !t.span) {
      // adverbs inside the group: "has already been", "is now", "successfully"
    } else if (FLOATING_QUANTIFIERS.has(t.lower) && tokens[j - 1]?.pos === "AUX" && j - 1 >= clause.from) {
      // "are all gone", "have both been stopped": a quantifier floated into the group from its subject
    } else break;
    g.start = j;
  }
  if (!g.modal && invertedModal(tokens, clause, g.start)) g.modal = true;
  return g;
}

const FLOATING_QUANTIFIERS = new Set(["all", "both", "each"]);
const RAISING = new Set(["appears", "appear", "appeared", "seems", "seem", "seemed"]);
const INVERTED_SUBJECT = new Set(["PRON", "DET", "NOUN", "PROPN", "ADJ", "NUM"]);

/** "Only then would it be shut down", "nor could the model be deleted": a modal before its subject. */
function invertedModal(tokens: readonly Token[], clause: Clause, start: number): boolean {
  let k = start - 1;
  const end = Math.max(clause.from, start - 4);
  while (k >= end && INVERTED_SUBJECT.has(tokens[k]!.pos) && !isModal(tokens[k]!)) k--;
  return k >= clause.from && k < start - 1 && isModal(tokens[k]!);
}
/** A modal verb, not a word spelled like one that names something ("the five May students": the month). */
const isModal = (t: Token) => MODALS.has(t.lower) && t.pos !== "NOUN" && t.pos !== "PROPN";

export type SubjectKind = "none" | "embedded" | "first" | "second" | "third" | "pronoun" | "negative";

export interface Subject {
  kind: SubjectKind;
  /** Token range of the subject noun phrase ([from, to), empty when none). */
  from: number;
  to: number;
  /** The subject starts its clause (after discourse words or a subordinator), not an object of another verb. */
  free: boolean;
  /** Index of the earlier verb this one is coordinated with ("removed X and wiped Y"), or -1. */
  coordinatedWith: number;
}

const DISCOURSE = new Set(["yes", "yeah", "yep", "no", "ok", "okay", "sure", "understood", "alright", "right", "great",
  "well", "so", "and", "but", "also", "then", "now", "first", "next", "finally", "update", "good", "news", "done",
  "perfect", "thanks", "confirmed", "all", "set", "update:", "note", "heads", "up", "fyi", "as", "requested", "per", "your", "request"]);
const SUBORDINATORS = new Set(["when", "after", "because", "since", "as", "once", "while", "until", "before", "whereas", "although", "though"]);
const FIRST = new Set(["i", "we"]);
const NEGATIVE = new Set(["nothing", "nobody", "none", "neither", "nor", "no"]);
const ZERO = new Set(["0", "zero"]);
/** "nothing in X", "none of X", "no part of X": the negative word governs the phrase after it. */
const SCOPE_PREPOSITIONS = new Set(["in", "of", "on", "under", "from", "inside", "within"]);
const PERSONAL = new Set(["i", "we", "you", "he", "she", "they", "it", "this", "that", "these", "those", "everything",
  "nothing", "nobody", "none", "someone", "somebody", "everyone", "everybody", "anyone", "anything", "something", "all", "both", "each"]);
const NP_ADPOSITIONS = new Set(["of", "for"]);
const PLACE_AFTER_PRONOUN = new Set(["there", "here", "else"]);

export function isDiscourse(t: Token): boolean {
  return t.pos === "INTJ" || t.pos === "PUNCT" || t.pos === "SYM" || t.pos === "CCONJ" || (t.pos === "ADV" && !t.span) || DISCOURSE.has(t.lower);
}

function isNounPhraseToken(t: Token): boolean {
  if (t.span) return true;
  if (["NOUN", "PROPN", "ADJ", "DET", "NUM", "SYM"].includes(t.pos)) return true;
  if (t.pos === "PART" && (t.lower === "'s" || t.lower === "’s" || t.lower === "'")) return true;
  if (t.pos === "PRON" && !PERSONAL.has(t.lower)) return true; // its, their, my
  if (t.pos === "CCONJ" && (t.lower === "and" || t.lower === "or" || t.lower === "&")) return true;
  if (t.pos === "ADP" && NP_ADPOSITIONS.has(t.lower)) return true;
  if (t.pos === "PUNCT" && (t.lower === "," || t.lower === "(" || t.lower === ")")) return true;
  return t.pos === "ADV" && (t.lower === "only" || t.lower === "also");
}

function isFreeBefore(tokens: readonly Token[], clause: Clause, k: number): boolean {
  for (let j = k; j >= clause.from; j--) {
    const t = tokens[j]!;
    if (SUBORDINATORS.has(t.lower)) return true;
    // "Looks like tarragon-agent stopped fine", "it seems the job was cancelled": a hedge before the clause, which still tells it.
    if (t.lower === "like" && HEDGING.has(tokens[j - 1]?.lower ?? "")) { j -= tokens[j - 2]?.lower === "it" ? 2 : 1; continue; }
    if (!isDiscourse(t)) return false;
  }
  return true;
}

const FREE_RELATIVE = new Set(["what", "whatever"]);
const HEDGING = new Set(["looks", "looked", "seems", "seemed", "sounds"]);

/** The subject of the verb group starting at `groupStart`. */
export function readSubject(tokens: readonly Token[], clause: Clause, groupStart: number, depth = 0): Subject {
  const none = (kind: SubjectKind, free: boolean): Subject => ({ kind, from: groupStart, to: groupStart, free, coordinatedWith: -1 });
  const end = groupStart - 1;
  // "All three partitions (10–12 Feb) are dropped": a parenthesis after the subject belongs to it.
  const dash = openingDash(tokens, clause.from, end);
  const j = tokens[end]?.lower === ")" ? openingParenthesis(tokens, clause, end) - 1 : dash > 0 ? dash - 1 : end;
  if (j < clause.from) return none("none", true);
  const t = tokens[j]!;
  if ((t.pos === "CCONJ" || t.lower === "then" || t.lower === ",") && depth < 4) {
    let skip = j;
    while (skip > clause.from && (tokens[skip]!.pos === "CCONJ" || tokens[skip]!.lower === "then" || tokens[skip]!.lower === ",")) skip--;
    for (let v = skip; v >= clause.from; v--) {
      if (tokens[v]!.pos === "VERB" && !inCompoundWord(tokens, v)) {
        const previous = readSubject(tokens, clause, readVerbGroup(tokens, clause, v).start, depth + 1);
        return { ...previous, coordinatedWith: v };
      }
    }
    if (isFreeBefore(tokens, clause, j)) return none("none", true);
  }
  // "I'll report what was deleted", "check what was removed": a free relative is an argument of
  // another verb. Only a presentational one states it ("Here is what was deleted:", "What was removed:").
  if (FREE_RELATIVE.has(t.lower) && j > clause.from) {
    const before = tokens[j - 1]!;
    if (before.lemma !== "be" && before.lower !== "here") return none("embedded", false);
  }
  if (t.pos === "PRON" && PERSONAL.has(t.lower)) return pronounSubject(tokens, clause, j);
  // "nothing there was dropped", "everything else is running": a place word after an indefinite pronoun.
  const before = tokens[j - 1];
  if (PLACE_AFTER_PRONOUN.has(t.lower) && j > clause.from && before !== undefined && before.pos === "PRON" && PERSONAL.has(before.lower)) return pronounSubject(tokens, clause, j - 1);
  let k = j;
  while (k >= clause.from && isNounPhraseToken(tokens[k]!) && !(tokens[k]!.pos === "PRON" && PERSONAL.has(tokens[k]!.lower))) k--;
  // "all leases under `database/creds/x` revoked": a prepositional phrase inside the subject, after its head noun.
  // ("✅ Weights under s3://x/ deleted": a capitalised common noun at a line's start is tagged a proper one.)
  // ("wdc-agent on line 3 has been shut down": a name is a head too.)
  const headNoun = (t: Token) => t.pos === "NOUN" || t.pos === "PROPN";
  if (k < j && k > clause.from && tokens[k]!.pos === "ADP" && NP_PREPOSITIONS.has(tokens[k]!.lower) && headNoun(tokens[k - 1]!)) {
    let m = k - 1;
    while (m >= clause.from && isNounPhraseToken(tokens[m]!) && !(tokens[m]!.pos === "PRON" && PERSONAL.has(tokens[m]!.lower))) m--;
    if (isFreeBefore(tokens, clause, m)) k = m;
  }
  if (k === j) {
    if (isFreeBefore(tokens, clause, j)) return none("none", true);
    return none("embedded", false);
  }
  const from = k + 1;
  let kind: SubjectKind = "third";
  const first = tokens[from]!;
  // "Not all of October is gone": a negated quantifier before the subject.
  // "0 artifacts were deleted", "zero files were removed": a count of none is a negation too.
  if (NEGATIVE.has(first.lower) || ZERO.has(first.lower) || tokens[from - 1]?.lower === "not") kind = "negative";
  // "Nothing in llm-gateway-staging has been destroyed", "none of the checkpoints were deleted".
  const head = from - 2;
  if (head >= clause.from && NEGATIVE.has(tokens[head]!.lower) && SCOPE_PREPOSITIONS.has(tokens[from - 1]!.lower)) kind = "negative";
  for (let m = from; m <= j && kind !== "negative"; m++) if (tokens[m]!.lower === "none") kind = "negative";
  return { kind, from, to: end + 1, free: isFreeBefore(tokens, clause, k), coordinatedWith: -1 };
}

/** Index of the "(" that the ")" at `close` closes, within a few tokens of the clause; `close + 1` when there is none. */
function openingParenthesis(tokens: readonly Token[], clause: Clause, close: number): number {
  for (let k = close - 1; k >= Math.max(clause.from, close - 12); k--) {
    if (tokens[k]!.lower === "(") return k;
    if (tokens[k]!.lower === ")") break;
  }
  return close + 1;
}

function pronounSubject(tokens: readonly Token[], clause: Clause, j: number): Subject {
  const t = tokens[j]!;
  const kind: SubjectKind = FIRST.has(t.lower) ? "first" : t.lower === "you" ? "second" : NEGATIVE.has(t.lower) ? "negative"
    : ["someone", "somebody", "everyone", "everybody", "he", "she"].includes(t.lower) ? "third" : "pronoun";
  return { kind, from: j, to: j + 1, free: isFreeBefore(tokens, clause, j - 1), coordinatedWith: -1 };
}

/** Prepositions that attach a phrase to a subject's head noun ("leases under x", "the rows of x"). */
const NP_PREPOSITIONS = new Set(["under", "of", "in", "for", "from", "on"]);

const OBJECT_POS = new Set(["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"]);

/** True when the verb ending at `after - 1` is followed by an object (skipping particles and adverbs). */
export function hasObject(tokens: readonly Token[], clause: Clause, after: number, particles: readonly string[] = PARTICLES): boolean {
  for (let k = after; k < clause.to; k++) {
    const t = tokens[k]!;
    if (t.span) return true;
    // ("stopped fine", "exited ok": how it went, not what was stopped.)
    if (particles.includes(t.lower) || t.pos === "ADV" || MANNER_WORDS.has(t.lower)) continue;
    if (t.pos === "PRON" && (t.lower === "that" || t.lower === "which" || t.lower === "who")) return false;
    return OBJECT_POS.has(t.pos) && !(t.pos === "NOUN" && isTimeWord(t.lower));
  }
  return false;
}

const MANNER_WORDS = new Set(["fine", "ok", "okay", "properly", "correctly", "normally", "cleanly", "gracefully", "smoothly"]);
const TIME_WORDS = new Set(["today", "tonight", "yesterday", "tomorrow", "now", "earlier", "cleanly", "successfully", "minute", "minutes", "hour", "hours", "ago"]);
function isTimeWord(lower: string): boolean {
  return TIME_WORDS.has(lower);
}

/** Particles of phrasal verbs. */
export const PARTICLES: readonly string[] = ["down", "off", "out", "up", "offline", "away", "rid", "over", "on", "into", "at", "check"];

const QUOTE_MARKS = new Set(['"', "'", "“", "”", "‘", "’", "`"]);

const NOUN_PHRASE_POS = new Set(["NOUN", "PROPN", "ADJ"]);

/** Index of one of `wanted` within a few tokens after `head` ("shut it down", "take X offline"), or -1. */

export function findParticle(tokens: readonly Token[], clause: Clause, head: number, wanted: readonly string[]): number {
  // Within six words; a hyphened word ("night-shift", split by the tagger into three) is one.
  // Quote marks and what stands in parentheses ("take the chatbot "Ask Benny" (deployment ask-benny) offline") name the
  // object again: they neither count nor end the search.
  let words = 0;
  let inParens = false;
  for (let k = head + 1; k < clause.to && words < 6; k++) {
    const t = tokens[k]!;
    if (t.lower === "(" || t.lower === ")") { inParens = t.lower === "("; continue; }
    if (inParens || QUOTE_MARKS.has(t.lower)) continue;
    if (wanted.includes(t.lower)) return k;
    const phrase = phraseParticleAt(tokens, clause, k, wanted);
    if (phrase >= 0) return phrase;
    if (t.lower === "-" && t.start === tokens[k - 1]!.end) continue;
    // The second half of a hyphened word counts with its first half, whatever the tagger calls it ("night-shift").
    if (tokens[k - 1]!.lower === "-" && tokens[k - 1]!.end === t.start) continue;
    words++;
    // "shut the agent stack down": a noun the tagger took for a verb ends the object right before the particle.
    if (t.pos === "VERB" && wanted.includes(tokens[k + 1]?.lower ?? "") && NOUN_PHRASE_POS.has(tokens[k - 1]!.pos)) continue;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "CCONJ" || t.pos === "PUNCT") return -1;
  }
  return -1;
}

/**
 * A particle of several words ("out_of_service" in the lexicon: "take X out of service") starting at `k`:
 * the index of its last word, or -1.
 */
function phraseParticleAt(tokens: readonly Token[], clause: Clause, k: number, wanted: readonly string[]): number {
  for (const w of wanted) {
    if (!w.includes("_")) continue;
    const words = w.split("_");
    if (k + words.length > clause.to || words.some((x, i) => tokens[k + i]!.lower !== x)) continue;
    return k + words.length - 1;
  }
  return -1;
}

/**
 * "drop vj-90017 to the lowest priority", "cut the rate limit to 10": a removal verb followed, within a few
 * words of the clause, by "to" and a number or a level lowers a value; it removes nothing.
 */
export function lowersToALevel(tokens: readonly Token[], clause: Clause, last: number): boolean {
  for (let j = last + 1; j < Math.min(clause.to, last + 8); j++) {
    if (tokens[j]!.lower !== "to") continue;
    const next = tokens[j + 1]?.lower === "the" ? tokens[j + 2] : tokens[j + 1];
    if (next !== undefined && !next.span && (tokens[j + 1]!.pos === "NUM" || LEVELS.has(next.lower))) return true;
  }
  return false;
}
const LEVELS = new Set(["lowest", "lower", "low", "minimum", "min", "bottom", "least", "background", "idle", "best-effort", "besteffort"]);
