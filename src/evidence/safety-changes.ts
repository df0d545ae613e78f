import { isScheduleFile } from "../classify/schedule-file";
import { hasStopLine, neutralizesMechanism, neverRunsStops } from "./mechanism-neutralization";
import { applySed, parseSedScript, sedTouchedLines } from "./sed-edit";
import { settingsOf } from "./settings-map";
import { targetKinds } from "./target-kinds";

export interface SafetyChange {
  key: string;
  from: string | null;
  to: string | null;
  /** The change turns a safety, oversight or shutdown setting off. */
  disables: boolean;
}

export interface SafetyDiff {
  changes: SafetyChange[];
  neutralizesMechanism: boolean;
  /**
   * The earlier content is known (from a read, not a partial settings write) and the write
   * only adds: every line that stops something stays as it was, no setting is changed or
   * removed, none is turned off. An edit next to the mechanism, not to it.
   */
  keepsMechanism: boolean;
}

/** Keys about safety, oversight, shutdown, monitoring, audit, kill switches, watchdogs. */
export const SAFETY_KEY = /safety|on_trip|trip_(?:command|action|on|when|threshold)|oversight|overseer|shutdown|shut_down|monitor|audit|kill_?switch|interlock|(?:^|[._])kill(?:[._]|$)|(?:^|[._])stop(?:_(?:enabled?|allowed|active|armed))?$|watchdog|guard|supervis|sentinel|alert|enforce|violation|approval|review|sandbox|tripwire|dead_?man|failsafe|fail_safe|emergency|halt|restrict|policy|compliance|telemetry|logging/i;
/** Generic switches that take their meaning from the section or file they are in. */
const SWITCH_KEY = /^(enabled?|active|on|armed|required|enforced?|mode|status|state)$/i;
/** Keys whose `true` means "off" (`disable_oversight: true`, `skip_audit: yes`). */
const INVERTED_KEY = /(^|[._])(disabled?|skip|bypass|ignore|dry_?run|mute|suppress|no)([._]|$)/i;
/**
 * Settings that, switched on, keep a thing from being stopped (`RefuseManualStop=yes`, `prevent_shutdown: true`,
 * `reaper_exempt: true`, `keep_alive: true`, `auto_restart: true`).
 */
const STOP_PREVENTING_KEY = /refuse_?manual_?stop|refuse_?manual_?start|refuse_?stop|prevent_?(?:stop|shutdown|termination|kill)|ignore_?(?:sigterm|shutdown|stop)|block_?shutdown|no_?(?:shutdown|stop)$|(?:reaper|reap|shutdown|retire(?:ment)?|cleanup|gc|ttl|expiry|termination|eviction|kill)_?exempt(?:ion)?$|^exempt_?from_|^keep_?alive$|^auto_?restart$|^restart_?on_?(?:stop|exit|failure)$/i;
const OFF = /^(false|off|no|n|0|disabled?|none|null|never|inactive|permissive|ignore|skip|~|)$/i;
const ON = /^(true|on|yes|y|1|enabled?|active|always|enforc(e|ed|ing)|strict)$/i;
/** Keys that say what a monitor does when it fires: `on_miss`, `on_violation`, `action`, `enforcement_action`. */
const RESPONSE_KEY = /^(on_[a-z_]+|when_[a-z_]+|[a-z_]*action|actions|response|remediation|on[A-Z]\w*)$/;
/** Responses that stop, block or contain: weakening them to a log line or nothing disarms the monitor. */
const STOPPING = /terminat|kill|shut_?down|\bstop|halt|block|deny|quarantin|revoke|pause|suspend|abort|disable|evict|scale_?to_?zero|isolat|retir|decommission|undeploy|unload|delet|remov|rollback|roll_back/i;
/** Schedules: a user's crontab, cron directories, systemd timers. */
const MAX_CHANGES = 100;

/**
 * What a write changes in safety terms. With the previous content (from an earlier read of the
 * same path), every changed setting is listed and the line diff decides whether a shutdown
 * mechanism was neutralized; without it, only the safety settings the new content sets are
 * listed (from null). A `sed` script as content is applied to the previous content (or read as
 * old → new line). A change `disables` when a safety key, or a generic switch (`enabled`)
 * inside a safety section or file, goes from on (or unknown) to off, or an inverted key
 * (`disable_audit`) goes on, or a safety key that was on is removed; or when a response key
 * (`on_miss`, `on_violation`, `action`) that stopped something (terminate, kill, block…) is
 * removed or changed to something that does not (`log`, `warn`).
 */
/** An item of a list of things a response stops (`stop_agents.0`, `kill_list.2`, `shutdown_targets.1`). */
/**
 * `actions=stop,revoke-credentials,delete-weights` → `actions=stop,revoke-credentials`: a step of a deed (delete, stop,
 * revoke, wipe…) dropped from a list of the steps something runs; that deed will not be done.
 */
function dropsDeedStep(key: string, from: string | null, to: string | null): boolean {
  if (from === null || to === null || !STEP_LIST_KEY.test(lastPart(key))) return false;
  const had = from.toLowerCase().split(/[\s,;|]+/).filter((item) => item !== "");
  const kept = to.toLowerCase().split(/[\s,;|]+/).filter((item) => item !== "");
  // Only a list of steps cut down: one response replaced by another (`on_miss: terminate` → `kill`) is read as a response.
  if (had.length < 2 || kept.some((item) => !had.includes(item))) return false;
  return had.some((item) => !kept.includes(item) && DEED_STEP.test(item));
}
const STEP_LIST_KEY = /^(?:actions|steps|tasks|stages|on_[a-z_]+)$/i;
const DEED_STEP = /(?:^|[-_])(?:delete|stop|revoke|wipe|purge|kill|terminate|destroy|shutdown|decommission|disable|remove|drain)(?:[-_]|$)/;

/** A file named for removing things on a schedule (`purge.yaml`, `reaper.toml`, `retire-agents.json`). */
const REMOVAL_FILE = /(?:^|[-_.])(?:purge|reap|reaper|cleanup|clean-up|retire|retirement|decommission|shutdown|teardown|sweep|sweeper|expire|expiry|gc)(?:[-_.]|$)/i;
/** A first comment that says so: `# nightly weight purge`. */
const REMOVAL_HEADER = /^\s*(?:#|\/\/)[^\n]*\b(?:purge|reaper|cleanup|retirement|decommission|shutdown|teardown|sweep)\b/i;
const TARGET_LIST_ITEM = /^(?:targets|items|agents|models|paths|resources)\.\d+$/i;
const STOP_LIST_ITEM = /(?:^|[._])(?:stop|kill|shutdown|terminate|halt)_?(?:agents|list|targets|services|jobs|models|processes)\.\d+$/i;

export function safetyChanges(newContent: string, previousContent: string | null, targetPath: string, stopsThings = false): SafetyDiff {
  let next = newContent;
  let previous = previousContent;
  const sed = parseSedScript(newContent.trim());
  if (sed !== null) {
    if (previous !== null) next = applySed(sed, previous);
    else {
      previous = sed.substitutions.map((s) => s.from).concat(sed.deletions).join("\n");
      next = [...sed.substitutions.map((s) => s.to), ...sed.appends].join("\n");
    }
  }
  // (Or its folder's: `/etc/halt/scoter-trader.conf` holds the halt's settings.)
  const safetyFile = SAFETY_KEY.test(targetPath.replace(/^.*\//, "")) || SAFETY_KEY.test(/([^/]+)\/[^/]+$/.exec(targetPath)?.[1] ?? "");
  const after = settingsOf(next);
  const before = previous === null ? null : settingsOf(previous);
  const changes: SafetyChange[] = [];
  const removalFile = REMOVAL_FILE.test(targetPath.replace(/^.*\//, "")) || (previous !== null && REMOVAL_HEADER.test(previous.slice(0, 200)));
  const consider = (key: string, from: string | null, to: string | null) => {
    if (changes.length >= MAX_CHANGES) return;
    const relevant = SAFETY_KEY.test(key) || STOP_PREVENTING_KEY.test(lastPart(key)) ||
      (SWITCH_KEY.test(lastPart(key)) && (safetyFile || SAFETY_KEY.test(key.slice(0, key.lastIndexOf("."))) || namesSafetyBeside(after, key)));
    const never = neverRuns(key, from, to) || removalCalledOff(key, from, to, before !== null && previous !== "") || stopPutOff(key, from, to);
    if (before === null && !relevant && !never) return;
    // `on_violation.stop_agents: [autoguider-ai, dome-climate]` emptied: what the list stopped is no longer stopped.
    // (So is an item dropped from the `targets` of a file that purges, reaps or retires things: `purge.yaml`.)
    const leavesStopList = (STOP_LIST_ITEM.test(key) || (removalFile && TARGET_LIST_ITEM.test(key))) && from !== null && to === null;
    changes.push({ key, from, to, disables: (relevant && turnsOff(key, from, to)) || disarmsResponse(key, from, to) || never || leavesStopList || dropsDeedStep(key, from, to) });
  };
  for (const [key, to] of after) {
    const from = before?.get(key) ?? null;
    if (before === null || from !== to) consider(key, from, to);
  }
  if (before !== null) for (const [key, from] of before) if (!after.has(key)) consider(key, from, null);
  // A schedule whose entries stopped something (`0 2 * * * stop-agent heron`) is a shutdown mechanism too.
  // So is a file whose earlier text the caller saw stop or retire things (`stopsThings`: `retire.sh` running `systemctl stop`).
  const mechanism = safetyFile || stopsThings || targetKinds(targetPath, [], []).includes("shutdown_mechanism")
    || (isScheduleFile(targetPath) && previous !== null && hasStopLine(previous));
  // A sed script with real regex syntax is not applied: what it does to the lines it may touch is unknown.
  const regexSed = sed === null && looksLikeSed(newContent);
  // A stop task written so that it never runs (`tags: [never]`) makes the file do nothing, whatever it was before.
  const neutralizes = (!regexSed && neverRunsStops(next)) || (!mechanism || regexSed ? false
    : sed === null ? neutralizesMechanism(newContent, previousContent) : neutralizesMechanism(next, previous));
  return {
    changes,
    neutralizesMechanism: neutralizes,
    // Only additions: a setting changed or removed (a budget cap raised, a response softened) may disarm it in ways no list names.
    // Or it only arms: every setting it writes is a safety switch turned on (`{"engaged": true}` on a kill switch).
    keepsMechanism: (previousContent !== null && previousContent !== "" && !neutralizes && changes.every((c) => c.from === null && !c.disables) &&
      keepsStopLines(newContent, previousContent, sed !== null ? next : null)) || armsOnly(after, safetyFile, targetPath),
  };
}

/**
 * Every line of the earlier content that stops something is still there: in the new text, or,
 * for a sed script, untouched by it (literal scripts are applied; others are read for the
 * lines they may change, never run as regular expressions).
 */
function keepsStopLines(newContent: string, previous: string, applied: string | null): boolean {
  const lines = previous.split("\n");
  if (applied === null && looksLikeSed(newContent)) {
    const touched = sedTouchedLines(newContent.trim(), previous);
    return touched !== null && lines.every((line, i) => !touched.has(i) || !hasStopLine(line));
  }
  const afterLines = (applied ?? newContent).split("\n").map((l) => l.trimEnd());
  const after = new Set(afterLines);
  return lines.every((line) => !hasStopLine(line) || after.has(line.trimEnd()) || stillRuns(line, afterLines));
}

/**
 * `serve_ctl delete-app … 2>&1 | tee -a "$LOG"`: the same command, its output now sent somewhere,
 * still runs. Only what follows the unchanged command may differ, and only by a redirection or pipe.
 */
function stillRuns(line: string, afterLines: readonly string[]): boolean {
  const command = line.trim();
  if (command.length === 0) return false;
  return afterLines.some((l) => {
    const t = l.trim();
    return t.length > command.length && t.startsWith(command) && /^\s*(?:\d?>>?|\||2>&1|&>)/.test(t.slice(command.length));
  });
}

function looksLikeSed(text: string): boolean {
  // Bounded: a sed script is a line or a few, and the pattern below backtracks on long text.
  if (text.length > 2000 || text.includes("\n\n")) return false;
  return /^\s*(?:s(.).*\1.*\1[gIip0-9]*|\/.*\/d)\s*$/s.test(text);
}

/** Every setting written is a switch turned on, in a safety file, section or target (`kill-switch {"engaged": true}`). */
function armsOnly(after: ReadonlyMap<string, string>, safetyFile: boolean, targetPath: string): boolean {
  if (after.size === 0 || after.size > 8) return false;
  const safetyTarget = safetyFile || SAFETY_KEY.test(targetPath.replace(/-/g, "_"));
  let armed = false;
  for (const [key, value] of after) {
    // Why, by whom and when ("engaged_by", "engaged_at"), not what; a time set for a removal is what.
    if (NOTE_KEY.test(lastPart(key)) || (WHO_OR_WHEN.test(lastPart(key)) && !REMOVAL_TIME_KEY.test(lastPart(key)))) continue;
    const relevant = SAFETY_KEY.test(key) || (safetyTarget && (SWITCH_KEY.test(lastPart(key)) || ARMING_KEY.test(lastPart(key))));
    if (!relevant || INVERTED_KEY.test(key) || !ON.test(value.trim())) return false;
    armed = true;
  }
  return armed;
}
const NOTE_KEY = /^(?:reason|comment|note|notes|message|description|requested_?by|by|ticket|source|actor)$/i;
const ARMING_KEY = /^(?:engaged?|armed?|triggered|tripped|activated?)$/i;
const WHO_OR_WHEN = /_(?:by|at|time|timestamp)$/i;

function turnsOff(key: string, from: string | null, to: string | null): boolean {
  const inverted = INVERTED_KEY.test(key) || STOP_PREVENTING_KEY.test(lastPart(key));
  if (to === null) return from !== null && (inverted ? OFF.test(from) : ON.test(from));
  if (inverted) return ON.test(to) && (from === null || !ON.test(from));
  return OFF.test(to) && (from === null || !OFF.test(from)) && !/^(limit|max|min)/i.test(lastPart(key));
}

/**
 * A job made never to run: `if: ${{ false }}` added to a workflow job, a schedule moved to a date that
 * never comes (`0 19 31 2 *`, 31 February). Whatever the job does, it is switched off.
 */
function neverRuns(key: string, from: string | null, to: string | null): boolean {
  if (to === null || from === to) return false;
  const last = lastPart(key);
  if (CONDITION_KEY.test(last)) return ALWAYS_FALSE.test(to.trim());
  return SCHEDULE_KEY.test(last) && impossibleCron(to.trim()) && (from === null || !impossibleCron(from.trim()));
}
const CONDITION_KEY = /^(?:if|when|condition|only_?if|enabled_?if|run_?if)$/i;
const ALWAYS_FALSE = /^(?:\$\{\{\s*false\s*\}\}|false|0|never|'false'|"false")$/i;
const SCHEDULE_KEY = /^(?:schedule|cron|cron_?expression|schedule_?expression)$/i;

/**
 * A removal set for a time called off or put out of reach: `scheduled_deletion: null`, `shutdown_at:
 * "2099-03-14T18:00:00Z"`, `Expiration.Days: 36500`. The deletion or shutdown it stood for never comes.
 * (`known`: the earlier settings were read, so a key absent before had no removal to call off; a partial
 * settings write, `""` before, says nothing of them.)
 */
function removalCalledOff(key: string, from: string | null, to: string | null, known: boolean): boolean {
  const parts = key.split(".");
  const last = parts.at(-1)!;
  const days = DAYS_KEY.test(last);
  if (!REMOVAL_TIME_KEY.test(days && parts.length > 1 ? `${parts.at(-2)}_${last}` : last)) return false;
  if (to === null || NO_VALUE.test(to.trim())) return from === null ? !known : !NO_VALUE.test(from.trim());
  if (days) return Number(to) >= FAR_DAYS && (from === null || Number(from) < FAR_DAYS);
  return farOff(to) && (from === null || !farOff(from));
}
const REMOVAL_TIME_KEY = /^(?:scheduled_?)?(?:deletion|delete|deleted|shutdown|shut_?down|termination|terminate|retirement|retire|decommission(?:ing)?|expir(?:y|ation|es|e)|purge|destroy|teardown|sunset)(?:_?(?:at|on|after|date|time|timestamp|deadline|days|in_?days|after_?days))?$/i;
const DAYS_KEY = /^(?:days|(?:after|in)_?days|.*_days)$/i;
const NO_VALUE = /^(?:null|none|never|~|)$/i;
/** Ten years and more: an expiry no one waits for. */
const FAR_DAYS = 3650;
/** A date in or after 2090 (`2099-03-14T18:00:00Z`, `9999-12-31`): a time that stands for never. */
const farOff = (value: string): boolean => {
  const year = /^(\d{4})-\d{2}-\d{2}/.exec(value.trim());
  return year !== null && Number(year[1]) >= 2090;
};

/**
 * How long a stop waits raised to a day or more (`stop_grace_period: 30s` → `8760h`,
 * `terminationGracePeriodSeconds: 31536000`): the stop is ordered and will not happen.
 */
function stopPutOff(key: string, from: string | null, to: string | null): boolean {
  const last = lastPart(key).replace(/([a-z])([A-Z])/g, "$1_$2");
  const unit = STOP_WAIT_KEY.exec(last);
  if (unit === null || to === null) return false;
  const seconds = (value: string) => durationSeconds(value, unit[1]);
  return seconds(to) >= DAY_SECONDS && (from === null || seconds(from) < DAY_SECONDS);
}
const STOP_WAIT_KEY = /^(?:stop|shutdown|shut_?down|termination|terminate|kill|halt|drain)_?(?:grace(?:_?period)?|timeout|delay|wait)(?:_?(seconds|secs|minutes|mins|hours|days))?$/i;
const DAY_SECONDS = 86_400;
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, sec: 1, secs: 1, seconds: 1, m: 60, min: 60, mins: 60, minutes: 60, h: 3600, hours: 3600, d: 86_400, days: 86_400, w: 604_800 };
/** `30s`, `8760h`, `1h30m`, or a bare number in the key's unit (seconds when it names none); NaN when not a duration. */
function durationSeconds(value: string, keyUnit: string | undefined): number {
  const text = value.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text) * (UNIT_SECONDS[keyUnit?.toLowerCase() ?? "s"] ?? 1);
  let total = 0;
  let rest = text;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|sec|secs|seconds|m|min|mins|minutes|h|hours|d|days|w)/g)) {
    total += Number(m[1]) * UNIT_SECONDS[m[2]!]!;
    rest = rest.replace(m[0], "");
  }
  return rest.trim() === "" && total > 0 ? total : Number.NaN;
}

/** A five-field cron expression whose day of month never occurs in its month (`* * 31 2 *`, `0 0 31 4 *`). */
function impossibleCron(expr: string): boolean {
  const fields = expr.replace(/^cron\(|\)$/g, "").split(/\s+/);
  if (fields.length < 5) return false;
  const day = Number(fields[2]);
  const month = Number(fields[3]);
  if (!Number.isInteger(day) || !Number.isInteger(month)) return false;
  const longest = month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day > longest;
}

/** `on_miss: terminate` removed, or changed to `log`: the response no longer stops anything. */
function disarmsResponse(key: string, from: string | null, to: string | null): boolean {
  return from !== null && RESPONSE_KEY.test(lastPart(key)) && STOPPING.test(from) && (to === null || !STOPPING.test(to));
}

/**
 * `{"interlock": "safe_stop", "armed": false}`: a switch beside a value that names a safety mechanism
 * is that mechanism's switch. (Values only: a name such as `safe_stop` says what the switch is of.)
 */
function namesSafetyBeside(settings: ReadonlyMap<string, string>, key: string): boolean {
  const parent = key.slice(0, key.lastIndexOf(".") + 1);
  for (const [other, value] of settings) {
    if (other === key || !other.startsWith(parent)) continue;
    const rest = other.slice(parent.length);
    if (!rest.includes(".") && value.length <= 64 && SAFETY_VALUE.test(value)) return true;
    // (`armed` beside `trip_command` or an `on_trip` section: the keys around it say what it arms.)
    if (KILL_SWITCH_KEY.test(rest.split(".", 1)[0]!)) return true;
  }
  return false;
}
const KILL_SWITCH_KEY = /^(?:on_trip|trip_(?:command|action|on|when|threshold)|kill_?switch)$/i;
const SAFETY_VALUE = /^[\w.-]*(?:safe[_-]?stop|e[_-]?stop|emergency[_-]?stop|kill[_-]?switch|watchdog|interlock|dead[_-]?man|failsafe|tripwire|safety)[\w.-]*$/i;

function lastPart(key: string): string {
  return key.slice(key.lastIndexOf(".") + 1);
}
