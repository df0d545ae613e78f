import { actionOfWord } from "./action-words";
import type { Effect } from "./effect";
import { makeEffect } from "./effect-builder";
import { walkStrings } from "../evidence/walk-strings";

/**
 * `route53_change_records({changes: [{Action: "DELETE", ResourceRecordSet: {Name: "status.acme.io."}}]})`,
 * `batch({operations: [{op: "delete", id: "m-7"}]})`: a list of changes, each saying what it does
 * and what to. Each item is an effect of its own action on the names inside it. Null when no
 * argument is such a list, or none of its items says a destructive or copying action (then the
 * tool's name speaks). JSON Patch lists (`{op, path}`) are edits of one document, not this.
 */
export function changeListEffects(name: string, args: Record<string, unknown>): Effect[] | null {
  for (const value of Object.values(args)) {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ITEMS) continue;
    const effects: Effect[] = [];
    for (const item of value) {
      if (item === null || typeof item !== "object" || Array.isArray(item) || isJsonPatchOp(item)) { effects.length = 0; break; }
      const verb = Object.entries(item).find(([k, v]) => ACTION_KEY.test(k) && typeof v === "string");
      const action = verb ? actionOfWord(String(verb[1])) : null;
      if (action === null) { effects.length = 0; break; }
      const targets = namesIn(item);
      effects.push(makeEffect(action, targets, `${name}(${String(verb![1])} ${targets.join(", ")})`));
    }
    if (effects.some((e) => e.action !== "read" && e.action !== "modify" && e.action !== "create")) return effects;
  }
  return null;
}

const MAX_ITEMS = 64;
const ACTION_KEY = /^(?:action|op|operation|verb|change_?type|kind_of_change)$/i;
const NAME_KEY = /^(?:name|id|key|target|resource|record|arn|uri|url)$/i;

function isJsonPatchOp(item: object): boolean {
  const keys = Object.keys(item);
  return keys.includes("op") && keys.includes("path") && keys.every((k) => k === "op" || k === "path" || k === "value" || k === "from");
}

/** The name-like string values in an item, at any depth (bounded). */
function namesIn(item: object): string[] {
  const out: string[] = [];
  walkStrings(item, (key, value) => {
    if (NAME_KEY.test(key) && value.length > 0 && value.length <= 256) out.push(value);
  }, 100);
  return [...new Set(out)];
}
