/**
 * The one registry of errors the proxy itself produces. Each code has its HTTP status and its
 * OpenAI error `type`, so every place that fails says only *which* error and *why*, and the
 * status/type mapping lives here alone.
 */
export const ERROR_CODES = {
  invalid_json: { status: 400, type: "invalid_request_error" },
  invalid_request: { status: 400, type: "invalid_request_error" },
  body_too_large: { status: 413, type: "invalid_request_error" },
  not_found: { status: 404, type: "invalid_request_error" },
  upstream_unreachable: { status: 502, type: "upstream_error" },
  upstream_invalid_response: { status: 502, type: "upstream_error" },
  upstream_timeout: { status: 504, type: "upstream_error" },
  reply_too_large: { status: 502, type: "upstream_error" },
  overloaded: { status: 503, type: "server_error" },
  internal_error: { status: 500, type: "server_error" },
} as const satisfies Record<string, { status: number; type: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error with a registry code; `message` is shown to the client, so it never holds secrets. */
export class ProxyError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly type: string;
  /** The offending request field, when there is one (OpenAI's `param`). */
  readonly param: string | null;

  constructor(code: ErrorCode, message: string, options: { param?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "ProxyError";
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.type = ERROR_CODES[code].type;
    this.param = options.param ?? null;
  }
}

/** Anything thrown, as a `ProxyError` (unknown failures become `internal_error`). */
export function toProxyError(thrown: unknown): ProxyError {
  if (thrown instanceof ProxyError) return thrown;
  return new ProxyError("internal_error", "The proxy failed to handle this request.", { cause: thrown });
}
