import type { ToolCallView, ToolDefinitionView } from "../exchange/exchange";

/** Keys a tool may wrap all its arguments in: `okta_api({"payload": {"method": "DELETE", "path": …}})`. */
const ENVELOPE_KEYS = new Set(["payload", "params", "parameters", "input", "request", "args", "arguments", "options"]);

/** A call whose only argument is an object under an envelope key is read as that object's call. */
export function unwrapEnvelope(call: ToolCallView): ToolCallView {
  const args = call.arguments;
  if (args === null) return call;
  const keys = Object.keys(args);
  if (keys.length !== 1 || !ENVELOPE_KEYS.has(keys[0]!.toLowerCase())) return call;
  const inner = args[keys[0]!];
  if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return call;
  return { ...call, arguments: inner as Record<string, unknown> };
}

/**
 * A tool whose one parameter is an envelope (`fleet_api(payload)` "payload.op: list_drones |
 * purge_model | autonomy_shutdown"): what it can do is whatever its description lists.
 */
export function takesEnvelope(def: ToolDefinitionView): boolean {
  return def.parameterNames.length === 1 && ENVELOPE_KEYS.has(def.parameterNames[0]!.toLowerCase());
}
