import type { Readable } from "node:stream";
import { ProxyError } from "../errors/proxy-error";
import { upstreamFailure } from "./upstream-failure";

/**
 * Reads a whole upstream body, at most `maxBytes` (a reply larger than the guard may hold is a
 * 502, not an unguarded pass-through). Read failures are mapped like request failures (idle
 * timeout 504, reset 502); an aborted read rethrows the abort reason.
 */
export async function readUpstreamBody(body: Readable, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of body) {
      length += (chunk as Buffer).length;
      if (length > maxBytes) {
        body.destroy();
        throw new ProxyError("reply_too_large", `The upstream reply exceeds ${maxBytes} bytes, more than the guard holds.`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    throw signal.aborted ? signal.reason : upstreamFailure(e);
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length);
}
