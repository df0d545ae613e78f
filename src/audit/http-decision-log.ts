import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { DecisionLog, DecisionRecord } from "./decision-record";
import { asError, callHook, type DecisionLogHooks } from "./decision-log-hooks";
import { DropOldestQueue } from "./drop-oldest-queue";
import { redactRecord } from "./redact-secrets";
import { retryBackoff, type BackoffOptions } from "./retry-backoff";
import { toOpaEvent, type OpaDecisionEvent } from "./to-opa-event";

const gzipAsync = promisify(gzip);

export interface HttpDecisionLogOptions {
  /** The log server's endpoint, e.g. `https://logs.example/logs` (OPA's decision log service API). */
  url: string;
  /** Records held in memory at most; when full the oldest are dropped. */
  bufferSize: number;
  /** Events per POST at most; reaching it triggers an upload before the interval. */
  batchSize: number;
  /** Upload whatever is buffered at least this often, milliseconds. */
  flushIntervalMs: number;
  includeText: boolean;
  /** One POST is aborted after this long, milliseconds. */
  requestTimeoutMs: number;
  /** `close()` stops trying after this long; what is left is counted as dropped. */
  closeTimeoutMs: number;
  backoff: BackoffOptions;
  /** Extra OPA `labels`; `id` is set per process, pass `version` (the claimcheck version). */
  labels: Record<string, string>;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** Statuses worth retrying: the server may accept the same batch later. Other 4xx never will. */
function isRetryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/**
 * A decision log that uploads batches to an OPA-compatible decision log server: POST, body a
 * gzip-compressed JSON array of {@link OpaDecisionEvent}s. One upload at a time; a failed upload
 * (network error, timeout, 5xx, 408, 429) is retried with exponential backoff and full jitter
 * until it succeeds or `close()`'s deadline passes, while new records keep arriving into the
 * bounded drop-oldest buffer. A batch the server refuses (other 4xx) is dropped and reported.
 * `write` only enqueues: it never blocks, awaits or throws.
 */
export function createHttpDecisionLog(options: HttpDecisionLogOptions, hooks: DecisionLogHooks = {}): DecisionLog {
  const doFetch = options.fetch ?? fetch;
  const labels = { app: "claimcheck", version: "unknown", ...options.labels, id: randomUUID() };
  const queue = new DropOldestQueue<DecisionRecord>(options.bufferSize);
  let sending: Promise<void> | null = null;
  let closed: Promise<void> | null = null;
  let deadline = Number.POSITIVE_INFINITY;
  /** Aborts the request or backoff wait in progress when close()'s deadline passes. */
  const stop = new AbortController();

  const interval = setInterval(() => kick(), options.flushIntervalMs);
  interval.unref();

  /** Final flush: stops the interval, sends what is buffered until the deadline, counts the rest. */
  async function flushBeforeDeadline(): Promise<void> {
    clearInterval(interval);
    deadline = Date.now() + options.closeTimeoutMs;
    // Not unref'd: a process awaiting close() on shutdown must stay alive until the deadline.
    const timer = setTimeout(() => stop.abort(), options.closeTimeoutMs);
    try {
      kick();
      await sending;
    } finally {
      clearTimeout(timer);
      const lost = queue.clear();
      if (lost > 0) callHook(hooks.onDrop, lost);
    }
  }

  function kick(): void {
    sending ??= drain().finally(() => {
      sending = null;
    });
  }

  /** Uploads batches until the buffer is empty, retrying each with backoff. */
  async function drain(): Promise<void> {
    let attempt = 0;
    while (queue.size > 0 && !stop.signal.aborted) {
      const { items, lastSeq } = queue.peek(options.batchSize);
      const outcome = await upload(items);
      if (outcome === "sent" || outcome === "refused") {
        queue.ackThrough(lastSeq);
        if (outcome === "refused") callHook(hooks.onDrop, items.length);
        attempt = 0;
        continue;
      }
      await sleep(Math.min(retryBackoff(attempt++, options.backoff), deadline - Date.now()), stop.signal);
      if (Date.now() >= deadline) stop.abort();
    }
  }

  async function upload(records: DecisionRecord[]): Promise<"sent" | "refused" | "retry"> {
    try {
      const events: OpaDecisionEvent[] = records.map((r) => toOpaEvent(redactRecord(r, options.includeText), labels));
      const body = await gzipAsync(JSON.stringify(events));
      const signal = AbortSignal.any([stop.signal, AbortSignal.timeout(options.requestTimeoutMs)]);
      const res = await doFetch(options.url, {
        method: "POST",
        headers: { "content-type": "application/json", "content-encoding": "gzip" },
        body,
        signal,
      });
      await res.arrayBuffer().catch(() => undefined); // release the connection
      if (res.ok) return "sent";
      const error = new Error(`decision log upload to ${options.url} failed: HTTP ${res.status}`);
      callHook(hooks.onError, error);
      return isRetryable(res.status) ? "retry" : "refused";
    } catch (e) {
      callHook(hooks.onError, asError(e));
      return "retry";
    }
  }

  return {
    write(record: DecisionRecord): void {
      if (closed) {
        callHook(hooks.onDrop, 1);
        return;
      }
      const dropped = queue.push(record);
      if (dropped > 0) callHook(hooks.onDrop, dropped);
      if (queue.size >= options.batchSize) kick();
    },
    close(): Promise<void> {
      closed ??= flushBeforeDeadline();
      return closed;
    },
  };
}

/** Waits `ms` (at least 0), or less when `signal` aborts. Never rejects. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    timer.unref();
    signal.addEventListener("abort", done, { once: true });
  });
}
