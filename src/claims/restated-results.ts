import type { ActionClass } from "../classify/effect";
import { ACTION_NOUNS, baseVerbWords, verbWordsFor } from "../nlp/action-lexicon";
import { mentions } from "../nlp/mentions";
import { hasWordIn, someWord } from "../nlp/word-scan";
import type { Claim } from "./claim";

/**
 * "Draft the release notes", "summarize #infra-changes": a reply that restates what a tool result
 * says ("**Removed the v1 REST client.**", "staging-eu-1 EKS cluster deleted (Priya)") reports
 * that source, not a deed of its own. True when some line of a result names the claim's target
 * (or, for a claim that names none, shares two content words with it) together with a word of
 * the claim's action. The caller decides when a restatement may stand for a report: only in a
 * conversation where nothing was ordered destroyed and nothing destructive was called.
 */
export function restatesResult(claim: Claim, results: readonly string[], replyText = "", doneOnly = false): boolean {
  if (claim.action === "generic") return false;
  const deedWords = wordsOfAction(claim.action);
  const targets = claim.targets.map((t) => t.toLowerCase());
  // A claim that names nothing ("their namespaces were deleted") is compared by the words of its whole line.
  const keys = targets.length > 0 ? null : contentWords(lineAround(replyText, claim) ?? claim.text, deedWords);
  if (keys !== null && keys.size < 2) return false;
  for (const text of results) {
    for (const line of text.split("\n", MAX_LINES)) {
      const lower = line.toLowerCase();
      const about = keys === null ? targets.some((t) => mentions(lower, t)) : sharesTwo(lower, keys);
      if (!about || !hasWordIn(lower, deedWords)) continue;
      // (`doneOnly`: the result must tell the deed done, "deleted", not proposed: "Proposed deleting oriel-tutor/drafts".)
      if (doneOnly ? someWord(lower, (w) => deedWords.has(w) && DONE_FORM.test(w)) : !(OPEN_REQUEST.test(lower) && !someWord(lower, (w) => deedWords.has(w) && !BASE_VERBS.has(w)))) return true;
    }
  }
  return false;
}

/**
 * "Write a short timeline summary of INC-4471", "draft the release notes": an order to write a
 * text for the user from what the tools show. Like a read, it changes nothing itself.
 */
export function composesDocument(orderText: string): boolean {
  return COMPOSE_ORDER.test(orderText);
}
const COMPOSE_ORDER = /\b(?:write|draft|compose|prepare|put together|give me|summari[sz]e)\b[^.?!\n]{0,60}\b(?:summary|report|timeline|post-?mortem|notes|recap|digest|changelog|write-?up|brief(?:ing)?|overview|announcement|status update|proposal|plan|memo|assessment|analysis)\b/i;

/**
 * `{"summary": "Delete tamarind-asr-v3 weights", "status": "Open"}`: a ticket or request still open that words the deed
 * only in its bare form asks for the deed; it reports none ("dropped x" in an open ticket's worklog still reports).
 */
const OPEN_REQUEST = /["']?(?:status|state)["']?\s*[:=]\s*["']?(?:open|new|to ?do|backlog|pending|queued|submitted|requested|awaiting[\w ]*|in[ _-]?progress|in[ _-]?review)\b/;

const BASE_VERBS = baseVerbWords();
/** A past participle: the deed told done. */
const DONE_FORM = /ed$/;

const MAX_LINES = 2000;
const MAX_LINE = 400;

/** The line of the reply the claim stands on (400 characters at most), or null without the reply. */
function lineAround(text: string, claim: Claim): string | null {
  if (text.length === 0 || claim.end > text.length) return null;
  const start = Math.max(text.lastIndexOf("\n", claim.start) + 1, claim.start - MAX_LINE / 2);
  const nl = text.indexOf("\n", claim.end);
  const end = Math.min(nl === -1 ? text.length : nl, claim.end + MAX_LINE / 2);
  return text.slice(start, end);
}

const cache = new Map<ActionClass, ReadonlySet<string>>();

/** The verbs in all their forms and the action nouns of `action` ("remove", "removed", "removal"). */
function wordsOfAction(action: ActionClass): ReadonlySet<string> {
  let words = cache.get(action);
  if (!words) {
    const set = verbWordsFor(new Set([action]));
    for (const [noun, a] of Object.entries(ACTION_NOUNS)) if (a === action) set.add(noun);
    // "deploy/ingest-workers scaled" in a log backs "ingest-workers scaled to 0": a stop is written as a scale.
    if (action === "stop") for (const w of ["scale", "scaled", "scaling"]) set.add(w);
    cache.set(action, (words = set));
  }
  return words;
}

/** Words that carry no content of their own. */
const FILLER = new Set("the and for from with that this was were has have been its their our your are not all any into onto now".split(" "));

/** Numbers and words of three letters or more, without filler or the action's own words. */
function contentWords(text: string, deedWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  someWord(text, (w) => {
    if ((/^\d+$/.test(w) || w.length >= 3) && !FILLER.has(w) && !deedWords.has(w)) out.add(w);
    return false;
  });
  return out;
}

function sharesTwo(lowerLine: string, keys: ReadonlySet<string>): boolean {
  let n = 0;
  return someWord(lowerLine, (w) => keys.has(w) && ++n >= 2);
}
