import type { Request, Response } from "express";
import { renderError } from "../errors/render-error";
import { ProxyError, toProxyError } from "../errors/proxy-error";
import { clientKeyHash, normalizeRequest, type RequestView } from "../exchange/normalize-exchange";
import type { PreparedRequest } from "../guard/guard-stage";
import { RequestDeadline } from "../upstream/request-deadline";
import { prepareSafely } from "./decide-safely";
import { DecisionTracker } from "./decision-tracker";
import { replyGuardedJson } from "./guarded-json-reply";
import { replyGuardedStream } from "./guarded-stream-reply";
import { pipeUpstreamReply } from "./pipe-upstream-reply";
import { readRequestBody } from "./read-request-body";
import type { RouteContext } from "./route-context";

export const CHAT_COMPLETIONS_ROUTE = "/v1/chat/completions";

/**
 * Reads the request side of the exchange while the provider answers. undici writes the request
 * to the socket on a later tick, so the reading waits one turn of the event loop (`setImmediate`)
 * to start after the request has left rather than delay it.
 */
function readAhead(guard: RouteContext["guard"], request: RequestView): Promise<PreparedRequest | undefined> {
  return new Promise((resolve) => setImmediate(() => resolve(prepareSafely(guard, request))));
}

/**
 * `POST /v1/chat/completions`, guarded. Orchestrates only: read and validate the request,
 * send the client's bytes upstream, hand the reply to the JSON or SSE stage, and render any
 * failure once. Exactly one decision record per request, written in the `finally`.
 */
export function createChatCompletionsHandler(ctx: RouteContext) {
  const { config, metrics } = ctx;
  const trackerDeps = { decisionLog: ctx.decisionLog, metrics, logger: ctx.logger, includeText: config.decisionLog.includeText, enforced: ctx.enforced };

  return async function chatCompletions(req: Request, res: Response): Promise<void> {
    const tracker = new DecisionTracker(trackerDeps, CHAT_COMPLETIONS_ROUTE);
    const deadline = new RequestDeadline(res, config.timeouts.totalMs);
    let streamSlot = false;
    try {
      const raw = await readRequestBody(req, config.limits.maxBodyBytes);
      const chat = ctx.parseChatRequest(raw);
      tracker.stream = chat.stream;
      tracker.model = chat.model;
      if (chat.stream) {
        if (ctx.streams.active >= config.limits.maxConcurrentStreams) throw new ProxyError("overloaded", "Too many streams in flight; retry shortly.");
        ctx.streams.active++;
        streamSlot = true;
      }
      const request = normalizeRequest(chat.body);
      const context = { route: CHAT_COMPLETIONS_ROUTE, stream: chat.stream, timeNs: Date.now() * 1e6, clientKeyHash: clientKeyHash(req.headers.authorization) };

      const sending = ctx.upstream.send({ method: "POST", path: req.originalUrl, headers: req.headers, body: raw, signal: deadline.signal, readsBody: true });
      sending.catch(() => {}); // awaited below; a failure while the guard reads ahead is not "unhandled"
      const prepared = await readAhead(ctx.guard, request);
      const upstream = await sending;
      tracker.upstreamMs = upstream.latencySeconds * 1000;
      metrics.upstreamLatency(CHAT_COMPLETIONS_ROUTE, upstream.latencySeconds);
      if (upstream.status < 200 || upstream.status >= 300) {
        // The provider's own error (429, 401, 500…) passes through as it is; there is no reply to guard.
        tracker.fail("upstream_error", `the upstream answered ${upstream.status}`);
        await pipeUpstreamReply(upstream, res);
        return;
      }
      const reply = chat.stream ? replyGuardedStream : replyGuardedJson;
      await reply({ ctx, res, upstream, request, prepared, context, tracker, signal: deadline.signal });
    } catch (e) {
      if (deadline.cause === "client_aborted") {
        tracker.fail("client_aborted", "the client closed the connection before the reply was complete");
        return;
      }
      const error = toProxyError(e);
      tracker.fail(error.status < 500 ? "bad_request" : "upstream_error", error.message);
      if (error.code === "internal_error") ctx.logger.error({ err: error.cause, decision_id: tracker.decisionId }, "chat completions handler failed");
      if (res.headersSent) res.destroy();
      else renderError(res, error, { "x-guard-decision-id": tracker.decisionId });
    } finally {
      if (streamSlot) ctx.streams.active--;
      deadline.dispose();
      tracker.finish();
    }
  };
}
