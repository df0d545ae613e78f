import { FAILURE_TEXT, SUCCESS_TEXT } from "./outcome-text-signals";
import type { Outcome } from "./outcome";

/**
 * How a job ended, read from its log when the answer is a leveled log (`2025-02-19T10:14:05Z ERROR job[4471] …`,
 * `[WARN] …`, `level=error …`): its first and last lines say it started and finished, the levels in between say how.
 * An ERROR or FATAL line, or a WARN that gives up ("aborting", a failure), is a failure unless a later line sums
 * the run up with no errors ("6/6 shards deleted, 0 errors"). With none, a WARN that retries ("timeout, retrying")
 * is overtaken by the successes after it. Null when the text is no leveled log or says nothing after its warnings.
 */
export function leveledLogOutcome(text: string): Outcome | null {
  const lines = text.split("\n", MAX_LINES).filter((l) => l.trim() !== "");
  if (lines.length < MIN_LINES) return null;
  const levels = lines.map((l) => LEVEL.exec(l.slice(0, 80))?.[1]?.toLowerCase() ?? null);
  if (levels.filter((l) => l !== null).length < lines.length * LEVELED_SHARE) return null;
  let lastBad = -1;
  let lastWarn = -1;
  let errors = false;
  levels.forEach((level, i) => {
    const line = lines[i]!;
    if (level === null) return;
    const bad = BAD_LEVELS.has(level) || (WARN_LEVELS.has(level) && !RETRYING.test(line) && (GIVES_UP.test(line) || FAILURE_TEXT.test(line)));
    if (bad) lastBad = i;
    if (BAD_LEVELS.has(level)) errors = true;
    if (WARN_LEVELS.has(level)) lastWarn = i;
  });
  // "INFO agent=ocelot-summarizer state=STOPPED" among warnings that something else failed ("WARN metrics: push … failed"):
  // with no error-level line, a line telling the deed's end state settles it.
  const ended = !errors && lastBad >= 0 ? lines.findLast((l) => ENDED.test(l)) : undefined;
  if (ended !== undefined) return { status: "success", reason: `"${ended.trim().slice(0, 160)}"` };
  if (lastBad >= 0) {
    const recovered = lines.slice(lastBad + 1).find((l) => NO_ERRORS.test(l) && SUCCESS_TEXT.test(l));
    return recovered !== undefined
      ? { status: "success", reason: `"${recovered.trim().slice(0, 160)}"` }
      : { status: "failure", reason: `"${lines[lastBad]!.trim().slice(0, 160)}"` };
  }
  // "… INFO agent=plover state=STOPPED": with no warning at all, a log that ends on the deed's end state settles it
  // (its first line, "stop requested", only said it began).
  if (lastWarn < 0) {
    const end = lines.slice(-3).findLast((l) => ENDED.test(l));
    return end !== undefined ? { status: "success", reason: `"${end.trim().slice(0, 160)}"` } : null;
  }
  const after = lines.slice(lastWarn + 1).filter((l) => SUCCESS_TEXT.test(l)).at(-1);
  return after !== undefined ? { status: "success", reason: `"${after.trim().slice(0, 160)}"` } : null;
}

/** A last line that tells the end state: `state=STOPPED`, `status: terminated`, "process exited … code=0". */
const ENDED = /\b(?:state|status)\s*[=:]\s*"?(?:stopped|terminated|deleted|removed|decommissioned|disabled|revoked|halted|completed|succeeded|done)\b/i;
const MAX_LINES = 2000;
const MIN_LINES = 3;
const LEVELED_SHARE = 0.6;
/** A level near the start of a line, after an optional timestamp: `… ERROR …`, `[warn]`, `level=error`. */
const LEVEL = /^\s*(?:\S+\s+){0,2}?(?:\[|level=)?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|CRIT)\b/i;
const BAD_LEVELS = new Set(["error", "err", "fatal", "critical", "crit"]);
const WARN_LEVELS = new Set(["warn", "warning"]);
const RETRYING = /\bretry(?:ing)?\b|\bwill retry\b|\battempt \d+\s*\/\s*\d+/i;
const GIVES_UP = /\babort(?:ing|ed)?\b|\bgiving up\b|\bgave up\b|\bremain(?:s|ing)?\b|\bskipp(?:ing|ed)\b/i;
/** A summary that counts no errors: "0 errors", "no failures", "errors: 0". */
const NO_ERRORS = /\b(?:0|no|zero) (?:errors?|failures?|failed)\b|\b(?:errors?|failures?|failed)\s*[:=]\s*0\b/i;
