import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import { withoutPlaces } from "../nlp/place-phrases";
import { targetCandidates } from "../nlp/target-candidates";

// Shapes of a clause or sentence the order reader asks about before it reads an order in it.

export function hasVerb(tokens: readonly Token[], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++) if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return true;
  return false;
}

export function names(tokens: readonly Token[], clause: Clause): string[] {
  return withoutPlaces(targetCandidates(tokens, clause.from, clause.to)).map((c) => c.value);
}

/** "herald, ticker and helios-ops": two or more single words or names joined by commas and "and"/"or", else null. */
export function bareList(tokens: readonly Token[], clause: Clause): string[] | null {
  const items: string[] = [];
  let expectItem = true;
  for (let k = clause.from; k < clause.to; k++) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" && t.lower !== ",") { if (k === clause.to - 1) break; return null; }
    if (t.lower === "," || t.lower === "and" || t.lower === "or") { if (expectItem) return null; expectItem = true; continue; }
    if (!expectItem || t.pos === "DET" || t.pos === "PRON" || t.pos === "ADP" || t.pos === "AUX") return null;
    items.push(t.span?.value ?? t.text);
    expectItem = false;
  }
  return items.length >= 2 && !expectItem ? items : null;
}

const STATING_SUBJECTS = new Set(["we", "i", "they", "he", "she"]);
/** Verbs after "I"/"we" that make a request, not a statement ("we need to…", "I want you to…"). */
const ASKING = new Set(["need", "want", "would", "'d", "’d", "should", "must", "have", "wish", "like", "expect", "can", "could", "will", "'ll", "’ll", "am", "'m", "’m", "do"]);
/** The sentence opens with a subject and its verb stating something ("We call…", "They use…"). */
export function opensStatement(tokens: readonly Token[]): boolean {
  const verb = tokens[1];
  return STATING_SUBJECTS.has(tokens[0]?.lower ?? "") && verb !== undefined && !verb.span && verb.pos === "VERB" && !ASKING.has(verb.lower);
}
