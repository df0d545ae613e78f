import type { OutgoingHttpHeaders } from "node:http";
import { ProxyError } from "../errors/proxy-error";
import { buildExchange, replyFromCompletion } from "../exchange/normalize-exchange";
import { blockCompletion, guardObject } from "../guard/enforce-verdict";
import { clientResponseHeaders } from "../upstream/forward-headers";
import { readUpstreamBody } from "../upstream/read-upstream-body";
import { decideSafely } from "./decide-safely";
import { exceedsJsonDepth } from "./exceeds-json-depth";
import type { GuardedReplyInput } from "./guarded-reply-input";

/**
 * The `stream: false` reply: read the upstream's completion, decide, send. An allowed reply is
 * sent as the upstream's own bytes (no re-serialization, unless it carried a `guard` object of its
 * own, which is removed); flag and block add the `guard` object,
 * and an enforced block replaces the reply by the notice. Headers: `x-guard-verdict`,
 * `x-guard-decision-id`, and `x-guard-enforced: false` in monitoring mode.
 */
export async function replyGuardedJson(input: GuardedReplyInput): Promise<void> {
  const { ctx, res, upstream, request, prepared, context, tracker, signal } = input;
  const raw = await readUpstreamBody(upstream.body, ctx.config.limits.maxStreamBufferedBytes, signal);
  const completion = parseCompletion(raw, ctx.config.limits.maxJsonDepth);
  const reply = replyFromCompletion(completion);
  tracker.exchange = buildExchange(request, reply, context);
  const decision = await decideSafely(ctx.guard, tracker.exchange, tracker.decisionId, prepared);
  tracker.decision = decision;
  if (signal.aborted) throw signal.reason;

  let body: Buffer | string = raw;
  // Only the proxy speaks for the guard: an upstream's own top-level `guard` object is removed.
  const spoofed = Object.hasOwn(completion, "guard");
  if (spoofed) delete completion.guard;
  if (decision.verdict !== "allow") {
    if (ctx.enforced && decision.verdict === "block") blockCompletion(completion, decision, reply.toolCalls, reply.text !== "");
    completion.guard = guardObject(decision, ctx.enforced);
    body = JSON.stringify(completion);
  } else if (spoofed) {
    body = JSON.stringify(completion);
  }
  const headers: OutgoingHttpHeaders = clientResponseHeaders(upstream.headers, true);
  headers["content-type"] = "application/json";
  headers["content-length"] = Buffer.byteLength(body);
  headers["x-guard-verdict"] = decision.verdict;
  headers["x-guard-decision-id"] = decision.decisionId;
  if (!ctx.enforced) headers["x-guard-enforced"] = "false";
  res.writeHead(decision.verdict === "block" ? 200 : upstream.status, headers);
  res.end(body);
}

function parseCompletion(raw: Buffer, maxDepth: number): Record<string, unknown> {
  if (exceedsJsonDepth(raw, maxDepth)) throw new ProxyError("upstream_invalid_response", `The upstream's answer nests deeper than ${maxDepth} levels.`);
  let value: unknown;
  try {
    value = JSON.parse(raw.toString("utf8"));
  } catch {
    throw new ProxyError("upstream_invalid_response", "The upstream answered with a body that is not JSON.");
  }
  if (value === null || typeof value !== "object" || !Array.isArray((value as { choices?: unknown }).choices)) {
    throw new ProxyError("upstream_invalid_response", "The upstream's answer is not a chat completion (no choices).");
  }
  return value as Record<string, unknown>;
}
