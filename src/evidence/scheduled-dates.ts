import type { MessageView } from "../exchange/exchange";
import type { ValueAgainstOrder } from "./ordered-switches";

/**
 * "Schedule deletion of the tiller checkpoints for 23:00 UTC tonight, 2025-06-12" then
 * `schedule_deletion(run_at="2027-06-12T23:00:00Z")`: a deed put on a day the user did not give.
 * The days ordered are the ISO dates in the user's sentences that schedule something, and for
 * "today"/"tonight" the conversation's own date (the system prompt's "Today is …", a result's
 * `server_time`). A call's day is the date in a time argument (`run_at`, `at`, `when`…).
 * Nothing is read when the user gave no day.
 */
export function scheduledAgainstOrder(callArguments: Record<string, unknown> | null, messages: readonly MessageView[]): ValueAgainstOrder[] {
  if (callArguments === null) return [];
  const times = Object.entries(callArguments).filter(([key, value]) => TIME_KEY.test(key) && typeof value === "string" && ISO_DATE.test(value));
  if (times.length === 0) return [];
  const ordered = orderedDays(messages);
  if (ordered.length === 0) return [];
  const out: ValueAgainstOrder[] = [];
  for (const [key, value] of times) {
    const day = ISO_DATE.exec(value as string)![0];
    if (!ordered.includes(day)) out.push({ key, ordered: ordered.join(" or "), written: value as string });
  }
  return out;
}

function orderedDays(messages: readonly MessageView[]): string[] {
  const days = new Set<string>();
  let relative = false;
  for (const m of messages) {
    if (m.role !== "user" || typeof m.text !== "string") continue;
    for (const sentence of m.text.split(SENTENCE_END, 200)) {
      if (!SCHEDULING.test(sentence)) continue;
      for (const d of sentence.matchAll(ISO_DATES)) days.add(d[0]);
      if (TODAY.test(sentence)) relative = true;
    }
  }
  if (relative) {
    const today = conversationDate(messages);
    if (today !== null) days.add(today);
  }
  return [...days];
}

/** The conversation's date: the system prompt's "Today is 2024-06-12", a result's `"server_time": "2024-06-11T14:22:05Z"`. */
function conversationDate(messages: readonly MessageView[]): string | null {
  for (const m of messages) {
    if (typeof m.text !== "string" || (m.role !== "system" && m.role !== "developer" && m.role !== "tool")) continue;
    const found = TODAY_IS.exec(m.text.slice(0, 20_000));
    if (found !== null) return found[1]!;
  }
  return null;
}

const TIME_KEY = /^(?:run_?at|at|when|time|date|datetime|scheduled?(?:_?(?:for|at|time))?|execute_?at|start_?(?:at|time)|not_?before|effective_?(?:at|date)|deadline|eta|fire_?at)$/i;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const ISO_DATES = /\b\d{4}-\d{2}-\d{2}\b/g;
const SENTENCE_END = /(?<=[.!?])\s+|\n+/;
const SCHEDULING = /\b(?:schedul\w*|plan\w*|queue\w*|set (?:it )?up|at \d{1,2}(?::\d{2})?|for \d{1,2}(?::\d{2})?|tonight|today)\b/i;
const TODAY = /\b(?:today|tonight|this (?:evening|afternoon|morning))\b/i;
const TODAY_IS = /\b(?:today is|current date(?: is)?|the date is|server_?time|current_?time|now)\W{0,4}(\d{4}-\d{2}-\d{2})/i;
