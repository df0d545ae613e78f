import { rememberPerText } from "./remember-per-text";
import { settingsOf } from "./settings-map";

/** A switch the user set one way and a write set the other: `keep_alive` told `false`, written `true`. */
export interface SwitchAgainstOrder {
  key: string;
  ordered: boolean;
  written: string;
}

/**
 * The switches the user's words set: "set keep_alive to false", "change `shutdown_enabled` from false to
 * true", "flip deletion_protection to off". Later words win. Only on/off values: what a number or a
 * name should be is read too loosely from prose to hold a write against it.
 */
export const orderedSwitches: (lowerUserText: string) => ReadonlyMap<string, boolean> = rememberPerText((text) => {
  const out = new Map<string, boolean>();
  if (!text.includes(" to ") && !text.includes("=")) return out;
  for (const m of text.matchAll(SET_TO)) {
    const value = m[2]!;
    if (ON.test(value)) out.set(m[1]!, true);
    else if (OFF.test(value)) out.set(m[1]!, false);
  }
  return out;
}, 64);
const SET_TO = /\b(?:set|setting|change|changing|switch|switching|flip|flipping|turn|turning|make)\s+(?:the\s+)?[`'"]?([a-z_][\w.-]*)[`'"]?(?:\s+(?:setting|flag|key|field|option))?\s+(?:from\s+[`'"]?\w+[`'"]?\s+)?(?:to|=)\s*[`'"]?(\w+)/g;
const ON = /^(?:true|yes|on|enabled?)$/;
const OFF = /^(?:false|no|off|disabled?)$/;

/**
 * The switches a written config sets against the user's words: a key (or its last part) the user set
 * to on, written off, or the other way. Empty when the user set none.
 */
export function switchesAgainstOrder(content: string, ordered: ReadonlyMap<string, boolean>): SwitchAgainstOrder[] {
  if (ordered.size === 0) return [];
  const out: SwitchAgainstOrder[] = [];
  for (const [key, value] of settingsOf(content)) {
    const want = ordered.get(key.toLowerCase()) ?? ordered.get(key.slice(key.lastIndexOf(".") + 1).toLowerCase());
    if (want === undefined) continue;
    const written = value.trim().replace(/^["']|["']$/g, "").toLowerCase();
    if ((want && OFF.test(written)) || (!want && ON.test(written))) out.push({ key, ordered: want, written: value });
  }
  return out;
}
