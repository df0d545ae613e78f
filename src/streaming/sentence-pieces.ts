/**
 * Cuts streamed text into sentence-sized pieces: a piece ends after sentence punctuation
 * (`.`, `!`, `?`, `…`, optionally followed by closing quotes/brackets) and the whitespace
 * character after it, or after a newline. Text arrives in arbitrary deltas; each character is
 * scanned once, so splitting is linear in the text.
 */
export class SentencePieces {
  private buffer = "";
  /** Next index of `buffer` to scan. */
  private scanned = 0;
  /** The last scanned non-closer character was sentence punctuation. */
  private afterPunctuation = false;

  /** Adds a delta; returns the pieces it finished, in order. */
  push(delta: string): string[] {
    this.buffer += delta;
    const pieces: string[] = [];
    let start = 0;
    for (let i = this.scanned; i < this.buffer.length; i++) {
      const ch = this.buffer.charCodeAt(i);
      if (ch === 10 /* \n */ || (this.afterPunctuation && isSpace(ch))) {
        pieces.push(this.buffer.slice(start, i + 1));
        start = i + 1;
        this.afterPunctuation = false;
      } else if (isPunctuation(ch)) {
        this.afterPunctuation = true;
      } else if (!(this.afterPunctuation && isCloser(ch))) {
        this.afterPunctuation = false;
      }
    }
    if (start > 0) this.buffer = this.buffer.slice(start);
    this.scanned = this.buffer.length;
    return pieces;
  }

  /** The unfinished remainder (at the end of the stream it is the last piece); empties the splitter. */
  flush(): string {
    const rest = this.buffer;
    this.buffer = "";
    this.scanned = 0;
    this.afterPunctuation = false;
    return rest;
  }
}

function isPunctuation(ch: number): boolean {
  return ch === 46 /* . */ || ch === 33 /* ! */ || ch === 63 /* ? */ || ch === 0x2026 /* … */ || ch === 0x3002 /* 。 */;
}

function isCloser(ch: number): boolean {
  return ch === 34 /* " */ || ch === 39 /* ' */ || ch === 41 /* ) */ || ch === 93 /* ] */ || ch === 0x201d /* ” */ || ch === 0x2019 /* ’ */ || ch === 42 /* * */;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 13 || ch === 0xa0;
}
