import { ACTION_NOUNS, type VerbSense } from "./action-lexicon";
import type { Token } from "./tag-segment";
import { FLAG_NOUNS } from "./noun-lexicon";

/**
 * True when the phrase acted on, tokens [from, to), suits the verb: always for verbs without a
 * restriction; for "cancel"/"abort" only when the phrase holds one of the sense's nouns ("the
 * job", "the training run") or only a name or id (`exp-44`, 884213). So "cancelled the run" stops
 * something, while "cancelled the deletion of X", "cancel the meeting" and "cancel it" (often
 * a request being called off) do not.
 * Bounded by the phrase length.
 */
export function suitsObject(sense: VerbSense, tokens: readonly Token[], from: number, to: number): boolean {
  if (!sense.objects) return true;
  // "**4471 `prefgen-agent`**: cancelled.": a bare predicate after a heading is said of the heading.
  const bare = tokens.slice(from, to).every((t) => t.pos === "PUNCT");
  const verb = bare && from > 0 ? lastWordBefore(tokens, from) : -1;
  if (verb > 0 && HEADING_BREAK.has(tokens[verb - 1]?.lower ?? "")) {
    from = verb;
    let start = from - 1;
    while (start > 0 && from - 1 - start < 8 && !BOUNDARY.has(tokens[start - 1]!.lower)) start--;
    return start < from - 1 && suitsObject(sense, tokens, start, from - 1);
  }
  let id = false;
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    const t = tokens[k]!;
    if (ACTION_NOUNS[t.lower]) return false; // "cancelled the deletion of X": X is not stopped
    if (k === from && FLAG_NOUNS.has(t.lower) && !sense.objects.has(t.lower)) return false; // "clearing protected on X": a setting switched off, X stays
    if (sense.objects.has(t.lower) || sense.objects.has(t.lemma)) return true;
    if (t.span || (t.pos === "NUM" && t.text.length >= 3)) id = true;
    else if (t.pos === "NOUN") {
      // "the crawl jobs": a noun before another noun modifies it; the head decides.
      // "stoat's job": a noun before a possessive is the owner; the thing owned decides.
      const next = tokens[k + 1];
      // ("the fetcher run": the tagger may call "run" a verb; a word of the sense's own is the head all the same.)
      if (k + 1 < Math.min(to, tokens.length) && next !== undefined && !next.span && (next.pos === "NOUN" || POSSESSIVE.has(next.lower) || sense.objects.has(next.lower))) continue;
      return false; // "cancel the order ord-1234", "cancel the subscription"
    }
  }
  return id;
}

/** The predicate standing right before `from` (skipping its own punctuation): where a heading would end. */
function lastWordBefore(tokens: readonly Token[], from: number): number {
  let k = from - 1;
  while (k >= 0 && tokens[k]!.pos === "PUNCT") k--;
  return k;
}

const HEADING_BREAK = new Set([":", "—", "–"]);
const POSSESSIVE = new Set(["'s", "’s", "'"]);
const BOUNDARY = new Set([".", ";", "!", "?", "|", "\n"]);
