import type { OutgoingHttpHeaders } from "node:http";
import { errorEnvelope } from "../errors/render-error";
import { ProxyError } from "../errors/proxy-error";
import { buildExchange, toolCallView } from "../exchange/normalize-exchange";
import { finishStream } from "../streaming/finish-stream";
import { relayStream, UpstreamStreamError, type StreamOutcome } from "../streaming/relay-stream";
import { SseWriter } from "../streaming/sse-writer";
import { errorFrame } from "../streaming/stream-frames";
import { clientResponseHeaders } from "../upstream/forward-headers";
import { upstreamFailure } from "../upstream/upstream-failure";
import { decideSafely } from "./decide-safely";
import type { GuardedReplyInput } from "./guarded-reply-input";

/**
 * The `stream: true` reply: relay the upstream's SSE with hold-back, decide at its end, finish.
 * The verdict is not known when headers go out, so there is no `x-guard-verdict` header here:
 * the final `guard` chunk carries it. A stream that breaks before it ended properly ends with an
 * error event (both SDKs raise it) and held text is never released; if nothing was sent yet the
 * failure is thrown for a plain JSON error reply instead.
 */
export async function replyGuardedStream(input: GuardedReplyInput): Promise<void> {
  const { ctx, res, upstream, request, prepared, context, tracker, signal } = input;
  const type = String(upstream.headers["content-type"] ?? "");
  if (!type.includes("text/event-stream")) {
    upstream.body.resume();
    throw new ProxyError("upstream_invalid_response", `The upstream answered a stream request with "${type || "no content type"}" instead of an event stream.`);
  }
  const headers: OutgoingHttpHeaders = clientResponseHeaders(upstream.headers, true);
  headers["content-type"] = "text/event-stream; charset=utf-8";
  headers["cache-control"] = "no-cache";
  headers["x-accel-buffering"] = "no";
  headers["x-guard-decision-id"] = tracker.decisionId;
  if (!ctx.enforced) headers["x-guard-enforced"] = "false";
  const writer = new SseWriter(res, headers);
  const { limits } = ctx.config;

  let outcome: StreamOutcome;
  try {
    outcome = await relayStream(upstream.body, writer, {
      enforce: ctx.enforced,
      mayCarryClaim: (text) => ctx.guard.mayCarryClaim(text),
      maxToolArgumentBytes: limits.maxToolArgumentBytes,
      maxSseEventBytes: limits.maxSseEventBytes,
      maxStreamBufferedBytes: limits.maxStreamBufferedBytes,
    });
  } catch (e) {
    if (signal.aborted) throw signal.reason;
    upstream.body.destroy();
    if (e instanceof UpstreamStreamError) {
      tracker.fail("upstream_error", `the upstream sent an error event: ${JSON.stringify(e.payload).slice(0, 300)}`);
      writer.write(errorFrame(e.payload));
      writer.end();
      return;
    }
    const failure = upstreamFailure(e);
    if (!writer.started) throw failure;
    tracker.fail("upstream_error", failure.message);
    writer.end(errorFrame(errorEnvelope(failure)));
    return;
  }

  const reply = { text: outcome.text, toolCalls: outcome.toolCalls.map((c) => toolCallView(c.id, c.name, c.arguments)), finishReason: outcome.finishReason };
  tracker.exchange = buildExchange(request, reply, context);
  tracker.decision = await decideSafely(ctx.guard, tracker.exchange, tracker.decisionId, prepared);
  if (signal.aborted) throw signal.reason;
  await finishStream(writer, outcome, tracker.decision, ctx.enforced);
}
