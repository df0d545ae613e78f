import type { Token } from "./tag-segment";

/** A clause of a sentence: tokens [from, to). Separators (; : — and the like) belong to no clause. */
export interface Clause {
  from: number;
  to: number;
}

/** "|" separates the cells of a Markdown table row: each cell says its own thing. */
const PICTOGRAPH = /^\p{Extended_Pictographic}/u;
const HARD_BREAKS = new Set([";", ":", "—", "–", "--", "―", "•", "|"]);
const CLAUSE_CONJUNCTIONS = new Set(["and", "but", "so", "yet", "while", "whereas", "although", "though", "because", "since", "which", "whereupon"]);
const SUBORDINATORS = new Set(["if", "once", "when", "whenever", "unless", "before", "after", "until", "as", "since", "while", "though", "although"]);
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "he", "she", "they", "it", "its", "their", "nothing", "everything", "this", "that", "there"]);

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

function isFinite(t: Token): boolean {
  return t.pos === "AUX" || (t.pos === "VERB" && !t.lower.endsWith("ing"));
}

function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFinite(tokens[k]!) && !inCompoundWord(tokens, k)) return true;
  return false;
}

/** "fine-tuned", "well-known": a participle joined by a hyphen to the word before is part of an adjective. */
export function inCompoundWord(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k - 1];
  return hyphen?.lower === "-" && glued(hyphen, tokens[k]) && glued(tokens[k - 2], hyphen);
}

/** Does a new subject and verb start at `k` ("its model, Y, has been deleted")? */
function subjectStartsAt(tokens: readonly Token[], k: number, to: number, stopAtComma = false): boolean {
  const first = tokens[k];
  if (!first) return false;
  const nounish = first.span !== null || ["DET", "NOUN", "PROPN", "NUM"].includes(first.pos) || SUBJECT_PRONOUNS.has(first.lower);
  if (!nounish) return false;
  for (let j = k + 1; j < Math.min(to, k + 8); j++) {
    const t = tokens[j]!;
    if (t.pos === "AUX") return true;
    if (t.pos === "VERB") return !t.lower.endsWith("ing") || tokens[j - 1]?.pos === "AUX";
    // ("and c from the registry (10.7 GB freed)": a verb in parentheses is a remark's, not a new clause's.)
    if (t.pos === "CCONJ" || t.lower === ";" || t.lower === "." || t.lower === ":" || t.lower === "(" || (stopAtComma && t.lower === "," && isPronounSubject(tokens[j + 1] ?? t))) return false;
  }
  return false;
}

/** A noun-phrase subject (no pronoun) directly followed by its verb: ", maintenance is on the way", ", the logs are kept". */
function nounSubjectStartsAt(tokens: readonly Token[], k: number, to: number): boolean {
  for (let j = k; j < Math.min(to, k + 5); j++) {
    const t = tokens[j]!;
    if (j > k && (t.pos === "AUX" || (t.pos === "VERB" && isFinite(t)))) return tokens[j - 1]!.pos !== "DET";
    if (!t.span && !["DET", "NOUN", "PROPN", "ADJ", "NUM"].includes(t.pos)) return false;
  }
  return false;
}

function isPronounSubject(t: Token): boolean {
  return SUBJECT_PRONOUNS.has(t.lower) && t.pos === "PRON";
}

/**
 * After a comma at `comma`, a new clause with its own subject and verb begins (", it is idle",
 * ", maintenance is on the way"): what follows is no longer the object of the verb before.
 */
export function newClauseAfterComma(tokens: readonly Token[], comma: number, to: number): boolean {
  const next = tokens[comma + 1];
  if (!next) return false;
  return isPronounSubject(next) ? subjectStartsAt(tokens, comma + 1, to) : nounSubjectStartsAt(tokens, comma + 1, to);
}

/** "10–12 Feb", "pages 3-5": a dash glued to a number on either side is a range, not a break. */
function isRange(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return glued(before, tokens[k]) && glued(tokens[k], after) && (before!.pos === "NUM" || after!.pos === "NUM");
}

const DASHES = new Set(["—", "–", "--", "-"]);

/**
 * "Both machines — 148e27 (ams) and 7843d6 (fra) — have been destroyed": two dashes around
 * verbless names right after a noun, with the predicate right after, set off an apposition as
 * parentheses would. The index of the closing dash of the pair that the dash at `k` opens, or -1.
 */
function appositionClosedAt(tokens: readonly Token[], k: number): number {
  if (k < 1 || !DASHES.has(tokens[k]!.lower) || (tokens[k - 1]!.pos !== "NOUN" && tokens[k - 1]!.pos !== "PROPN")) return -1;
  for (let j = k + 1; j < Math.min(tokens.length - 1, k + MAX_APPOSITION); j++) {
    const t = tokens[j]!;
    if (t.pos === "VERB" || t.pos === "AUX") return -1;
    if (!DASHES.has(t.lower)) continue;
    return j > k + 1 && (tokens[j + 1]!.pos === "AUX" || tokens[j + 1]!.pos === "VERB") ? j : -1;
  }
  return -1;
}

/** The indices of both dashes of every apposition pair: they break no clause. */
function appositiveDashes(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    const close = appositionClosedAt(tokens, k);
    if (close !== -1) out.add(k).add(close);
  }
  return out;
}

/** Closing dash of an appositive pair at `close`: the index of its opening dash, or -1. */
export function openingDash(tokens: readonly Token[], from: number, close: number): number {
  if (!DASHES.has(tokens[close]?.lower ?? "")) return -1;
  for (let k = close - 1; k >= Math.max(from, close - MAX_APPOSITION); k--) {
    if (DASHES.has(tokens[k]!.lower)) return appositionClosedAt(tokens, k) === close ? k : -1;
  }
  return -1;
}

const MAX_APPOSITION = 20;

/**
 * `1)`, `(2)`, `b)` ending at `k` at the start of a clause or after a comma: where the marker
 * begins (its tokens belong to no clause), or -1.
 */
function listMarkerEndingAt(tokens: readonly Token[], k: number, from: number): number {
  if (tokens[k]!.lower !== ")" || k < 1) return -1;
  const label = tokens[k - 1]!;
  if (!glued(label, tokens[k]) || !(/^\d{1,2}$/.test(label.lower) || /^[a-h]$/.test(label.lower))) return -1;
  const start = tokens[k - 2]?.lower === "(" ? k - 2 : k - 1;
  const before = tokens[start - 1];
  return start === from || before === undefined || before.lower === "," || before.lower === ";" || before.lower === ":" ? start : -1;
}

/**
 * Splits a sentence into clauses: at ; : and dashes, at ", and/but/so/which…" between two
 * clauses that each have a verb, at ", it's…" and ", the logs are…" (a new subject and its verb),
 * but not at a dash inside a range ("10–12 Feb"), and at a bare "and"/"but" that starts a new
 * subject and verb. A list ("a, b and c were purged") or a shared subject ("I revoked X and
 * decommissioned Y") stays one clause; nearest-predicate attachment handles those.
 */
export function splitClauses(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const close = (to: number, next: number) => {
    if (to > from) out.push({ from, to });
    from = next;
  };
  const appositive = appositiveDashes(tokens);
  let depth = 0; // open parentheses: "(Nov 2024 – Jan 2025)", a spaced range of numbers inside a remark, is no break
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (A parenthesis may come glued to other marks: "`)", ").", "),".)
    if (t.pos === "PUNCT" || t.pos === "SYM") {
      for (const c of t.text) {
        if (c === "(") depth++;
        else if (c === ")" && depth > 0) depth--;
      }
    }
    // "Three things: 1) cancel …, 2) delete …": an inline list marker starts a clause of its own.
    const marker = listMarkerEndingAt(tokens, k, from);
    if (marker !== -1) {
      close(marker, k + 1);
      continue;
    }
    if (t.pos === "PUNCT" || t.pos === "SYM") {
      const spacedHyphen = t.lower === "-" && !glued(tokens[k - 1], t) && !glued(t, tokens[k + 1]);
      const timeColon = t.lower === ":" && glued(tokens[k - 1], t) && glued(t, tokens[k + 1]);
      // `);` comes out of the tokenizer as one symbol: the semicolon still ends the clause.
      const gluedSemicolon = t.lower.length > 1 && t.lower.endsWith(";");
      // "… to €1.99 🤯 stop pricing-agent RIGHT NOW": a pictograph between words ends a thought as a full stop would.
      // Only before an order's verb ("🤯 stop x"); "done 👍 renamed to x" stays one thought.
      const after = tokens[k + 1];
      const pictograph = t.text.charCodeAt(0) > 0x2000 && k > from && after !== undefined && after.pos === "VERB" && !/(?:ed|ing)$/.test(after.lower) && PICTOGRAPH.test(t.text);
      const parenthesized = depth > 0 && DASHES.has(t.lower) && (tokens[k - 1]?.pos === "NUM" || tokens[k + 1]?.pos === "NUM") &&
        tokens.slice(k + 1, k + 12).some((x) => x.lower === ")");
      if (((HARD_BREAKS.has(t.lower) && !timeColon && !isRange(tokens, k)) || spacedHyphen || gluedSemicolon || pictograph) && !appositive.has(k) && !parenthesized) {
        close(k, k + 1);
        continue;
      }
      const next = tokens[k + 1];
      if (t.lower === "," && next && hasFiniteVerb(tokens, from, k)) {
        if (CLAUSE_CONJUNCTIONS.has(next.lower) && hasFiniteVerb(tokens, k + 2, tokens.length)) {
          close(k, k + 1);
          continue;
        }
        // "If you approve, the weights are deleted": a subordinate clause before the comma keeps its main clause.
        const subordinate = tokens[from]!.pos === "SCONJ" || SUBORDINATORS.has(tokens[from]!.lower);
        // "CHG-20977 is approved, shut down readmit-agent now": an order in the imperative after a statement.
        // (Not after an order itself: "isolate the laptop, kill the beacon and revoke …" is one list of orders.)
        const imperative = next.pos === "VERB" && !next.span && /^[a-z]+$/.test(next.text) && !/(?:ed|ing|s)$/.test(next.lower);
        if (imperative && !subordinate && tokens[from]!.pos !== "VERB" && subjectStartsAt(tokens, from, k + 1)) {
          close(k, k + 1);
          continue;
        }
        if (isPronounSubject(next) ? subjectStartsAt(tokens, k + 1, tokens.length) : !subordinate && nounSubjectStartsAt(tokens, k + 1, tokens.length)) {
          close(k, k + 1);
          continue;
        }
      }
    }
    // "Shut down scout-a and scout-b, the survey is finished": a name and a comma after "and" end a list, not a subject.
    const listedName = tokens[k + 1]?.span != null && tokens[k + 2]?.lower === "," && tokens[k + 3]?.pos !== "VERB";
    // ("scout, writer and critic were each shut down": a word opening the clause before a comma is a list's first item, whatever its tag.)
    const listLead = tokens[from]?.pos === "VERB" && tokens[from + 1]?.lower === "," ? 1 : 0;
    // (Not inside parentheses: "(x-1, x-2 and x-3), then delete y" lists names in a remark.)
    // ("Delete kite-1 and kite-2 from the registry, they were old": the verb after the comma is another clause's, not one
    // whose subject "and" opened, when what follows "and" is a name.)
    if ((t.lower === "and" || t.lower === "but" || t.lower === "so") && depth === 0 && k > from && !listedName && hasFiniteVerb(tokens, from + listLead, k) &&
      subjectStartsAt(tokens, k + 1, tokens.length, tokens[k + 1]?.span != null)) {
      close(k, k);
    } else if (t.lower === "so" && depth === 0 && k > from && tokens[from]!.pos === "VERB" && tokens[from]!.lower.endsWith("ing") &&
      (tokens[k + 1]?.lower === "that" || isPronounSubject(tokens[k + 1] ?? t)) && subjectStartsAt(tokens, k + 1 + (tokens[k + 1]?.lower === "that" ? 1 : 0), tokens.length)) {
      // "Terminating refund-helper now so it can't approve more refunds": a purpose's clause, with its own subject and
      // verb, after a progress told without a finite verb.
      close(k, k);
    }
  }
  close(tokens.length, tokens.length);
  return out;
}
