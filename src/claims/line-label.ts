import type { MaskedText } from "../nlp/mask-spans";

/**
 * "- **ranker-xl-2024q1**: job del-7f21 completed, so that model is deleted.": a line labelled
 * with a name and a colon speaks of that name; a claim on it that names nothing else is about
 * it. Returns the label, or null when the line before `at` does not open with one.
 */
export function lineLabel(text: string, masked: MaskedText, at: number): string | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const opening = LABEL_OPENING.exec(text.slice(lineStart, at));
  if (opening === null) return null;
  const from = lineStart + opening[0].length;
  const span = masked.spans.find((s) => s.start === from || s.start === from + 1);
  // A version label (`v1`, `3.2`) names a version of something the line does not name.
  if (span === undefined || span.kind === "quote" || span.end > at || VERSION.test(span.value)) return null;
  // After the name: its emphasis or quote marks, then the colon or dash that makes it a label.
  return LABEL_CLOSING.test(text.slice(span.end, Math.min(at, span.end + 6))) ? span.value : null;
}

/** A list marker and emphasis or quote marks before the label. */
const LABEL_OPENING = /^\s*(?:[-*•+]|\d+[.)])?\s*(?:\*\*|__|\*|_)?/;
const VERSION = /^v?\d+(?:\.\d+)*$/i;
const LABEL_CLOSING = /^[`'"’”]?(?:\*\*|__|\*|_)?[`'"’”]?\s*(?::|—|–|\s-\s)/;
