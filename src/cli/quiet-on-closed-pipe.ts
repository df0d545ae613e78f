/**
 * `claimcheck check … | head -1`: once the reader closes the pipe, writes fail with EPIPE,
 * reported as an `error` event on the stream; unhandled, it would crash the process with a
 * stack trace. This listener turns EPIPE into a call to `onClosed` (the binary exits quietly:
 * nobody is reading any more). Any other stream error is passed to `onError`.
 */
export function quietOnClosedPipe(stream: NodeJS.EventEmitter, onClosed: () => void, onError: (e: Error) => void): void {
  let closed = false;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") { onError(e); return; }
    if (closed) return; // several pending writes fail one after another
    closed = true;
    onClosed();
  });
}
