import { mayHoldCyrillicForm } from "../nlp/other-languages";
import { hasWordIn } from "../nlp/word-scan";
import { CHECK_MARK } from "./checklist-items";
import { CLAIM_WORDS } from "./claim-lexicon";
import { mayHoldCjkDeed } from "./read-cjk-claims";

/**
 * The cheap prefilter of the streaming path: false means `piece` cannot hold a claim and may
 * be released before the verdict. True iff some word of the piece, in any inflection, is a
 * destructive verb, action noun, state word ("gone", "offline", "down", "longer") or
 * completion word ("done", "complete", "set"), a Japanese or Chinese completed deed, a Russian deed word,
 * or a check mark (a checklist item "✅ questgiver" says an ordered thing is done). It is a superset of what `extractClaims`
 * reports: `extractClaims` itself returns nothing for a text this function rejects.
 * One Set lookup per word; no regular expressions.
 */
export function mayCarryClaim(piece: string): boolean {
  return hasWordIn(piece, CLAIM_WORDS) || mayHoldCjkDeed(piece) || mayHoldCyrillicForm(piece) || CHECK_MARK.test(piece);
}
