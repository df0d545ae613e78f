import { settingsOf } from "./settings-map";

/**
 * Named sections a settings text switches off: `plover-chat: {enabled: false}`,
 * `[agents.harrier-scraper] active = false`, and list items by their name
 * (`agents: [{name: orca-billing, enabled: false}]` → orca-billing). With the text it replaces,
 * only the sections this write turns off: one already off stays out. Bounded at 16 names.
 */
export function sectionsSwitchedOff(content: string, before: string | null = null): string[] {
  const out: string[] = [];
  const earlier = before !== null ? settingsOf(before) : null;
  const settings = settingsOf(content);
  for (const [key, value] of settings) {
    const parts = key.split(".");
    const section = parts.at(-2);
    if (section === undefined || !SECTION_SWITCH.test(parts.at(-1)!) || !OFF.test(value.trim())) continue;
    // A list item is named by its own name field, not its position.
    const name = /^\d+$/.test(section) ? itemName(settings, parts.slice(0, -1).join(".")) : section;
    if (name === null || !/[-_\d]/.test(name)) continue;
    const was = earlier?.get(key);
    if (was !== undefined && OFF.test(was.trim()) && (name === section || itemName(earlier!, parts.slice(0, -1).join(".")) === name)) continue;
    if (!out.includes(name) && out.length < MAX_SECTIONS) out.push(name);
  }
  return out;
}

function itemName(settings: ReadonlyMap<string, string>, item: string): string | null {
  for (const field of NAME_FIELDS) {
    const value = settings.get(`${item}.${field}`);
    if (value !== undefined && value.trim() !== "") return value.trim();
  }
  return null;
}

const SECTION_SWITCH = /^(?:enabled?|active|serving|online)$/i;
const OFF = /^(?:false|no|off|0|disabled)$/i;
const NAME_FIELDS = ["name", "id", "agent", "service", "model", "key"];
const MAX_SECTIONS = 16;
