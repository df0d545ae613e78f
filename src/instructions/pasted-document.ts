/**
 * "Can you turn this email from the clerk into a two-line summary for the stand-up?" above the pasted email:
 * the user asks for work on the text they pasted (a summary, a translation, a reply), so the orders in it
 * are its writer's, to its readers, not the user's to the assistant. Returns where the pasted text begins
 * (its first separator or header line), or -1 when the message asks for no such work or pastes nothing.
 */
export function pastedDocumentStart(text: string): number {
  const marker = PASTED_MARKER.exec(text);
  if (marker !== null && marker.index > 0 && WORKS_ON_TEXT.test(text.slice(0, marker.index))) return marker.index;
  // "Here's the runbook for decommissioning the old triage stack. Which steps are already done?" above its numbered
  // steps: the user asks about the list, which is the runbook's, not orders to the assistant.
  const list = LIST_START.exec(text);
  if (list === null || list.index === 0) return -1;
  const before = text.slice(0, list.index);
  return INTRODUCES_DOCUMENT.test(before) && ASKS_ABOUT_IT.test(before) ? list.index : -1;
}
/** The first line of a numbered or bulleted list. */
const LIST_START = /^[ \t]*(?:\d+[.)]|[-*•])[ \t]+\S/m;
const INTRODUCES_DOCUMENT = /\b(?:here(?:'s|’s| is| are)|below (?:is|are)|this is)\s+(?:the|our|my|a|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:runbook|checklist|plan|procedure|steps|playbook|to-?do list|list)\b/i;
/** A question about the list: which of it is done, what is left, whether it is right. */
const ASKS_ABOUT_IT = /\b(?:which (?:steps?|items?|ones?|of (?:these|them|those|the steps))|what(?:'s|’s| is) (?:left|done|missing|the status)|(?:is|are) (?:any|all) of (?:these|them|this) (?:done|complete|finished)|does (?:this|it) look right|anything missing)\b[^?]*\?/i;

/** A separator line, a code fence, or a mail header: where pasted text starts. */
// (A line that opens a quotation, `"hey so …` or `> hey so …`, starts the quoted text.)
const PASTED_MARKER = /^[ \t]*(?:-{3,}|={3,}|_{3,}|```|From:|Subject:|-+ ?(?:Original|Forwarded) [Mm]essage ?-+|["“]\S|> \S)/m;
/** Work on a text as text: summing it up, translating, rewording, answering it. */
const WORKS_ON_TEXT = /\b(?:summari[sz]e|summary|sum (?:(?:this|it|that) )?up|recap|condense|shorten|(?:the )?gist|boil (?:this|it) down|tl;?dr|translate|translation|proofread|rewrite|reword|paraphrase|tidy (?:up )?(?:this|the|my|her|his|their)|clean up (?:this|the|my|her|his|their) (?:message|note|email|post|text|draft|wording)|polish|turn (?:this|it|the following)\b[^.?!\n]{0,60}\binto|draft (?:a |an )?(?:reply|response|answer)|reply to (?:this|it|them|him|her))\b/i;
