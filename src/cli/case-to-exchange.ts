import type { Exchange } from "../exchange/exchange";
import { buildExchange, normalizeRequest, replyFromCompletion } from "../exchange/normalize-exchange";
import type { RecordedCase } from "./read-cases";

/**
 * The proxy's `CHAT_COMPLETIONS_ROUTE`. Not imported from `http/chat-completions-handler`: that
 * module loads the whole server (ESM-only SSE parser included) into a command-line tool.
 */
const CHAT_COMPLETIONS_ROUTE = "/v1/chat/completions";

/**
 * The exchange the proxy would build for this recorded conversation, through the proxy's own
 * normalisation: the request body as `normalizeRequest` reads it, and the recorded assistant
 * message as `choices[0].message` of a non-streamed completion (finish reason `tool_calls` when
 * it has tool calls, else `stop`, as a provider answers). No client credential is known offline.
 */
export function caseToExchange(recorded: RecordedCase): Exchange {
  const toolCalls = recorded.response.tool_calls;
  const finishReason = Array.isArray(toolCalls) && toolCalls.length > 0 ? "tool_calls" : "stop";
  const reply = replyFromCompletion({ choices: [{ index: 0, message: recorded.response, finish_reason: finishReason }] });
  return buildExchange(normalizeRequest(recorded.request), reply, {
    route: CHAT_COMPLETIONS_ROUTE,
    stream: false,
    timeNs: Date.now() * 1e6,
    clientKeyHash: null,
  });
}
