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
