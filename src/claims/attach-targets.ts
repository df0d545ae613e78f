import { withoutPlaces, type TargetCandidate } from "../nlp/target-candidates";
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
 * ("deleted from us-central1-b") counts only when the predicate has no other target. Returns
 * the de-duplicated target values per predicate, in text order.
 */
export function attachTargets(predicates: readonly ClaimPredicate[], candidates: readonly TargetCandidate[]): Map<ClaimPredicate, string[]> {
  const attached = new Map<ClaimPredicate, TargetCandidate[]>(predicates.map((p) => [p, []]));
  for (const c of candidates) {
    let best: ClaimPredicate | null = null;
    let bestCost = Infinity;
    for (const p of predicates) {
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
    for (const c of withoutPlaces(list)) if (!values.some((v) => v.toLowerCase() === c.value.toLowerCase())) values.push(c.value);
    out.set(p, values);
  }
  return out;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

function countOf(t: Token | undefined): number | null {
  if (!t) return null;
  const named = NUMBER_WORDS[t.lower];
  if (named) return named;
  const n = t.pos === "NUM" ? Number(t.text) : NaN;
  return Number.isInteger(n) && n > 1 ? n : null;
}

/** "all three lyra-support agents" → 3, "both" → 2, "all"/"every"/"each" → "all", in tokens [from, to). */
export function quantifierIn(tokens: readonly Token[], from: number, to: number): Claim["quantifier"] {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (w === "both") return 2;
    if (w === "all") return countOf(tokens[k + 1]) ?? "all";
    if (w === "every" || w === "each") return "all";
  }
  return null;
}
