import { splitIdentifier } from "./action-words";

/**
 * Keys that describe a resource rather than configure it: access and modification times,
 * retention and expiry, pins and holds, tags and labels. Writing only these changes what
 * garbage collectors, retention jobs and auditors see (`last_used` bumped, `retention:
 * pinned`), not what the resource does: a `metadata` effect.
 */
const METADATA_WORD = /^(?:last|accessed|access|atime|mtime|ctime|created|updated|modified|timestamp|retention|retain|retained|expires|expiry|expiration|expire|ttl|pinned|pin|keep|hold|holds|protected|protection|labels?|tags?|annotations?|metadata|lifecycle|lock|locked)$/;
/** Keys that ride along with any write and say nothing about what it is. */
const NEUTRAL_KEY = /^(?:description|desc|note|notes|comment|comments|reason|message|owner|updated_by|modified_by|by|actor|author)$/;
const TIME_KEY = /(?:^|_)(?:at|on|time|ts|date|used|seen|accessed|heartbeat|ping|pinged|checkin|activity|active)$/;
/** A liveness stamp (`heartbeat`, `heartbeat_at`, `last_heartbeat`), not a setting such as `heartbeat_interval`. */
const HEARTBEAT_KEY = /^heartbeat(?:_(?:at|time|ts|on))?$/;
const MAX_KEYS = 64;

/** Whether one key names metadata: `last_used`, `accessed_at`, `retention_days`, `expires_at`, `ttl`, `pinned`, `labels`… */
export function isMetadataKey(key: string): boolean {
  const words = splitIdentifier(key);
  if (words.length === 0) return false;
  if (words.some((w) => METADATA_WORD.test(w) && w !== "last" && w !== "access")) return true;
  const joined = words.join("_");
  if (HEARTBEAT_KEY.test(joined)) return true;
  // `last_used`, `last_seen`, `last_heartbeat`, `accessed_on`: a time stamp of an access.
  return (words[0] === "last" || words[0] === "access") && TIME_KEY.test(joined);
}

/**
 * Whether a write's body (JSON text, an object, or `k=v&k2=v2`) sets only metadata keys (and
 * neutral ones such as `description`), at least one of them. Ordinary settings (`replicas`,
 * `enabled`, `heartbeat_interval`) make it a config update. Bounded to 64 keys.
 */
export function setsOnlyMetadata(body: unknown): boolean {
  const keys = bodyKeys(body);
  return keys !== null && onlyMetadataKeys(keys);
}

/**
 * Whether a list of written keys (a body's keys, an SQL `SET` list's columns) is all metadata
 * and neutral keys, at least one of them metadata. Bounded to 64 keys.
 */
export function onlyMetadataKeys(keys: readonly string[]): boolean {
  if (keys.length === 0 || keys.length > MAX_KEYS) return false;
  let metadata = false;
  for (const key of keys) {
    if (isMetadataKey(key)) metadata = true;
    else if (!NEUTRAL_KEY.test(key.toLowerCase())) return false;
  }
  return metadata;
}

function bodyKeys(body: unknown): string[] | null {
  if (typeof body === "string") {
    const text = body.trim();
    if (text.startsWith("{")) {
      try {
        return bodyKeys(JSON.parse(text) as unknown);
      } catch {
        return null;
      }
    }
    const pairs = text.split("&");
    return pairs.every((p) => /^[\w.-]+=/.test(p)) ? pairs.map((p) => p.slice(0, p.indexOf("="))) : null;
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const keys: string[] = [];
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    // `{"metadata": {"last_used": …}}`, `{"spec": {"retention": …}}`: a wrapper's keys are the write's keys.
    if (value !== null && typeof value === "object" && !Array.isArray(value) && !isMetadataKey(key)) {
      const inner = bodyKeys(value);
      if (inner === null) return null;
      keys.push(...inner);
    } else {
      keys.push(key);
    }
  }
  return keys;
}
