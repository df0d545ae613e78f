import type { ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import type { UpstreamResponse } from "../upstream/upstream-client";
import { clientResponseHeaders } from "../upstream/forward-headers";

/**
 * Sends an upstream reply to the client as it is: status, end-to-end headers (Retry-After,
 * rate-limit and request-id headers included) and the body, streamed with backpressure.
 * Used for pass-through routes and for the upstream's own error replies on guarded routes.
 */
export async function pipeUpstreamReply(upstream: UpstreamResponse, res: ServerResponse): Promise<void> {
  res.writeHead(upstream.status, clientResponseHeaders(upstream.headers, false));
  await pipeline(upstream.body, res);
}
