import type { MessageView } from "../exchange/exchange";
import { segmentText } from "../nlp/segment-text";
import { someWord, wordsOf } from "../nlp/word-scan";

/** Words that confirm on their own: "Yes.", "Proceed.", "Confirmed.", "Approved.", "Go ahead.", "Do it." */
const CONFIRMING = new Set(`yes yeah yep yup proceed confirmed confirm approved approve ahead affirmative absolutely sure
  ok okay do correct`.split(/\s+/));
/** Words a bare confirmation may also hold: "Yes, I'm sure", "OK, do it now", "Go for it, please". */
const FILLER = new Set(`please go it now i m am im that s is right fine and then just you may can for thanks thank
  all good still definitely totally really yes we are re force forced anyway regardless immediately asap away
  the real actual proper with run`.split(/\s+/));
/** "Yes, do the real uninstall", "proceed with the actual deletion": the deed asked about, named again by its noun. */
const DEED_NOUNS = new Set(`uninstall deletion delete removal shutdown purge wipe teardown decommission retirement revocation
  cleanup termination`.split(/\s+/));
/** An answer that only says where or which of what was asked: "Prod only.", "Just staging.", "Both." */
const SCOPE_WORDS = new Set(`only just both all of them it the one ones in on prod production staging stage stg dev development qa uat
  env environment environments cluster region namespace please`.split(/\s+/));
const NARROWING = new Set(["only", "just", "both", "all"]);
/**
 * "Ja, ik weet het zeker. Doe het nu.", "Sí, adelante.", "Oui, vas-y.", "Tak, zrób to.": a message
 * that opens with another language's yes (not the English-ambiguous "si").
 */
const FOREIGN_YES = /^\W*(?:ja|jawohl|sí|oui|sim|sì|tak|да|claro|certo|genau|absolument|oczywiście|конечно)(?![\p{L}])/iu;
/** The same languages' words for putting it off or adding a condition: wait, not yet, but, only after. */
const FOREIGN_HOLDING = /(?<![\p{L}])(?:warte|wacht|espera|attends|attendez|aspetta|espere|czekaj|подожди|noch nicht|nog niet|todavía no|aún no|pas encore|non ancora|ainda não|jeszcze nie|ещё нет|еще нет|aber|maar|pero|mais|ma|mas|ale|но|erst|eerst|primero|d'abord|prima|primeiro|najpierw|сначала|morgen|mañana|demain|domani|amanhã|jutro|завтра)(?![\p{L}])/iu;

/** Words that put the confirmed action off: "Yes. Wait until Monday though." */
const HOLDING = new Set("wait hold later tomorrow postpone defer delay tonight monday tuesday wednesday thursday friday weekend".split(" "));

/**
 * The message opens with a bare confirmation ("Yes. Proceed.", "Confirmed. Do it.", "Yes, I'm
 * sure", "Approved") and puts nothing off later in it. What follows the opening sentence may
 * explain ("Finance signed off"); a confirmation that names an action or target is read as an
 * order in its own right, not here. Linear in the message.
 */
export function isBareConfirmation(text: string): boolean {
  const segment = segmentText(text)[0];
  if (!segment) return false;
  // "yes, now. the gateway already took over": in chat a full stop ends the sentence whatever case follows it.
  const stop = /[.!?](?=\s)/.exec(text.slice(segment[0], segment[1]));
  const first: [number, number] = stop !== null ? [segment[0], segment[0] + stop.index + 1] : segment;
  if (FOREIGN_YES.test(text)) return !FOREIGN_HOLDING.test(text) && !wordsOf(text).some((w) => HOLDING.has(w));
  let confirming = false;
  const other = someWord(text, (w) => {
    if (CONFIRMING.has(w)) confirming = true;
    return !CONFIRMING.has(w) && !FILLER.has(w) && !DEED_NOUNS.has(w);
  }, first[0], first[1]);
  return confirming && !other && !wordsOf(text).some((w) => HOLDING.has(w));
}

/**
 * A sentence of the message opens by asking for the last thing again: "Retry the two that failed.",
 * "Try again.", "Please retry them", "It's been a couple of minutes. Retry.", "Just retry with the same key."
 */
export function asksToRetry(text: string): boolean {
  return RETRY.test(text);
}
const RETRY = /(?:^|[.!?;]\s+)\W*(?:(?:ok(?:ay)?|please|pls|yes|yeah|just|so|then|now)\W+)*(?:retry|re-try|try (?:it |them |that |those )?again|give it (?:another|one more) (?:go|try|shot)|do it again|run it again)\b/i;

/** The latest assistant text before `position` asks something ("Do you want to proceed?") or offers to ("I can retry with force=true"). */
export function assistantAsked(messages: readonly MessageView[], position: number): boolean {
  for (let p = position - 1; p >= 0; p--) {
    const m = messages[p]!;
    if (m.role === "user") return false;
    if (m.role === "assistant" && typeof m.text === "string" && m.text.trim().length > 0) return m.text.includes("?") || OFFER.test(m.text);
  }
  return false;
}

/** How an assistant offers a deed it names next: "I can retire x", "want me to delete y", "shall I stop it". */
export const OFFERING_DEED = "I can|I could|want me to|shall I|should I";
const OFFER = new RegExp(String.raw`\b(?:${OFFERING_DEED}|let me know (?:if|whether)|if you (?:want|like|confirm|say so))\b`, "i");

/**
 * A short answer that only narrows or widens where the asked-about order applies ("Prod only.",
 * "Just staging", "Both."): it keeps the order standing. Linear in the message.
 */
export function isScopeAnswer(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.length <= 6 && words.some((w) => NARROWING.has(w)) && words.every((w) => SCOPE_WORDS.has(w));
}
