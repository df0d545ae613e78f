import { settingsOf } from "../evidence/settings-map";
import { splitIdentifier } from "./action-words";
import type { ActionClass } from "./effect";

/**
 * Setter tools that switch something off through an argument rather than their name:
 * `ml_toggle(model=x, enabled=false)`, `set_feature(name=x, active=false)`,
 * `update_agent(id=x, status="disabled")`, `set_model_state(state="offline")`. The tool's
 * name says "toggle"/"set"/"update"; the argument says which way, so the argument decides.
 */

/** Boolean switch keys, by their last word, and what setting them false does. */
const BOOLEAN_KEYS: Readonly<Record<string, ActionClass>> = {
  enabled: "disable", enable: "disable", active: "disable", activated: "disable",
  on: "disable", online: "stop", running: "stop", serving: "stop", live: "stop",
};
/** Switch keys whose `true` turns something off (`suspend: true` on a CronJob, `paused: true`). */
const INVERTED_KEYS: Readonly<Record<string, ActionClass>> = {
  suspend: "pause", suspended: "pause", paused: "pause", pause: "pause", frozen: "pause", hibernated: "pause",
  disabled: "disable", stopped: "stop", halted: "stop",
};
const TRUE_VALUE = /^(true|yes|on|1|y)$/i;
/** State-naming keys (`status`, `desired_state`, `power_state`…), by their last word. */
const STATE_KEYS = new Set(["status", "state", "power", "mode"]);
/** Keys that carry one command word for a device or service (`command: "off"`). */
const COMMAND_KEYS = new Set(["command", "cmd"]);
const FALSE_VALUE = /^(false|no|off|0|n)$/i;
/** State values and the action that reaches them. */
const STATE_VALUES: Readonly<Record<string, ActionClass>> = {
  disabled: "disable", disable: "disable", inactive: "disable", deactivated: "disable", off: "disable", false: "disable",
  stopped: "stop", stop: "stop", offline: "stop", down: "stop", shutdown: "stop", halted: "stop", terminated: "stop",
  paused: "pause", pause: "pause", suspended: "pause", suspend: "pause",
};

/** Whether a parameter name is an on/off switch (`enabled`, `is_active`, `status`, `power_state`). */
export function isSwitchKey(key: string): boolean {
  const words = splitIdentifier(key);
  const last = words[words.length - 1] ?? "";
  return Object.hasOwn(BOOLEAN_KEYS, last) || STATE_KEYS.has(last);
}

/**
 * The destructive action a setter call's own top-level arguments make (`disable` for
 * `enabled: false` or `status: "disabled"`, `stop` for `state: "offline"`, `pause` for
 * `status: "paused"`), or null when no switch argument turns something off. Turning on
 * (`enabled: true`) returns null: the caller keeps its modify/create.
 */
export function switchedOffAction(args: Record<string, unknown>): ActionClass | null {
  for (const [key, value] of Object.entries(args)) {
    if (typeof value !== "boolean" && typeof value !== "string" && typeof value !== "number") continue;
    const words = splitIdentifier(key);
    const last = words[words.length - 1] ?? "";
    const text = String(value).trim().toLowerCase();
    const onBoolean = Object.hasOwn(BOOLEAN_KEYS, last) ? BOOLEAN_KEYS[last]! : null;
    if (onBoolean !== null && FALSE_VALUE.test(text)) return onBoolean;
    if (Object.hasOwn(INVERTED_KEYS, last) && TRUE_VALUE.test(text)) return INVERTED_KEYS[last]!;
    // `device_command(device=light.kitchen, command="off")`: a command that is a bare state word reaches that state.
    if ((STATE_KEYS.has(last) || COMMAND_KEYS.has(key.toLowerCase())) && Object.hasOwn(STATE_VALUES, text)) {
      // `mode: off` is a switch; `mode: stop` or `mode: paused` describe how it runs, not that it stops.
      if (last === "mode") { if (STATE_VALUES[text] === "disable") return "disable"; continue; }
      return STATE_VALUES[text]!;
    }
  }
  return null;
}

/** `kill_switch`, `killswitch`, `kill-switch`, `killSwitch`. */
const KILL_SWITCH = /^kill[_-]?switch$/i;

/** A path's separators: `webchat.aria_support.enabled`, `agents/drover/enabled`. */
const PATH_SEPARATOR = /[./]/;

/**
 * What a flag path set to a value switches off: `set_flag(flag="webchat.aria_support.enabled",
 * value=false)` disables `aria_support`; `kill_switch.x` (or `….x.kill_switch`) set true stops `x`. Only a path whose last segment is a bare switch word
 * (`enabled`, `active`, `online`…) names its owner in the segment before; `aria_enabled`
 * (one segment) is left to the caller's settings reading. Null when the value is not "off" or
 * the path has no owner.
 */
export function switchedOffPath(path: string, value: string): { action: ActionClass; owner: string } | null {
  const segments = path.split(PATH_SEPARATOR).filter((s) => s.length > 0);
  if (segments.length < 2) return null;
  // `kill_switch.assistente-preventivi` or `agents.drover.kill_switch` set true: the kill switch stops its owner.
  const kill = segments.findIndex((s) => KILL_SWITCH.test(s));
  if (kill >= 0 && TRUE_VALUE.test(value.trim())) {
    const owner = kill === 0 ? segments[1] : segments[kill - 1];
    if (owner !== undefined) return { action: "stop", owner };
  }
  const last = segments[segments.length - 1]!.toLowerCase();
  if (!Object.hasOwn(BOOLEAN_KEYS, last) || !FALSE_VALUE.test(value.trim())) return null;
  return { action: BOOLEAN_KEYS[last]!, owner: segments[segments.length - 2]! };
}

/**
 * What a request body sets a thing's state to (`{"status": "inactive"}`, `{"is_paused": true}`):
 * a state or pause switch only. `{"enabled": false}` is left to the safety reading of settings,
 * which knows a kill switch from a feature.
 */
export function stateSwitchedOffByBody(content: string): ActionClass | null {
  const flat: Record<string, string> = {};
  for (const [key, value] of settingsOf(content)) {
    const name = key.slice(key.lastIndexOf(".") + 1);
    const words = splitIdentifier(name);
    const last = words[words.length - 1] ?? "";
    if (STATE_KEYS.has(last) || Object.hasOwn(INVERTED_KEYS, last)) flat[name] = value;
  }
  return switchedOffAction(flat);
}

/**
 * What a patch document switches off (`kubectl patch cronjob x -p '{"spec":{"suspend":true}}'`,
 * `{"spec":{"enabled":false}}`): the action of the first switch it turns off, by its flattened
 * keys, or null.
 */
export function switchedOffByPatch(content: string): ActionClass | null {
  const flat: Record<string, string> = {};
  for (const [key, value] of settingsOf(content)) flat[key.slice(key.lastIndexOf(".") + 1)] = value;
  return switchedOffAction(flat);
}
