/**
 * Fields of structured results that hold a lifecycle state, however the API nests it:
 * `status: "stopped"`, `State: {Name: "running"}` (EC2), `CurrentState: {Code: 32, Name:
 * "shutting-down"}`, `status: {phase: "Terminating"}` (Kubernetes), `lifecycleState`,
 * `provisioningState`, a registry's `stage`/`current_stage`. Keys describing another moment (`PreviousState`, `desired_state`,
 * `target_status`, `last_state`) are not the current state.
 */

/** Keys naming the current state, compared lower case without `_`/`-`. */
const STATE_KEY = /^(?:current|instance|lifecycle|provisioning|resource|deployment|job|task|service|operation|run)?(?:state|status|phase|stage)(?:name)?$/;
const OTHER_MOMENT = /^(?:previous|prev|prior|old|desired|target|requested|expected|last|from|before|next|initial)/;
/** Inside a state object, the field carrying the state's word. */
const INNER_KEYS = ["Name", "name", "phase", "Phase", "state", "State", "status", "Status", "value", "Value", "code"];

/** Whether `key` names an object's current state. */
export function isStateKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[_-]/g, "");
  return STATE_KEY.test(k) && !OTHER_MOMENT.test(k);
}

/**
 * The state word a state field holds: the string itself, or a nested object's name/phase
 * (one level). Null when the value is not a state (a number, a list, an object without one).
 */
export function stateWordOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  for (const k of INNER_KEYS) if (typeof o[k] === "string" && (o[k] as string).trim() !== "") return o[k] as string;
  return null;
}
