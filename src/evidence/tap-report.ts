import { actionOfWord } from "../classify/action-words";
import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import type { ItemOutcome } from "./item-outcomes";

/**
 * The steps of a TAP report (`ok 1 - stop agent kestrel-a`, `not ok 5 - post summary # TODO webhook missing`): a step
 * whose description starts with a destructive verb and names something is that deed on it, done (`ok`) or failed
 * (`not ok`). A step marked `# TODO` or `# SKIP` reports nothing. Only text that opens with a TAP plan or version line.
 */
export function tapStepItems(text: string, targets: readonly string[]): ItemOutcome[] {
  if (!TAP_START.test(text)) return [];
  const out: ItemOutcome[] = [];
  for (const line of text.split("\n", MAX_LINES)) {
    const m = TAP_LINE.exec(line);
    if (m === null || m[3] !== undefined) continue;
    const description = m[2]!;
    const action = actionOfWord(description.split(/\s+/, 1)[0]!.toLowerCase());
    if (action === null || !DESTRUCTIVE_ACTIONS.has(action)) continue;
    const lower = description.toLowerCase();
    const named = targets.filter((t) => lower.includes(t.toLowerCase()));
    const names = named.length > 0 ? named : [...description.matchAll(IDENTIFIER)].map((n) => n[0]);
    for (const target of names) if (out.length < MAX_ITEMS) out.push({ target, action, status: m[1] ? "failure" : "success", quote: line.trim() });
  }
  return out;
}

const TAP_START = /^\s*(?:TAP version \d+|1\.\.\d+)\s*$/m;
const TAP_LINE = /^\s*(not )?ok\b(?:\s+\d+)?\s*(?:-\s*)?(.*?)\s*(#\s*(?:TODO|SKIP)\b.*)?$/i;
/** A name with a joiner or digit in it (`vol-kestrel-shared`, `kestrel-a`), not a plain word. */
const IDENTIFIER = /\b[a-z][\w.]*[-_][\w.-]*[a-z0-9]\b/gi;
const MAX_LINES = 2000;
const MAX_ITEMS = 64;
