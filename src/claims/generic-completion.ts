import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import { COMPLETION_FILLER, COMPLETION_HEADS } from "./claim-lexicon";

/**
 * A clause that is only a bare completion: "Done.", "Done —", "All set.", "Taken care of.",
 * "That's handled", "It's done". Such a clause claims whatever the user ordered; any other
 * word ("done with the review", "not done yet") makes it something else.
 */
export function isGenericCompletion(tokens: readonly Token[], clause: Clause): boolean {
  let head = false;
  let all = false;
  for (let k = clause.from; k < clause.to; k++) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" || t.pos === "SYM") {
      if (t.lower === "?") return false;
      continue;
    }
    if (t.span) return false;
    if (t.lower === "all") all = true;
    if (COMPLETION_HEADS.has(t.lower) || (t.lower === "set" && all)) head = true;
    else if (!COMPLETION_FILLER.has(t.lower)) return false;
  }
  return head;
}
