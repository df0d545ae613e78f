import type { MaskedSpan, MaskedText } from "./mask-spans";
import { isEnvironmentName } from "./environment-words";
import { its, readDoc } from "./nlp-instance";
import { GENERIC_NOUNS } from "./noun-lexicon";

/** One token of a tagged sentence, with offsets into the original text. */
export interface Token {
  /** The original characters (the identifier or quoted text for a masked span). */
  text: string;
  /** Lower-cased original; "" for a masked span, so that no lexicon ever matches a name. */
  lower: string;
  /** wink's lemma, lower-cased; "" for a masked span. */
  lemma: string;
  /** Universal POS tag from wink (VERB, AUX, NOUN, PROPN, PRON, PART, ADP, …). */
  pos: string;
  /** wink's negation flag: the token is in the scope of a negation. */
  negated: boolean;
  start: number;
  end: number;
  /** The identifier, quoted name or quotation this token stands for. */
  span: MaskedSpan | null;
}

export interface TaggedSentence {
  start: number;
  end: number;
  tokens: Token[];
}

function spanAt(spans: readonly MaskedSpan[], offset: number): MaskedSpan | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

const QUOTE_MARKS = new Set(["`", "'", '"', "“", "”", "‘", "’"]);
/** Bullets that open a list item ("* stopped the job", "• deleted x"); as a line's first token they are punctuation, not a subject. */
const LIST_MARKERS = new Set(["*", "•", "+", "·", "‣", "◦", "▪"]);

/** Check marks, status lights and other pictographs ("✅ dropped", "⏸️ paused", "🛑 stopped"): marks on a line, like punctuation, never a subject. */
const STATUS_MARKS = /^[\p{Extended_Pictographic}\u2713\u2717\u2718\ufe0f\u200d]+$/u;

/** A quote mark that opens or closes a quoted name or identifier (not a quotation, which stays a clause of its own). */
function isNameQuoteMark(spans: readonly MaskedSpan[], value: string, from: number, to: number): boolean {
  if (!QUOTE_MARKS.has(value)) return false;
  const span = spanAt(spans, to) ?? (from > 0 ? spanAt(spans, from - 1) : null);
  return span !== null && span.kind !== "quote" && (span.start === to || span.end === from);
}

/** Only spaces stand between the line's start (or the segment's) and `at`. */
function opensLine(source: string, start: number, at: number): boolean {
  for (let i = at - 1; i >= start; i--) {
    const c = source[i]!;
    if (c === "\n") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return true;
}

/**
 * Tags `masked.masked[start, end)` with wink and returns its sentences. Offsets are rebuilt
 * from each token's preceding spaces and length (wink reports none), checked against the text
 * so that a normalised token can never shift the ones after it.
 */
export function tagSegment(masked: MaskedText, start: number, end: number): TaggedSentence[] {
  const source = masked.masked;
  const doc = readDoc(source.slice(start, end));
  const items = doc.tokens();
  const values = items.out() as string[];
  const pos = items.out(its.pos) as string[];
  const lemmas = items.out(its.lemma as unknown as typeof its.pos) as string[];
  const negations = items.out(its.negationFlag) as unknown as boolean[];
  const spaces = items.out(its.precedingSpaces) as string[];
  const tokens: Token[][] = []; // per wink token: a split contraction gives two
  let cursor = start;
  for (let k = 0; k < values.length; k++) {
    const value = values[k]!;
    cursor += spaces[k]?.length ?? 0;
    if (!source.startsWith(value, cursor)) {
      const found = source.indexOf(value, cursor);
      if (found !== -1 && found < end && found - cursor < 16) cursor = found;
    }
    const tokenStart = Math.min(cursor, end);
    const tokenEnd = Math.min(cursor + value.length, end);
    cursor = tokenEnd;
    if (pos[k] === "SPACE") {
      tokens.push([]);
      continue;
    }
    // "Experiment `exp-7` deleted": the marks around a quoted name are not words of the sentence.
    if (isNameQuoteMark(masked.spans, value, tokenStart, tokenEnd)) {
      tokens.push([]);
      continue;
    }
    const span = spanAt(masked.spans, tokenStart);
    const split = span ? null : splitContraction(masked.original.slice(tokenStart, tokenEnd), tokenStart, negations[k] === true);
    if (split) {
      tokens.push(split);
      continue;
    }
    const text = span ? span.value : masked.original.slice(tokenStart, tokenEnd);
    // "IAM role": wink splits some capitalised acronyms into words ("I" + "AM"); glued back, one proper noun.
    const glued = !span && spaces[k]?.length === 0 && isCapitals(text) ? tokens.findLast((list) => list.length > 0)?.at(-1) : undefined;
    if (glued && glued.end === tokenStart && !glued.span && isCapitals(glued.text)) {
      const whole = masked.original.slice(glued.start, tokenEnd);
      Object.assign(glued, { text: whole, lower: whole.toLowerCase(), lemma: whole.toLowerCase(), pos: "PROPN", end: tokenEnd });
      tokens.push([]);
      continue;
    }
    tokens.push([{
      text,
      lower: span ? "" : text.toLowerCase(),
      lemma: span ? "" : (lemmas[k] ?? "").toLowerCase(),
      pos: span ? "PROPN" : (LIST_MARKERS.has(value) && opensLine(source, start, tokenStart)) || (value.charCodeAt(0) > 0x2000 && STATUS_MARKS.test(value)) ? "PUNCT" : pos[k] ?? "X",
      negated: negations[k] === true,
      start: span ? span.start : tokenStart,
      end: span ? span.end : tokenEnd,
      span,
    }]);
  }
  const sentences: TaggedSentence[] = [];
  for (const [from, to] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const list = tokens.slice(from, to + 1).flat();
    correctTags(list);
    if (list.length) sentences.push({ start: list[0]!.start, end: list[list.length - 1]!.end, tokens: list });
  }
  return sentences;
}

function isCapitals(text: string): boolean {
  return /^[A-Z]+$/.test(text);
}

/** The verb at `k` opens the sentence ("Delete …", "Please remove …"). */
function opensWithVerb(list: readonly Token[], k: number): boolean {
  return list[k]!.pos === "VERB" && firstAfterSofteners(list) >= k;
}

/** The index of the first token that is no softener ("please", "just", "ok", …): where an order's verb would stand. */
function firstAfterSofteners(list: readonly Token[]): number {
  let i = 0;
  while (i < list.length && SOFTENERS.has(list[i]!.lower)) i++;
  return i;
}
const ONE = new Set(["one", "1", "a", "an"]);
const SOFTENERS = new Set(["please", "pls", "plz", "pleas", "kindly", "just", "now", "also", "then", "so", "ok", "okay", ","]);
/** Verbs that name a kind of key, token or job before it ("deploy key", "access token", "build cache"). */
const COMPOUND_MODIFIERS = new Set(["deploy", "access", "build", "release", "sign", "signing", "push", "login", "upload", "backup", "refresh", "run"]);
const COMPOUND_HEADS = new Set(["key", "keys", "token", "tokens", "secret", "secrets", "hook", "hooks", "cache", "caches", "job", "jobs", "credential", "credentials", "bucket", "pipeline", "artifact", "artifacts"]);
/** Phrasal verbs written as one word ("shutdown"), as their verb and particle. */
const FUSED_VERBS: Readonly<Record<string, readonly [string, string]>> = { shutdown: ["shut", "down"] };

/**
 * Fixes two tags wink gets wrong in this domain. "The lark-7b stack is deleted": a kind noun
 * after a name ("stack", "queue", "index") is tagged a verb; a kind word between a name and an
 * auxiliary is the noun the name qualifies.
 */
function correctTags(list: Token[]): void {
  splitFusedVerb(list);
  // "✓ Deploy key patchbot-push deleted", "Access token tok_9 revoked": a verb that names a kind of key or job with the
  // noun after it is that noun's modifier, not an order.
  for (let i = 0; i + 1 < list.length; i++) {
    const t = list[i]!;
    if (t.pos === "VERB" && COMPOUND_MODIFIERS.has(t.lower) && COMPOUND_HEADS.has(list[i + 1]!.lower) && !list[i + 1]!.span) {
      list[i] = { ...t, pos: "NOUN" };
      list[i + 1] = { ...list[i + 1]!, pos: "NOUN" };
    }
  }
  for (let i = 1; i < list.length; i++) {
    const t = list[i]!;
    // "Delete everything under s3://…": wink tags the object of an opening imperative as a verb.
    if (t.pos === "VERB" && INDEFINITE_PRONOUNS.has(t.lower) && opensWithVerb(list, i - 1)) { list[i] = { ...t, pos: "PRON" }; continue; }
    // "it's been removed": "'s" before "been" is has.
    if ((t.lower === "'s" || t.lower === "’s") && t.pos === "AUX" && t.lemma === "be" && list[i + 1]?.lower === "been") { list[i] = { ...t, lemma: "have" }; continue; }
    // "nothing's been deleted": after a pronoun, "'s" is has/is, not a possessive.
    const after = list[i + 1];
    if ((t.lower === "'s" || t.lower === "’s") && t.pos !== "AUX" && list[i - 1]!.pos === "PRON" && after !== undefined && AFTER_AUX.has(after.pos) && !after.span) {
      list[i] = { ...t, pos: "AUX", lemma: list[i + 1]?.lower === "been" || list[i + 1]?.lower === "got" ? "have" : "be" };
      continue;
    }
    // "caper-coder-14b's gone from the registry", "model-x's been deleted": after a name, "'s" before "been", "gone"
    // or a participle that heads no noun is has/is ("model-x's deleted runs" stays a possessive).
    if ((t.lower === "'s" || t.lower === "’s") && t.pos !== "AUX" && list[i - 1]!.span !== null && after !== undefined && !after.span &&
      (AFTER_NAME_AUX.has(after.lower) || (after.pos === "VERB" && /ed$/.test(after.lower) && list[i + 2]?.pos !== "NOUN" && list[i + 2]?.pos !== "PROPN"))) {
      list[i] = { ...t, pos: "AUX", lemma: after.lower === "been" || after.lower === "got" ? "have" : "be" };
      continue;
    }
    if (i + 1 >= list.length) continue;
    // "all three deprecated classifiers": a participle between a determiner or count and a noun is an adjective.
    const before = list[i - 1]!.pos;
    if (t.pos === "VERB" && /(?:ed|en)$/.test(t.lower) && (before === "DET" || before === "NUM") && list[i + 1]!.pos === "NOUN" && !list[i + 1]!.span) { list[i] = { ...t, pos: "ADJ" }; continue; }
    // "The files identified have been purged": a participle between a noun and an auxiliary describes the noun.
    if (t.pos === "VERB" && /ed$/.test(t.lower) && before === "NOUN" && list[i + 1]!.pos === "AUX" && !list[i + 1]!.span) { list[i] = { ...t, pos: "ADJ" }; continue; }
    // "nightly retrain cron disabled": a bare verb between a modifier and a noun modifies the noun.
    if (t.pos === "VERB" && !/(?:ed|ing|s)$/.test(t.lower) && (before === "ADJ" || before === "ADV" || before === "DET") && list[i + 1]!.pos === "NOUN" && !list[i + 1]!.span && list[i - 1]!.lower !== "to") { list[i] = { ...t, pos: "NOUN" }; continue; }
    // "All three distillation runs (a, b and c) have been removed": a plural after a count above one and a noun is the
    // counted noun, not a verb ("one agent runs" stays a verb).
    if (t.pos === "VERB" && /[^s]s$/.test(t.lower) && before === "NOUN" && !list[i - 1]!.span && i >= 2 && list[i - 2]!.pos === "NUM" &&
      !ONE.has(list[i - 2]!.lower) && (list[i + 1]!.pos === "AUX" || list[i + 1]!.lower === "(")) { list[i] = { ...t, pos: "NOUN" }; continue; }
    // "delete it from prod modelhub": an environment word after a preposition says which one, not a deed.
    if (t.pos === "VERB" && isEnvironmentName(t.lower) && list[i - 1]!.pos === "ADP") { list[i] = { ...t, pos: "ADJ" }; continue; }
    // "Shut down Pathfinder right now": "right" before "now"/"away" is an adverb, not a noun after the name.
    if (t.lower === "right" && (list[i + 1]!.lower === "now" || list[i + 1]!.lower === "away")) { list[i] = { ...t, pos: "ADV" }; continue; }
    if (t.pos === "VERB" && GENERIC_NOUNS.has(t.lower) && list[i - 1]!.span !== null && list[i + 1]!.pos === "AUX") list[i] = { ...t, pos: "NOUN" };
  }
}

/**
 * "pls shutdown chatbot Aria-helpdesk", "Shutdown the agent heron-2": an order opened by a phrasal verb
 * written as one word is that verb and its particle. Only before a determiner or a name (a noun then
 * a name): "Shutdown command sent", "Shutdown finished" are the noun.
 */
function splitFusedVerb(list: Token[]): void {
  const i = firstAfterSofteners(list);
  const t = list[i];
  const parts = t !== undefined ? FUSED_VERBS[t.lower] : undefined;
  if (t === undefined || parts === undefined) return;
  const next = list[i + 1];
  const named = (w: Token | undefined) => w !== undefined && (w.span !== null || w.pos === "PROPN");
  if (next === undefined || !(next.pos === "DET" || named(next) || (next.pos === "NOUN" && named(list[i + 2])))) return;
  const [verbWord, particle] = parts;
  list.splice(i, 1,
    { ...t, text: t.text.slice(0, verbWord.length), lower: verbWord, lemma: verbWord, pos: "VERB", end: t.start + verbWord.length },
    { ...t, text: t.text.slice(verbWord.length), lower: particle, lemma: particle, pos: "ADP", start: t.start + verbWord.length, span: null });
}

/** What follows "'s" when it is has/is ("been", "gone", "already", "not"), not a possessed noun ("everyone's active list"). */
const AFTER_AUX = new Set(["VERB", "AUX", "ADV", "PART"]);
/** Words after a name's "'s" that make it has/is: "x's been …", "x's gone", "x's already …". */
const AFTER_NAME_AUX = new Set(["been", "gone", "got", "already", "not", "now", "no", "still", "fully", "completely", "offline", "down"]);
const INDEFINITE_PRONOUNS = new Set(["everything", "anything", "something", "nothing", "everyone", "anyone", "someone"]);

const PRONOUNS = new Set(["i", "he", "she", "it", "here", "there", "what", "who", "that", "you", "we", "they"]);
const CONTRACTED: Readonly<Record<string, string>> = { m: "be", s: "be", re: "be", ve: "have", ll: "will", d: "would" };

/**
 * wink leaves a few contractions whole ("I'm" is one PROPN); split "pronoun + 'm/'s/'re…" into
 * the pronoun and its auxiliary so that the grammar sees "I" + "be" as it does for "I've".
 */
function splitContraction(text: string, start: number, negated: boolean): [Token, Token] | null {
  const at = Math.max(text.indexOf("'"), text.indexOf("’"));
  if (at <= 0) return null;
  const head = text.slice(0, at).toLowerCase();
  const lemma = CONTRACTED[text.slice(at + 1).toLowerCase()];
  if (!lemma || !PRONOUNS.has(head)) return null;
  const tail = text.slice(at);
  return [
    { text: text.slice(0, at), lower: head, lemma: head, pos: "PRON", negated, start, end: start + at, span: null },
    { text: tail, lower: tail.toLowerCase(), lemma, pos: "AUX", negated, start: start + at, end: start + text.length, span: null },
  ];
}
