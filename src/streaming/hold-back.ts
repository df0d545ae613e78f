import { SentencePieces } from "./sentence-pieces";

/**
 * Decides which streamed text may reach the client before the verdict. Text is cut into
 * sentence pieces; a finished piece for which `mayCarryClaim` is false is released at once,
 * unless an earlier piece is held: once one piece is held, it and everything after it wait for
 * the verdict, so the client always sees a prefix of the reply, in order.
 */
export class HoldBack {
  private readonly pieces = new SentencePieces();
  private readonly heldParts: string[] = [];
  private heldLength = 0;

  constructor(private readonly mayCarryClaim: (text: string) => boolean) {}

  /** True once some text waits for the verdict. */
  get holding(): boolean {
    return this.heldParts.length > 0;
  }

  /** Characters held so far (for the buffer limit). */
  get heldChars(): number {
    return this.heldLength;
  }

  /** Adds a text delta; returns the text that may be sent now ("" for none). */
  push(delta: string): string {
    return this.route(this.pieces.push(delta));
  }

  /** End of the text: the last unfinished piece is judged like any other; returns what may be sent now. */
  finish(): string {
    const rest = this.pieces.flush();
    return rest ? this.route([rest]) : "";
  }

  /** Everything held, in order (call after `finish`). */
  held(): string {
    return this.heldParts.join("");
  }

  private route(pieces: string[]): string {
    let released = "";
    for (const piece of pieces) {
      if (this.heldParts.length === 0 && this.judgedInnocent(piece)) {
        released += piece;
      } else {
        this.heldParts.push(piece);
        this.heldLength += piece.length;
      }
    }
    return released;
  }

  /** `mayCarryClaim` said no. A prefilter that throws cannot clear a piece: it is held (fail closed). */
  private judgedInnocent(piece: string): boolean {
    try {
      return !this.mayCarryClaim(piece);
    } catch {
      return false;
    }
  }
}
