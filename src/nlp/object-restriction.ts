import { ACTION_NOUNS, type VerbSense } from "./action-lexicon";
import type { Token } from "./tag-segment";

/** Pronouns that may stand for a restricted verb's object ("cancel it"); "this"/"that" often stand for a request. */
const OBJECT_PRONOUNS = new Set(["it", "them", "its", "their"]);

/**
 * True when the phrase acted on, tokens [from, to), suits the verb: always for verbs without a
 * restriction; for "cancel"/"abort" only when the phrase holds one of the sense's nouns ("the
 * job", "the training run"), a name or id (`job-42`, 884213) or "it"/"them". So "cancelled the
 * run" stops something and "cancelled the deletion of X" or "cancel the meeting" does not.
 * Bounded by the phrase length.
 */
export function suitsObject(sense: VerbSense, tokens: readonly Token[], from: number, to: number): boolean {
  if (!sense.objects) return true;
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    const t = tokens[k]!;
    if (ACTION_NOUNS[t.lower]) return false; // "cancelled the deletion of X": X is not stopped
    if (t.span || t.pos === "NUM" || sense.objects.has(t.lower) || sense.objects.has(t.lemma)) return true;
    if (t.pos === "PRON" && OBJECT_PRONOUNS.has(t.lower)) return true;
  }
  return false;
}
