import { ProxyError } from "../errors/proxy-error";

/** One streamed tool-call delta as OpenAI sends it (`choices[].delta.tool_calls[]`). */
export interface ToolCallDelta {
  index?: number;
  id?: string;
  type?: string;
  function?: { name?: string; arguments?: string };
}

/** A tool call put back together from its deltas. */
export interface AssembledToolCall {
  index: number;
  id: string;
  type: string;
  name: string;
  arguments: string;
}

interface Pending {
  id: string;
  type: string;
  name: string;
  parts: string[];
  bytes: number;
}

/**
 * What one call costs besides its strings, counted in `bytes` so that a stream of many empty
 * calls meets the buffer limit too.
 */
const CALL_OVERHEAD_BYTES = 64;

/**
 * Accumulates tool-call deltas by `index` (the first delta of a call carries id/type/name, the
 * rest carry argument fragments). Argument fragments are kept as parts and joined once, so
 * assembly is linear in the argument size. Each call's arguments are bounded by
 * `maxArgumentBytes`; everything held (ids, names, arguments, per-call overhead) is counted in
 * `bytes` for the stream's buffer limit. A delta of the wrong shape (not an object, a
 * non-string field, a negative or fractional index) is the upstream answering nonsense: 502.
 */
export class ToolCallAssembler {
  private readonly calls = new Map<number, Pending>();
  private bufferedBytes = 0;
  /** Where an index-less delta goes: the call most recently started. */
  private lastIndex = 0;

  constructor(private readonly maxArgumentBytes: number) {}

  /** Everything held so far, in string length (a cheap bound that errs small for non-ASCII). */
  get bytes(): number {
    return this.bufferedBytes;
  }

  get size(): number {
    return this.calls.size;
  }

  add(delta: unknown): void {
    if (delta === null || typeof delta !== "object" || Array.isArray(delta)) throw malformed("a tool-call delta that is not an object");
    const d = delta as Record<string, unknown>;
    const index = d.index === undefined || d.index === null ? this.lastIndex : d.index;
    if (typeof index !== "number" || !Number.isSafeInteger(index) || index < 0) throw malformed("a tool-call delta with an invalid index");
    const fn = d.function === undefined || d.function === null ? {} : d.function;
    if (typeof fn !== "object" || Array.isArray(fn)) throw malformed("a tool-call delta whose function is not an object");
    const id = optionalString(d.id, "id");
    const type = optionalString(d.type, "type");
    const name = optionalString((fn as Record<string, unknown>).name, "function.name");
    const args = optionalString((fn as Record<string, unknown>).arguments, "function.arguments");

    let call = this.calls.get(index);
    if (!call) {
      call = { id: "", type: "function", name: "", parts: [], bytes: 0 };
      this.calls.set(index, call);
      this.bufferedBytes += CALL_OVERHEAD_BYTES;
    }
    this.lastIndex = index;
    if (id) {
      this.bufferedBytes += id.length - call.id.length;
      call.id = id;
    }
    if (type) call.type = type;
    if (name) {
      call.name += name;
      this.bufferedBytes += name.length;
    }
    if (args) {
      call.parts.push(args);
      call.bytes += args.length;
      this.bufferedBytes += args.length;
      if (call.bytes > this.maxArgumentBytes) {
        throw new ProxyError("reply_too_large", `A streamed tool call's arguments exceed ${this.maxArgumentBytes} bytes.`);
      }
    }
  }

  /** The calls in index order. */
  result(): AssembledToolCall[] {
    return [...this.calls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, c]) => ({ index, id: c.id, type: c.type, name: c.name, arguments: c.parts.join("") }));
  }
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw malformed(`a tool-call delta whose ${field} is not a string`);
  return value;
}

function malformed(what: string): ProxyError {
  return new ProxyError("upstream_invalid_response", `The upstream sent ${what}.`);
}
