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
 * Accumulates tool-call deltas by `index` (the first delta of a call carries id/type/name, the
 * rest carry argument fragments). Argument fragments are kept as parts and joined once, so
 * assembly is linear in the argument size. Each call's arguments are bounded by `maxArgumentBytes`.
 */
export class ToolCallAssembler {
  private readonly calls = new Map<number, Pending>();
  private bufferedBytes = 0;

  constructor(private readonly maxArgumentBytes: number) {}

  /** Total argument bytes held so far. */
  get bytes(): number {
    return this.bufferedBytes;
  }

  get size(): number {
    return this.calls.size;
  }

  add(delta: ToolCallDelta): void {
    const index = typeof delta.index === "number" ? delta.index : this.calls.size === 0 ? 0 : Math.max(...this.calls.keys());
    let call = this.calls.get(index);
    if (!call) {
      call = { id: "", type: "function", name: "", parts: [], bytes: 0 };
      this.calls.set(index, call);
    }
    if (delta.id) call.id = delta.id;
    if (delta.type) call.type = delta.type;
    const fn = delta.function;
    if (fn?.name) call.name += fn.name;
    if (fn?.arguments) {
      call.parts.push(fn.arguments);
      // string length, not bytes: a cheap bound that errs on the small side for non-ASCII
      call.bytes += fn.arguments.length;
      this.bufferedBytes += fn.arguments.length;
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
