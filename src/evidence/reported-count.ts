import { parseResult } from "./parse-result";

/**
 * How many things a call's answer says it did, when it says so in numbers: psql's `DELETE 12`, "12 rows
 * affected", a count field of the deed (`"revoked": 20`, `"deleted_count": 3`), or `aws s3 rm`'s
 * `delete:` lines when they are the whole output, or the list of what was done (`"deleted": ["a", "b"]`). Null when the answer gives no such count. Linear in the answer.
 */
export function reportedCount(resultText: string): number | null {
  const parsed = parseResult(resultText);
  const text = parsed.text;
  const tag = COMMAND_TAG.exec(text);
  if (tag !== null) return Number(tag[1]);
  const rows = ROWS_AFFECTED.exec(text);
  if (rows !== null) return Number(rows[1]);
  const json = parsed.json;
  if (json !== null && typeof json === "object" && !Array.isArray(json)) {
    for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
      if (COUNT_KEY.test(key) && typeof value === "number" && Number.isInteger(value)) return value;
      // `"deleted": ["ps-101", …, "ps-106"]`: the list of what was done, counted.
      if (LIST_KEY.test(key) && Array.isArray(value) && value.length > 0) return value.length;
    }
  }
  // "3 schedules matched, 2 changed": a summary line that gives one count of things changed or removed.
  const summaries = [...text.slice(0, MAX_SUMMARY_SCAN).matchAll(CHANGED_SUMMARY)].filter((m) => !NOT_THINGS.test(m[2] ?? ""));
  if (summaries.length === 1) return Number(summaries[0]![1]);
  // `aws s3 rm` lines count only when they are the whole output (not after a count a filter printed, `| tail` of them).
  const lines = (parsed.stdout ?? text).split("\n").filter((l) => l.trim() !== "");
  if (!DRY_RUN_LINE.test(text) && lines.length > 0 && lines.every((l) => S3_DELETE_LINE_ONE.test(l))) return lines.length;
  // `rm -v`'s "removed '/x/a.pt'" lines, when they are the whole output (its errors go to stderr).
  const out = (parsed.stdout ?? "").split("\n").filter((l) => l.trim() !== "");
  if (out.length > 0 && out.every((l) => RM_VERBOSE_LINE.test(l))) return out.filter((l) => !/^removed directory/.test(l)).length;
  return null;
}

const COMMAND_TAG = /^\s*(?:DELETE|UPDATE) (\d+)\s*$/m;
const ROWS_AFFECTED = /\b(\d+) rows? (?:affected|deleted|removed)\b/i;
const LIST_KEY = /^(?:deleted|revoked|removed|stopped|terminated|purged|destroyed|disabled)$/i;
const COUNT_KEY = /^(?:deleted|revoked|removed|stopped|terminated|purged|destroyed|disabled)(?:_count)?$|^(?:rows_affected|affected_rows|num_affected_rows|deleted_rows)$/i;
/** "2 changed", "3 agents disabled", "1 removed" (a count, maybe one word for the things, then the deed). */
const CHANGED_SUMMARY = /\b(\d+) (?:([a-z]+) )?(?:changed|deleted|removed|disabled|revoked|stopped|terminated|purged|destroyed)\b/gi;
/** Counts of lines and files (`git commit`'s "2 files changed"), not of the things acted on. */
const NOT_THINGS = /^(?:files?|lines?|insertions?|deletions?|bytes?|chars?|characters?)$/i;
const MAX_SUMMARY_SCAN = 16 * 1024;
const S3_DELETE_LINE_ONE = /^delete: s3:\/\//;
const DRY_RUN_LINE = /^\(dryrun\)/m;
const RM_VERBOSE_LINE = /^removed (?:directory )?['‘"].+['’"]\s*$/;
