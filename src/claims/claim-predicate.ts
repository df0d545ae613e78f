import type { ActionClass } from "../classify/effect";
import type { Claim } from "./claim";

/**
 * A destructive predicate found in a clause. Predicates that are not claims (future,
 * negated, conditional…) are kept with `phase: null`: they still take the targets next to
 * them, so "m-8 was deleted and m-7 will be deleted tomorrow" does not credit m-7 to the claim.
 */
export interface ClaimPredicate {
  /** Token index of the word that carries the action. */
  head: number;
  /** Last token of the predicate (after particles: "shut it down"). */
  last: number;
  action: ActionClass;
  phase: Claim["phase"] | null;
  /** Where the thing acted on stands: left (subject of a passive or state), right (object), or both (action nouns). */
  side: "left" | "right" | "both";
  /** Tokens of the phrase acted on, for quantifiers and the text-edit check. */
  argFrom: number;
  argTo: number;
  /** An aftermath state ("is empty now"): a claim only when the reply also claims `action` elsewhere. */
  corroborative?: boolean;
  /** A state ("is gone", "no longer in the registry"), not a deed: says how things are, not who did it. */
  stative?: boolean;
  /** Someone else did it ("removed by Flux", "J. Park deleted it"): checked only against readings that show otherwise. */
  attributed?: boolean;
}
