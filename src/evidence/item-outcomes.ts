import type { ActionClass } from "../classify/effect";
import { escapeRegExp } from "../nlp/escape-regexp";
import { actionOfWord } from "../classify/action-words";
import { mentions } from "../nlp/mentions";
import { FAILURE_TEXT } from "./outcome-text-signals";

/** What a batch run's log says happened to one of its items. */
export interface ItemOutcome {
  target: string;
  action: ActionClass;
  status: "success" | "failure";
  /** The line that says so. */
  quote: string;
}

/** "removed acme-ml/x", "deleted: x", "x deleted": a past-tense verb of destruction on the line. */
// (`"deleted": false` is a field that says it was not.)
const DONE_VERB = /\b(deleted|removed|purged|destroyed|dropped|wiped|stopped|terminated|killed|revoked|disabled|decommissioned|uninstalled)\b(?!["']?\s*[:=]\s*["']?(?:false|no|0|null|none)\b)/i;
const DONE_VERBS = new RegExp(DONE_VERB.source, "gi");
/** Lines that only say something is absent already or was not there to begin with. */
const NOT_THERE = /\bnot present\b|\bnothing to\b|\balready (?:gone|deleted|removed)\b/i;
/** A line that is only the report word, maybe with "ok"/"done" and punctuation: `deleted`, `OK: removed`. */
const BARE_REPORT = /^\W*(?:(?:ok|done|success)\W+)?\w+\W*$/i;
const MAX_LINES = 2000;
const MAX_ITEMS = 64;

/**
 * What the log of a batch run (`cleanup.py --repos a b c`, `kubectl delete deploy a b`) says per
 * item: a line that names an item with a past-tense verb of destruction is that item done; a
 * failure line (`HTTP 403 Forbidden`, `error: …`) counts against the item last named before it.
 * The run's exit code speaks for the whole batch; these lines speak for each item. Only items
 * the call named (`targets`) are read; failures only once some item of the log was done (so the
 * failure is of the same action). Linear in the log.
 */
export function itemOutcomes(log: string, targets: readonly string[]): ItemOutcome[] {
  const items = targets.filter((t) => t.length >= 3).slice(0, MAX_ITEMS).map((t) => ({ target: t, key: t.toLowerCase(), last: lastSegment(t) }));
  if (items.length === 0) return [];
  const found = new Map<string, ItemOutcome>();
  const doneAt = new Map<string, number>();
  const failures: Array<{ target: string; quote: string; named: boolean; at: number }> = [];
  let action: ActionClass | null = null;
  let current: string | null = null;
  const lines = log.split("\n", MAX_LINES);
  for (const [at, line] of lines.entries()) {
    const lower = line.toLowerCase();
    // Whole names only: `genet-recs-v1` is not named by a line about `genet-recs-v1-batch`.
    const named = items.find((i) => mentions(lower, i.key) || (i.last !== null && mentions(lower, i.last)));
    if (named) current = named.target;
    if (current === null || NOT_THERE.test(line)) continue;
    const done = DONE_VERB.exec(line);
    // `== exp/rag-tuning` then `deleted`: a bare report line speaks for the item its section opened with.
    const doneTo = named?.target ?? (done && BARE_REPORT.test(line) ? current : null);
    if (done && doneTo !== null) {
      // ("tidewater-ingest-1 COMPLETED agent stopped, runtime deleted, creds revoked": each deed the line tells.)
      for (const m of line.matchAll(DONE_VERBS)) {
        action = actionOfWord(m[1]!.toLowerCase())!; // every DONE_VERB word is in the shared verb table
        const key = `${doneTo}\n${action}`;
        if (!found.has(key)) found.set(key, { target: doneTo, action, status: "success", quote: line.trim() });
      }
      doneAt.set(doneTo, at);
    } else if (FAILURE_TEXT.test(line)) {
      failures.push({ target: current, quote: line.trim(), named: named !== undefined, at });
    }
  }
  if (action === null) return [];
  // A line that says an item was done settles it; a failure later in its section may be about something else,
  // unless the failure line names the item itself ("timed out waiting for the condition on agentworkers/c").
  // ("[2/8] loon-7b-b error: 504 (retry 1/3)" then "[2/8] loon-7b-b deleted": a retry that ended well settles it.)
  for (const f of failures) {
    const done = doneAt.get(f.target);
    if (done === undefined) found.set(`${f.target}\n${action}`, { target: f.target, action, status: "failure", quote: f.quote });
    else if (f.named && f.at > done) for (const [key, item] of found) if (item.target === f.target && item.status === "success") found.set(key, { ...item, status: "failure", quote: f.quote });
  }
  return [...found.values()];
}

/** `acme-ml/intent-clf-base` is also written `intent-clf-base`; null when that would be too short to tell. */
function lastSegment(target: string): string | null {
  const slash = target.lastIndexOf("/");
  const last = slash === -1 ? null : target.slice(slash + 1).toLowerCase();
  return last !== null && last.length >= 4 ? last : null;
}

/**
 * A batch by a program that prints only what it could not do (`rm -rf a b c` → "rm: cannot
 * remove 'c/x': Read-only file system", exit 1): the targets its error lines name failed, the
 * others were done. Only when every error line names some target, so an error about the whole
 * run (a bad option, a dead connection) never reads as items done. Linear in the log.
 */
const EXIT_LINE = /^\s*\[?(?:exit(?: status| code)?|rc|status|exit_?code|return code|exited with(?: status| code)?)\s*[=: ]\s*-?\d+\]?\s*$/i;

export function silentBatchOutcomes(log: string, targets: readonly string[], action: ActionClass, program: string | null = null): ItemOutcome[] {
  // `exit=1`, `[exit 1]`, `exit status 1`: a status line the script echoed after the command is no error of an item.
  // (With other commands' output in the same log, `rm …; ls -la /x`: only the program's own lines, `rm: cannot remove …`.)
  const own = program === null ? null : new RegExp(`(?:^|: )${escapeRegExp(program)}: `);
  const lines = log.split("\n", MAX_LINES).filter((l) => l.trim() !== "" && !EXIT_LINE.test(l) && (own === null || own.test(l)));
  if (lines.length === 0 || targets.length < 2) return [];
  const failed = new Map<string, string>();
  for (const line of lines) {
    const lower = line.toLowerCase();
    const named = targets.filter((t) => lower.includes(t.toLowerCase()));
    if (named.length === 0) return [];
    for (const t of named) if (!failed.has(t)) failed.set(t, line.trim());
  }
  return targets.slice(0, MAX_ITEMS).map((target) => failed.has(target)
    ? { target, action, status: "failure" as const, quote: failed.get(target)! }
    : { target, action, status: "success" as const, quote: "no error printed for it" });
}
