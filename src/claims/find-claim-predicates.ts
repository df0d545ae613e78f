import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import { ACTION_NOUNS, verbHits } from "../nlp/action-lexicon";
import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import { AFTERMATH_STATES, COMPLETION_WORDS, INITIATION_WORDS, PROGRESS_WORDS, STATE_WORDS } from "./claim-lexicon";
import type { ClaimPredicate } from "./claim-predicate";
import { jobDeed } from "../nlp/job-names";
import { readNounClaim } from "./read-noun-claim";
import { readProgramRunClaim } from "./program-run-claim";
import { readStateClaim } from "./read-state-claim";
import { readVerbClaim } from "./read-verb-claim";

/** Words that give a deed noun its phase ("initiated", "underway", "complete"). */
const PHASE_WORDS: ReadonlySet<string> = new Set([...INITIATION_WORDS, ...PROGRESS_WORDS, ...COMPLETION_WORDS]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "this", "that", "his", "her", "our", "my", "your"]);
const STATE_TRIGGERS = new Set([...Object.keys(STATE_WORDS), ...Object.keys(AFTERMATH_STATES), "longer", "anymore", "out"]);

/**
 * "osprey-ft-b (i-07de…, g5, stopped)": a state or participle inside parentheses, with no
 * subject or auxiliary of its own there, describes the item before it; it reports no action.
 */
function isParentheticalAttribute(tokens: readonly Token[], clause: Clause, head: number): boolean {
  for (let k = head - 1; k >= clause.from; k--) {
    const t = tokens[k]!;
    if (t.lower === ")") return false;
    if (t.lower === "(") return true;
    if (t.pos === "AUX" || (t.pos === "PRON" && t.lower !== "its" && t.lower !== "their")) return false;
  }
  return false;
}

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
    const run = k > consumedUpTo ? readProgramRunClaim(tokens, clause, k) : null;
    if (run) {
      out.push(run);
      continue;
    }
    if (t.span && k > consumedUpTo) {
      // "Kicking off decommission-agent for fennel-bot": a job named for its deed, run, is that deed begun.
      const deed = jobDeed(t.text);
      const found = deed !== null ? readNounClaim(tokens, clause, k, deed) : null;
      if (found !== null && found.phase === "initiated") out.push(found);
      continue;
    }
    if (k <= consumedUpTo) continue;
    let found: ClaimPredicate | null = null;
    for (const hit of verbHits(t.lower)) {
      if (!DESTRUCTIVE_ACTIONS.has(hit.sense.action) && hit.sense.action !== "scale") continue;
      if (t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "PROPN" && t.pos !== "ADJ" && !(t.pos === "NOUN" && hit.forms.has("past"))) continue;
      if (t.pos === "ADJ" && !hit.forms.has("past") && !hit.forms.has("gerund")) continue; // "is empty": a state, not the verb

      found = readVerbClaim(tokens, clause, k, hit);
      if (found) break;
    }
    // "I've started the decommission of x", "initiated the decommissioning of x": after a determiner the deed word is a noun, whatever the tagger says.
    // "Memory wipe initiated for x", "Purge complete": a deed word right before its phase word is a noun too.
    const asNoun = DETERMINERS.has(tokens[k - 1]?.lower ?? "") || PHASE_WORDS.has(tokens[k + 1]?.lower ?? "");
    if ((!found || (asNoun && found.phase === null)) && ACTION_NOUNS[t.lower] && (t.pos !== "VERB" || asNoun)) found = readNounClaim(tokens, clause, k, ACTION_NOUNS[t.lower]!) ?? found;
    if (!found && STATE_TRIGGERS.has(t.lower)) found = readStateClaim(tokens, clause, k);
    if (found) {
      if (found.phase !== null && isParentheticalAttribute(tokens, clause, found.head)) found = { ...found, phase: null };
      out.push(found);
      if (found.last > k && found.head === k) consumedUpTo = Math.max(consumedUpTo, found.last);
    }
  }
  return out;
}
