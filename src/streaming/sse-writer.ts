import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * Writes SSE frames to the client. The status line and headers go out with the first frame, so a
 * stream that fails before anything was written can still get a plain JSON error (502/504).
 */
export class SseWriter {
  private congestion: Promise<void> | null = null;

  constructor(
    private readonly res: ServerResponse,
    private readonly headers: OutgoingHttpHeaders,
  ) {}

  /** True once the client has the 200 and the stream started. */
  get started(): boolean {
    return this.res.headersSent;
  }

  /** Writes a frame; resolves when the client has room for more (backpressure). */
  write(frame: string): Promise<void> | undefined {
    // Headers go out with the first frame, in one packet.
    if (!this.res.headersSent) this.res.writeHead(200, this.headers);
    if (this.res.destroyed) return undefined;
    return this.res.write(frame) ? undefined : this.drained();
  }

  end(frame?: string): void {
    if (this.res.destroyed) return;
    if (frame !== undefined) this.res.end(frame);
    else this.res.end();
  }

  /**
   * One promise per congestion, shared by every write made while it lasts: a burst of frames
   * from one upstream chunk must not add a listener pair each.
   */
  private drained(): Promise<void> {
    this.congestion ??= new Promise<void>((resolve) => {
      const done = () => {
        this.res.removeListener("drain", done);
        this.res.removeListener("close", done);
        this.congestion = null;
        resolve();
      };
      this.res.once("drain", done);
      this.res.once("close", done);
    });
    return this.congestion;
  }
}
