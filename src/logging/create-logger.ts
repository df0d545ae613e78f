import pino, { type Logger } from "pino";

/** Header and field paths whose values are credentials; pino replaces them before writing. */
const REDACT_PATHS = [
  "headers.authorization",
  'headers["proxy-authorization"]',
  'headers["api-key"]',
  'headers["x-api-key"]',
  'headers["openai-api-key"]',
  "headers.cookie",
  "apiKey",
  "*.apiKey",
  "adminToken",
  "*.adminToken",
];

/** Anything shaped like an OpenAI-style secret key, wherever it appears in a logged string. */
const SECRET_PATTERN = /\b(sk|rk|pk)-[A-Za-z0-9_-]{6,}/g;

/**
 * The process logger: JSON lines on stdout, credentials redacted by path and `sk-…`-looking
 * values masked in every logged string. Message text is never passed to it by the request path
 * (the decision log decides about text).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "claimcheck" },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      formatters: { log: maskSecrets },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

function maskSecrets(object: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(object)) {
    const masked = maskValue(value, 0);
    if (masked !== value) (out ??= { ...object })[key] = masked;
  }
  return out ?? object;
}

function maskValue(value: unknown, depth: number): unknown {
  // replace() (not test()) so the global pattern's lastIndex never carries over between calls
  if (typeof value === "string") return value.includes("k-") ? value.replace(SECRET_PATTERN, "$1-[redacted]") : value;
  if (depth > 3 || value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Error) return value;
  let out: Record<string, unknown> | null = null;
  for (const [key, child] of Object.entries(value)) {
    const masked = maskValue(child, depth + 1);
    if (masked !== child) (out ??= { ...(value as Record<string, unknown>) })[key] = masked;
  }
  return out ?? value;
}
