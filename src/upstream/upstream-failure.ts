import { ProxyError } from "../errors/proxy-error";

const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

/**
 * Maps a failed upstream exchange to the registry: timeouts (connect, first byte, idle gap,
 * total deadline) are 504, anything else (refused, reset, DNS, garbage) is 502. The message
 * names what happened but never the upstream's credentials.
 */
export function upstreamFailure(thrown: unknown): ProxyError {
  if (thrown instanceof ProxyError) return thrown;
  const code = (thrown as { code?: unknown } | null)?.code;
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  if (typeof code === "string" && TIMEOUT_CODES.has(code)) {
    const what = code === "UND_ERR_CONNECT_TIMEOUT" ? "connecting" : code === "UND_ERR_HEADERS_TIMEOUT" ? "waiting for the first byte" : "waiting for the next chunk";
    return new ProxyError("upstream_timeout", `The upstream timed out ${what}.`, { cause: thrown });
  }
  return new ProxyError("upstream_unreachable", `The upstream could not be reached (${typeof code === "string" ? code : detail}).`, { cause: thrown });
}
