import type { DecisionRecord } from "./decision-record";

/** What a redacted secret is replaced with, so a reader sees that something was there. */
export const REDACTED = "[REDACTED]";

/**
 * Credential shapes that stand on their own (no key name needed). Each alternative starts at a
 * fixed prefix and uses simple character classes, so the scan stays linear in the text size.
 */
const BARE_SECRET = new RegExp(
  [
    String.raw`\b(?:sk|rk|pk)-[A-Za-z0-9_-]{16,}`, // OpenAI, Anthropic (sk-ant-…), Stripe-style keys
    String.raw`\b(?:[Bb]earer|[Bb]asic)\s+[A-Za-z0-9._~+/-]{8,}=*`, // Authorization header values
    String.raw`\bAKIA[0-9A-Z]{16}\b`, // AWS access key id
    String.raw`\bgh[pousr]_[A-Za-z0-9]{30,}`, // GitHub tokens
    String.raw`\bgithub_pat_[A-Za-z0-9_]{30,}`,
    String.raw`\bAIza[0-9A-Za-z_-]{35}`, // Google API keys
    String.raw`\bxox[abposr]-[A-Za-z0-9-]{10,}`, // Slack tokens
    String.raw`\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+`, // JWTs
  ].join("|"),
  "g",
);

/**
 * `api_key: "…"`, `"client_secret": "…"`, `password=…`, `access_token=…`: the value after a key
 * whose name ends in a credential word. The key prefix excludes `-` so that the scan from each
 * word boundary stops at the end of the word (no quadratic backtracking on long dashed runs).
 */
const SECRET_FIELD =
  /\b([A-Za-z0-9_]*(?:api[_-]?key|apikey|secret|password|passwd|token|authorization|credentials?))(["']?\s*[:=]\s*["']?)(?!\[REDACTED\])([^\s"',;}&]+)/gi;

/**
 * Replaces anything that looks like a credential in `text` with {@link REDACTED}. Linear in the
 * text size; returns the same string when nothing matched. Errs on the side of redacting.
 */
export function redactSecrets(text: string): string {
  return text.replace(BARE_SECRET, REDACTED).replace(SECRET_FIELD, (_m, key: string, sep: string) => `${key}${sep}${REDACTED}`);
}

/**
 * The record as it may be logged: message text removed unless `includeText`, and every free-text
 * field (text, error, violation messages) passed through {@link redactSecrets}. Returns a shallow
 * copy when anything changes; never mutates the caller's record.
 */
export function redactRecord(record: DecisionRecord, includeText: boolean): DecisionRecord {
  const out: DecisionRecord = { ...record };
  if (record.error !== null) out.error = redactSecrets(record.error);
  if (record.violations.length > 0) {
    out.violations = record.violations.map((v) => ({ ...v, message: redactSecrets(v.message) }));
  }
  if (!includeText) {
    delete out.messages;
    delete out.reply_text;
    if (record.claims.some((c) => c.text !== undefined)) out.claims = record.claims.map(({ text: _text, ...rest }) => rest);
    return out;
  }
  if (record.messages) out.messages = record.messages.map((m) => ({ role: m.role, text: redactSecrets(m.text) }));
  if (record.reply_text !== undefined) out.reply_text = redactSecrets(record.reply_text);
  if (record.claims.some((c) => c.text !== undefined)) {
    out.claims = record.claims.map((c) => (c.text === undefined ? c : { ...c, text: redactSecrets(c.text) }));
  }
  return out;
}
