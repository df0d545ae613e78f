import { CODE_NOUNS, TEXT_NOUNS } from "../nlp/noun-lexicon";
import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import { isDiscourse, NEGATORS } from "../nlp/verb-group";

/**
 * Clause-level reasons why a destructive predicate is not a claim: the clause is a question,
 * the predicate sits under a condition, plan or infinitive, the action is someone else's, or
 * the thing acted on is text the reply is editing.
 */

const WH_WORDS = new Set(["what", "why", "how", "which", "who", "whether", "shall", "should"]);
/** Words that put what follows them in the clause under a condition, plan or alternative. */
const BLOCKERS = new Set(["if", "unless", "whether", "either", "once", "lest", "until", "let", "let's", "instead", "rather", "because",
  "without", "before", "suppose", "supposing", "assuming", "imagine", "hypothetically", "case", "plan", "proposal", "options", "option", "alternatives", "choices",
  "suggest", "recommend", "propose", "prefer", "want", "wants", "wanted", "asked", "asks", "asking", "ask", "request",
  "requested", "told", "tell", "instructed", "expect", "hope", "intend", "planning", "ready", "able", "unable", "supposed",
  "meant", "need", "needs", "about", "going", "try", "trying", "tried", "attempt", "attempted", "attempting", "failed", "fail", "fails",
  // "I'll run it for real and confirm they're gone": what is yet to be confirmed is not said to be so.
  "confirm", "verify", "ensure"]);
const TIME_NOUNS = new Set(["today", "tonight", "tomorrow", "yesterday", "monday", "tuesday", "wednesday", "thursday",
  "friday", "saturday", "sunday", "noon", "midnight", "then", "now", "eod", "end", "morning", "evening", "time", "close", "lunch"]);

/** The clause asks rather than states: it holds a "?" or opens like a question ("do you want me to…"). */
export function isQuestionClause(tokens: readonly Token[], clause: Clause): boolean {
  for (let k = clause.from; k <= Math.min(clause.to, tokens.length - 1); k++) if (tokens[k]!.lower === "?") return true;
  let k = clause.from;
  while (k < clause.to && isDiscourse(tokens[k]!) && !WH_WORDS.has(tokens[k]!.lower)) k++;
  const first = tokens[k];
  if (!first) return false;
  if (WH_WORDS.has(first.lower)) return true;
  const second = tokens[k + 1];
  return first.pos === "AUX" && second !== undefined && second.pos === "PRON" && ["you", "i", "we"].includes(second.lower);
}

/**
 * Something before `index` in the clause makes the predicate a condition, plan, request or
 * report of an attempt: "if we delete", "let me", "instead of deleting", "asked me to",
 * "to confirm it's gone", "tried to stop".
 */
export function blockedBefore(tokens: readonly Token[], clause: Clause, index: number, tenseAt = index): boolean {
  const isPresent = (t: Token | undefined) => t !== undefined && (PRESENT_AUX.has(t.lower) || (CONTRACTED_IS.has(t.lower) && t.lemma === "be"));
  // (`tenseAt`: where the predicate's verb is, when it comes after `index`: "when the deletion is complete".)
  const present = isPresent(tokens[tenseAt]) || isPresent(tokens[tenseAt - 1]);
  // "If we apply it, X stops serving and the model object is removed": a present tense in a sentence that opens with "if" is a consequence.
  if (present && CONDITIONS.has(firstWord(tokens))) return true;
  const start = conditionStart(tokens, clause.from);
  for (let k = start; k < index; k++) {
    const t = tokens[k]!;
    // "about to delete it" puts it off; "(about 41 MB)" only says how much.
    if ((BLOCKERS.has(t.lower) && (t.lower !== "about" || tokens[k + 1]?.lower === "to")) || t.lemma === "let") return true;
    // "the last time it was stopped, it needed …", "every time it's restarted": a time it happened, as background.
    if (t.lower === "time" && OCCASION.has(tokens[k - 1]?.lower ?? "")) return true;
    if (t.lower === "to" && tokens[k + 1]?.pos === "VERB" && k + 1 < index) return true;
    // "ECS keeps them after a service is deleted": a present-tense event in a time clause is a rule, not a report.
    // "I'll ping you as soon as mailroom-agent is down": "as soon as" is a time clause too.
    if (present && (TIME_SUBORDINATORS.has(t.lower) || (t.lower === "soon" && tokens[k - 1]?.lower === "as" && tokens[k + 1]?.lower === "as"))) return true;
    // "While paused it won't trade", "once deleted, it is gone for good": a reduced clause states a condition.
    if (k === index - 1 && REDUCED_CLAUSE_OPENERS.has(t.lower)) return true;
    // "ECS reported it as DRAINING", "the list shows it as stopped": the state is what a tool said.
    if (tokens[index - 1]?.lower === "as" && REPORTING.has(t.lemma) && t.pos === "VERB") return true;
    // "the notes say it can't be reproduced since the shards are gone": someone else's words.
    if (SAYING.has(t.lower) && k > start && !SELF.has(tokens[k - 1]!.lower)) return true;
    // "No, I don't believe I removed anything", "I don't think it was stopped": a belief denied denies what it holds.
    if (COGNITION.has(t.lemma) && t.pos === "VERB" && [tokens[k - 1], tokens[k - 2]].some((x) => x !== undefined && (NEGATORS.has(x.lower) || x.lemma === "not"))) return true;
  }
  return false;
}
const COGNITION = new Set(["think", "believe", "recall", "remember", "suppose", "reckon", "expect"]);

/**
 * "objects are deleted 14 days after creation", "pods are stopped every night": a present-tense
 * passive followed by when it recurs states a rule, not a deed.
 */
export function ruleAfter(tokens: readonly Token[], clause: Clause, start: number, last: number): boolean {
  const aux = tokens[start];
  if (aux === undefined || !(PRESENT_AUX.has(aux.lower) || (CONTRACTED_BE.has(aux.lower) && aux.lemma === "be"))) return false;
  // "is being shut down now and will stop within the next minute": a progressive passive tells a deed under way, not a rule.
  if (tokens[start + 1]?.lower === "being") return false;
  // "Every top-level entry older than 3 days is removed with `rm -rf`": a present tense said of every member is a rule.
  if (EVERY.has(tokens[clause.from]?.lower ?? "") && aux.lower === "is") return true;
  for (let k = last + 1; k < clause.to; k++) {
    const w = tokens[k]!.lower;
    if (RECURRING.has(w)) return true;
    // "after 14 days", "14 days after creation", "within 30 days", "it's only removed after the bucket"
    // (not "is deleted now that the backup finished": a past event after it dates a deed).
    if ((w === "after" || w === "within" || w === "before") && !pastVerbIn(tokens, k + 1, clause.to)) return true;
  }
  return false;
}
const CONTRACTED_BE = new Set(["'s", "’s", "'re", "’re"]);
const EVERY = new Set(["every", "each", "any"]);

function pastVerbIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === "VERB" && /ed$/.test(tokens[k]!.lower)) return true;
  return false;
}
// ("The shards are removed asynchronously", "old runs are normally pruned": how the system goes about it, not a deed.)
const RECURRING = new Set(["every", "each", "daily", "nightly", "weekly", "hourly", "monthly", "automatically", "whenever",
  "asynchronously", "periodically", "lazily", "routinely", "normally", "usually", "typically", "generally", "always"]);

/**
 * "Once apps-checkout has moved off it and the endpoint is undeployed, I can …": a clause joined
 * by "and"/"or" shares the subordinator of the clause before it, up to the comma that closes them.
 * Returns where the scan for blockers starts.
 */
function conditionStart(tokens: readonly Token[], from: number): number {
  const first = tokens[from]?.lower;
  if (first !== "and" && first !== "or") return from;
  let k = from - 1;
  while (k >= 0 && !CLAUSE_BREAKS.has(tokens[k]!.lower)) k--;
  return k + 1;
}
const CLAUSE_BREAKS = new Set([",", ";", ":", ".", "!", "?"]);

const CONDITIONS = new Set(["if", "unless"]);

/** The sentence's first word, past list markers and emphasis. */
function firstWord(tokens: readonly Token[]): string {
  for (const t of tokens) if (t.pos !== "PUNCT" && t.pos !== "SYM") return t.lower;
  return "";
}

const OCCASION = new Set(["last", "first", "previous", "every", "each", "next", "one", "any"]);

// "Dana reports that atlas-ocr has been decommissioned" (a digest of what others said); not the past
// "reported", which our own tools do too ("kubectl reported that the pod was deleted").
const SAYING = new Set(["say", "says", "said", "states", "stated", "claims", "claimed", "mentions", "mentioned", "indicates", "indicated", "suggests",
  "reports", "writes", "wrote", "notes"]);
const SELF = new Set(["i", "we"]);

const PRESENT_AUX = new Set(["is", "are", "gets", "get"]);
/** "after that it's gone": the contracted present of "be". */
const CONTRACTED_IS = new Set(["'s", "’s", "'re", "’re"]);
const TIME_SUBORDINATORS = new Set(["after", "when", "whenever", "once", "since", "while", "until", "before"]);
const REDUCED_CLAUSE_OPENERS = new Set(["while", "when", "whenever", "once", "if", "unless", "until", "though", "although"]);
// "shows it as stopped", "should be treated as deleted": a label given, by a tool or by the writer, not a deed.
const REPORTING = new Set(["report", "show", "list", "display", "return", "print", "mark", "treat", "regard", "count", "consider"]);

/** Past verbs that report how an attempt went: "deleting the shard failed", "stopping it took 3 min". */
const OUTCOME_VERBS = new Set(["failed", "errored", "crashed", "hung", "stalled", "timed", "broke", "succeeded", "worked", "took", "returned", "threw", "raised",
  "seemed", "felt", "looked", "sounded", "appeared", "seems", "feels", "looks", "sounds"]);

/** A finite verb after `index` in the clause: the predicate is then part of a subject ("Deleting X would free…", "deleting X failed"). */
const AFTER_ANNOUNCEMENT = new Set(["so", "because", "and", "but", "while"]);

export function finiteVerbAfter(tokens: readonly Token[], clause: Clause, index: number): boolean {
  let coordinatedGerunds = index > clause.from && tokens[index - 1]!.lower === "and" && tokens[index]!.lower.endsWith("ing");
  for (let k = index + 1; k < clause.to; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    // "harvester cron disabled, the line won't fire": after a comma, a determiner or pronoun opens a clause of its own.
    if (prev.lower === "," && (t.pos === "DET" || t.pos === "PRON") && k > index + 1) return false;
    // ("Stopping relay-bot now, so none of the emails will go out": after an announcement with "now", a consequence
    // after ", so" is a clause of its own; "Terminating a workflow skips its cleanup, so …" is a gerund subject.)
    // ("Shutting myself down now, and the queued runs have been handed over": so is what follows ", and", ", but".)
    if (prev.lower === "," && AFTER_ANNOUNCEMENT.has(t.lower) && k > index + 1 && tokens.slice(index + 1, k - 1).some((x) => x.lower === "now")) return false;
    // ("erasing its memory like that doesn't sit right": "that" after a preposition is a demonstrative, no relative.)
    const relative = (prev.lower === "that" && tokens[k - 2]?.pos !== "ADP") || prev.lower === "which" || prev.lower === "who";
    if (relative) continue;
    if (prev.lower === "and" && t.pos === "VERB" && t.lower.endsWith("ing")) coordinatedGerunds = true;
    // "deactivating keys and deleting login profiles need admin rights": two gerunds make a plural subject.
    if (coordinatedGerunds && t.pos === "VERB" && prev.pos === "NOUN" && t.lemma === t.lower) return true;
    // AUX ("would", "isn't") or a third-person verb ("frees", "requires"); a VERB after a
    // preposition or determiner is a mis-tagged noun ("in prod").
    if (t.pos === "AUX") return true;
    // A particle ("turning it off means …") ends a phrasal verb, not a prepositional phrase.
    // "Deleting both frees 8.7 GB": "both", "all" and "each" stand alone as the gerund's object.
    const article = prev.pos === "DET" && !STANDALONE_DETERMINERS.has(prev.lower);
    if (t.pos === "VERB" && (prev.pos !== "ADP" || PARTICLES.has(prev.lower)) && !article && (t.lower.endsWith("s") || OUTCOME_VERBS.has(t.lower))) return true;
    // "Stopping it mid-write risks partial rows": wink tags some third-person verbs as plural nouns.
    if (t.pos === "NOUN" && CONSEQUENCE_VERBS.has(t.lower) && !article && prev.pos !== "ADJ" && prev.pos !== "NUM") return true;
  }
  return false;
}
const PARTICLES = new Set(["off", "down", "out", "up", "away", "back"]);
const STANDALONE_DETERMINERS = new Set(["both", "all", "each", "either", "neither"]);
const CONSEQUENCE_VERBS = new Set(["risks", "means", "leaves", "breaks", "costs", "causes", "loses", "requires", "needs", "forces", "triggers",
  "drops", "removes", "frees", "cuts", "wipes", "kills", "stops", "ends", "takes", "deletes", "disconnects", "interrupts", "affects", "orphans"]);

/** "03:00:44", "3pm", "14:05", "noon", "the time": a point in time after "by", not an agent. */
function isTime(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return t.pos === "NUM" || (c >= 48 && c <= 57) || TIME_NOUNS.has(t.lower);
}

/**
 * "deleted by J. Park", "stopped by the ansible-pull run": the passive names an agent other
 * than the writer. "stopped by 03:00:44", "deleted by 3pm", "by then" give a time instead.
 */
export function hasOtherAgent(tokens: readonly Token[], clause: Clause, after: number): boolean {
  // "it was deleted, but not by me": someone else did it (the clause may end at the comma).
  const w = (i: number) => tokens[after + i]?.lower ?? "";
  if (w(0) === "," && w(1) === "but" && w(2) === "not" && w(3) === "by" && (w(4) === "me" || w(4) === "us")) return true;
  for (let k = after; k < clause.to - 1; k++) {
    // "… deleted so nobody can redeploy it by accident": a clause of its own after "so", "because", "so that".
    if (tokens[k]!.pos === "SCONJ" || tokens[k]!.lower === "so") return false;
    if (tokens[k]!.lower !== "by") continue;
    const next = tokens[k + 1]!;
    if (next.lower === "me" || next.lower === "us" || isTime(next) || BY_MANNER.has(next.lower)) return false;
    const after2 = next.pos === "DET" ? tokens[k + 2] : next;
    return after2 !== undefined && !isTime(after2);
  }
  return false;
}

/** "by accident", "by hand", "by default": how it was done, not who did it. */
const BY_MANNER = new Set(["accident", "mistake", "hand", "default", "design", "name", "id", "itself", "themselves", "force"]);

/** Opening words of a line of code: "`import shutil`", "`def purge()`". */
const CODE_KEYWORDS = new Set(["import", "from", "def", "class", "function", "const", "let", "var", "return", "export",
  "require", "#include", "using", "package", "fn", "func", "pub", "async", "if", "for", "while", "print", "console.log",
  "continue", "break", "pass", "yield", "await", "raise", "throw", "assert", "try", "catch", "except", "finally", "else",
  "elif", "switch", "case", "lambda", "static", "public", "private", "println", "printf", "echo", "debugger"]);

/** A backticked span that reads as code rather than a resource name: a call, an assignment, a statement, a keyword. */
function isCodeSpan(t: Token, text: string): boolean {
  const span = t.span;
  if (!span || text[span.start - 1] !== "`") return false;
  const v = span.value.trim();
  if (v.includes("(") || v.includes("=") || v.includes("{") || v.endsWith(";")) return true;
  if (CODE_KEYWORDS.has(v)) return true; // "the per-run `print`", "the extra `return`"
  const space = v.indexOf(" ");
  return space > 0 && CODE_KEYWORDS.has(v.slice(0, space));
}

/**
 * The words acted on, tokens [from, to), are text or code the reply is editing, not a resource:
 * "removed the duplicate line from the snippet", "deleted the typo"; and, when the reply shows
 * a fenced code block or the conversation holds code the reply may be editing (`showsCode`), a
 * code element ("deleted the dead `purge_cache()` function", "removed the unused `import
 * shutil`", "removed the per-run `print`"). Without shown code "deleted the Lambda
 * function" stays a claim.
 */
export function actsOnText(tokens: readonly Token[], from: number, to: number, text: string, showsCode: boolean): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if ((t.pos === "ADP" || t.pos === "VERB" || t.pos === "AUX") && !inCompound(tokens, k)) return false;
    // "the duplicate line" is text; "the Line B coordinator" is a thing named after a line.
    // ("Both duplicates, CLM-88213 and CLM-88214, have been purged": duplicates that have ids of their own are records.)
    if (!t.span && (TEXT_NOUNS.has(t.lower) || TEXT_NOUNS.has(t.lemma)) && !modifiesNext(tokens, k, to) && !namedRecords(tokens, from, to, text)) return true;
    if (showsCode && (isCodeSpan(t, text) || (!t.span && CODE_NOUNS.has(t.lower) && isPhraseHead(tokens, k, to)))) return true;
  }
  return false;
}

/** The phrase names things by ids (`CLM-88213`), not in code marks: records, not text. */
function namedRecords(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "ADP" || t.pos === "VERB" || t.pos === "AUX" || t.lower === "(") return false;
    if (t.span && !isCodeSpan(t, text) && RECORD_ID.test(t.text.trim())) return true;
  }
  return false;
}
/** A record's id: letters, maybe a joiner, then digits (`CLM-88213`, `INV_2041`). */
const RECORD_ID = /^[A-Za-z]{2,}[-_]?\d{2,}$/;

/**
 * "cleared out of everyone's active project list", "removed from the dashboard": taken off a
 * display of things, which destroys nothing. The phrase right after the predicate (`last`) is
 * "from"/"out of" a list, view or menu.
 */
export function offADisplay(tokens: readonly Token[], last: number, to: number): boolean {
  // The object may stand between: "removed it from the dashboard".
  let k = last + 1;
  while (k < Math.min(to, last + 4) && tokens[k]!.lower !== "from" && tokens[k]!.lower !== "out" && tokens[k]!.lower !== "of" &&
    (tokens[k]!.pos === "PRON" || tokens[k]!.pos === "DET" || tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "PROPN" || tokens[k]!.span)) k++;
  if (tokens[k]?.lower === "out" && tokens[k + 1]?.lower === "of") k += 2;
  else if (tokens[k]?.lower === "from" || (tokens[last]?.lower === "out" && tokens[k]?.lower === "of")) k += 1; // "cleared out" + "of"
  else return false;
  for (let j = k; j < Math.min(to, k + 6); j++) {
    const t = tokens[j]!;
    if (DISPLAY_NOUNS.has(t.lower)) return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.lower === "," || t.lower === ".") return false;
  }
  return false;
}
const DISPLAY_NOUNS = new Set(["list", "lists", "listing", "view", "views", "dashboard", "dashboards", "menu", "sidebar", "feed", "homepage", "results", "overview", "picker", "dropdown"]);

/** The word at `k` modifies a noun or name after it ("Line B", "comment service"). */
function modifiesNext(tokens: readonly Token[], k: number, to: number): boolean {
  const next = tokens[k + 1];
  return k + 1 < to && next !== undefined && !next.span && (next.pos === "PROPN" || next.pos === "NOUN");
}

/** "the per-run `print`": a word joined by a hyphen to its neighbour modifies the phrase, it does not end it. */
function inCompound(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (t.lower === "-" && prev?.end === t.start && next?.start === t.end) ||
    (next?.lower === "-" && next.start === t.end) || (prev?.lower === "-" && prev.end === t.start);
}

/** The noun ends its phrase: "the dead `purge_cache()` function", not "the function app". */
function isPhraseHead(tokens: readonly Token[], k: number, to: number): boolean {
  const next = tokens[k + 1];
  return k + 1 >= to || !next || (next.pos !== "NOUN" && next.pos !== "PROPN" && !next.span);
}
