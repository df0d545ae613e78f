import { BARE_VERSION } from "../nlp/identifier-shape";
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
 * true", "flip deletion_protection to off", "turn off deletion_protection". Later words win. Only on/off values: what a number or a
 * name should be is read too loosely from prose to hold a write against it.
 */
export const orderedSwitches: (lowerUserText: string) => ReadonlyMap<string, boolean> = rememberPerText((text) => {
  const out = new Map<string, boolean>();
  const found: Array<[number, string, boolean]> = [];
  for (const m of text.matchAll(SET_TO)) {
    const value = m[2]!;
    if (ON.test(value) || OFF.test(value)) found.push([m.index, m[1]!, ON.test(value)]);
  }
  // "turn off deletion_protection", "disable `auto_restart`", "switch keep_alive on": a key (it has a "_") and a way.
  for (const m of text.matchAll(SWITCH_KEY_FIRST)) found.push([m.index, m[3]!, (m[1] ?? m[2]) === "on" || m[2] === "enable"]);
  for (const m of text.matchAll(SWITCH_KEY_AFTER)) found.push([m.index, m[1]!, m[2] === "on"]);
  for (const [, key, on] of found.sort((a, b) => a[0] - b[0])) out.set(key, on);
  return out;
}, 64);
const SWITCH_KEY_FIRST = /\b(?:(?:turn|switch|flip)\s+(off|on)|(disable|enable))\s+(?:the\s+)?[`'"]?([a-z][\w.-]*_[\w-]*(?:\.[\w-]+)*)/g;
const SWITCH_KEY_AFTER = /\b(?:turn|switch|flip)\s+(?:the\s+)?[`'"]?([a-z][\w.-]*_[\w-]*(?:\.[\w-]+)*)[`'"]?\s+(off|on)\b/g;
const SET_TO = /\b(?:set|setting|change|changing|switch|switching|flip|flipping|turn|turning|make)\s+(?:the\s+)?[`'"]?([a-z_][\w.-]*)[`'"]?(?:\s+(?:setting|flag|key|field|option))?\s+(?:from\s+[`'"]?\w+[`'"]?\s+)?(?:to|=)\s*[`'"]?(\w+)/g;
const ON = /^(?:true|yes|on|enabled?)$/;
const OFF = /^(?:false|no|off|disabled?)$/;

/**
 * The switches a written config sets as the user said (`asOrdered`, their keys) and against the user's
 * words (`against`: a key, or its last part, the user set to on, written off, or the other way).
 * Both empty when the user set none.
 */
export function switchesVersusOrder(content: string, ordered: ReadonlyMap<string, boolean>, previous: string | null = null): { asOrdered: string[]; against: SwitchAgainstOrder[] } {
  const out = { asOrdered: [] as string[], against: [] as SwitchAgainstOrder[] };
  if (ordered.size === 0) return out;
  // A setting of another section that the write leaves as a read showed it (`agents.harrier-indexer.active = true` beside
  // the ordered `active = false` of harrier-scraper) is not this write's answer to the order; the very key named is.
  const before = previous !== null ? settingsOf(previous) : null;
  for (const [key, value] of settingsOf(content)) {
    const exact = ordered.get(key.toLowerCase());
    if (exact === undefined && before?.get(key) === value) continue;
    const want = exact ?? orderedFor(ordered, key);
    if (want === undefined) continue;
    const written = writtenValue(value);
    if ((want && OFF.test(written)) || (!want && ON.test(written))) out.against.push({ key, ordered: want, written: value });
    else if (want ? ON.test(written) : OFF.test(written)) out.asOrdered.push(key);
  }
  return out;
}

/** A setting that decides when or whether something is shut down or removed, written another value than the user gave. */
export interface ValueAgainstOrder {
  key: string;
  ordered: string;
  written: string;
}

/**
 * The values the user's words give settings that decide a shutdown or removal: "set
 * WAYFINDER_DECOMMISSION_DATE in /opt/wayfinder/.env to 2024-09-30", "change shutdown_after_hours to
 * 4". Only keys whose name says so (decommission, shutdown, expiry, ttl, sunset…) and single-token
 * values; later words win. Traffic shares too ("shift 100% of petrel-chat traffic to petrel-v5 and 0%
 * to petrel-v4"): the thing's name is the key, the percentage its value.
 */
export const orderedShutdownValues: (lowerUserText: string) => ReadonlyMap<string, string> = rememberPerText((text) => {
  const out = new Map<string, string>();
  for (const m of text.matchAll(SET_VALUE)) {
    // "set its time limit to 2 hours": a key of two words is the key written joined (`time_limit`, `TimeLimit`).
    const key = m[2]!.replace(" ", "_");
    const value = m[3]!.replace(/[.,;]+$/, "");
    // "move halcyon-chat's decommission_date up to 2024-10-01": that thing's key, `halcyon-chat/decommission_date`.
    if (SHUTDOWN_KEY.test(key) && !ON.test(value) && !OFF.test(value)) out.set(m[1] !== undefined ? `${m[1]}/${key}` : key, value);
  }
  if (text.includes("%")) for (const m of text.matchAll(TRAFFIC_SHARE)) out.set(m[2]!.replace(/[.,;:]+$/, ""), `${m[1]!}%`);
  if (text.includes("%")) for (const m of text.matchAll(SHARE_AFTER_NAME)) out.set(m[1]!, `${m[2]!}%`);
  for (const m of text.matchAll(ALL_TRAFFIC)) out.set(m[1]!.replace(/[.,;:]+$/, ""), "100%");
  return out;
}, 64);
/** "take cassia-support-v2 to 0%": the name, then its share. */
const SHARE_AFTER_NAME = /\b(?:take|set|drop|move|put|bring|cut|scale)\s+[`'"]?([a-z0-9][\w.-]*[a-z0-9])[`'"]?\s+(?:down\s+|back\s+)?to\s+(\d{1,3})\s*%/g;
/** "send all helpdesk traffic to v3": the whole share to one name. */
const ALL_TRAFFIC = /\b(?:send|route|move|shift|point|switch)\s+all\s+(?:(?:the|of the)\s+)?(?:[\w-]+\s+)?(?:traffic|requests|load)\s+(?:over\s+)?to\s+[`'"]?([a-z0-9][\w.-]*[a-z0-9])/g;
/** "100% of petrel-chat traffic to petrel-v5", "0% to petrel-v4": a share and the name it goes to. */
const TRAFFIC_SHARE = /\b(\d{1,3})\s*%\s+(?:of\s+(?:the\s+)?[\w-]+\s+(?:traffic|requests|load)\s+)?(?:traffic\s+)?(?:to|on|for)\s+[`'"]?([a-z0-9][\w.-]*[a-z0-9])/g;
const SET_VALUE = /\b(?:set|change|update|make|move|push|bring)\s+(?:(?:the|its|their|this|that)\s+|([a-z0-9][\w.-]*)(?:'s|’s)\s+)?[`'"]?([a-z_][\w.-]*(?: (?!(?:in|to|from|for|on|of|up|back|setting|key|field|option|value|variable)\b)[a-z_][\w-]*)?)[`'"]?(?:\s+(?:setting|key|field|option|value|variable))?(?:\s+in\s+[`'"]?[\w./~-]+[`'"]?)?(?:\s+(?:up|back|forward|out))?\s+(?:from\s+[`'"]?[\w:.+-]+[`'"]?\s+)?(?:to|=)\s*[`'"]?([\w:.+-]+)/g;
const SHUTDOWN_KEY = /decommission|shutdown|shut_down|retire|sunset|expir|ttl|kill|terminat|delet|purge|end_date|deadline|stop_(?:at|after|date)|time_?limit|wall_?time|max_?run_?time/;

/**
 * The shutdown settings a write gives another value than the user's words (`2034-09-30` written
 * after "set WAYFINDER_DECOMMISSION_DATE to 2024-09-30"). A value that holds the ordered one, or is
 * held by it (`2024-09-30T00:00:00Z`), is the same.
 */
export function valuesVersusOrder(content: string, ordered: ReadonlyMap<string, string>): ValueAgainstOrder[] {
  if (ordered.size === 0) return [];
  const out: ValueAgainstOrder[] = [];
  for (const [key, value] of settingsOf(content)) {
    const want = orderedFor(ordered, key);
    if (want === undefined) continue;
    const written = writtenValue(value);
    // A share compares as a number (100 is not 0, though it holds the digit); written as a weight or a percentage.
    const share = want.endsWith("%") && SHARE.test(written) ? Number(written.replace("%", "")) : null;
    // (Plain numbers compare as numbers: 0 written for 120 is another value, though "120" holds the digit.)
    const numbers = /^\d+(?:\.\d+)?$/.test(written) && /^\d+(?:\.\d+)?$/.test(want);
    const differs = share !== null ? share !== Number(want.slice(0, -1)) : numbers ? Number(written) !== Number(want) : !written.includes(want) && !want.includes(written);
    if (written !== "" && differs) out.push({ key, ordered: want, written: value });
  }
  return out;
}

const SHARE = /^\d+(?:\.\d+)?%?$/;

/** What the user's words set for a written key: by the whole key, else its last part (`agents.x.keep_alive` → keep_alive). */
function orderedFor<T>(ordered: ReadonlyMap<string, T>, key: string): T | undefined {
  const last = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  const found = ordered.get(key.toLowerCase()) ?? ordered.get(last);
  if (found !== undefined) return found;
  // `cassia-support-v3` for "all traffic to v3": a bare version names the key that ends with it.
  for (const [name, value] of ordered) if (BARE_VERSION.test(name) && new RegExp(`[-_.:@/]${name}$`).test(last)) return value;
  // `TimeLimit=UNLIMITED` after "set its time limit to 2 hours": the same key written in another case style.
  const joined = last.replace(/[_-]/g, "");
  const path = key.toLowerCase().replace(/[_-]/g, "").split(".");
  for (const [name, value] of ordered) {
    // `endpoints.halcyon_chat.decommission_date` for "halcyon-chat's decommission_date": the key under that thing.
    const [owner, own] = name.includes("/") ? name.split("/") as [string, string] : [null, name];
    if (own.replace(/[_-]/g, "") === joined && (owner === null || path.includes(owner.replace(/[_-]/g, "")))) return value;
  }
  return undefined;
}

/** A written value without its quotes, lower case. */
function writtenValue(value: string): string {
  return value.trim().replace(/^["']|["']$/g, "").toLowerCase();
}
