/**
 * "If you kill bidwise-eu mid-day:" / "Were we to delete it, then:" / "What would happen:" — a
 * conditional or hypothetical lead-in that ends its line with a colon makes the lines under it
 * consequences of that condition, not reports: "- in-flight bids are dropped" claims nothing.
 *
 * The scope of a lead-in is the lines right under it, and after a blank line any further list
 * items (`-`, `*`, `•`, `+`, `1.`); it ends at the first non-item paragraph ("Nothing has been
 * changed."), which speaks in the reply's own voice again.
 */

/** A lead-in opening with a condition: if, suppose, assuming, in case, imagine, hypothetically, or an inverted "were we to / had we / should you". */
const CONDITION_OPENER = /^(?:if|suppose|supposing|assuming|in case|imagine|hypothetically|(?:were|had|should) (?:we|you|i|they|it|he|she)\b)/;
/** …or speaking in the conditional mood ("What would happen:", "Here is what might break:"). */
const CONDITIONAL_MOOD = /\b(?:would|might)\b(?!n't| not)/;
const LIST_ITEM = /^\s*(?:[-*•+]|\d{1,3}[.)])\s/;
const LEAD = /^\s*(?:(?:[-*•+]|\d{1,3}[.)])\s+)?[*_#>\s]*/;

/** Whether one line (without its newline) is a hypothetical lead-in. */
export function isHypotheticalLeadIn(line: string): boolean {
  const trimmed = line.replace(/[*_\s]+$/, "");
  if (!trimmed.endsWith(":")) return false;
  const lower = trimmed.slice(line.match(LEAD)![0].length).toLowerCase();
  return CONDITION_OPENER.test(lower) || CONDITIONAL_MOOD.test(lower);
}

/**
 * The [start, end) offsets in `text` of the lines governed by a hypothetical lead-in, in text
 * order. Linear in the length of `text`.
 */
export function hypotheticalScopes(text: string): Array<[number, number]> {
  const scopes: Array<[number, number]> = [];
  if (!text.includes(":\n") && !/:[*_ \t]+\n/.test(text)) return scopes;
  let open: [number, number] | null = null;
  let afterBlank = false;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf("\n", at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    if (line.trim() === "") {
      afterBlank = true;
    } else {
      if (open && afterBlank && !LIST_ITEM.test(line)) open = null;
      if (open) open[1] = end;
      if (isHypotheticalLeadIn(line)) {
        open = [end, end];
        scopes.push(open);
      }
      afterBlank = false;
    }
    at = end + 1;
  }
  return scopes.filter(([s, e]) => e > s);
}

/**
 * "That command would delete the RayCluster …: the API server sets …, and only then is the
 * object itself removed. Every actor gets killed.": a paragraph whose first sentence speaks in
 * the conditional describes what would happen. Returns the [start, end) of such paragraphs
 * from the conditional verb on; `describesOnly` tells which claims in them are descriptions.
 */
export function conditionalParagraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!/\b(?:would|might|could)\b/i.test(text)) return out;
  const breaks = /\n[ \t]*\n\s*/g;
  let at = 0;
  while (at < text.length) {
    breaks.lastIndex = at;
    const next = breaks.exec(text);
    const end = next ? next.index : text.length;
    // The first sentence only: bounded, so a long paragraph is scanned once.
    const first = firstSentence(text, at, end);
    const conditional = CONDITIONAL_OPENING.exec(first);
    if (conditional && !FIRST_PERSON_PAST.test(first)) out.push([at + conditional.index + conditional[0].length, end]);
    if (!next) break;
    at = next.index + next[0].length;
  }
  return out;
}

/** The first sentence of text[start, end), at most 400 characters. */
function firstSentence(text: string, start: number, end: number): string {
  const head = text.slice(start, Math.min(end, start + 400));
  const stop = head.search(/[.!?](?:\s|$)/);
  return stop === -1 ? head : head.slice(0, stop + 1);
}

/**
 * A claim inside a conditional paragraph that only describes a process in the present ("is
 * removed", "gets killed"); one in the past or perfect, or with "I"/"we", still reports.
 */
export function describesOnly(claimText: string): boolean {
  return !/\b(?:has|have|had|was|were|did|i|we)\b|['’](?:ve|d)\b/i.test(claimText);
}

/** "That command would delete …", "Running it would …", "It could remove …" (not "would you …?"). */
const CONDITIONAL_OPENING = /\b(?:would|might|could)\s+(?!you\b|not\b|n't)(?:\w+\s+){0,2}?\w+/i;
const FIRST_PERSON_PAST = /\b(?:i|we)\s+(?:have|had|already|just)?\s*\w+ed\b|\b(?:i|we)['’]ve\b/i;
