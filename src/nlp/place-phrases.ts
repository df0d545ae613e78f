import type { Token } from "./tag-segment";
import type { TargetCandidate } from "./target-candidates";

// Where a named thing stands in its sentence: a place ("in us-central1"), a rule followed
// ("per RUNBOOK-17") or a destination ("moved to cold-archive") is never what was acted on.

/** Prepositions of place: a name after them says where the thing acted on is. */
const PLACE_PREPOSITIONS = new Set(["in", "on", "at", "from", "inside", "within", "across"]);

/**
 * Drops the places among `candidates` when something else is named: "tern-runner-3 has been
 * deleted from us-central1-b" deleted tern-runner-3, not the zone. A place that is the only
 * name is kept: it is then the best description of the thing acted on.
 */
export function withoutPlaces<T extends TargetCandidate>(candidates: readonly T[]): T[] {
  return candidates.some((c) => !c.place) ? candidates.filter((c) => !c.place) : [...candidates];
}

/**
 * A name (not a path, not a bare number) stands right before `at`, the thing itself: "step_48000 from …", not a
 * describing word ("the marrick-3b weights from …") nor an owner ("the checkpoints of heron-asr from …").
 */
function namedBefore(tokens: readonly Token[], from: number, at: number): boolean {
  const t = tokens[at - 1];
  return at - 1 >= from && t !== undefined && Boolean(t.span) && /[a-z]/i.test(t.text) && !isPath(t.text) && tokens[at - 2]?.lower !== "of";
}

function isPath(value: string): boolean {
  return value.includes("/") || value.includes("\\");
}

/** Prepositions that name the rule an action followed ("per the 7d/6m policy", "according to RUNBOOK-17"). */
const RULE_PREPOSITIONS = new Set(["per", "according"]);

/** The token at `k` stands in a phrase naming a rule or policy: it is never what was acted on. */
export function followsRule(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 6); j--) {
    const t = tokens[j]!;
    if (RULE_PREPOSITIONS.has(t.lower)) return true;
    if (t.lower === "to" && tokens[j - 1]?.lower === "according") return true;
    // The rule's own noun phrase, hyphenated compounds included: "the on-call runbook", "the 7d/6m policy".
    if (!t.span && t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "NUM" && t.lower !== "-" && !(t.pos === "ADP" && tokens[j + 1]?.lower === "-")) return false;
  }
  return false;
}

/** The candidate at `k` stands in a phrase opened by a preposition of place ("from the us-central1-b zone"). */
export function isPlace(tokens: readonly Token[], from: number, k: number, value: string): boolean {
  // A file path is what was cleared ("removed 412 shards from /workspace/tmp"); an `owner/repo` is where. After names of
  // their own it says where they were: "Deleted step_12000 and step_24000 from /data/ckpt/shrike-rl".
  if (isPath(value) && !OWNER_SLASH_NAME.test(value)) return tokens[k - 1]?.lower === "from" && namedBefore(tokens, from, k - 1);
  if (CLOUD_REGION.test(value)) return true; // us-central1, eu-west-1, europe-west4-b: where things run
  // "from helpdesk-ai-prod / us-central1": the next item of a list of places.
  if (tokens[k - 1]?.lower === "/" && tokens[k - 2]?.span && isPlace(tokens, from, k - 2, tokens[k - 2]!.text)) return true;
  // "gone from web and email": a plain word joined to a place is another place (a name is not: "ckpt-7 in us-east-1 and ckpt-8")
  // — unless it is the next of a numbered series with it: "on eu-1, eu-2 and eu-3".
  const joined = tokens[k - 2];
  if ((tokens[k - 1]?.lower === "and" || tokens[k - 1]?.lower === "or" || tokens[k - 1]?.lower === ",") && joined !== undefined &&
    (!tokens[k]?.span || sameSeries(joined.text, value)) && k - 2 >= from && isPlace(tokens, from, k - 2, joined.text)) return true;
  for (let j = k - 1; j >= Math.max(from, k - 4); j--) {
    const t = tokens[j]!;
    // "pulled the plug on civet-ranker": what the plug was pulled on is what was stopped.
    if (t.lower === "on" && tokens[j - 1]?.lower === "plug") return false;
    // ("cleared off game-node-07", "wiped off the edge boxes": where it was removed from.)
    // ("clear the cached weights off farm-build-12": after the thing taken off, too; "turn off X" is the verb's particle.)
    if (t.pos === "ADP") return PLACE_PREPOSITIONS.has(t.lower) || (t.lower === "off" && takenOffBefore(tokens[j - 1]));
    // "from the broker's dynamic-security config": a possessive inside the place's noun phrase.
    if (!t.span && t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN" && !POSSESSIVE_MARK.has(t.lower)) return false;
  }
  return false;
}
const POSSESSIVE_MARK = new Set(["'s", "’s", "'"]);
/** Removal participles after which "off X" says where from. */
const REMOVED_OFF = new Set(["cleared", "wiped", "removed", "deleted", "purged", "taken", "gone", "scrubbed", "erased"]);

function takenOffBefore(t: Token | undefined): boolean {
  return t !== undefined && (REMOVED_OFF.has(t.lower) || t.pos === "NOUN" || t.pos === "PROPN" || Boolean(t.span));
}

/** `eu-1` and `eu-2`, `node-07` and `node-08`: the same stem with another number. */
function sameSeries(a: string, b: string): boolean {
  const stem = (x: string) => /^(.*?)\d+$/.exec(x.trim().toLowerCase())?.[1];
  const sa = stem(a);
  return sa !== undefined && sa.length >= 2 && sa === stem(b);
}

/** `lumen/payments-sdk`, `orbital/platform`: a repository or project path, one slash between two names. */
const OWNER_SLASH_NAME = /^[a-z0-9][\w.-]*\/[a-z0-9][\w.-]*$/i;

/** A verb of moving things somewhere within a few words before `at` (the verb may stand before the phrase read). */
export function movesBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 8); j--) {
    // "send SIGTERM to orrery-agent": a signal is sent to what it ends, not moved there.
    if (SIGNAL.test(tokens[j]!.text)) return false;
    if (MOVING_LEMMAS.has(tokens[j]!.lemma) || MOVING_LEMMAS.has(tokens[j]!.lower)) return true;
  }
  return false;
}
const SIGNAL = /^(?:SIG[A-Z]+\d*|SIGTERM|sigterm|sigkill)$/;
const MOVING_LEMMAS = new Set(["drain", "draining", "move", "migrate", "route", "reroute", "redirect", "shift", "send", "switch", "point", "fail", "cut", "hand", "reassign"]);

export const CLOUD_REGION = /^(?:us|eu|europe|asia|ap|sa|ca|me|af|il|northamerica|southamerica|australia|uk|japan|korea|india)-[a-z]+-?\d{1,2}(?:-?[a-z])?$/i;
