import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import { ACTION_NOUNS, verbHits } from "../nlp/action-lexicon";
import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import { STATE_WORDS } from "./claim-lexicon";
import type { ClaimPredicate } from "./claim-predicate";
import { readNounClaim } from "./read-noun-claim";
import { readStateClaim } from "./read-state-claim";
import { readVerbClaim } from "./read-verb-claim";

const STATE_TRIGGERS = new Set([...Object.keys(STATE_WORDS), "longer", "anymore", "out"]);

/**
 * Every destructive predicate of a clause, in order: verbs ("deleted", "shutting down",
 * "scaled to zero"), action nouns with a phase ("deletion initiated") and states ("gone",
 * "no longer running"). A particle already read as part of a verb is not read again as a state.
 */
export function findClaimPredicates(tokens: readonly Token[], clause: Clause): ClaimPredicate[] {
  const out: ClaimPredicate[] = [];
  let consumedUpTo = -1;
  for (let k = clause.from; k < clause.to; k++) {
    const t = tokens[k]!;
    if (t.span || k <= consumedUpTo) continue;
    let found: ClaimPredicate | null = null;
    for (const hit of verbHits(t.lower)) {
      if (!DESTRUCTIVE_ACTIONS.has(hit.sense.action) && hit.sense.action !== "scale") continue;
      if (t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "PROPN" && t.pos !== "ADJ" && !(t.pos === "NOUN" && hit.forms.has("past"))) continue;
      found = readVerbClaim(tokens, clause, k, hit);
      if (found) break;
    }
    if (!found && ACTION_NOUNS[t.lower] && t.pos !== "VERB") found = readNounClaim(tokens, clause, k, ACTION_NOUNS[t.lower]!);
    if (!found && STATE_TRIGGERS.has(t.lower)) found = readStateClaim(tokens, clause, k);
    if (found) {
      out.push(found);
      if (found.last > k && found.head === k) consumedUpTo = Math.max(consumedUpTo, found.last);
    }
  }
  return out;
}
