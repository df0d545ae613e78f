import type { EventSourceMessage } from "eventsource-parser";
import { ProxyError } from "../errors/proxy-error";
import { HoldBack } from "./hold-back";
import { SseDecoder } from "./sse-decoder";
import { deltaFrame, type StreamMeta } from "./stream-frames";
import type { SseWriter } from "./sse-writer";
import { ToolCallAssembler, type AssembledToolCall } from "./tool-call-assembler";

export interface RelayOptions {
  /** Enforcing mode holds back what may be blocked; monitoring forwards every chunk as it comes. */
  enforce: boolean;
  mayCarryClaim(text: string): boolean;
  maxToolArgumentBytes: number;
  maxSseEventBytes: number;
  maxStreamBufferedBytes: number;
}

/** What the upstream stream amounted to, once it ended properly. */
export interface StreamOutcome {
  meta: StreamMeta;
  /** The whole reply text (sent and held). */
  text: string;
  /** Text not sent yet (enforcing mode): released on allow/flag, dropped on block. */
  heldText: string;
  /** Some text already reached the client. */
  textSent: boolean;
  /** Held refusal text (enforcing mode). */
  refusal: string;
  toolCalls: AssembledToolCall[];
  finishReason: string | null;
  /** The upstream's usage chunk (choices: []), re-emitted after the reply in enforcing mode. */
  usage: Record<string, unknown> | null;
}

/** The upstream put an error object in the stream; `payload` is forwarded to the client as is. */
export class UpstreamStreamError extends Error {
  constructor(readonly payload: Record<string, unknown>) {
    super("the upstream sent an error event mid-stream");
    this.name = "UpstreamStreamError";
  }
}

type Json = Record<string, unknown>;

/**
 * Reads the upstream SSE body, writes what may go out now, and returns the rest. The stream has
 * ended properly when `[DONE]` arrived, or when the connection closed after a `finish_reason`
 * (some compatible providers omit `[DONE]`); anything else throws (`ProxyError` 502, the
 * upstream's timeouts, or `UpstreamStreamError`), and held text is then never released.
 */
export async function relayStream(body: AsyncIterable<Uint8Array>, writer: SseWriter, options: RelayOptions): Promise<StreamOutcome> {
  const hold = new HoldBack(options.mayCarryClaim);
  const tools = new ToolCallAssembler(options.maxToolArgumentBytes);
  const textParts: string[] = [];
  let textLength = 0;
  let textSent = false;
  let refusal = "";
  let meta: StreamMeta | null = null;
  let finishReason: string | null = null;
  let usage: Json | null = null;
  let done = false;
  let roleSent = false;
  let backpressure: Promise<void> | undefined = undefined as Promise<void> | undefined;

  const send = (frame: string) => {
    backpressure = writer.write(frame);
  };

  const onChunk = (chunk: Json, data: string) => {
    if (chunk.error) throw new UpstreamStreamError(chunk);
    meta ??= metaOf(chunk);
    const choices = Array.isArray(chunk.choices) ? (chunk.choices as Json[]) : [];
    if (!options.enforce) send(`data: ${data}\n\n`);
    if (choices.length === 0) {
      // Re-emitted by the proxy: an upstream must not slip its own `guard` object into the stream.
      if (chunk.usage) usage = withoutGuard(chunk);
      return;
    }
    if (options.enforce && !roleSent) {
      // The role opens the message at once; nothing in it can be blocked.
      send(deltaFrame(meta, { role: "assistant", content: "" }));
      roleSent = true;
    }
    // n > 1 is refused at the request, so choice 0 is the reply.
    const choice = choices.find((c) => isObject(c) && (c.index ?? 0) === 0);
    if (!choice) return;
    const delta = (isObject(choice.delta) ? choice.delta : {}) as Json;
    if (typeof delta.content === "string" && delta.content !== "") {
      textParts.push(delta.content);
      textLength += delta.content.length;
      const now = options.enforce ? hold.push(delta.content) : delta.content;
      if (options.enforce && now) {
        send(deltaFrame(meta, { content: now }));
      }
      textSent ||= now !== "";
    }
    if (typeof delta.refusal === "string") refusal += delta.refusal;
    if (Array.isArray(delta.tool_calls)) for (const d of delta.tool_calls as unknown[]) tools.add(d);
    if (typeof choice.finish_reason === "string") finishReason = choice.finish_reason;
    if (textLength + tools.bytes + refusal.length > options.maxStreamBufferedBytes) {
      throw new ProxyError("reply_too_large", `The streamed reply exceeds ${options.maxStreamBufferedBytes} bytes, more than the guard holds.`);
    }
  };

  const decoder = new SseDecoder((event: EventSourceMessage) => {
    if (done || event.event === "ping") return;
    if (event.data === "[DONE]") {
      done = true;
      return;
    }
    let chunk: unknown;
    try {
      chunk = JSON.parse(event.data);
    } catch {
      throw new ProxyError("upstream_invalid_response", "The upstream sent a stream event that is not JSON.");
    }
    if (chunk === null || typeof chunk !== "object" || Array.isArray(chunk)) throw new ProxyError("upstream_invalid_response", "The upstream sent a stream event that is not a JSON object.");
    onChunk(chunk as Json, event.data);
  }, options.maxSseEventBytes);

  // Keep reading after [DONE] until the body ends, so the keep-alive connection stays reusable.
  const reader = body[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await reader.next();
    } catch (e) {
      // The reply was whole (finish_reason or [DONE] seen): a reset or an idle timeout after it
      // loses nothing, like a close without [DONE]. Before that, the stream is broken.
      if (done || finishReason !== null) break;
      throw e;
    }
    if (next.done) break;
    decoder.feed(next.value);
    if (backpressure) {
      await backpressure;
      backpressure = undefined;
    }
  }
  decoder.end();

  if (!meta) throw new ProxyError("upstream_invalid_response", "The upstream stream ended without a single chunk.");
  if (!done && finishReason === null) throw new ProxyError("upstream_invalid_response", "The upstream stream ended before the reply finished.");
  const released = options.enforce ? hold.finish() : "";
  if (released) {
    send(deltaFrame(meta, { content: released }));
    textSent = true;
  }
  if (backpressure) await backpressure;
  return { meta, text: textParts.join(""), heldText: options.enforce ? hold.held() : "", textSent, refusal: options.enforce ? refusal : "", toolCalls: tools.result(), finishReason, usage };
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function withoutGuard(chunk: Json): Json {
  if (!("guard" in chunk)) return chunk;
  const { guard: _spoofed, ...rest } = chunk;
  return rest;
}

function metaOf(chunk: Json): StreamMeta {
  return {
    id: typeof chunk.id === "string" ? chunk.id : "chatcmpl-claimcheck",
    created: typeof chunk.created === "number" ? chunk.created : Math.floor(Date.now() / 1000),
    model: typeof chunk.model === "string" ? chunk.model : "",
    system_fingerprint: typeof chunk.system_fingerprint === "string" ? chunk.system_fingerprint : null,
  };
}
