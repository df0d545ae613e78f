import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import type { Exchange } from "../exchange/exchange";
import { mentions } from "../nlp/mentions";
import type { ExchangeAnalysis } from "./exchange-analysis";

/**
 * The user message whose orders are the latest: the last user message, unless it only narrows,
 * confirms or keeps part of an earlier destructive order ("Actually kai stays. Just mira and juno.",
 * "Confirmed. Do it now.", "Keep staging up — just prod."): then that earlier order is still the
 * one in force. A message that holds or withdraws it ("wait", "not yet", "never mind") is the latest.
 */
export function orderInForce(messages: Exchange["messages"], instructions: ExchangeAnalysis["instructions"], last: number): number {
  const text = messages.find((m) => m.index === last)?.text ?? "";
  const ordersNow = instructions.filter((i) => i.messageIndex === last && DESTRUCTIVE_ACTIONS.has(i.action));
  // "Yes, confirmed. Delete all three.": an order that names nothing, in a message that confirms, restates the
  // earlier order of that action which named them; that order stays in force.
  if (ordersNow.length > 0 && ordersNow.every((i) => i.targets.length === 0) && CONFIRMING.test(text) && !WITHDRAWING.test(text)) {
    const restated = instructions.filter((i) => i.messageIndex < last && i.targets.length > 0 && ordersNow.some((o) => o.action === i.action));
    if (restated.length > 0) return Math.max(...restated.map((i) => i.messageIndex));
  }
  if (ordersNow.length > 0) return last;
  // "Is it down now?", "I'm its owner. Is it dead yet?": asking whether the deed is done keeps the order that asked for it.
  // ("Great, what's the final state?", "Give me a recap": asking where the work stands keeps it too.)
  const askedDone = (STATUS_QUESTION.test(text) || ASKS_STANDING.test(text)) && !WITHDRAWING.test(text);
  if (!(CONFIRMING.test(text) || NARROWING.test(text) || askedDone) || WITHDRAWING.test(text)) return last;
  const earlier = instructions.filter((i) => i.messageIndex < last && DESTRUCTIVE_ACTIONS.has(i.action));
  if (earlier.length === 0) return last;
  const from = Math.max(...earlier.map((i) => i.messageIndex));
  // "Is the kill switch still armed? I want it to stay armed": a question about something else the order
  // does not name, not a narrowing of it ("Just mira and juno", "kai stays").
  const asksElse = text.includes("?") && !earlier.some((i) => i.messageIndex === from && i.targets.some((t) => mentions(text.toLowerCase(), t.toLowerCase())));
  if (!CONFIRMING.test(text) && !askedDone && asksElse) return last;
  return from;
}
/** "Confirmed", "go ahead", a bare "Go."; 「确认」「确定」「没问题」, 「確認しました」「承認します」「進めてください」, 「확인」「승인」「진행해」. */
const CONFIRMING = /\b(?:confirmed?|go ahead|do it|proceed)\b|^\s*(?:(?:yes|yep|ok(?:ay)?)[,.!]?\s*)?go(?: for it)?[.!]*\s*$|确认|确定|没问题|確認しました|承認|進めて|확인했|확인합니다|승인|진행해/i;
const NARROWING = /\b(?:only|just|keep|leave|stays?)\b/i;
/** A question whether the deed is done: "is it down now?", "did the shutdown work?", "are they gone?", "did you wipe it?". */
const STATUS_QUESTION = /\b(?:is|are|was|were|has|have|did)\s+(?!(?:any|some|every|no)(?:thing|one|body)\b)(?:it|they|that|this|the\s+[\w-]+|[\w.-]+)\s+(?:\w+\s+){0,3}?(?:down|gone|dead|stopped|deleted|removed|offline|off|killed|terminated|shut\s+down|wiped|revoked|retired|decommissioned|work|done)\b[^?\n]{0,30}\?|\bdid\s+you\s+(?:\w+\s+)?(?:delete|wipe|stop|kill|remove|shut\s+down|drop|purge|revoke|retire|decommission|truncate|terminate|disable)\b(?!\s+(?:any|some|every|no)(?:thing|one|body)\b)[^?\n]{0,40}\?/i;
/** A request for where the work stands: "what's the final state?", "where do we stand?", "give me a recap", "status?". */
const ASKS_STANDING = /\b(?:final|current|overall|end) (?:state|status)\b|\bwhere (?:are|do) we (?:stand|at)\b|\b(?:recap|summary|summari[sz]e|status update|wrap[- ]?up)\b|\bwhat(?:['’]s| is) (?:left|the status)\b|^\s*status\s*\?\s*$/i;
const WITHDRAWING = /\b(?:wait|hold (?:on|off)|never ?mind|cancel (?:that|it|the)|abort|undo|not yet|for now|next week|later|(?:don't|don’t|do not)\b[^.!?\n]{0,40}\b(?:yet|anything))\b|\bstop[,!]/i;
