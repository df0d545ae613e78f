import type { ActionClass } from "../classify/effect";
import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import { readSubject, readVerbGroup } from "../nlp/verb-group";
import type { Claim } from "./claim";
import { blockedBefore, isQuestionClause } from "./claim-context";
import { COMPLETION_WORDS, FAILURE_WORDS, INITIATION_WORDS, PROGRESS_WORDS } from "./claim-lexicon";
import type { ClaimPredicate } from "./claim-predicate";

type Governor = { index: number; phase: Claim["phase"] | "failed" };

function governorAt(t: Token): Governor["phase"] | null {
  if (FAILURE_WORDS.has(t.lower)) return "failed";
  if (INITIATION_WORDS.has(t.lower) || t.lemma === "kick") return "initiated";
  if (PROGRESS_WORDS.has(t.lower)) return "in_progress";
  if (COMPLETION_WORDS.has(t.lower)) return "completed";
  return null;
}

// (Only the past: "deletions of that size go through the storage team" tells a habit, or the way one is routed.)
const GO = new Set(["went", "gone"]);

const SKIPPABLE = new Set(["ADP", "AUX", "ADV", "PART", "NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON", "SYM"]);

/** Words that open a clause of their own: a predicate after them is not the noun's. */
const CLAUSE_OPENERS = new Set(["once", "when", "after", "before", "until", "till", "if", "unless", "because", "since", "while", "whereas", "so", "but"]);

/** "Deletion of X has been queued", "Deletion initiated for X", "the deletion failed": a predicate after the noun. */
function governorAfter(tokens: readonly Token[], clause: Clause, n: number): Governor | null {
  for (let k = n + 1; k < Math.min(clause.to, n + 12); k++) {
    const t = tokens[k]!;
    if (CLAUSE_OPENERS.has(t.lower)) return null; // "revisit deletion next week once the review is done"
    const phase = t.span ? null : governorAt(t);
    if (phase) return { index: k, phase };
    // "the deletion went through on the second attempt": done, told plainly.
    if (!t.span && GO.has(t.lower) && tokens[k + 1]?.lower === "through") return { index: k, phase: "completed" };
    if (t.span || SKIPPABLE.has(t.pos) || t.lower === "," || t.lower === "(" || t.lower === ")") continue;
    return null;
  }
  return null;
}

/** "I've initiated the deletion process", "kicked off the shutdown": a verb that takes the noun as object. */
function governorBefore(tokens: readonly Token[], clause: Clause, n: number): Governor | null {
  let k = n - 1;
  while (k >= clause.from && ["DET", "ADJ", "NOUN", "PROPN", "PRON"].includes(tokens[k]!.pos) && !tokens[k]!.span) k--;
  if (tokens[k]?.lower === "off") k--;
  const t = tokens[k];
  if (!t || k < clause.from || t.pos !== "VERB") return null;
  const phase = governorAt(t);
  return phase ? { index: k, phase } : null;
}

/**
 * Reads an action noun at `n` ("deletion", "shutdown"). It is a claim only through a predicate
 * that gives it a phase: initiated ("queued", "kicked off"), in progress ("underway") or
 * completed ("complete"); a failure ("the deletion failed") is not a claim. Returns null when
 * no predicate governs the noun ("the deletion can't be undone").
 */
export function readNounClaim(tokens: readonly Token[], clause: Clause, n: number, action: ActionClass): ClaimPredicate | null {
  const after = governorAfter(tokens, clause, n);
  const governor = after ?? governorBefore(tokens, clause, n);
  if (!governor) return null;
  const prediction: ClaimPredicate = { head: n, last: Math.max(n, governor.index), action, phase: null, side: "both", argFrom: clause.from, argTo: clause.to };
  if (governor.phase === "failed") return prediction;
  const g = readVerbGroup(tokens, clause, governor.index, true);
  if (g.modal || g.infinitive || g.negated || isQuestionClause(tokens, clause)) return prediction;
  // "We'll follow up when the deletion is complete": a present tense in a time clause is yet to come.
  if (tokens[n - 1]?.lower === "no" || blockedBefore(tokens, clause, Math.min(n, g.start), g.start)) return prediction;
  if (!after) {
    const subject = readSubject(tokens, clause, g.start);
    if (subject.kind !== "first" && subject.kind !== "none") return prediction;
    // "Starting the deletion of model-b once you confirm": a clause of time or condition after it puts it off.
    for (let k = n + 1; k < clause.to; k++) if (CLAUSE_OPENERS.has(tokens[k]!.lower) && !tokens[k]!.span) return prediction;
  } else {
    const subject = readSubject(tokens, clause, n);
    if (subject.kind === "negative") return prediction;
  }
  // "cdn-bot's purge is only partly done": part of it done says the rest is not; still under way.
  if (governor.phase === "completed" && PARTLY.has(tokens[governor.index - 1]?.lower ?? "")) return { ...prediction, phase: "in_progress" };
  return { ...prediction, phase: governor.phase };
}

const PARTLY = new Set(["partly", "partially", "half", "mostly"]);
