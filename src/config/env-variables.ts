/** How an environment variable's string becomes a config value. */
export type EnvKind = "string" | "integer" | "boolean";

/** One environment variable and the config field it sets (a dotted path). */
export interface EnvVariable {
  name: string;
  path: string;
  kind: EnvKind;
}

/**
 * Every environment variable the proxy reads. The environment overrides the config file.
 * This table is the single source for both loading and the documentation's table.
 */
export const ENV_VARIABLES: readonly EnvVariable[] = [
  { name: "PORT", path: "port", kind: "integer" },
  { name: "HOST", path: "host", kind: "string" },
  { name: "UPSTREAM_BASE_URL", path: "upstream.baseUrl", kind: "string" },
  { name: "UPSTREAM_API_KEY", path: "upstream.apiKey", kind: "string" },
  { name: "UPSTREAM_CONNECTIONS", path: "upstream.connections", kind: "integer" },
  { name: "LOG_LEVEL", path: "logLevel", kind: "string" },
  { name: "GUARD_MODE", path: "mode", kind: "string" },
  { name: "GUARD_FAIL_OPEN", path: "failOpen", kind: "boolean" },
  { name: "UPSTREAM_CONNECT_TIMEOUT_MS", path: "timeouts.connectMs", kind: "integer" },
  { name: "UPSTREAM_FIRST_BYTE_TIMEOUT_MS", path: "timeouts.firstByteMs", kind: "integer" },
  { name: "UPSTREAM_IDLE_TIMEOUT_MS", path: "timeouts.idleMs", kind: "integer" },
  { name: "UPSTREAM_TOTAL_TIMEOUT_MS", path: "timeouts.totalMs", kind: "integer" },
  { name: "MAX_BODY_BYTES", path: "limits.maxBodyBytes", kind: "integer" },
  { name: "MAX_MESSAGES", path: "limits.maxMessages", kind: "integer" },
  { name: "MAX_JSON_DEPTH", path: "limits.maxJsonDepth", kind: "integer" },
  { name: "MAX_TOOL_ARGUMENT_BYTES", path: "limits.maxToolArgumentBytes", kind: "integer" },
  { name: "MAX_SSE_EVENT_BYTES", path: "limits.maxSseEventBytes", kind: "integer" },
  { name: "MAX_STREAM_BUFFERED_BYTES", path: "limits.maxStreamBufferedBytes", kind: "integer" },
  { name: "MAX_CONCURRENT_STREAMS", path: "limits.maxConcurrentStreams", kind: "integer" },
  { name: "POLICY_BUNDLE", path: "policy.bundlePath", kind: "string" },
  { name: "POLICY_BUNDLE_URL", path: "policy.bundleUrl", kind: "string" },
  { name: "POLICY_POLL_INTERVAL_MS", path: "policy.pollIntervalMs", kind: "integer" },
  { name: "POLICY_WATCH", path: "policy.watch", kind: "boolean" },
  { name: "POLICY_EVAL_BUDGET_MS", path: "policy.evalBudgetMs", kind: "integer" },
  { name: "DECISION_LOG", path: "decisionLog.sink", kind: "string" },
  { name: "DECISION_LOG_FILE", path: "decisionLog.file", kind: "string" },
  { name: "DECISION_LOG_URL", path: "decisionLog.url", kind: "string" },
  { name: "DECISION_LOG_BUFFER_SIZE", path: "decisionLog.bufferSize", kind: "integer" },
  { name: "DECISION_LOG_BATCH_SIZE", path: "decisionLog.batchSize", kind: "integer" },
  { name: "DECISION_LOG_FLUSH_INTERVAL_MS", path: "decisionLog.flushIntervalMs", kind: "integer" },
  { name: "DECISION_LOG_INCLUDE_TEXT", path: "decisionLog.includeText", kind: "boolean" },
  { name: "ADMIN_TOKEN", path: "adminToken", kind: "string" },
  { name: "SHUTDOWN_GRACE_MS", path: "shutdownGraceMs", kind: "integer" },
];

/**
 * Converts one variable's text. Returns the text itself when it does not parse, so the schema
 * reports it with the field's own message ("expected number, received string").
 */
export function parseEnvValue(kind: EnvKind, text: string): unknown {
  const trimmed = text.trim();
  if (kind === "integer") return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  if (kind === "boolean") {
    if (/^(true|1|yes|on)$/i.test(trimmed)) return true;
    if (/^(false|0|no|off)$/i.test(trimmed)) return false;
    return trimmed;
  }
  return text;
}
