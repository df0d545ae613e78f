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
