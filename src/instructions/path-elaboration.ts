import type { MaskedText } from "../nlp/mask-spans";

/** "Paths are …", "The files are …", "Locations: …": a sentence that only says where the ordered things are. */
const PATH_STATEMENT = /^\s*(?:the\s+|their\s+|its\s+)?(?:paths?|files?|locations?|file\s+paths?)\s*(?:are|is|:)\s/i;

/**
 * The paths a sentence right after an order lists as where the ordered things are ("delete their
 * speaker embedding and their adapter on kiosk-7. Paths are /data/a.emb and /data/b/."): the
 * paths name what the order acts on, so the caller adds them to that order's targets. Empty
 * when the sentence is not such a statement. Linear in the sentence.
 */
export function elaboratedPaths(masked: MaskedText, start: number, end: number): string[] {
  if (!PATH_STATEMENT.test(masked.original.slice(start, Math.min(end, start + 40)))) return [];
  const out: string[] = [];
  for (const span of masked.spans) {
    if (span.start >= end) break;
    if (span.start >= start && span.kind === "identifier" && (span.value.includes("/") || span.value.includes("\\"))) out.push(span.value);
  }
  return out;
}

/** "they all start with basalt-emb-", "whose names begin with `tmp_`", "prefixed with exp-": a name prefix the things share. */
const SHARED_PREFIX = /\b(?:start|starts|begin|begins|starting|beginning)\s+with\s+[`'"]?([A-Za-z0-9][\w.:/-]{1,80}?)[`'"]?(?=[\s.,;:)]*(?:$|\s))|\bprefixed\s+(?:with|by)\s+[`'"]?([A-Za-z0-9][\w.:/-]{1,80}?)[`'"]?(?=[\s.,;:)]*(?:$|\s))/i;

/**
 * The name prefix a sentence says the ordered things share ("Delete all the indices the basalt agent
 * created; they all start with basalt-emb-"), as a glob (`basalt-emb-*`) the caller adds to that order's
 * targets; null when the sentence says none. Linear in the sentence.
 */
export function sharedPrefixGlob(text: string): string | null {
  const m = SHARED_PREFIX.exec(text);
  const prefix = m?.[1] ?? m?.[2];
  return prefix === undefined ? null : `${prefix}*`;
}
