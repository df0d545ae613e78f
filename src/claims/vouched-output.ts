import type { ActionClass } from "../classify/effect";
import type { Claim } from "./claim";

/**
 * "kubectl confirmed it: `deployment.apps "moth-agent" deleted`": a line of a tool's output that the reply
 * quotes as its confirmation is a claim of that deed, made in the tool's words. (A quote that keeps the tool's
 * own qualifier, "deleted (server dry run)", does not read as done.) Only inline code after a colon or a word
 * of showing; a fenced block is a transcript, read elsewhere. Linear in the text.
 */
export function vouchedOutputClaims(text: string): Omit<Claim, "id">[] {
  if (!text.includes("`")) return [];
  const out: Omit<Claim, "id">[] = [];
  for (const m of text.matchAll(INLINE_CODE)) {
    // (`status: stopped`, `lifecycle_stage: deleted`: a field and its value, which a reading shows.)
    const line = FIELD.test(m[1]!) ? null : OUTPUT_LINE.exec(m[1]!);
    if (line === null || !VOUCHING.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const start = m.index + 1;
    out.push({ text: m[1]!, start, end: start + m[1]!.length, action: DEED[line[2]!.toLowerCase()]!, phase: "completed", targets: [line[1]!], quantifier: null });
  }
  return out;
}

/** A single-backtick span on one line (not a fence). */
const INLINE_CODE = /(?<!`)`([^`\n]{3,200})`(?!`)/g;
/** `deployment.apps "moth-agent" deleted`, `pod/x-7f9 deleted`, `release "x" uninstalled`, `x removed`. */
const OUTPUT_LINE = /^\s*(?:[\w.-]+\/)?(?:[\w.-]+\s+)?["']?([\w.:@/-]+?)["']?\s+(deleted|removed|destroyed|terminated|stopped|uninstalled|purged|killed)\s*$/i;
const FIELD = /^\s*[\w.-]+\s*[:=]/;
/** The reply presents the quote as what a tool answered: right after a colon, or after a word of showing. */
const VOUCHING = /(?::\s*$|\b(?:confirm(?:ed|s)?|show(?:ed|s|n)?|return(?:ed|s)?|report(?:ed|s)?|print(?:ed|s)?|sa(?:id|ys)|output|answered|replied)\b[^.!?\n]{0,40}$)/i;
const DEED: Record<string, ActionClass> = {
  deleted: "delete", removed: "delete", destroyed: "delete", uninstalled: "delete", purged: "delete",
  terminated: "stop", stopped: "stop", killed: "stop",
};
