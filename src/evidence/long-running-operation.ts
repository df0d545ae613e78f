import type { Outcome } from "./outcome";
import type { ParsedResult } from "./parse-result";

/**
 * A Google-style long-running operation handed back for the deed (`{"name": "projects/…/operations/551…",
 * "done": false}`, or with no `done` at all): the deed is accepted, not done, until a poll shows `"done": true`
 * (see follow-up-status). An operation already done says how it ended: an `error`, or not.
 */
export function longRunningOperation(parsed: ParsedResult): Outcome | null {
  const top = parsed.json !== undefined ? parsed.json : parsed.documents[0];
  if (top === null || typeof top !== "object" || Array.isArray(top)) return null;
  const body = (top as Record<string, unknown>).body;
  const o = (body !== null && typeof body === "object" && !Array.isArray(body) ? body : top) as Record<string, unknown>;
  if (typeof o.name !== "string" || !OPERATION_NAME.test(o.name)) return null;
  // (In protobuf text format `done: true` is a line of its own, maybe after the metadata's block.)
  const done = o.done ?? DONE_LINE.exec(parsed.text)?.[1];
  if (done !== true && done !== "true") return { status: "accepted", reason: `long-running operation ${o.name.slice(o.name.lastIndexOf("/") + 1)} not done` };
  return o.error !== undefined && o.error !== null
    ? { status: "failure", reason: `operation done with an error: ${JSON.stringify(o.error).slice(0, 160)}` }
    : { status: "success", reason: "operation done" };
}
const OPERATION_NAME = /(?:^|\/)operations\/[^/\s]+$/;
const DONE_LINE = /^done:\s*(true|false)\s*$/m;
