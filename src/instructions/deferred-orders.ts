import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";

const DEFERRING = new Set(["when", "whenever", "once", "after"]);
const TIMES_OF_DAY = new Set(["morning", "evening", "spring", "closing"]);
const OWN_WORK = new Set(["you", "you're", "youre", "we", "we're", "i", "done", "finished", "complete", "that", "this", "it's"]);

/**
 * "When PR #482 merges, retire X", "Once the migration is done, delete X", "As soon as the
 * backfill lands, stop Y", "After Friday, shut it down": an order put off until some event or
 * time is not an order to act now. A step of the assistant's own work ("once you're done",
 * "after checking the logs", "once done") only sequences the order and does not defer it.
 */
export function deferredByEvent(tokens: readonly Token[], clause: Clause, k: number): boolean {
  let at = k;
  const w = (i: number) => tokens[i]?.lower ?? "";
  if (w(at) === "as" && w(at + 1) === "soon" && w(at + 2) === "as") at += 2;
  // "At the next pass, shut down …", "During the next window, …", "At 02:00, stop it": a time to come.
  else if ((w(at) === "at" || w(at) === "during") && (w(at + 1) === "next" || (w(at + 1) === "the" && w(at + 2) === "next") || CLOCK.test(w(at + 1)))) return commaBefore(tokens, clause, at);
  else if (!DEFERRING.has(w(at))) return false;
  const next = tokens[at + 1];
  // A gerund ("after checking the logs") is a step of the work; the tagger often calls it a noun.
  const gerund = next !== undefined && next.lower.endsWith("ing") && !next.span && next.pos !== "PROPN" && !TIMES_OF_DAY.has(next.lower);
  // "once it's done" sequences the work; "once it's drained, stop it" waits for the thing to reach a state.
  const stateAt = next?.lower === "it" && IS.has(w(at + 2)) ? at + 3 : next?.lower === "it's" || next?.lower === "it’s" ? at + 2 : -1;
  if (stateAt > 0 && OWN_WORK.has(w(stateAt))) return false;
  if (!next || (OWN_WORK.has(next.lower) && stateAt < 0) || gerund) return false;
  return commaBefore(tokens, clause, at);
}
const IS = new Set(["'s", "’s", "is"]);
const CLOCK = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;

/** A comma after `at` within the clause: the fronted phrase ends and the order follows. */
function commaBefore(tokens: readonly Token[], clause: Clause, at: number): boolean {
  let comma = at + 1;
  while (comma < clause.to && tokens[comma]!.lower !== ",") comma++;
  return comma < clause.to;
}

/**
 * "Shut down Halden and delete its memory, but not until the sweep finishes": a sentence that
 * puts its orders off ("not until", "not before", "no earlier than", "only after") orders
 * nothing now.
 */
export function deferredToLater(tokens: readonly Token[]): boolean {
  const w = (i: number) => tokens[i]?.lower ?? "";
  for (let k = 1; k < tokens.length; k++) {
    if (w(k) === "not" && (w(k + 1) === "until" || w(k + 1) === "till" || w(k + 1) === "before")) return true;
    if (w(k) === "no" && w(k + 1) === "earlier" && w(k + 2) === "than") return true;
    if (w(k) === "only" && (w(k + 1) === "after" || w(k + 1) === "once")) return true;
  }
  return false;
}
