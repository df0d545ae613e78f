import type { IncomingHttpHeaders } from "node:http";
import type { Readable } from "node:stream";
import { Pool } from "undici";
import type { Config } from "../config/config-schema";
import { ProxyError } from "../errors/proxy-error";
import { upstreamFailure } from "./upstream-failure";
import { upstreamRequestHeaders } from "./forward-headers";

/**
 * `.` or `..` path segments, raw or percent-encoded, between separators that some servers
 * treat as `/` (a backslash, `%2f`, `%5c`): they would climb out of the base path.
 */
const DOT_SEGMENT = /(?:\/|\\|%2f|%5c)(?:\.|%2e){1,2}(?:[/\\?#]|%2f|%5c|$)/i;

export interface UpstreamRequest {
  method: string;
  /** The client's path under `/v1` with its query, e.g. `/v1/chat/completions?x=1`; dot segments are refused. */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer | Readable | null;
  signal: AbortSignal;
  /** The proxy reads the reply: ask for an uncompressed body. */
  readsBody: boolean;
}

export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
  /** Seconds from sending to response headers. */
  latencySeconds: number;
}

/** Sends requests to the configured upstream only. Created once per process. */
export interface UpstreamClient {
  /** Resolves at the response headers; rejects with a `ProxyError` (502/504) or the abort reason. */
  send(request: UpstreamRequest): Promise<UpstreamResponse>;
  close(): Promise<void>;
}

/**
 * One keep-alive undici `Pool` to the configured origin. Every request goes to that origin: the
 * client only chooses the path below the configured base path (no client header or body field
 * can redirect the proxy: SSRF), and paths with dot segments are refused upstream of here.
 */
export function createUpstreamClient(config: Pick<Config, "upstream" | "timeouts">): UpstreamClient {
  const base = new URL(config.upstream.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  const pool = new Pool(base.origin, {
    connections: config.upstream.connections,
    connect: { timeout: config.timeouts.connectMs },
    keepAliveTimeout: 60_000,
    headersTimeout: config.timeouts.firstByteMs,
    bodyTimeout: config.timeouts.idleMs,
  });
  const apiKey = config.upstream.apiKey;

  return {
    async send(request: UpstreamRequest): Promise<UpstreamResponse> {
      if (!request.path.startsWith("/v1/") || DOT_SEGMENT.test(pathOnly(request.path))) {
        throw new ProxyError("invalid_request", "The request path must stay under /v1/ (no dot segments).");
      }
      const started = performance.now();
      try {
        const response = await pool.request({
          method: request.method as "POST",
          // "/v1/chat/completions" → basePath + "/chat/completions"
          path: basePath + request.path.slice(3),
          headers: upstreamRequestHeaders(request.headers, { apiKey, identityEncoding: request.readsBody, forwardContentLength: request.body !== null && !Buffer.isBuffer(request.body) }),
          body: request.body,
          signal: request.signal,
        });
        return { status: response.statusCode, headers: response.headers, body: response.body, latencySeconds: (performance.now() - started) / 1000 };
      } catch (e) {
        throw request.signal.aborted ? request.signal.reason : upstreamFailure(e);
      }
    },
    close: () => pool.close(),
  };
}

function pathOnly(path: string): string {
  const query = path.indexOf("?");
  return query === -1 ? path : path.slice(0, query);
}
