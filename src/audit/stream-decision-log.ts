import type { Writable } from "node:stream";
import type { DecisionLog, DecisionRecord } from "./decision-record";
import { asError, callHook, type DecisionLogHooks } from "./decision-log-hooks";
import { DropOldestQueue } from "./drop-oldest-queue";
import { redactRecord } from "./redact-secrets";

export interface StreamDecisionLogOptions {
  /** Lines held while the stream applies backpressure; beyond that the oldest are dropped. */
  bufferSize: number;
  includeText: boolean;
  /** `close()` gives up waiting for the stream after this long, milliseconds. */
  closeTimeoutMs: number;
  /** End the stream on close (a file we opened); false for stdout, which we do not own. */
  endOnClose: boolean;
}

/** Most lines handed to the stream in one write: bounds the size of one chunk (~100 KB at typical records). */
const MAX_LINES_PER_WRITE = 256;

/**
 * A decision log writing one JSON line per record to a stream (stdout, or a file's
 * `fs.WriteStream`). `write` serialises the record and queues the line; the lines queued during
 * one turn of the event loop go to the stream in one write (`setImmediate`), which spares a
 * system call per request under load (stdout to a pipe writes synchronously). While the stream
 * is congested (`write` returned false) lines wait in the same bounded drop-oldest queue until
 * `drain`, so a slow disk or pipe costs memory up to `bufferSize` lines and never blocks.
 */
export function createStreamDecisionLog(stream: Writable, options: StreamDecisionLogOptions, hooks: DecisionLogHooks = {}): DecisionLog {
  const pending = new DropOldestQueue<string>(options.bufferSize);
  let congested = false;
  let broken = false;
  let flushScheduled = false;
  let closed: Promise<void> | null = null;

  /** Hands queued lines to the stream until it is congested or nothing is left. */
  const flush = (): void => {
    flushScheduled = false;
    while (!congested && !broken && pending.size > 0) {
      const { items, lastSeq } = pending.peek(MAX_LINES_PER_WRITE);
      pending.ackThrough(lastSeq);
      try {
        congested = !stream.write(items.length === 1 ? items[0] : items.join(""));
      } catch (e) {
        callHook(hooks.onError, asError(e));
        callHook(hooks.onDrop, items.length);
      }
    }
  };

  stream.on("error", (e: unknown) => {
    // A failed stream stays failed (EPIPE, ENOSPC…): stop feeding it and count what is lost.
    broken = true;
    callHook(hooks.onError, asError(e));
    const lost = pending.clear();
    if (lost > 0) callHook(hooks.onDrop, lost);
  });
  stream.on("drain", () => {
    congested = false;
    flush();
  });

  return {
    write(record: DecisionRecord): void {
      if (broken || closed) {
        callHook(hooks.onDrop, 1);
        return;
      }
      let line: string;
      try {
        line = `${JSON.stringify(redactRecord(record, options.includeText))}\n`;
      } catch (e) {
        callHook(hooks.onError, asError(e));
        callHook(hooks.onDrop, 1);
        return;
      }
      const dropped = pending.push(line);
      if (dropped > 0) callHook(hooks.onDrop, dropped);
      if (!congested && !flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
    },
    close(): Promise<void> {
      if (!closed) flush();
      closed ??= closeStream(stream, () => broken || (pending.size === 0 && !stream.writableNeedDrain), options).then((leftOver) => {
        const lost = leftOver ? pending.clear() : 0;
        if (lost > 0) callHook(hooks.onDrop, lost);
      });
      return closed;
    },
  };
}

/**
 * Waits until the buffer is written (and, when we own the stream, it is ended and flushed), at
 * most `closeTimeoutMs`. Resolves `true` when it gave up with lines still pending.
 */
function closeStream(stream: Writable, done: () => boolean, options: StreamDecisionLogOptions): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const finish = (leftOver: boolean): void => {
      clearTimeout(timer);
      stream.off("drain", onDrain);
      stream.off("finish", onFinish);
      stream.off("error", onFinish);
      resolve(leftOver);
    };
    // Not unref'd: a process awaiting close() on shutdown must stay alive until the deadline.
    const timer = setTimeout(() => finish(!done()), options.closeTimeoutMs);
    const onFinish = (): void => finish(!done());
    const onDrain = (): void => {
      if (!done()) return;
      if (options.endOnClose) stream.end();
      else finish(false);
    };
    stream.on("finish", onFinish);
    stream.on("error", onFinish);
    if (stream.writableFinished || stream.destroyed) return finish(!done());
    if (done()) {
      if (options.endOnClose) stream.end();
      else finish(false);
      return;
    }
    stream.on("drain", onDrain);
  });
}
