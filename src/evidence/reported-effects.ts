import type { ActionClass } from "../classify/effect";
import { parseResult } from "./parse-result";

/**
 * Actions a result reports having done on the side, as a positive count or `true`
 * (`{"enabled": false, "active_runs_cancelled": 2}`, `{"deleted": true, "sessions_terminated": 3}`):
 * the call also stopped or removed those things of its target.
 */
export function reportedSideEffects(resultText: string): ActionClass[] {
  const json = parseResult(resultText).json;
  if (json === null || typeof json !== "object" || Array.isArray(json)) return [];
  const out = new Set<ActionClass>();
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    const m = SIDE_EFFECT_KEY.exec(key);
    if (!m || !(value === true || (typeof value === "number" && value > 0))) continue;
    out.add(ACTION_OF[m[1]!.toLowerCase()]!);
  }
  return [...out];
}

const ACTION_OF: Record<string, ActionClass> = {
  cancelled: "stop", canceled: "stop", stopped: "stop", terminated: "stop", killed: "stop", aborted: "stop",
  deleted: "delete", removed: "delete", purged: "delete", revoked: "revoke", disabled: "disable",
};
/** `active_runs_cancelled`, `sessions_terminated`, `tokens_revoked` (a thing, then what happened to it). */
const SIDE_EFFECT_KEY = /^[a-z]+(?:_[a-z]+)*_(cancelled|canceled|stopped|terminated|killed|aborted|deleted|removed|purged|revoked|disabled)$/i;
