import type { ServerResponse } from "node:http";
import type { ProxyError } from "./proxy-error";

/** The OpenAI error envelope, as the SDKs parse it. */
export interface ErrorEnvelope {
  error: { message: string; type: string; code: string; param: string | null };
}

/** The one mapping from a `ProxyError` to the OpenAI envelope. */
export function errorEnvelope(error: ProxyError): ErrorEnvelope {
  return { error: { message: error.message, type: error.type, code: error.code, param: error.param } };
}

/**
 * Writes `error` as a JSON reply with its status. When headers already went out (a stream was
 * started), the caller must use the SSE error event instead; this only ends the response then.
 */
export function renderError(res: ServerResponse, error: ProxyError, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const body = JSON.stringify(errorEnvelope(error));
  res.writeHead(error.status, { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}
