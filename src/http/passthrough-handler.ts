import type { Request, Response } from "express";
import { renderError } from "../errors/render-error";
import { toProxyError } from "../errors/proxy-error";
import { RequestDeadline } from "../upstream/request-deadline";
import type { UpstreamClient } from "../upstream/upstream-client";
import { pipeUpstreamReply } from "./pipe-upstream-reply";

/**
 * Every other path under `/v1/`: forwarded unchanged to the configured upstream (any method,
 * query included), bodies streamed both ways, status and end-to-end headers kept. Nothing here
 * is guarded, so nothing is buffered; client disconnect aborts the upstream request.
 */
export function createPassthroughHandler(upstream: UpstreamClient, totalMs: number) {
  return async function passthrough(req: Request, res: Response): Promise<void> {
    const deadline = new RequestDeadline(res, totalMs);
    try {
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const reply = await upstream.send({ method: req.method, path: req.originalUrl, headers: req.headers, body: hasBody ? req : null, signal: deadline.signal, readsBody: false });
      await pipeUpstreamReply(reply, res);
    } catch (e) {
      if (deadline.cause === "client_aborted") return;
      if (res.headersSent) res.destroy();
      else renderError(res, toProxyError(e));
    } finally {
      deadline.dispose();
    }
  };
}
