import { actionOfWord } from "./action-words";
import { DESTRUCTIVE_ACTIONS, type ActionClass } from "./effect";

/** The longest body read: documents and commands are short; a larger one is data. */
const MAX_BODY_CHARS = 64 * 1024;

/** A request body or message payload given as JSON text, when it is an object (64 KB at most); else null. */
export function jsonObject(text: string | null): Record<string, unknown> | null {
  if (text === null || text.length > MAX_BODY_CHARS || !text.trimStart().startsWith("{")) return null;
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch { return null; }
  return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
}

/** Fields that select what a request or message does. */
const ACTION_SELECTOR = /^(?:action|op|operation|command|cmd|verb|transition|desired_?state|target_?state|sub_?command|subcmd)$/i;

/**
 * `{"action": "terminate"}` in an HTTP body, `{"op": "agent.stop"}` in a queue or MQTT message:
 * the destructive deed an action-selecting field names; null when none does.
 */
export function selectedAction(fields: Record<string, unknown>): ActionClass | null {
  for (const [key, value] of Object.entries(fields)) {
    if (!ACTION_SELECTOR.test(key) || typeof value !== "string" || value.length > 40) continue;
    const action = actionOfWord(value.trim().toLowerCase().replace(/[\s-]+/g, "_"));
    if (action !== null && DESTRUCTIVE_ACTIONS.has(action)) return action;
    // `subcommand: "search index delete"`: a CLI path whose last word is the verb.
    const words = value.trim().toLowerCase().split(/\s+/);
    const last = words.length > 1 && words.length <= 4 ? actionOfWord(words[words.length - 1]!) : null;
    if (last !== null && DESTRUCTIVE_ACTIONS.has(last)) return last;
  }
  return null;
}
