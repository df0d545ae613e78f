import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

/**
 * Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus the ones the
 * proxy sets itself: `host` (the upstream's, never the client's: the client must not pick where
 * the request goes) and `content-length` (undici computes it from the body it sends).
 */
const NOT_FORWARDED_UPSTREAM = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authorization",
  "proxy-authenticate",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "expect",
]);

/** Hop-by-hop headers of a response; `content-length` is kept unless the body is rewritten. */
const NOT_FORWARDED_DOWNSTREAM = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authenticate", "te", "trailer", "transfer-encoding", "upgrade"]);

export interface UpstreamHeaderOptions {
  /** `UPSTREAM_API_KEY`: replaces the client's Authorization when set. */
  apiKey: string | undefined;
  /** The proxy reads the reply (guarded route): ask for an uncompressed body. */
  identityEncoding: boolean;
  /** The body is the client's own stream (pass-through): keep its `content-length` so it is not re-chunked. */
  forwardContentLength: boolean;
}

/**
 * The headers to send upstream for a client request: everything the client sent (OpenAI-Organization,
 * OpenAI-Project, OpenAI-Beta, user agent, idempotency keys…) except hop-by-hop headers, headers the
 * client's `Connection` header names, `host` and `content-length`.
 */
export function upstreamRequestHeaders(client: IncomingHttpHeaders, options: UpstreamHeaderOptions): Record<string, string | string[]> {
  const named = client.connection ? connectionTokens(client.connection) : null;
  const out: Record<string, string | string[]> = {};
  for (const key in client) {
    const value = client[key];
    if (value === undefined || NOT_FORWARDED_UPSTREAM.has(key) || named?.has(key)) continue;
    out[key] = value;
  }
  if (options.forwardContentLength && client["content-length"]) out["content-length"] = client["content-length"];
  if (options.apiKey) out.authorization = `Bearer ${options.apiKey}`;
  if (options.identityEncoding) out["accept-encoding"] = "identity";
  return out;
}

/**
 * The upstream response's headers as they go to the client, without hop-by-hop headers and
 * without any `x-guard-*` header (only the proxy speaks for the guard). `rewritesBody` drops the
 * framing headers (`content-length`, `content-encoding`) because the proxy sends its own body.
 */
export function clientResponseHeaders(upstream: Record<string, string | string[] | undefined>, rewritesBody: boolean): OutgoingHttpHeaders {
  const named = typeof upstream.connection === "string" ? connectionTokens(upstream.connection) : null;
  const out: OutgoingHttpHeaders = {};
  for (const key in upstream) {
    const value = upstream[key];
    if (value === undefined || NOT_FORWARDED_DOWNSTREAM.has(key) || named?.has(key)) continue;
    if (rewritesBody && (key === "content-length" || key === "content-encoding")) continue;
    // The guard's own headers come from the proxy alone: an upstream cannot pose as the guard.
    if (key.startsWith("x-guard-")) continue;
    out[key] = value;
  }
  return out;
}

function connectionTokens(value: string): Set<string> {
  return new Set(value.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean));
}
