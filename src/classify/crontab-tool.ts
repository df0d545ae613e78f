import type { Effect } from "./effect";
import { makeEffect } from "./effect-builder";

/**
 * `crontab(action="list")` and `crontab(action="replace", content="…")`: a tool named for the crontab
 * that takes an operation and the table's text, not a command line. It reads, rewrites or removes the
 * user's crontab, the same thing `crontab -l`, `crontab FILE` and `crontab -r` act on (target
 * `crontab`, or `crontab:<user>`), so what a rewrite drops or comments out is read against the listing.
 * Null for another tool, or arguments it does not recognize.
 */
export function crontabToolEffects(tool: string, args: Record<string, unknown>): Effect[] | null {
  if (!CRONTAB_TOOL.test(tool)) return null;
  const user = typeof args.user === "string" ? args.user : typeof args.username === "string" ? args.username : null;
  const target = user === null ? "crontab" : `crontab:${user}`;
  const targets = user === null ? [target] : ["crontab", target];
  const content = CONTENT_KEYS.map((k) => args[k]).map((v) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join("\n") : v))
    .find((v): v is string => typeof v === "string");
  // `read_crontab(user)`, `write_crontab(user, content)`: the operation may be in the tool's name.
  const named = NAMED_OPERATION.exec(tool)?.[1]?.toLowerCase() ?? null;
  const operation = OPERATION_KEYS.map((k) => args[k]).find((v): v is string => typeof v === "string")?.toLowerCase() ?? named;
  const summary = `${tool}(${operation ?? (content !== undefined ? "replace" : "")})`;
  if (operation !== null && READING.test(operation)) return [makeEffect("read", targets, `crontab -l (${summary})`)];
  if (operation !== null && REMOVING.test(operation) && content === undefined) return [makeEffect("delete", targets, `crontab -r (${summary})`)];
  if (content !== undefined && (operation === null || WRITING.test(operation))) return [makeEffect("modify", targets, summary, { content })];
  return null;
}

const CRONTAB_TOOL = /^(?:user_?)?cron_?tab$|^(?:set|write|replace|update|edit|get|read|list|show)_crontab$/i;
const NAMED_OPERATION = /^(set|write|replace|update|edit|get|read|list|show)_crontab$/i;
const CONTENT_KEYS = ["content", "contents", "crontab", "text", "entries", "lines", "table"];
const OPERATION_KEYS = ["action", "op", "operation", "mode", "cmd", "command"];
const READING = /^(?:list|get|show|read|cat|view|print|-l)$/;
const REMOVING = /^(?:remove|delete|clear|-r)$/;
const WRITING = /^(?:replace|set|write|install|update|save|put|edit|apply)$/;
