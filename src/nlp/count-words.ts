import type { Token } from "./tag-segment";

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** The count a token gives, 2 or more: "three" → 3, "4" → 4; null for anything else ("one", "v2", "1.5"). */
export function countOf(t: Token | undefined): number | null {
  if (!t) return null;
  const named = NUMBER_WORDS[t.lower];
  if (named) return named;
  const n = t.pos === "NUM" ? Number(t.text) : NaN;
  return Number.isInteger(n) && n > 1 ? n : null;
}

/**
 * The count of a counted noun phrase in tokens [from, to): "the three bad partitions" → 3,
 * "both replicas" → 2, "two of the checkpoints" → 2, "the three ibex-planner agent deployments" → 3. A number after a noun is an id ("step 3
 * of the run"), not a count.
 */
export function countedIn(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.lower === "both") return 2;
    const n = countOf(t);
    if (n === null) continue;
    const next = tokens[k + 1];
    for (let j = k + 1; j < Math.min(to, k + 4); j++) {
      const w = tokens[j]!;
      if (w.pos === "NOUN" && w.lemma !== w.lower) return n;
      // ("the three ibex-planner agent deployments": a name may modify the counted noun too.)
      if (w.pos !== "ADJ" && w.pos !== "NOUN" && w.pos !== "PROPN") break;
    }
    const prev = tokens[k - 1];
    if (next?.lower === "of" && prev?.pos !== "NOUN" && prev?.pos !== "PROPN") return n; // "three of the partitions", not "step 3 of"
  }
  return null;
}
