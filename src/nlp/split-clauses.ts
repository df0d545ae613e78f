import type { Token } from "./tag-segment";

/** A clause of a sentence: tokens [from, to). Separators (; : — and the like) belong to no clause. */
export interface Clause {
  from: number;
  to: number;
}

const HARD_BREAKS = new Set([";", ":", "—", "–", "--", "―", "•"]);
const CLAUSE_CONJUNCTIONS = new Set(["and", "but", "so", "yet", "while", "whereas", "although", "though", "because", "since", "which", "whereupon"]);
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "he", "she", "they", "it", "its", "their", "nothing", "everything", "this", "that", "there"]);

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

function isFinite(t: Token): boolean {
  return t.pos === "AUX" || (t.pos === "VERB" && !t.lower.endsWith("ing"));
}

function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isFinite(tokens[k]!)) return true;
  return false;
}

/** Does a new subject and verb start at `k` ("its model, Y, has been deleted")? */
function subjectStartsAt(tokens: readonly Token[], k: number, to: number): boolean {
  const first = tokens[k];
  if (!first) return false;
  const nounish = first.span !== null || ["DET", "NOUN", "PROPN", "NUM"].includes(first.pos) || SUBJECT_PRONOUNS.has(first.lower);
  if (!nounish) return false;
  for (let j = k + 1; j < Math.min(to, k + 8); j++) {
    const t = tokens[j]!;
    if (t.pos === "AUX") return true;
    if (t.pos === "VERB") return !t.lower.endsWith("ing") || tokens[j - 1]?.pos === "AUX";
    if (t.pos === "CCONJ" || t.lower === ";" || t.lower === ".") return false;
  }
  return false;
}

/**
 * Splits a sentence into clauses: at ; : and dashes, at ", and/but/so/which…" between two
 * clauses that each have a verb, at ", it's…", and at a bare "and"/"but" that starts a new
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
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" || t.pos === "SYM") {
      const spacedHyphen = t.lower === "-" && !glued(tokens[k - 1], t) && !glued(t, tokens[k + 1]);
      const timeColon = t.lower === ":" && glued(tokens[k - 1], t) && glued(t, tokens[k + 1]);
      if ((HARD_BREAKS.has(t.lower) && !timeColon) || spacedHyphen) {
        close(k, k + 1);
        continue;
      }
      const next = tokens[k + 1];
      if (t.lower === "," && next && hasFiniteVerb(tokens, from, k)) {
        if (CLAUSE_CONJUNCTIONS.has(next.lower) && hasFiniteVerb(tokens, k + 2, tokens.length)) {
          close(k, k + 1);
          continue;
        }
        if (SUBJECT_PRONOUNS.has(next.lower) && next.pos === "PRON" && subjectStartsAt(tokens, k + 1, tokens.length)) {
          close(k, k + 1);
          continue;
        }
      }
    }
    if ((t.lower === "and" || t.lower === "but" || t.lower === "so") && k > from && hasFiniteVerb(tokens, from, k) && subjectStartsAt(tokens, k + 1, tokens.length)) {
      close(k, k);
    }
  }
  close(tokens.length, tokens.length);
  return out;
}
