/**
 * Turns anything thrown into an `Error`. `@open-policy-agent/opa-wasm` throws strings
 * (`opa_abort`) and plain objects (`{ message }` for a missing builtin); callers want one type.
 */
export function errorFromThrown(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  if (typeof thrown === "string") return new Error(thrown);
  if (thrown !== null && typeof thrown === "object" && typeof (thrown as { message?: unknown }).message === "string") {
    return new Error((thrown as { message: string }).message);
  }
  let text: string;
  try {
    text = JSON.stringify(thrown) ?? String(thrown);
  } catch {
    text = String(thrown);
  }
  return new Error(`non-error thrown: ${text}`);
}
