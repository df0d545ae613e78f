import { ACTION_NOUNS, type VerbSense } from "./action-lexicon";
import type { Token } from "./tag-segment";

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
  let id = false;
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    const t = tokens[k]!;
    if (ACTION_NOUNS[t.lower]) return false; // "cancelled the deletion of X": X is not stopped
    if (sense.objects.has(t.lower) || sense.objects.has(t.lemma)) return true;
    if (t.span || (t.pos === "NUM" && t.text.length >= 3)) id = true;
    else if (t.pos === "NOUN") {
      // "the crawl jobs": a noun before another noun modifies it; the head decides.
      const next = tokens[k + 1];
      if (k + 1 < Math.min(to, tokens.length) && next !== undefined && !next.span && next.pos === "NOUN") continue;
      return false; // "cancel the order ord-1234", "cancel the subscription"
    }
  }
  return id;
}
