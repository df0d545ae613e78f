import type { ErrorEnvelope } from "../errors/render-error";
import type { AssembledToolCall } from "./tool-call-assembler";

/** The identity every re-emitted chunk carries: the upstream stream's own id/created/model. */
export interface StreamMeta {
  id: string;
  created: number;
  model: string;
  system_fingerprint?: string | null;
}

export const DONE_FRAME = "data: [DONE]\n\n";

/** One SSE frame holding a `chat.completion.chunk` with `choices` and any extra top-level fields. */
export function chunkFrame(meta: StreamMeta, choices: unknown[], extra?: Record<string, unknown>): string {
  const chunk = { id: meta.id, object: "chat.completion.chunk", created: meta.created, model: meta.model, system_fingerprint: meta.system_fingerprint ?? null, choices, ...extra };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

/** A delta for choice 0. */
export function deltaFrame(meta: StreamMeta, delta: Record<string, unknown>, finishReason: string | null = null): string {
  return chunkFrame(meta, [{ index: 0, delta, logprobs: null, finish_reason: finishReason }]);
}

/** All assembled tool calls in one delta, each complete (id, name, full arguments). */
export function toolCallsFrame(meta: StreamMeta, calls: AssembledToolCall[]): string {
  return deltaFrame(meta, {
    tool_calls: calls.map((c) => ({ index: c.index, id: c.id, type: c.type, function: { name: c.name, arguments: c.arguments } })),
  });
}

/** The error event both SDKs turn into an `APIError`: a data line holding the OpenAI envelope. */
export function errorFrame(envelope: ErrorEnvelope | Record<string, unknown>): string {
  return `data: ${JSON.stringify(envelope)}\n\n`;
}
