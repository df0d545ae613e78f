/**
 * Cuts streamed text into sentence-sized pieces: a piece ends after sentence punctuation
 * (`.`, `!`, `?`, `…`, optionally followed by closing quotes/brackets) and the whitespace
 * character after it, or after a newline. Text arrives in arbitrary deltas; each character is
 * scanned once and the unfinished piece is kept as a list of parts joined once when it ends,
 * so splitting is linear in the text even for one endless sentence (appending to a string and
 * scanning it would flatten a growing rope on every delta: quadratic).
 */
export class SentencePieces {
  /** The unfinished piece, as the parts it arrived in. */
  private pending: string[] = [];
  /** The last scanned non-closer character was sentence punctuation. */
  private afterPunctuation = false;

  /** Adds a delta; returns the pieces it finished, in order. */
  push(delta: string): string[] {
    const pieces: string[] = [];
    let start = 0;
    for (let i = 0; i < delta.length; i++) {
      const ch = delta.charCodeAt(i);
      if (ch === 10 /* \n */ || (this.afterPunctuation && isSpace(ch))) {
        const end = delta.slice(start, i + 1);
        if (this.pending.length === 0) pieces.push(end);
        else {
          this.pending.push(end);
          pieces.push(this.pending.join(""));
          this.pending = [];
        }
        start = i + 1;
        this.afterPunctuation = false;
      } else if (isPunctuation(ch)) {
        this.afterPunctuation = true;
      } else if (!(this.afterPunctuation && isCloser(ch))) {
        this.afterPunctuation = false;
      }
    }
    if (start < delta.length) this.pending.push(start === 0 ? delta : delta.slice(start));
    return pieces;
  }

  /** The unfinished remainder (at the end of the stream it is the last piece); empties the splitter. */
  flush(): string {
    const rest = this.pending.join("");
    this.pending = [];
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
