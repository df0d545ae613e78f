import type { MaskedText } from "./mask-spans";

/** A Markdown or plain-text list item's marker: `- `, `* `, `• `, `1. `, `2) `. */
export const LIST_ITEM = /^\s*(?:[-*•+]|\d+[.)])\s+/;
const MAX_LISTED = 50;

/**
 * "Destroyed (5 of 7):" then "- `aws_ecs_service.web`" lines: a claim or an order whose text ends at `end`, before a
 * colon, is about the items listed right below it, each named by the first name on its line (what follows on
 * the line remarks on it). The list ends at the first line that is no list item.
 */
export function listedAfterColon(text: string, masked: MaskedText, end: number): string[] {
  let at = end;
  while (at < text.length && (text[at] === " " || text[at] === "*" || text[at] === ")")) at++;
  if (text[at - 1] !== ":" && text[at] !== ":") return [];
  // "- **Stopped:** yes": a claim that is itself a list item owns only the items nested under it.
  const own = text.slice(text.lastIndexOf("\n", end - 1) + 1, end);
  const nestedUnder = LIST_ITEM.test(own) ? /^\s*/.exec(own)![0].length : -1;
  let line = text.indexOf("\n", at);
  const names: string[] = [];
  while (line !== -1 && names.length < MAX_LISTED) {
    const next = text.indexOf("\n", line + 1);
    const item = text.slice(line + 1, next === -1 ? text.length : next);
    const marker = LIST_ITEM.exec(item);
    if (marker === null || /^\s*/.exec(item)![0].length <= nestedUnder) break;
    const from = line + 1 + marker[0].length;
    const span = masked.spans.find((x) => x.start >= from && x.end <= from + item.length - marker[0].length && x.kind !== "quote");
    if (span !== undefined) names.push(span.value);
    line = next;
  }
  return names;
}
