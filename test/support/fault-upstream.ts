import type { ServerResponse } from "node:http";
import { completion, sendStream, streamChunks, type ReplyMessage, type UpstreamHandler } from "./fake-upstream";

/**
 * Fault scripts for the fake upstream (`upstream.handle = faults.x(...)`): each plays one way a
 * provider can fail. They write raw HTTP through the real socket, so the proxy sees exactly
 * what a broken provider sends (resets, short bodies, silence).
 */
export const faults = {
  /** The connection is dropped as soon as the request arrived: no status line at all. */
  resetBeforeBody: (): UpstreamHandler => (_req, _b, res) => void res.socket?.destroy(),

  /** Headers and the first `bytes` of a JSON body (content-length says more), then a reset. */
  resetDuringJson: (message: ReplyMessage, bytes = 40): UpstreamHandler => (_req, _b, res) => {
    const text = JSON.stringify(completion(message));
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.write(text.slice(0, bytes), () => setTimeout(() => res.socket?.destroy(), 10));
  },

  /** A well-framed (chunked) JSON reply whose JSON stops in the middle. */
  truncatedJson: (message: ReplyMessage, keep = 0.5): UpstreamHandler => (_req, _b, res) => {
    const text = JSON.stringify(completion(message));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(text.slice(0, Math.floor(text.length * keep)));
  },

  /** Headers, part of a JSON body, then silence (the proxy's idle timeout must end it). */
  stalledJson: (message: ReplyMessage): UpstreamHandler => (_req, _b, res) => {
    const text = JSON.stringify(completion(message));
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.write(text.slice(0, 20));
  },

  /** An SSE stream of `message` cut after `keep` chunks: `reset` drops the connection, else it ends cleanly. */
  cutStream: (message: ReplyMessage, keep: number, how: "reset" | "end" = "reset"): UpstreamHandler => (_req, _b, res) => {
    const chunks = streamChunks(message).slice(0, keep);
    void sendStream(res, chunks, { done: false, end: how === "end" }).then(() => {
      if (how === "reset") setTimeout(() => res.socket?.destroy(), 10);
    });
  },

  /** All chunks (with finish_reason when `finish`), no [DONE]; then close, or stay silent (`stall`). */
  noDone: (message: ReplyMessage, options: { finish: boolean; stall: boolean }): UpstreamHandler => (_req, _b, res) => {
    const chunks = streamChunks(message);
    void sendStream(res, options.finish ? chunks : chunks.slice(0, -1), { done: false, end: !options.stall });
  },

  /** `keep` chunks, then silence with the connection open. */
  stalledStream: (message: ReplyMessage, keep: number): UpstreamHandler => (_req, _b, res) => {
    void sendStream(res, streamChunks(message).slice(0, keep), { done: false, end: false });
  },

  /** A provider error reply with its status, headers and OpenAI error body. */
  status: (status: number, headers: Record<string, string> = {}): UpstreamHandler => (_req, _b, res) => {
    const text = JSON.stringify({ error: { message: `upstream says ${status}`, type: status === 429 ? "requests" : "server_error", code: status === 429 ? "rate_limit_exceeded" : null, param: null } });
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
    res.end(text);
  },
};

/**
 * An endless, innocent SSE stream ("Fine. " repeated) written as fast as the socket takes it,
 * honouring backpressure. `written()` tells how many bytes the upstream managed to hand over:
 * with a client that does not read, it must stay bounded (the proxy stops pulling).
 */
export function floodStream(totalBytes: number): { handle: UpstreamHandler; written(): number; finished(): boolean } {
  let written = 0;
  let finished = false;
  const handle: UpstreamHandler = (_req, _b, res: ServerResponse) => {
    const base = { id: "chatcmpl-flood", object: "chat.completion.chunk", created: 1_700_000_002, model: "gpt-test" };
    const frame = (delta: Record<string, unknown>, finish: string | null = null) => `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    const piece = frame({ content: "Fine. ".repeat(100) });
    res.writeHead(200, { "content-type": "text/event-stream" });
    const pump = () => {
      while (written < totalBytes) {
        if (res.destroyed) return;
        written += piece.length;
        if (!res.write(piece)) return void res.once("drain", pump);
      }
      finished = true;
      res.end(frame({}, "stop") + "data: [DONE]\n\n");
    };
    pump();
  };
  return { handle, written: () => written, finished: () => finished };
}
