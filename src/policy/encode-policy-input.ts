import type { PolicyInput } from "./policy-input";

/**
 * The policy input as the wasm engine takes it: UTF-8 JSON text. Serializing it is about a third
 * of an evaluation's cost, and its largest parts (the tools, the past calls' facts) depend on the
 * request alone, so they are serialized while the upstream answers (`serializeAhead`) and only
 * the reply's parts when the reply is in.
 */
const serialized = new WeakMap<object, string>();
const encoder = new TextEncoder();

/**
 * Serializes `part` now and remembers the text for `encodePolicyInput`. The part must not change
 * afterwards: policy-input facts are built once and never mutated.
 */
export function serializeAhead<T extends object>(part: T): T {
  serialized.set(part, JSON.stringify(part));
  return part;
}

/** Exactly `JSON.stringify(input)` as UTF-8 bytes, reusing the parts serialized ahead. */
export function encodePolicyInput(input: PolicyInput): ArrayBuffer {
  let json = "{";
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue; // as JSON.stringify: an undefined member is left out
    const text = (typeof value === "object" && value !== null && serialized.get(value)) || JSON.stringify(value);
    json += `${json.length > 1 ? "," : ""}${JSON.stringify(key)}:${text}`;
  }
  // A fresh Uint8Array from TextEncoder owns its whole buffer, which the engine reads in full.
  return encoder.encode(`${json}}`).buffer as ArrayBuffer;
}
