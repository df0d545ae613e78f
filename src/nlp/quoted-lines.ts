/**
 * Markdown block quotes ("> Retire the Ava bot…"): lines that quote someone else's text, such
 * as a handover note a user pastes. A reader asks, for offsets in non-decreasing order, whether
 * each lies on such a line; the scan moves forward only, so all questions together cost one
 * pass over the text.
 */
export class QuotedLines {
  private at = 0;
  private quoted: boolean;

  constructor(private readonly text: string) {
    this.quoted = QuotedLines.opensQuote(text, 0);
  }

  /** Whether `offset` lies on a line that starts with ">" (after indentation). Offsets must not decrease. */
  isQuoted(offset: number): boolean {
    const end = Math.min(offset, this.text.length);
    for (; this.at < end; this.at++) {
      if (this.text.charCodeAt(this.at) === 10) this.quoted = QuotedLines.opensQuote(this.text, this.at + 1);
    }
    return this.quoted;
  }

  /** The line starting at `from` opens with ">" after at most a few spaces. */
  private static opensQuote(text: string, from: number): boolean {
    let k = from;
    while (k < from + 4 && (text[k] === " " || text[k] === "\t")) k++;
    return text[k] === ">";
  }
}
