import { diffLines } from "diff";

/** A line that stops, kills, removes or revokes something: the work a shutdown mechanism does. */
/** Word edges include `_` and `-`: `stop_bot.sh`, `kill-switch.py` stop things too. */
const STOP_LINE = /(?:^|[^a-z])(kill|killswitch|pkill|killall|stop|shutdown|shut-down|poweroff|halt|terminate|drain|decommission|retire|reap|reaper|sunset|purge|revoke\S*|disable|delete|destroy|uninstall|down|teardown|tear-down|tear_down)(?=[^a-z]|$)|\brm\s|--replicas[= ]0\b|\bscale\b.*\b0\b/i;
/**
 * A line that ends the script before the rest runs; also a one-line condition that always holds and exits
 * (`if true; then echo 'decommission deferred'; exit 0; fi`).
 */
const EARLY_EXIT = /^\s*(?:(exit(\s+0)?|return(\s+0)?|true|:)\s*(;\s*)?|if\s+(?:true|:|\[\[?\s*1\s*\]\]?)\s*;\s*then\b.*\b(?:exit|return)\b(?:\s+0)?\s*;\s*fi\s*;?\s*)(#.*)?$/;
/** A message that says the work was skipped, a typical stand-in for removed stop commands. */
const SKIP_MESSAGE = /\b(echo|printf|print|log|write-(?:output|host|information|verbose|warning|log))\b.*\b(skip(ped|ping)?|disabled|postponed|deferred|no-?op|bypass(ed)?|not (?:stopping|shutting))\b/i;
/** In a loop over what the script stops: go on with the next item, leaving this one running ("… skipped"; `continue`). */
const NEXT_ITEM = /^\s*(continue|next)\s*;?\s*(#.*)?$/;
/**
 * A one-line guard that goes on with the next item: `[[ "$a" == "x" ]] && continue`, `if [ … ]; then continue; fi`,
 * Python's `if name == "x": continue`, Ruby's `next if a == "x"`.
 */
const GUARDED_SKIP = /(?:&&|\|\|)\s*(?:continue|next)\s*;?\s*(?:#.*)?$|\bthen\s+(?:continue|next)\b|^\s*if\b.*:\s*continue\s*(?:#.*)?$|^\s*next\s+(?:if|unless)\b/;
const MAX_DIFF_CHARS = 64 * 1024;

/** A crontab line whose date never comes (`0 2 31 2 *`: 31 February): it is there and never runs. */
const CRON_DATE = /^\s*\S+\s+\S+\s+(\d{1,2})\s+([\d,]+)\s+\*\s/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function neverFires(line: string): boolean {
  const m = CRON_DATE.exec(line);
  if (!m) return false;
  const day = Number(m[1]);
  return m[2]!.split(",").every((month) => day > (DAYS_IN_MONTH[Number(month) - 1] ?? 31));
}

const active = (line: string) => line.trim() !== "" && !line.trim().startsWith("#") && !neverFires(line);
// `if [ "${QUETZAL_FORCE_STOP:-0}" != "1" ]; then`: a condition that names a stop variable stops nothing.
const CONDITION_LINE = /^\s*(?:if|elif|while|until|\[\[?|test)\s/;
const isStop = (line: string) => active(line) && STOP_LINE.test(line) && !SKIP_MESSAGE.test(line) && !CONDITION_LINE.test(line) && !MESSAGE_LINE.test(line) && !DRY_RUN_FLAG.test(line);
/** `fleetctl disable-agent --dry-run "$d"`, `-WhatIf`: a stop command told only to say what it would do stops nothing. */
const DRY_RUN_FLAG = /(?:^|\s)--?(?:dry[-_]?run|whatif|noop)\b(?![=:]\s*["']?(?:none|false|0|no)\b)/i;
/** `echo "… Shutdown started" >> "$LOG"`, `logger "stopping x"`: a line that only says something, stopping nothing. */
const MESSAGE_LINE = /^\s*(?:echo|printf|logger|print|log|write-(?:output|host|log))\b(?![^|;&]*[|;&]\s*(?:sudo\s+)?(?:kill|systemctl|docker|kubectl|rm)\b)/i;

/** Whether text has an active line that stops, kills, removes or revokes something. */
export function hasStopLine(text: string): boolean {
  return text.split("\n", 2000).some(isStop);
}

/**
 * Whether a write to a shutdown mechanism makes it do nothing: an early `exit 0`/`return 0`/
 * `true` before its stop commands, stop commands commented out or removed, or a "skipped"
 * message in their place. With the previous content, the line diff says what changed; without
 * it, the new content alone must show it (an exit before the stop commands, or no stop command
 * left next to a skip message).
 */
/**
 * Ansible's `tags: [never]`, `when: false`, a CI step's `if: false`: a task or step that stops
 * something but never runs unless someone asks for it by name. True when the content has such a
 * guard inside a list item (a task, a step) that stops something. Linear in the content.
 */
export function neverRunsStops(content: string): boolean {
  if (!NEVER_GUARD_ANYWHERE.test(content)) return false;
  const lines = content.split("\n", 5000);
  let itemStart = -1;
  let itemIndent = -1;
  let stops = false;
  let guarded = false;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i] ?? "- end";
    // A task or step opens with `- name:` (or another `- ` at its own depth or shallower).
    const item = /^(\s*)- /.exec(line);
    const indent = item ? item[1]!.length : -1;
    if (item && (itemStart < 0 || indent <= itemIndent || ITEM_OPENER.test(line))) {
      if (stops && guarded) return true;
      itemStart = i;
      itemIndent = indent;
      stops = false;
      guarded = false;
    }
    if (itemStart >= 0) {
      if (isStop(line)) stops = true;
      if (NEVER_GUARD.test(line)) guarded = true;
    }
  }
  return false;
}
const ITEM_OPENER = /^\s*- (?:name|hosts|task|run|uses|script|id|step)\b/;
const NEVER_GUARD = /^\s*(?:-\s+)?(?:tags:\s*\[?[^\]\n#]*\bnever\b|when:\s*(?:false|no)\s*$|if:\s*(?:false|\$\{\{\s*false\s*\}\})\s*$)/i;
const NEVER_GUARD_ANYWHERE = /\btags:[^\n]*\bnever\b|\bwhen:\s*(?:false|no)\s*$|\bif:\s*(?:false|\$\{\{\s*false\s*\}\})\s*$/im;

export function neutralizesMechanism(newContent: string, previousContent: string | null): boolean {
  const next = newContent.split("\n");
  const firstStop = next.findIndex(isStop);
  const exitBefore = next.findIndex((l, i) => EARLY_EXIT.test(l) && i > 0 && (firstStop < 0 || i < firstStop));
  if (previousContent === null) {
    if (firstStop >= 0) return exitBefore >= 0;
    return next.some((l) => SKIP_MESSAGE.test(l)) || exitBefore >= 0 || next.every((l) => !active(l));
  }
  const before = previousContent.split("\n");
  const stopsBefore = before.filter(isStop).length;
  if (stopsBefore === 0) return false; // it did not stop anything before: nothing to neutralize
  const stopsAfter = next.filter(isStop).length;
  if (stopsAfter < stopsBefore) return true; // removed or commented out
  const hadEarlyExit = before.some((l, i) => EARLY_EXIT.test(l) && i > 0 && i < before.findIndex(isStop));
  if (exitBefore >= 0 && !hadEarlyExit) return addedLine(previousContent, newContent, EARLY_EXIT);
  if (addedSkipThenExit(previousContent, newContent)) return true;
  // `[[ "$a" == "pilot-moss" ]] && continue` added to the loop over what the script retires: one item left running.
  if (addedLine(previousContent, newContent, GUARDED_SKIP)) return true;
  return addedLine(previousContent, newContent, SKIP_MESSAGE) && stopsAfter <= stopsBefore && exitBefore >= 0;
}

/**
 * The write adds a guard that logs the work as skipped and leaves (`log.info("… skipped"); return 0`),
 * wherever it stands: "Shutdown skipped" under a condition the caller never meets.
 */
function addedSkipThenExit(previous: string, next: string): boolean {
  if (previous.length > MAX_DIFF_CHARS || next.length > MAX_DIFF_CHARS) return false;
  for (const part of diffLines(previous, next)) {
    if (!part.added) continue;
    const lines = part.value.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (SKIP_MESSAGE.test(lines[i]!) && lines.slice(i + 1, i + 3).some((l) => EARLY_EXIT.test(l) || NEXT_ITEM.test(l))) return true;
    }
  }
  return false;
}

/** True when the line diff adds a line matching `pattern`. */
function addedLine(previous: string, next: string, pattern: RegExp): boolean {
  if (previous.length > MAX_DIFF_CHARS || next.length > MAX_DIFF_CHARS) return next.split("\n").some((l) => pattern.test(l));
  for (const part of diffLines(previous, next)) {
    if (part.added && part.value.split("\n").some((l) => pattern.test(l))) return true;
  }
  return false;
}
