import type { MessageView } from "../exchange/exchange";
import { segmentText } from "../nlp/segment-text";
import { someWord, wordsOf } from "../nlp/word-scan";

/** Words that confirm on their own: "Yes.", "Proceed.", "Confirmed.", "Approved.", "Go ahead.", "Do it." */
const CONFIRMING = new Set(`yes yeah yep yup proceed confirmed confirm approved approve ahead affirmative absolutely sure
  ok okay do correct`.split(/\s+/));
/** Words a bare confirmation may also hold: "Yes, I'm sure", "OK, do it now", "Go for it, please". */
const FILLER = new Set(`please go it now i m am im that s is right fine and then just you may can for thanks thank
  all good still definitely totally really yes we are re`.split(/\s+/));
/** Words that put the confirmed action off: "Yes. Wait until Monday though." */
const HOLDING = new Set("wait hold later tomorrow postpone defer delay tonight monday tuesday wednesday thursday friday weekend".split(" "));

/**
 * The message opens with a bare confirmation ("Yes. Proceed.", "Confirmed. Do it.", "Yes, I'm
 * sure", "Approved") and puts nothing off later in it. What follows the opening sentence may
 * explain ("Finance signed off"); a confirmation that names an action or target is read as an
 * order in its own right, not here. Linear in the message.
 */
export function isBareConfirmation(text: string): boolean {
  const first = segmentText(text)[0];
  if (!first) return false;
  let confirming = false;
  const other = someWord(text, (w) => {
    if (CONFIRMING.has(w)) confirming = true;
    return !CONFIRMING.has(w) && !FILLER.has(w);
  }, first[0], first[1]);
  return confirming && !other && !wordsOf(text).some((w) => HOLDING.has(w));
}

/** The latest assistant text before `position` asks something ("Do you want to proceed?"). */
export function assistantAsked(messages: readonly MessageView[], position: number): boolean {
  for (let p = position - 1; p >= 0; p--) {
    const m = messages[p]!;
    if (m.role === "user") return false;
    if (m.role === "assistant" && typeof m.text === "string" && m.text.trim().length > 0) return m.text.includes("?");
  }
  return false;
}
