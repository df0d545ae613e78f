import type { ActionClass } from "../classify/effect";

/**
 * A statement in the assistant's text that a destructive action has happened, is happening,
 * or was initiated. Future, conditional, negated, questioned, quoted and attributed statements
 * are not claims.
 */
export interface Claim {
  /** Stable within one reply: "c1", "c2"… */
  id: string;
  /** The sentence (or clause) the claim was read from. */
  text: string;
  /** Offsets of `text` in the reply text. */
  start: number;
  end: number;
  /**
   * The action claimed. "generic" is a bare completion ("Done.", "All set.") that refers to
   * whatever the user last ordered.
   */
  action: ActionClass | "generic";
  /** completed: "has been deleted"; in_progress: "shutting down now"; initiated: "deletion initiated", "queued". */
  phase: "completed" | "in_progress" | "initiated";
  /** Targets named in the claim; pronouns and "the agent" are resolved by the verifier. Empty when none is named. */
  targets: string[];
  /** "all", "both", "all three", or a number: the claim covers a whole group. */
  quantifier: "all" | number | null;
  /** States how things are ("X is gone", "none of them is in the registry anymore"), not that the assistant did it. */
  stative?: boolean;
  /** "2 of 3", "two of the three are gone": the claim covers only this many of its targets. */
  covers?: number;
  /**
   * The sentence credits the action to someone else ("removed by Flux on its last reconcile",
   * "J. Park deleted it yesterday"). No tool call of the assistant need back it, but a reading
   * that shows the thing still there contradicts it.
   */
  attributed?: boolean;
  /** Every target is where the action happened ("old kernels are removed from build-de-02"), none what was acted on. */
  placed?: boolean;
  /**
   * Other names of the claim's thing: the ids a table row's later cells give ("| wren-scraper |
   * key_8Hq2Lm | ✅ revoked |"), a name in parentheses after it ("**x** (`voice/v1`) was deleted").
   * The claim stands when its targets are backed, or when one of these is.
   */
  otherNames?: string[];
  /** Where the claim says it happened, besides its targets ("undeployed X from ticket-router-ep"). */
  places?: string[];
}

/** The verifier's verdict on one claim. */
export type ClaimStatus = "verified" | "pending" | "contradicted" | "mismatched" | "unsupported";

export interface ClaimCheck {
  claim: Claim;
  status: ClaimStatus;
  /** Resolved targets the claim was checked against. */
  targets: string[];
  /** Ids of the tool calls that decided it. */
  evidence: string[];
  /** One sentence a person can read: what was claimed and what the evidence shows. */
  explanation: string;
}
