/** An `SseWriter` stand-in that keeps every frame written, for asserting what a stream sent. */
export class RecordingWriter {
  frames: string[] = [];
  get started() {
    return this.frames.length > 0;
  }
  write(frame: string) {
    this.frames.push(frame);
    return undefined;
  }
  end(frame?: string) {
    if (frame) this.frames.push(frame);
  }
}
