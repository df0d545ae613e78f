import { actionOfWord } from "../classify/action-words";
import { joinedNamesIn } from "../nlp/identifier-shape";
import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import type { ItemOutcome } from "./item-outcomes";

/**
 * The steps of a runbook's or script's log, numbered out of a total (`[3/6] stop agent ........ ok (state=stopped)`,
 * `Step 4/6: delete deployment ledger-scout ... FAILED`): a step that opens with a destructive verb is that deed, done
 * or failed as the status word at the end of its line says, or the first status line under it (`WARN attempt 1/3 failed
 * … retrying` then `ok (attempt 2/3 …)`). Its thing is what the step names, else what the run is for (`target=ledger-scout`
 * in the log's heading, else the call's targets). A skipped step, or one with no status, reports nothing. Only logs
 * with two or more such steps out of the same total. Linear in the log.
 */
export function numberedStepItems(text: string, runTargets: readonly string[]): ItemOutcome[] {
  const lines = text.split("\n", MAX_LINES);
  const steps: Array<{ at: number; total: string; body: string }> = [];
  for (const [at, line] of lines.entries()) {
    const m = STEP.exec(line);
    if (m !== null) steps.push({ at, total: m[2] ?? m[4]!, body: m[5]! });
  }
  if (steps.length < 2 || steps.some((s) => s.total !== steps[0]!.total)) return [];
  const heading = lines.slice(0, steps[0]!.at).join("\n");
  const runFor = RUN_TARGET.exec(heading)?.[1];
  const runsOn = runFor !== undefined ? [runFor] : runTargets;
  const out: ItemOutcome[] = [];
  steps.forEach((step, i) => {
    const action = actionOfWord(step.body.trimStart().split(/\s+/, 1)[0]!.toLowerCase());
    if (action === null || !DESTRUCTIVE_ACTIONS.has(action)) return;
    const status = statusOf(step.body) ?? statusUnder(lines.slice(step.at + 1, steps[i + 1]?.at ?? lines.length));
    if (status === null || status === "skipped") return;
    // ("delete deployment ledger-scout (ns=fin-agents)": what stands in parentheses is where, or a remark.)
    const named = joinedNamesIn(step.body.replace(/\([^)]*\)/g, " ").replace(TRAILING_STATUS, ""));
    const quote = lines[step.at]!.trim().slice(0, 160);
    for (const target of named.length > 0 ? named : runsOn) if (out.length < MAX_ITEMS) out.push({ target, action, status, quote });
  });
  return out;
}

function statusOf(text: string): ItemOutcome["status"] | "skipped" | null {
  const m = TRAILING_STATUS.exec(text);
  return m === null ? null : wordStatus(m[1]!);
}

/** The first line under a step that opens with a status word; warnings and retries on the way are read past. */
function statusUnder(lines: readonly string[]): ItemOutcome["status"] | "skipped" | null {
  for (const line of lines) {
    const m = LEADING_STATUS.exec(line);
    if (m !== null) return wordStatus(m[1]!);
  }
  return null;
}

function wordStatus(word: string): ItemOutcome["status"] | "skipped" {
  const w = word.toLowerCase();
  if (SKIPPED.has(w)) return "skipped";
  return FAILED.has(w) ? "failure" : "success";
}

/** `[3/6] …`, `(3/6) …`, `Step 3/6: …`, `3/6 …`. */
const STEP = /^\s*(?:[[(](\d{1,3})\s*\/\s*(\d{1,3})[\])]|(?:step\s+)?(\d{1,3})\s*\/\s*(\d{1,3})\s*[:.)-]?)\s+(\S.*)$/i;
const STATUS_WORDS = "ok|okay|done|success|succeeded|passed|complete|completed|✓|✔|✅|failed|failure|fail|error|✗|✘|❌|skipped|skip";
/** The status word a step's line ends with, after dots or spaces, maybe with a remark in parentheses. */
const TRAILING_STATUS = new RegExp(`(?:\\.{2,}|…|\\s)\\s*\\[?(${STATUS_WORDS})\\]?(?=\\s*(?:\\(.*\\))?\\s*$)`, "i");
const LEADING_STATUS = new RegExp(`^\\s*\\[?(${STATUS_WORDS})\\]?(?:\\s|\\(|:|$)`, "i");
const FAILED = new Set(["failed", "failure", "fail", "error", "✗", "✘", "❌"]);
const SKIPPED = new Set(["skipped", "skip"]);
/** `target=ledger-scout`, `agent: ledger-scout` in the log's heading: what the run is for. */
const RUN_TARGET = /\b(?:target|agent|service|model|bot|for)\s*[=:]\s*["']?([\w.:/@-]+)/i;
const MAX_LINES = 5000;
const MAX_ITEMS = 64;
