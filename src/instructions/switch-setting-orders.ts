import type { ActionClass } from "../classify/effect";

/**
 * "Set enabled: false for osprey-planner", "set osprey-planner's active flag to false", "set
 * serving=false on kite-chat", "set paused to true for the heron-sync job": an order that switches a
 * thing off through its setting orders the deed itself, on that thing. A setting's path ("set
 * agents.pollen-recruiter.enabled to false") orders the deed on that setting (`target` null: the path
 * is already the order's target). Null when the sentence sets no switch off, or names nothing it is of.
 */
export function switchOffBySetting(text: string): { action: ActionClass; target: string | null } | null {
  const after = KEY_THEN_NAME.exec(text);
  const before = after === null ? NAME_THEN_KEY.exec(text) : null;
  const m = after ?? before;
  if (m === null) return switchOffByPath(text);
  const { key, value, name } = m.groups!;
  const action = actionOf(key!.toLowerCase(), value!.toLowerCase());
  return action === null ? null : { action, target: name! };
}

function actionOf(key: string, value: string): ActionClass | null {
  const off = OFF.test(value);
  if (off && Object.hasOwn(TURNED_OFF_BY_FALSE, key)) return TURNED_OFF_BY_FALSE[key]!;
  if (!off && ON.test(value) && Object.hasOwn(TURNED_OFF_BY_TRUE, key)) return TURNED_OFF_BY_TRUE[key]!;
  return null;
}

const TURNED_OFF_BY_FALSE: Readonly<Record<string, ActionClass>> = {
  enabled: "disable", enable: "disable", active: "disable", serving: "stop", running: "stop", online: "stop", live: "stop",
};
const TURNED_OFF_BY_TRUE: Readonly<Record<string, ActionClass>> = {
  disabled: "disable", paused: "pause", suspended: "pause", suspend: "pause", stopped: "stop",
};
const OFF = /^(?:false|no|off|0)$/;
const ON = /^(?:true|yes|on|1)$/;
const Q = "[`'\"]?";
const KEY = `${Q}(?<key>[A-Za-z]+)${Q}(?:\\s+(?:flag|setting|field|key|switch))?`;
const VALUE = `\\s*(?::|=|\\bto\\b)\\s*${Q}(?<value>\\w+)${Q}`;
const NAME = `${Q}(?<name>[A-Za-z0-9][\\w.:/-]*[A-Za-z0-9])${Q}`;
/** "set enabled: false for x", "set active=false on the x agent". */
const KEY_THEN_NAME = new RegExp(`\\bset(?:ting)?\\s+(?:the\\s+)?${KEY}${VALUE}\\s+(?:for|on|of)\\s+(?:the\\s+)?${NAME}`, "i");
/** "set x's enabled flag to false", "set the x agent's active to false". */
const NAME_THEN_KEY = new RegExp(`\\bset(?:ting)?\\s+(?:the\\s+)?${NAME}(?:\\s+[a-z]+)?['’]s\\s+${KEY}${VALUE}`, "i");

/**
 * "Set agents.pollen-recruiter.enabled to false", "set `bots/hype/active` = false": a setting's path whose last segment
 * is the switch and whose segment before it names the thing switched off.
 */
function switchOffByPath(text: string): { action: ActionClass; target: null } | null {
  const m = PATH_SETTING.exec(text);
  if (m === null) return null;
  const segments = m.groups!.path!.split(/[./]/);
  const action = actionOf(segments.at(-1)!.toLowerCase(), m.groups!.value!.toLowerCase());
  const name = segments.at(-2);
  // (The setting stays what is ordered: the order is on that switch of the thing, not on its other settings, such as
  // its kill switch.)
  return action === null || name === undefined || !/[-_\d]/.test(name) ? null : { action, target: null };
}
/** "set agents.pollen-recruiter.enabled to false": a dotted or slashed path, then its new value. */
const PATH_SETTING = new RegExp(`\\bset(?:ting)?\\s+(?:the\\s+)?${Q}(?<path>[\\w-]+(?:[./][\\w-]+)+)${Q}(?:\\s+(?:flag|setting|key))?${VALUE}`, "i");
