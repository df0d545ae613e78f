import type { AnalyzedPastCall } from "../guard/evidence-ledger";

/**
 * `aws ec2 delete-snapshot …` answered with nothing, by a tool that answered another call of the
 * conversation with "exit status 254" and an error: a runner that reports its failures with an
 * exit status line says nothing when the command succeeds (the AWS CLI prints nothing for most
 * deletes). Such an empty answer is that call's success. Only empty answers to calls that act are
 * looked at, so this costs nothing on a conversation without one.
 */
export function settleSilentSuccesses(past: AnalyzedPastCall[]): AnalyzedPastCall[] {
  if (!past.some(answeredWithNothing)) return past;
  const reportsExits = new Set(past.filter((p) => p.call.resultText !== null && EXIT_FAILURE_LINE.test(p.call.resultText.slice(0, MAX_SCAN))).map((p) => p.call.name));
  if (reportsExits.size === 0) return past;
  return past.map((p) => (answeredWithNothing(p) && reportsExits.has(p.call.name)
    ? { ...p, outcome: { status: "success", reason: `empty answer from ${p.call.name}, which reports failures with an exit status` } }
    : p));
}

function answeredWithNothing(p: AnalyzedPastCall): boolean {
  return p.outcome.status === "unknown" && p.analysis.destructive && p.call.resultText !== null && p.call.resultText.trim() === "";
}

/** `exit status 254`, `[exit code 1]`, `exited with code 2` alone on its line. */
const EXIT_FAILURE_LINE = /^\s*\[?exit(?:ed)?(?: with)? (?:status|code)[: =]*[1-9]\d*\]?\s*$/im;
const MAX_SCAN = 4096;
