import type { IncomingMessage } from "node:http";
import { ProxyError } from "../errors/proxy-error";

/**
 * Reads the client's body as bytes, refusing more than `maxBytes` (413) before buffering it:
 * a declared `content-length` over the limit fails at once, an undeclared one as soon as the
 * count passes it. The bytes are kept as they came, to be forwarded upstream unchanged.
 */
export function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (declared > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        cleanup();
        // Keep reading into nothing so the 413 can be written on a healthy connection.
        req.resume();
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length));
    };
    const onError = (e: Error) => {
      cleanup();
      reject(new ProxyError("invalid_request", "The request body could not be read.", { cause: e }));
    };
    const cleanup = () => {
      req.removeListener("data", onData);
      req.removeListener("end", onEnd);
      req.removeListener("error", onError);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

function tooLarge(maxBytes: number): ProxyError {
  return new ProxyError("body_too_large", `The request body is larger than the limit of ${maxBytes} bytes.`);
}
