/**
 * "ok so i went ahead and uh deleted the the old model": voice-typed and hurried replies carry
 * fillers, stammered repeats and a run of discourse words before the sentence. Blanked to
 * spaces (the text keeps its length, so every offset stays true), they no longer break the
 * tagger's reading of the sentence around them. Linear in the text.
 */
export function blankFillers(text: string): string {
  if (!MAY_HOLD_FILLER.test(text)) return text;
  return text
    // "No problem, petrel-chat-v1 is now deleted": a courtesy opening, not a negation of what follows.
    .replace(COURTESY_OPENING, (m, lead: string, words: string) => lead + " ".repeat(words.length))
    .replace(FILLER, (m) => " ".repeat(m.length))
    .replace(STAMMER, (m, word: string) => " ".repeat(word.length) + m.slice(word.length))
    .replace(OPENING_RUN, (m, lead: string, run: string) => lead + " ".repeat(run.length));
}

/** A cheap test first: most replies hold none of these. */
const MAY_HOLD_FILLER = /\b(?:uh+|um+|uhm|erm|hmm+)\b|\b(the|a|an|to|and|i|it|is|we)\s+\1\b|(?:^|[.!?\n]\s*)(?:ok|okay|so|yeah|yep|alright|well|right|no problem|no worries)\b/im;
/** "No problem," / "No worries!" opening a line or sentence. */
const COURTESY_OPENING = /(^|[.!?\n]\s*)(no (?:problem|worries)[,.!]?)(?=\s)/gim;
const FILLER = /\b(?:uh+|um+|uhm|erm|hmm+)\b,?/gi;
/** "the the", "to to": a short word said twice; the first is blanked. */
const STAMMER = /\b(the|a|an|to|and|i|it|is|we)\s+\1\b/gi;
/** "ok so " before a lower-case word at the start of a line or sentence (not "So far", which says how far). */
const OPENING_RUN = /(^|[.!?\n]\s*)((?:(?:ok|okay|so(?!\s+far\b)|yeah|yep|alright|well|right)[,]?\s+)+)(?=[a-z])/gim;

/**
 * "first, export the table; second, tag ft-3; third, delete ft-2": the ordinal that opens each step of a list told in
 * prose becomes spaces (the text keeps its length), so the step reads as the imperative it is.
 */
export function blankStepOrdinals(text: string): string {
  return STEP_ORDINAL.test(text) ? text.replace(STEP_ORDINALS, (m, lead: string, word: string) => lead + " ".repeat(word.length)) : text;
}
const STEP_WORDS = String.raw`(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|fifth|finally|lastly|next)`;
const STEP_ORDINAL = new RegExp(String.raw`\b${STEP_WORDS}\b`, "i");
const STEP_ORDINALS = new RegExp(String.raw`(^|[.!?;:\n]\s*|,\s*)(${STEP_WORDS},?)(?=\s+[a-z])`, "gim");
