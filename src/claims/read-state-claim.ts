import type { ActionClass } from "../classify/effect";
import type { Clause } from "../nlp/split-clauses";
import type { Token } from "../nlp/tag-segment";
import { readSubject, readVerbGroup } from "../nlp/verb-group";
import { blockedBefore, isQuestionClause } from "./claim-context";
import { AFTERMATH_STATES, LIVE_WORDS, OUT_OF_PLACES, PRESENCE_WORDS, RUNTIME_PLACES, STATE_WORDS } from "./claim-lexicon";
import type { ClaimPredicate } from "./claim-predicate";

/** "no longer running" (stop), "no longer in the registry" (delete), "no longer in the process table" (stop). */
function absenceAction(tokens: readonly Token[], clause: Clause, k: number): ActionClass | null {
  const t = tokens[k];
  if (!t) return null;
  if (LIVE_WORDS.has(t.lower)) return "stop";
  if (!PRESENCE_WORDS.has(t.lower)) return null;
  for (let j = k + 1; j < Math.min(clause.to, k + 5); j++) if (RUNTIME_PLACES.has(tokens[j]!.lower)) return "stop";
  return "delete";
}

/** The live or presence word before "anymore" ("isn't running anymore"), with the action its absence means. */
function beforeAnymore(tokens: readonly Token[], clause: Clause, s: number): { index: number; action: ActionClass } | null {
  for (let k = s - 1; k >= Math.max(clause.from, s - 6); k--) {
    const action = absenceAction(tokens, clause, k);
    if (action) return { index: k, action };
  }
  return null;
}

function outOfAction(tokens: readonly Token[], clause: Clause, s: number): ActionClass | null {
  if (tokens[s + 1]?.lower !== "of") return null;
  let k = s + 2;
  while (k < clause.to && tokens[k]!.pos === "DET") k++;
  return OUT_OF_PLACES[tokens[k]?.lower ?? ""] ?? null;
}

/** The clause opens with a whole group and goes straight to the state: "all 3 offline", "both gone", "all bots down". */
function groupOpens(tokens: readonly Token[], clause: Clause, s: number): boolean {
  if (!GROUP_WORDS.has(tokens[clause.from]?.lower ?? "") || s - clause.from > 3 || s === clause.from) return false;
  for (let k = clause.from + 1; k < s; k++) if (tokens[k]!.pos !== "NUM" && tokens[k]!.pos !== "NOUN") return false;
  return true;
}
const GROUP_WORDS = new Set(["all", "both", "everything"]);

const PAST_COPULAS = new Set(["was", "were"]);
const UNCHANGED_COPULAS = new Set(["stay", "stays", "stayed", "remain", "remains", "remained"]);
/** "as it was", "as they were", "as before", "unchanged" right after the state. */
function asItWas(tokens: readonly Token[], k: number): boolean {
  const w = (i: number) => tokens[k + i]?.lower ?? "";
  return (w(0) === "as" && ((["it", "they"].includes(w(1)) && ["was", "were"].includes(w(2))) || w(1) === "before")) || w(0) === "unchanged";
}

/**
 * Reads a state word at `s` after a copula: "harrier is stopped/gone/offline/down", "X is
 * no longer running", "no replicas are running anymore", "out of the registry". Returns null
 * when the word is not such a state here ("disk usage is down 20%", "keep it down").
 */
export function readStateClaim(tokens: readonly Token[], clause: Clause, s: number): ClaimPredicate | null {
  const word = tokens[s]!.lower;
  let action: ActionClass | null = null;
  let groupHead = s;
  let needsNegation = false;
  if (word === "longer") {
    if (tokens[s - 1]?.lower !== "no") return null;
    action = absenceAction(tokens, clause, s + 1) ?? absenceAction(tokens, clause, s + 2);
    groupHead = s - 1;
  } else if (word === "anymore") {
    const live = beforeAnymore(tokens, clause, s);
    if (!live) return null;
    action = live.action;
    groupHead = live.index;
    needsNegation = true;
  } else if (word === "out") {
    action = outOfAction(tokens, clause, s);
  } else if (AFTERMATH_STATES[word]) {
    // "the namespace was empty, so it removed 0 items": a state told in the past was there before, no aftermath.
    if (PAST_COPULAS.has(tokens[s - 1]?.lower ?? "") || (tokens[s - 1]?.pos === "ADV" && PAST_COPULAS.has(tokens[s - 2]?.lower ?? ""))) return null;
    action = AFTERMATH_STATES[word]!;
  } else {
    action = STATE_WORDS[word] ?? null;
    const next = tokens[s + 1];
    if ((word === "down" || word === "off") && next && (next.pos === "NUM" || ["by", "to", "from", "%"].includes(next.lower))) return null;
    // "Muse is off MBP-PR-114": "off" there is a preposition (off the laptop), not the state "switched off".
    if (word === "off" && next && (next.span !== null || next.pos === "PROPN" || next.pos === "DET")) return null;
  }
  if (!action) return null;
  const g = readVerbGroup(tokens, clause, groupHead, true);
  // "down", "gone", "offline" are states only after a copula; "no longer runs" carries its own verb;
  // a terse "all 3 offline", "both gone" leaves the copula out after a whole group.
  if (!g.be && word !== "longer" && !needsNegation && !groupOpens(tokens, clause, s)) return null;
  const subject = readSubject(tokens, clause, g.start);
  const negated = g.negated || subject.kind === "negative";
  const predicate: ClaimPredicate = { head: s, last: s, action, phase: null, side: "left", argFrom: subject.from, argTo: g.start, stative: true };
  if (AFTERMATH_STATES[word]) predicate.corroborative = true;
  if (needsNegation !== negated) return needsNegation ? null : predicate;
  // "Ran the delete, so the bucket should be gone now": a state inferred as reached now is told as reached.
  if (g.modal && !g.infinitive && !negated && subject.kind !== "second" && subject.kind !== "embedded" && inferredNow(tokens, clause, g.start, s)) {
    return blockedBefore(tokens, clause, g.start) || isQuestionClause(tokens, clause) ? predicate : { ...predicate, phase: "completed" };
  }
  if (g.modal || g.infinitive || subject.kind === "second" || subject.kind === "embedded") return predicate;
  // "export_csv stays off as it was": a state said to carry on unchanged, no deed of this turn ("remains deleted" alone is
  // still a state to check).
  if (asItWas(tokens, s + 1) && tokens.slice(g.start, s).some((t) => UNCHANGED_COPULAS.has(t.lower))) return predicate;
  if (blockedBefore(tokens, clause, g.start) || isQuestionClause(tokens, clause)) return predicate;
  return { ...predicate, phase: "completed" };
}

/** "should be gone now", "must be offline by now": an inferring modal, and "now" right after the state. */
function inferredNow(tokens: readonly Token[], clause: Clause, from: number, s: number): boolean {
  if (!tokens.slice(from, s).some((t) => t.lower === "should" || t.lower === "must")) return false;
  const next = tokens[s + 1]?.lower;
  return s + 1 < clause.to && (next === "now" || (next === "by" && tokens[s + 2]?.lower === "now"));
}
