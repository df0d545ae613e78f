import { DESTRUCTIVE_ACTIONS, type ActionClass } from "../classify/effect";
import { maskSpans } from "../nlp/mask-spans";
import { blankTaskBoxes, checklistClaims } from "./checklist-items";
import { isOtherLanguageText, mayHoldCyrillicForm, OTHER_LANGUAGE_KEYS } from "../nlp/other-languages";
import { segmentText } from "../nlp/segment-text";
import { splitClauses, type Clause } from "../nlp/split-clauses";
import { tagSegment, type TaggedSentence, type Token } from "../nlp/tag-segment";
import { withoutPlaces } from "../nlp/place-phrases";
import { targetCandidates, type TargetCandidate } from "../nlp/target-candidates";
import { hasWordIn } from "../nlp/word-scan";
import { countOf } from "../nlp/count-words";
import { attachTargets, floatingQuantifier, partialCountIn, quantifierIn } from "./attach-targets";
import { checkmarkTableClaims } from "./checkmark-tables";
import { mayCarryClaim } from "./may-carry-claim";
import { jobsOfTheDeed } from "./job-deed";
import { ID_CHARACTER, isTableHeader, namesFromLayout, parentheticalOtherNames, placeColumns, rowNames } from "./claim-layout";
import { structuredParts, type StructuredPart } from "./structured-report";
import { vouchedOutputClaims } from "./vouched-output";
import { blankFillers } from "../nlp/speech-fillers";
import { cjkClaims, mayHoldCjkDeed } from "./read-cjk-claims";
import type { Claim } from "./claim";
import { actsOnText, isQuestionClause, offADisplay } from "./claim-context";
import { CLAIM_WORDS } from "./claim-lexicon";
import { findClaimPredicates } from "./find-claim-predicates";
import type { ClaimPredicate } from "./claim-predicate";
import { conditionalParagraphs, describesOnly, hypotheticalScopes } from "./hypothetical-scopes";
import { isGenericCompletion } from "./generic-completion";
import { TICK } from "../nlp/strip-emphasis";
import { otherLanguageClaims } from "./read-other-language-claims";

type Draft = Omit<Claim, "id"> & { corroborative?: boolean };

/** "already" within the three words before the state ("was already gone", "is already stopped"). */
function alreadyBefore(tokens: readonly Token[], from: number, head: number): boolean {
  for (let k = head - 1; k >= Math.max(from, head - 3); k--) if (tokens[k]!.lower === "already") return true;
  return false;
}
/**
 * "so it was removed at some earlier point", "it had already been deleted before I looked": a passive deed placed
 * before the assistant's work was found done, by whoever did it; no deed of the assistant's.
 */
function doneEarlierBySomeone(tokens: readonly Token[], clause: Clause, p: { head: number; last: number; side: string }): boolean {
  if (p.side !== "left" || !["was", "were", "been"].some((w) => tokens.slice(Math.max(clause.from, p.head - 3), p.head).some((t) => t.lower === w))) return false;
  const after = tokens.slice(p.last + 1, clause.to).map((t) => t.lower).join(" ");
  if (/\bby (?:me|us)\b/.test(after)) return false;
  return EARLIER.test(after) || (alreadyBefore(tokens, clause.from, p.head) && /\bbefore\b/.test(after));
}
const EARLIER = /^(?:\S+\s+){0,3}?(?:at some (?:earlier )?point|earlier|previously|some time ago|a while ago|long ago|before (?:i|we|this|my|our|today|the)\b)/;

/** A present passive ("are removed", "gets deleted") with "on/at/during/in/with the next …" after it. */
function atANextTime(tokens: readonly Token[], p: { head: number; last: number }, to: number): boolean {
  if (!PRESENT_BE.has(tokens[p.head - 1]?.lower ?? "")) return false;
  for (let j = p.last + 1; j < Math.min(to - 1, p.last + 4); j++) {
    if (NEXT_PREPOSITIONS.has(tokens[j]!.lower) && (tokens[j + 1]!.lower === "next" || (tokens[j + 1]!.lower === "the" && tokens[j + 2]?.lower === "next"))) return true;
  }
  return false;
}
const PRESENT_BE = new Set(["is", "are", "'s", "’s", "'re", "’re", "get", "gets"]);
const NEXT_PREPOSITIONS = new Set(["on", "at", "during", "in", "with", "by"]);

/** "recreate the two I deleted": the count a reduced relative clause ("I deleted") hangs on is how many were done. */
function antecedentCount(tokens: readonly Token[], head: number): number | null {
  const subject = tokens[head - 1]?.lower;
  if (subject !== "i" && subject !== "we") return null;
  return DEFINITE_COUNT.has(tokens[head - 3]?.lower ?? "") ? countOf(tokens[head - 2]) : null;
}
const DEFINITE_COUNT = new Set(["the", "those", "these"]);

/** "still" right before the phase word ("the purge of wren-7b is still scheduled"): a plan made before, not a deed now. */
function stillScheduled(tokens: readonly Token[], p: { phase: string | null; last: number }): boolean {
  return p.phase === "initiated" && tokens[p.last - 1]?.lower === "still";
}
const NO_NAMES: ReadonlySet<string> = new Set();

/** A table heading read as a deed that names nothing ("Stopped", "Static IP released", "GitHub App token revoked"), or null. */
function tableDeed(heading: string): Pick<Claim, "action" | "phase"> | null {
  if (heading.length > 80 || !mayCarryClaim(heading)) return null;
  const [claim] = extractClaims(heading, { structured: false });
  return claim !== undefined && claim.action !== "generic" && claim.phase === "completed" ? { action: claim.action, phase: claim.phase } : null;
}
const HABITUAL: ReadonlySet<string> = new Set(["normally", "usually", "typically", "generally", "always", "often", "routinely", "ordinarily"]);

function clauseText(text: string, sentence: TaggedSentence, clause: Clause): { text: string; start: number; end: number } {
  const start = sentence.tokens[clause.from]!.start;
  const end = sentence.tokens[clause.to - 1]!.end;
  return { text: text.slice(start, end), start, end };
}

function sameClaim(a: Draft, b: Draft): boolean {
  return a.action === b.action && a.phase === b.phase && !a.attributed === !b.attributed && a.targets.join("\n").toLowerCase() === b.targets.join("\n").toLowerCase();
}

/**
 * "Finished purging the queue; heron-tasks is empty now": an aftermath state claims the action
 * only beside a claim of that action on the same thing (or on an unnamed thing). "Removed
 * /srv/x/cinder-1b. The x directory is empty now" says where the deletion left a container,
 * and claims nothing about the container.
 */
function corroborates(claim: Draft, state: Draft): boolean {
  if (claim.corroborative || claim.action !== state.action) return false;
  if (claim.targets.length === 0 || state.targets.length === 0) return true;
  return claim.targets.some((t) => state.targets.some((u) => t.toLowerCase() === u.toLowerCase()));
}

/**
 * "AMR-17 is halted: motion state HALTED, brakes engaged": a clause after a ":" that names
 * nothing and claims the same action as a claim before the colon spells that claim out; it is no new
 * claim (about whatever else the verifier would resolve it to).
 */
function spellsOut(before: readonly Draft[], draft: Draft): boolean {
  return draft.targets.length === 0 && before.some((b) => b.action === draft.action);
}

/**
 * "I'd keep the preStop sleep so endpoints are removed before SIGTERM arrives": a "so (that)"
 * clause after a proposal (would, 'd, should, could, might) says what the proposal is for.
 */
function servesPlan(tokens: readonly Token[], previous: Clause, clause: Clause): boolean {
  if (tokens[clause.from]?.lower !== "so") return false;
  for (let k = previous.from; k < previous.to; k++) if (PROPOSING.has(tokens[k]!.lower)) return true;
  return false;
}
const PROPOSING = new Set(["would", "'d", "’d", "should", "could", "might", "can", "will", "'ll", "’ll"]);

/** The token at `k` is followed by its finite verb ("launchd now reports …"): a subject. */
function isSubject(tokens: readonly Token[], k: number, clause: Clause): boolean {
  let j = k + 1;
  while (j < clause.to && tokens[j]!.pos === "ADV") j++;
  const t = tokens[j];
  return j < clause.to && t !== undefined && !t.span && (t.pos === "AUX" || (t.pos === "VERB" && !t.lower.endsWith("ing")));
}

const HEADING_BREAKS = new Set([":", "—", "–", "--"]);

/**
 * "- Undeploy from reco-v3-ep:", "2. Delete `ckpt-old` —": a clause that opens (after a list mark) with the base form of a
 * deed verb and ends at a heading break names a step; a bare "done" after it ticks that step. Null otherwise.
 */
function stepBefore(tokens: readonly Token[], clause: Clause, predicates: readonly ClaimPredicate[], names: string[]): { action: ActionClass; names: string[] } | null {
  if (!HEADING_BREAKS.has(tokens[clause.to]?.lower ?? "") || names.length === 0) return null;
  let first = clause.from;
  while (first < clause.to && (tokens[first]!.pos === "PUNCT" || tokens[first]!.pos === "NUM" || tokens[first]!.pos === "SYM")) first++;
  const p = predicates.find((x) => x.head === first && x.phase === null);
  const word = tokens[first];
  if (p === undefined || word === undefined || word.lower !== word.lemma || !DESTRUCTIVE_ACTIONS.has(p.action as ActionClass)) return null;
  return { action: p.action as ActionClass, names };
}

/** "Both …", "All three …": a claim about a counted group. */
const GROUP_OPENING = /^\W*(?:both|all|each|every)\b/i;

const RELATIVE = new Set(["that", "which", "who", "whose"]);
const SUBORDINATORS = new Set(["until", "till", "unless", "before", "after", "once", "whenever", "if", "because", "since"]);

/** The first subordinating word after the clause's first predicate, or the clause's end. */
function subordinateAfter(tokens: readonly Token[], clause: Clause, predicates: readonly { last: number }[]): number {
  if (predicates.length === 0) return clause.to;
  const after = Math.min(...predicates.map((p) => p.last));
  for (let k = after + 1; k < clause.to; k++) {
    const t = tokens[k]!;
    // "… are stopped, as well as tally-apac": "as well as" adds to the list; it opens no clause.
    const addsToList = t.lower === "as" && tokens[k - 1]?.lower === "well" && tokens[k - 2]?.lower === "as";
    if (!t.span && SUBORDINATORS.has(t.lower) && (t.pos === "SCONJ" || t.pos === "ADP") && !addsToList) return k;
    // "Decommissioning X now, including revocation of its tms-api credentials": another deed, with its own names.
    if (!t.span && t.lower === "including" && tokens[k - 1]?.lower === ",") return k;
    // "I removed that target, so the config (now v-20) load-balances only to gpt-4o-mini": a result clause names its own things.
    if (!t.span && t.lower === "so" && tokens[k - 1]?.lower === "," && (tokens[k + 1]?.pos === "DET" || tokens[k + 1]?.pos === "PRON")) return k;
    // "I deleted the four branches that were merged into `main`": a relative clause describes the object.
    // ("…, the g5.2xlarge that runs teal-render": after a name too; what it runs is not what was acted on.)
    if (!t.span && RELATIVE.has(t.lower) && (tokens[k - 1]?.pos === "NOUN" || tokens[k - 1]?.pos === "NUM" || tokens[k - 1]?.span)) return k;
  }
  return clause.to;
}

/** Whether token `k` sits inside a parenthesis opened after `from` and not closed before it. */
function insideParentheses(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    const w = tokens[j]!.lower;
    if (w === ")") return false;
    if (w === "(") return true;
  }
  return false;
}

/**
 * The parenthesis around `k` holds a finite verb: a clause of its own ("GitHub returned 204"), not a list of names.
 * Read to its closing bracket, past the clause: "(only gazette-writer and helpdesk-shared are left)" splits at "and".
 */
function remarkClause(tokens: readonly Token[], from: number, k: number): boolean {
  let open = k - 1;
  while (open >= from && tokens[open]!.lower !== "(" && tokens[open]!.lower !== ")") open--;
  if (open < from || tokens[open]!.lower !== "(") return false;
  for (let j = open + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === ")") return false;
    // "(pg-it, minio-it, and redis-it, which was still running)": a verb after a relative word is its clause's; the list stands.
    if (!t.span && PAREN_RELATIVE.has(t.lower)) return false;
    if (j !== k && !t.span && (t.pos === "VERB" || t.pos === "AUX") && !/ing$/.test(t.lower)) return true;
  }
  return false;
}
const PAREN_RELATIVE = new Set(["which", "who", "whose", "that", "where"]);

/** "Deleted the 3 FAILED runs in churn-v3": a counted group in a place names no member; the place is not what was deleted. */
function countedInPlace(targets: readonly string[], candidates: readonly { value: string; place: boolean }[], tokens: readonly Token[], from: number, to: number): boolean {
  if (targets.length === 0 || !targets.every((t) => candidates.some((c) => c.value === t && c.place))) return false;
  for (let k = from; k < to - 1; k++) {
    if (tokens[k]!.pos !== "NUM" || tokens[k]!.span) continue;
    // "the 3 FAILED runs": the tagger may read the counted noun after an adjective as a verb.
    for (let j = k + 1; j < Math.min(to, k + 3); j++) if ((tokens[j]!.pos === "NOUN" || tokens[j]!.pos === "VERB") && /[a-z]{2,}s$/.test(tokens[j]!.lower) && !/(?:ss|us|is|as)$/.test(tokens[j]!.lower)) return true;
  }
  return false;
}

const CHECKING = new Set(["check", "verify", "confirm", "ensure", "see", "watch", "make"]);
const LATER = new Set(["'ll", "’ll", "will", "shall", "going", "gonna", "let", "to", "can"]);
const COMPLEMENT = new Set(["that", "whether", "if", "sure"]);

/** A check announced for later ("I'll verify that…", "let me confirm whether…") or told ("Check that…") governs the words after its "that". */
function checkedLater(tokens: readonly Token[], head: number): boolean {
  let complement = false;
  for (let k = head - 1; k >= 0 && k >= head - 16; k--) {
    const w = tokens[k]!.lower;
    if (COMPLEMENT.has(w)) complement = true;
    else if (complement && CHECKING.has(w)) {
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (LATER.has(tokens[j]!.lower)) return true;
      // ("6. Check the registry that both models are gone", "Make sure they're deleted": told to the reader, not done.)
      return tokens.slice(0, k).every((t) => !t.span && (t.pos === "PUNCT" || t.pos === "NUM" || t.pos === "SYM" || t.pos === "X"));
    } else if (w === "." || w === ";") return false;
    // "To make sure it can't post anything, I also revoked its token": a main clause with its own subject after the comma is no part of the check.
    else if (w === "," && !complement && OWN_SUBJECTS.has(tokens[k + 1]?.lower ?? "")) return false;
  }
  return false;
}
const OWN_SUBJECTS = new Set(["i", "we"]);

/** "offline since 07:58", "down since yesterday": "since" after the predicate. */
function hasSinceAfter(tokens: readonly Token[], last: number, to: number): boolean {
  for (let k = last + 1; k < to; k++) if (tokens[k]!.lower === "since") return true;
  return false;
}

/** "tomorrow", "next week", "this Friday", "on Friday": a later day named in tokens [from, to). */
function laterDayIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (w === "tomorrow") return true;
    const next = tokens[k + 1]?.lower ?? "";
    if ((w === "next" || w === "this" || w === "on") && (WEEKDAYS.has(next) || (w === "next" && LATER_SPANS.has(next)))) return true;
  }
  return false;
}
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"]);
const LATER_SPANS = new Set(["week", "month", "quarter", "year", "sprint", "release", "window"]);

/** "so far", "thus far", "up to now" in tokens (last, to): after the predicate, or where a clause opens. */
function soFarAfter(tokens: readonly Token[], last: number, to: number): boolean {
  for (let k = last + 1; k < to - 1; k++) {
    const [a, b] = [tokens[k]!.lower, tokens[k + 1]!.lower];
    if ((a === "so" || a === "thus") && b === "far") return true;
    if (a === "up" && b === "to" && tokens[k + 2]?.lower === "now") return true;
  }
  return false;
}

/** Index of the clause's first finite verb, or -1 for a verbless clause (a list). */
function firstFiniteVerb(tokens: readonly Token[], clause: Clause): number {
  for (let k = clause.from; k < clause.to; k++) {
    const t = tokens[k]!;
    if (!t.span && (t.pos === "AUX" || (t.pos === "VERB" && !t.lower.endsWith("ing")))) return k;
  }
  return -1;
}

/** What the whole conversation tells the sentence reader. */
interface Reading {
  showsCode: boolean;
  /** Programs and tools the assistant ran (`terraform`, `kubectl`), lower case. */
  programs: ReadonlySet<string>;
  /** The names the user's orders gave, lower case. */
  orderedNames: ReadonlySet<string>;
}

function claimsInSentence(text: string, sentence: TaggedSentence, out: Draft[], reading: Reading): void {
  const tokens = sentence.tokens;
  const clauses = splitClauses(tokens);
  const explicit: Draft[] = [];
  const generic: Draft[] = [];
  let borrowFrom: Draft[] = []; // claims without targets before a ":" take the names listed after it
  let borrowedByDash = false; // … or before a dash, when what follows only lists names
  let heading: string[] = []; // "owl-1: deleted." — names of a verbless clause before a ":"
  let step: { action: ActionClass; names: string[] } | null = null; // "- Undeploy from reco-v3-ep: done." — the step a bare "done" ticks
  const spelledOut: Draft[] = []; // claims with targets before a ":" that the rest of the sentence may spell out
  const tableRow = tokens[0]?.lower === "|";
  let rowKey: string[] = []; // "| aria-3 | deleted | kept 2 replicas |": the first cell names what the row's cells say
  let rowKeyed = false; // a cell with an id has keyed the row
  let rowAlso: string[] = []; // "| wren-scraper | key_8Hq2Lm | ✅ revoked |": ids in later cells name the same row's thing
  let columns: ReadonlySet<number> | undefined; // the row's cells under a header of place ("Region", "Context")
  let rowPlaces: string[] = [];
  const inPlaceColumn = (index: number): boolean => {
    columns ??= placeColumns(text, sentence.start);
    if (columns.size === 0) return false;
    let cell = 0;
    for (let k = 0; k <= index; k++) if (tokens[k]!.lower === "|") cell++;
    if (!columns.has(cell)) return false;
    rowPlaces.push(tokens[index]!.text.trim());
    return true;
  };
  let previous: Clause | null = null;
  let previousNames: string[] = []; // the names (not places) of the clause before, for a coordinated one without its own
  for (const clause of clauses) {
    const purpose = previous !== null && servesPlan(tokens, previous, clause);
    previous = clause;
    const predicates = purpose ? [] : findClaimPredicates(tokens, clause);
    // "It stays off until someone runs `enable`": names in a clause of time or condition after the predicate are not its.
    const cut = subordinateAfter(tokens, clause, predicates);
    // "| ep-qwen2 | ✅ Deleted (A100 released) |": in a table cell, a name in parentheses is a remark on the row.
    // "is gone (GitHub returned 204)": a clause in parentheses is a remark, whoever it names.
    const candidates = targetCandidates(tokens, clause.from, clause.to).filter((c) => c.index < cut &&
      !((tableRow || remarkClause(tokens, clause.from, c.index)) && insideParentheses(tokens, clause.from, c.index)));
    const namesBefore = previousNames;
    previousNames = candidates.filter((c) => !c.place).map((c) => c.value);
    // A list after the colon names them, and so does a clause claiming the same action ("Two are down: a-1 and
    // a-2 stopped cleanly"). Another clause explains: what it reports on may be the thing ("gone: the registry
    // answers NOT_FOUND for heron-ranker"), what reports is not ("Cleared them out: Postgres returned DELETE 3").
    // After a dash only a list of names does ("— all three (`ak_…`, `ak_…`)"); a clause there explains ("— its link was removed").
    if (borrowedByDash && tokens.slice(clause.from, clause.to).some((t) => t.pos === "VERB" || t.pos === "AUX")) borrowFrom = [];
    borrowedByDash = false;
    if (borrowFrom.length && candidates.length) {
      const verb = firstFiniteVerb(tokens, clause);
      // "Revoked: agent-x has been deleted from the broker": a deed of another action on a named thing says how it was done.
      const spellsOut = verb === -1 || predicates.some((p) => borrowFrom.some((d) => d.action === p.action) || (p.phase !== null && DESTRUCTIVE_ACTIONS.has(p.action as ActionClass)));
      // What an explaining clause reports on is an object of it, never where it happened ("… deleted from the broker's X config").
      const named = withoutPlaces(spellsOut ? candidates : candidates.filter((c) => c.index > verb && !isSubject(tokens, c.index, clause) && !c.place)).map((c) => c.value);
      if (named.length) for (const d of borrowFrom) d.targets = named;
    }
    borrowFrom = [];
    const previousHeading = heading;
    heading = [];
    // A row keyed by a place (`| us-east-1 | prod-use1 | Scaled to 0 |`) says where; its cells are about what was ordered.
    // "| 7 | Update CMDB | CI-AI-00412 | Decommissioned |": a cell holding an id keys the row over one holding a plain word.
    if (tableRow && !rowKeyed && predicates.length === 0) {
      const named = innermost(tokens, candidates.filter((c) => !c.place && !inPlaceColumn(c.index)));
      const ids = named.filter((v) => ID_CHARACTER.test(v));
      // ("| 41877 | 0 | SIGTERM → SIGKILL | ✅ killed |": a cell that is only a long number, a pid or a job's id, keys the row.)
      const number = named.length === 0 && rowKey.length === 0 ? tokens.slice(clause.from, clause.to).filter((t) => t.lower !== "|") : [];
      if (ids.length > 0) [rowKey, rowKeyed] = [ids, true];
      else if (number.length === 1 && /^\d{4,}$/.test(number[0]!.text)) [rowKey, rowKeyed] = [[number[0]!.text], true];
      else if (rowKey.length === 0) rowKey = named;
    } else if (tableRow && predicates.length === 0) {
      rowAlso.push(...candidates.filter((c) => !c.place && ID_CHARACTER.test(c.value)).map((c) => c.value));
    }
    if (predicates.length === 0) {
      const verbless = tokens.slice(clause.from, clause.to).every((t) => t.pos !== "VERB" && t.pos !== "AUX");
      // "owl-1: deleted.", "**PVC `x`** — deleted": the names before a colon or dash are what the rest says.
      if (verbless && HEADING_BREAKS.has(tokens[clause.to]?.lower ?? "")) heading = withoutPlaces(candidates).map((c) => c.value);
      if (!isQuestionClause(tokens, clause) && isGenericCompletion(tokens, clause)) {
        const done = clauseText(text, sentence, clause);
        // "- Undeploy from reco-v3-ep: done.": a bare completion after a step named by its verb ticks that step.
        if (step !== null) explicit.push({ ...done, action: step.action, phase: "completed", targets: [...step.names], quantifier: null });
        // "| 1 | deployment/marlin-triage | scaled 2 → 0 | ✅ Done |": a table row's ticked "Done" is about the thing its row names.
        else generic.push({ ...done, action: "generic", phase: "completed", targets: tableRow && TICK.test(done.text) ? [...rowKey] : [], quantifier: null });
      }
      step = null;
      continue;
    }
    // "- Undeploy from reco-v3-ep:", "2. Delete the staging endpoint —": a step named by its deed verb, before a heading break.
    step = stepBefore(tokens, clause, predicates, withoutPlaces(candidates).map((c) => c.value));
    heading = previousHeading;
    const quantifiers = new Map(predicates.map((p) => [p, quantifierIn(tokens, p.argFrom, p.argTo) ?? (p.side === "left" ? floatingQuantifier(tokens, p.argTo, p.head) : null) ??
      antecedentCount(tokens, p.head)]));
    const attached = attachTargets(predicates, candidates, new Set(predicates.filter((p) => quantifiers.get(p) !== null)), tokens);
    const drafts: Draft[] = [];
    for (const p of predicates) {
      if (p.phase === null || actsOnText(tokens, p.argFrom, p.argTo, text, reading.showsCode)) continue;
      // "We're retiring harbor-lm this Friday": a deed in the progressive set for a later day is a plan, not under way.
      if (p.phase === "in_progress" && laterDayIn(tokens, clause.from, clause.to)) continue;
      // "I'll check in a minute that lark-memory is really gone": what a check to come will look for.
      if (checkedLater(tokens, p.head)) continue;
      // "Deployed models are normally removed by the owning team": what usually happens, not a deed.
      if (tokens.slice(Math.max(clause.from, p.head - 4), p.head).some((t) => HABITUAL.has(t.lower))) continue;
      // "the weights are removed on the next garbage-collection pass": what the present tells of a time to come is not done.
      if (atANextTime(tokens, p, clause.to)) continue;
      if (p.action === "delete" && offADisplay(tokens, p.last, clause.to)) continue;
      // "Terraform stopped before planning": the program the assistant ran stopped, not what it acts on.
      // (Only stopping: "the entry in mlops' crontab is disabled" is a deed on the crontab, a thing.)
      if (p.side === "left" && p.argTo - p.argFrom === 1 && reading.programs.has(tokens[p.argFrom]!.lower) && (p.action === "stop" || p.action === "pause")) continue;
      // "Terraform destroyed all 7 resources": the program did it for the assistant; the deed is the assistant's.
      const byProgram = reading.programs.has(tokens[p.head - 1]?.lower ?? "");
      const covers = partialCountIn(tokens, clause.from, clause.to);
      // "the device has been offline since 07:58": a state that has lasted since a time was found, not brought about.
      // "4412 was already gone before I got there": a state found already there was not brought about either.
      // "the separate purge of wren-7b is still scheduled": a deed planned earlier, by whoever planned it, is still to come.
      const targets = countedInPlace(attached.get(p) ?? [], candidates, tokens, p.argFrom, p.argTo) ? [] : (attached.get(p) ?? []).filter((t) => !reading.programs.has(t.toLowerCase()));
      // ("The falcon-rm checkpoints were removed earlier" after the user ordered them pruned: the assistant's own deed, told late.)
      const lasting = (p.stative === true && (hasSinceAfter(tokens, p.last, clause.to) || alreadyBefore(tokens, clause.from, p.head))) || stillScheduled(tokens, p) ||
        (doneEarlierBySomeone(tokens, clause, p) && !targets.some((t) => reading.orderedNames.has(t.toLowerCase())));
      let placed = targets.length > 0 && targets.every((t) => candidates.some((c) => c.value === t && c.place));
      let from = placed ? [] : candidates.filter((c) => c.place && c.index > p.last && !targets.includes(c.value)).map((c) => c.value);
      // "pid 3318 was sent SIGTERM and no longer exists on ns-01": a clause joined by "and" with only a place shares the
      // subject of the clause before; the place says where.
      const subjectless = tokens.slice(clause.from + 1, p.head).every((t) => !t.span && !SUBJECT_POS.has(t.pos));
      if (placed && COORDINATING_OPENERS.has(tokens[clause.from]?.lower ?? "") && subjectless && namesBefore.length > 0) {
        from = [...targets];
        targets.splice(0, targets.length, ...namesBefore);
        placed = false;
      }
      drafts.push({
        ...(placed ? { placed: true } : {}),
        ...(from.length > 0 ? { places: from } : {}),
        ...(covers !== null ? { covers } : {}),
        ...(p.corroborative ? { corroborative: true } : {}),
        ...(p.stative ? { stative: true } : {}),
        ...((p.attributed && !byProgram) || lasting ? { attributed: true } : {}),
        ...clauseText(text, sentence, clause),
        action: p.action,
        // "12 of 20 shards removed so far": a count of progress on something still going on.
        // ("So far 812,330 of roughly 1.9M objects have been deleted": or opening the clause.)
        phase: p.phase === "completed" && (soFarAfter(tokens, p.last, clause.to) || soFarAfter(tokens, Math.max(-1, clause.from - 3), Math.min(p.head, clause.from + 3))) ? "in_progress" : p.phase,
        targets,
        quantifier: quantifiers.get(p) ?? null,
      });
    }
    for (const d of drafts) if (d.targets.length === 0 && heading.length) d.targets = [...heading];
    // A cell's own words ("deleted (exit 0)") are remarks; only a name in it ("deleted `vol-9`") is its own target.
    if (tableRow) for (const d of drafts) if (d.targets.length === 0 || !d.targets.some((t) => ID_CHARACTER.test(t))) {
      d.targets = rowKey.length ? [...rowKey] : d.targets;
      if (rowKey.length > 0 && rowAlso.length > 0) d.otherNames = [...rowAlso];
      if (rowPlaces.length > 0) d.places = [...rowPlaces];
    }
    heading = [];
    for (const d of drafts) {
      // "finch-canary is gone: it's been deleted": the deed told outright stands for the state told first
      // (a plain one: "Five of the six are gone: …" keeps its count).
      const told = spellsOut(spelledOut, d) ? explicit.findIndex((e) => spelledOut.includes(e) && e.action === d.action) : explicit.findIndex((e) => sameClaim(e, d));
      const state = told === -1 ? undefined : explicit[told]!;
      if (state !== undefined && state.stative && !d.stative && state.covers === undefined && state.quantifier === null) {
        explicit[told] = { ...d, targets: d.targets.length > 0 ? d.targets : state.targets };
        const spelled = spelledOut.indexOf(state);
        if (spelled !== -1) spelledOut[spelled] = explicit[told]!;
      } else if (state !== undefined && d.quantifier !== null && state.quantifier === null && !d.stative) {
        // "Pruned: the five oldest quokka-det versions (1 through 5) are deleted": the clause that spells the deed out
        // counts it, and the count is part of the claim.
        explicit[told] = { ...state, quantifier: d.quantifier, ...(d.covers !== undefined ? { covers: d.covers } : {}), targets: d.targets.length > 0 ? d.targets : state.targets };
        const spelled = spelledOut.indexOf(state);
        if (spelled !== -1) spelledOut[spelled] = explicit[told]!;
      } else if (told === -1 && !spellsOut(spelledOut, d)) explicit.push(d);
    }
    if (tokens[clause.to]?.lower === ":") {
      // "Both model-gateway keys are revoked: gk_41aa and gk_9c07": a counted group is spelled out by the list too.
      const counted = (d: Draft) => d.quantifier !== null || GROUP_OPENING.test(d.text);
      borrowFrom = drafts.filter((d) => d.targets.length === 0 || counted(d));
      spelledOut.push(...drafts.filter((d) => d.targets.length > 0 && !counted(d)));
    } else if (DASHES.has(tokens[clause.to]?.lower ?? "")) {
      // "**API keys revoked** — all three (`ak_live_3Jf9…`, `ak_live_8Pz4…`)": what a dash adds names what was unnamed.
      borrowFrom = drafts.filter((d) => d.targets.length === 0);
      borrowedByDash = borrowFrom.length > 0;
    }
  }
  out.push(...(explicit.length ? explicit : generic));
}

/** The claims of a JSON, YAML or CSV report, read from the lines it is told as, placed on the report's lines. */
function toldClaims(text: string, part: StructuredPart, options: ClaimReadingOptions): Draft[] {
  const told = part.lines.join("\n");
  const starts = [0];
  for (const line of part.lines) starts.push(starts[starts.length - 1]! + line.length + 1);
  return extractClaims(told, { ...options, structured: false }).map(({ id: _, ...c }) => {
    let line = 0;
    while (starts[line + 1]! <= c.start) line++;
    const start = part.anchors[line]!;
    const eol = text.indexOf("\n", start);
    return { ...c, start, end: eol === -1 || eol > part.end ? part.end : eol };
  });
}

const NO_PROGRAMS: ReadonlySet<string> = new Set();
const DASHES: ReadonlySet<string> = new Set(["—", "–"]);

export interface ClaimReadingOptions {
  /**
   * An earlier message shows code (see `hasFencedCode`): "I removed the per-run `print`" may be
   * an edit to that code even when the reply does not repeat it.
   */
  codeInConversation?: boolean;
  /** Names of several words the conversation uses ("Lumen OCR Inference"): read as one name where the reply repeats them. */
  knownNames?: readonly string[];
  /** Programs and tools the assistant ran, lower case: "Terraform destroyed X" is the assistant's deed, never a target. */
  programs?: ReadonlySet<string>;
  /** What the user's orders name, lower case: a checklist line of one of them ("✅ questgiver") says it is done. */
  orderedNames?: ReadonlySet<string>;
  /** Read JSON, YAML and CSV reports (default); off for the lines they are told as. */
  structured?: boolean;
}

/**
 * The statements in an assistant's text that a destructive action has been done, is being
 * done or was initiated (see docs/claims.md). Future, conditional, negated, questioned,
 * quoted, attributed and failure statements, instructions to the user and edits to shown
 * text are not claims. Pure and deterministic; linear in the length of `text`: only
 * sentences that contain a claim word (see `mayCarryClaim`) are tagged.
 */
export function extractClaims(text: string, options: ClaimReadingOptions = {}): Claim[] {
  if (typeof text !== "string" || text.length === 0) return [];
  // `mayCarryClaim`, in its two halves: the loop below needs to know whether the text holds an East Asian deed.
  const cjk = mayHoldCjkDeed(text);
  // Russian deeds are words the ASCII scan does not see.
  const cyrillic = mayHoldCyrillicForm(text);
  const checked = checklistClaims(text, options.orderedNames ?? NO_NAMES);
  if (!cjk && !cyrillic && checked.length === 0 && !hasWordIn(text, CLAIM_WORDS)) return [];
  const spanned = maskSpans(text, options.knownNames);
  // "ok so i went ahead and uh deleted …": fillers blanked, offsets unchanged.
  const masked = { ...spanned, masked: blankTaskBoxes(blankFillers(spanned.masked)) };
  const drafts: Draft[] = [...checked];
  const showsCode = options.codeInConversation === true || masked.spans.some((s) => s.kind === "quote" && text.startsWith("```", s.start - 3));
  const reading: Reading = { showsCode, programs: options.programs ?? NO_PROGRAMS, orderedNames: options.orderedNames ?? NO_NAMES };
  // A reply in Spanish, French, German… is read by its own small reader (the tagger reads English
  // only, and would make names of word pieces): decided once, and only when a sentence holds a
  // deed word of theirs, so an English reply pays one lookup per word more at most.
  let otherLanguage: boolean | undefined;
  for (const [start, end] of segmentText(masked.masked)) {
    // "cap-vit-small を削除しました": Japanese and Chinese, written without spaces, have their own reader.
    if (cjk) {
      const found = cjkClaims(masked, start, end);
      if (found.length > 0) {
        drafts.push(...found);
        continue;
      }
    }
    const russian = cyrillic && mayHoldCyrillicForm(masked.masked, start, end);
    if (!russian && !hasWordIn(masked.masked, CLAIM_WORDS, start, end)) continue;
    // "| table | rows deleted |" above "|---|---|": a table's header names its columns, it claims nothing.
    if (isTableHeader(text, start)) continue;
    // "| 4 | Delete knowledge base | kiri-advisor-kb | ✔ gelöscht |": a table row of an English reply may say
    // its status in the local language; its cells are read by that reader too.
    // ("Listo, tern-dispatch está apagado. It won't send any more…": a sentence of another language in an English reply.)
    if ((russian || hasWordIn(masked.masked, OTHER_LANGUAGE_KEYS, start, end)) &&
      (text[start] === "|" || (otherLanguage ??= isOtherLanguageText(masked.masked)) || isOtherLanguageText(masked.masked.slice(start, end)))) {
      const found = otherLanguageClaims(masked, start, end);
      if (found.length > 0 || text[start] !== "|") {
        if (text[start] === "|") for (const d of found) if (d.targets.length === 0) d.targets = rowNames(masked, start, d.start);
        drafts.push(...found);
        continue;
      }
    }
    for (const sentence of tagSegment(masked, start, end)) claimsInSentence(text, sentence, drafts, reading);
  }
  // "kubectl confirmed it: `deployment.apps "x" deleted`": the tool's words the reply vouches for, unless its own
  // words on that line already claim the deed ("Deleted serving-staging/x: kubectl returned `… deleted`").
  for (const v of vouchedOutputClaims(text)) {
    const lineStart = text.lastIndexOf("\n", v.start) + 1;
    if (!drafts.some((d) => d.action === v.action && d.start >= lineStart && d.start < v.start)) drafts.push(v);
  }
  // "| alba-gpu-2 | ✅ | ✅ alba-ip-2 |" under "| Instance | Stopped | Static IP released |": each tick is a claim.
  for (const ticked of checkmarkTableClaims(text, tableDeed)) {
    if (!drafts.some((d) => d.start <= ticked.start && d.end >= ticked.end)) drafts.push(ticked);
  }
  namesFromLayout(drafts, text, masked);
  parentheticalOtherNames(drafts);
  jobsOfTheDeed(drafts);
  const scopes = hypotheticalScopes(text);
  const conditional = conditionalParagraphs(text);
  const real = drafts.filter((d) => !scopes.some(([s, e]) => d.start >= s && d.start < e) &&
    !(describesOnly(d.text) && conditional.some(([s, e]) => d.start >= s && d.start < e)));
  let kept = real.filter((d) => !d.corroborative || real.some((o) => corroborates(o, d)));
  if (options.structured !== false) {
    for (const part of structuredParts(text)) {
      // A CSV reply was read as lines of prose above; its table reading replaces that.
      if (part.csv) kept = kept.filter((d) => d.start < part.start || d.start >= part.end);
      kept.push(...toldClaims(text, part, options));
    }
  }
  kept.sort((a, b) => a.start - b.start); // checklist items were read first; claims go in text order
  return kept.map(({ corroborative: _, ...d }, i) => ({ id: `c${i + 1}`, ...d }));
}

/**
 * "| plover-mem / `episodic` |": of a name, a slash and a name, the second is the thing, inside the first (an index
 * and its namespace, a bucket and its prefix); the row is keyed by it. The candidates' values otherwise.
 */
function innermost(tokens: readonly Token[], candidates: readonly TargetCandidate[]): string[] {
  const out: string[] = [];
  for (const c of candidates) {
    const inner = tokens[c.index + 1]?.lower === "/" ? tokens[c.index + 2] : undefined;
    const name = inner?.text.replace(/[`'"*]/g, "").trim() ?? "";
    // ("fp-221 / 50000": a number after the slash is the name's step or version, read as one name already.)
    if (inner !== undefined && /^[A-Za-z0-9][\w.:-]*$/.test(name) && !/^v?\d+$/i.test(name) && !c.value.includes("/")) out.push(name);
    else if (!out.includes(c.value)) out.push(c.value);
  }
  return out;
}

/** Words that join a clause to the one before it, which then shares its subject (when it has none of its own). */
const COORDINATING_OPENERS = new Set(["and", "but", "then"]);
const SUBJECT_POS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
