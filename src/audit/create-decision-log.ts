import { createWriteStream } from "node:fs";
import type { DecisionLog } from "./decision-record";
import type { DecisionLogHooks } from "./decision-log-hooks";
import { createHttpDecisionLog } from "./http-decision-log";
import { createStreamDecisionLog } from "./stream-decision-log";
import type { BackoffOptions } from "./retry-backoff";

/** Where decision records go, and how much is held while the sink is slow. */
export interface DecisionLogConfig {
  sink: "stdout" | "file" | "http" | "none";
  /** Path appended to, for `sink: "file"`. */
  file?: string;
  /** OPA-compatible decision log endpoint, for `sink: "http"`. */
  url?: string;
  /** Records (or lines) held in memory at most; when full the oldest are dropped. */
  bufferSize: number;
  /** Events per HTTP upload at most. */
  batchSize: number;
  /** HTTP sink: upload at least this often, milliseconds. */
  flushIntervalMs: number;
  /** Log message text (redacted of credentials). Off by default in the config. */
  includeText: boolean;
  /** `close()` gives up after this long, milliseconds (default 5000). */
  closeTimeoutMs?: number;
  /** HTTP sink: one upload is aborted after this long, milliseconds (default 10000). */
  requestTimeoutMs?: number;
  /** HTTP sink: retry backoff (default 500 ms base, 30 s cap). */
  backoff?: BackoffOptions;
  /** HTTP sink: extra OPA `labels`, e.g. `{ version, cluster }`. */
  labels?: Record<string, string>;
}

const DEFAULT_CLOSE_TIMEOUT_MS = 5_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000 };

/** A log that discards everything (`sink: "none"`). */
const NONE: DecisionLog = { write: () => undefined, close: async () => undefined };

/**
 * Builds the decision log for `config`. Throws only on a config that names a sink without its
 * target (`file` or `url` missing), which config validation should already have caught; after
 * construction nothing throws: trouble is reported through `hooks`.
 */
export function createDecisionLog(config: DecisionLogConfig, hooks: DecisionLogHooks = {}): DecisionLog {
  const closeTimeoutMs = config.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
  switch (config.sink) {
    case "none":
      return NONE;
    case "stdout":
      return createStreamDecisionLog(process.stdout, { bufferSize: config.bufferSize, includeText: config.includeText, closeTimeoutMs, endOnClose: false }, hooks);
    case "file": {
      if (!config.file) throw new Error('decision log sink "file" needs a file path');
      const stream = createWriteStream(config.file, { flags: "a" });
      return createStreamDecisionLog(stream, { bufferSize: config.bufferSize, includeText: config.includeText, closeTimeoutMs, endOnClose: true }, hooks);
    }
    case "http": {
      if (!config.url) throw new Error('decision log sink "http" needs a url');
      return createHttpDecisionLog(
        {
          url: config.url,
          bufferSize: config.bufferSize,
          batchSize: config.batchSize,
          flushIntervalMs: config.flushIntervalMs,
          includeText: config.includeText,
          requestTimeoutMs: config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
          closeTimeoutMs,
          backoff: config.backoff ?? DEFAULT_BACKOFF,
          labels: config.labels ?? {},
        },
        hooks,
      );
    }
  }
}

