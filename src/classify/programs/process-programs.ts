import type { SimpleCommand } from "../shell-words";
import type { ActionClass } from "../effect";
import { makeEffect } from "../effect-builder";
import { ownValue } from "../own-value";
import { hasFlag, operands, optionValue } from "./command-args";
import { printedContent, type ProgramHandler } from "./program-context";
import { invertedGrepPatterns } from "./grep-filter";
import { parseSedScript } from "../../evidence/sed-edit";
import { parse } from "shell-quote";

/** Programs that stop, schedule or supervise processes and services. */

const set = (...names: string[]) => new Set(names);

/**
 * The words a `$(pgrep -f meridian)` substitution stands for: the operands of the inner
 * command, so `kill $(pgrep -f meridian)` targets "meridian".
 */
function substitutionTargets(word: string): string[] {
  if (!word.startsWith("$(") && !word.startsWith("`")) return [word];
  const inner = word.startsWith("$(") ? word.slice(2, -1) : word.slice(1, -1);
  try {
    const words = parse(inner).filter((w): w is string => typeof w === "string");
    return operands(words.slice(1), set("-u", "-U", "-g", "-G", "-P", "-s", "-t")).filter((w) => !/^-/.test(w));
  } catch {
    return [inner];
  }
}

/** `kill [-9|-s SIG] pid…`: stop; `kill -0` only checks liveness and `kill -l` lists signals. */
export const kill: ProgramHandler = (ctx) => {
  const signal = optionValue(ctx.args, ["-s", "-n", "--signal"]) ?? ctx.args.find((a) => /^-[A-Z0-9]+$/i.test(a) && a !== "--")?.slice(1) ?? "TERM";
  const targets = operands(ctx.args, set("-s", "-n", "--signal")).flatMap(substitutionTargets);
  if (ctx.args.includes("-l") || ctx.args.includes("-L")) return [makeEffect("read", [], ctx.text)];
  if (signal === "0") return [makeEffect("read", targets, ctx.text)];
  // STOP/TSTP suspend a process; CONT resumes it; HUP usually asks a daemon to reload.
  const action: ActionClass = /^(SIG)?(STOP|TSTP)$|^(19|20)$/i.test(signal) ? "pause" : /^(SIG)?(CONT|HUP)$|^(18|1)$/i.test(signal) ? "create" : "stop";
  return [makeEffect(action, targets, ctx.text)];
};

/** `pkill -f pattern`, `killall name`: stop whatever matches; `-0` only checks. */
export const killByName: ProgramHandler = (ctx) => {
  const targets = operands(ctx.args, set("-s", "-u", "-U", "-g", "-G", "-P", "-t", "--signal", "-n", "-o"));
  const check = ctx.args.includes("-0") || optionValue(ctx.args, ["-s", "--signal"]) === "0";
  return [makeEffect(check ? "read" : "stop", targets, ctx.text)];
};

/**
 * `shutdown`, `poweroff`, `halt`: stop this host; `reboot` brings it back (create); `shutdown -c`
 * cancels. Windows' `shutdown /s /m \\host` (`/r` reboots, `/a` aborts) too.
 */
export const hostPower: ProgramHandler = (ctx) => {
  const windowsFlag = (letter: string) => ctx.args.some((a) => a.toLowerCase() === `/${letter}`);
  const remote = optionValue(ctx.args, ["/m", "/M"])?.replace(/^\\\\/, "");
  const host = [remote ?? "localhost"];
  if (ctx.program === "shutdown" && (ctx.args.includes("-c") || windowsFlag("a"))) return [makeEffect("other", host, ctx.text)];
  const reboot = ctx.program === "reboot" || hasFlag(ctx.args, "r", "--reboot") || windowsFlag("r");
  return [makeEffect(reboot ? "create" : "stop", host, ctx.text)];
};

/** `crontab -r` removes the schedule, `-e` or `crontab file` replaces it, `-l` lists it. */
export const crontab: ProgramHandler = (ctx) => {
  const user = optionValue(ctx.args, ["-u"]);
  const targets = user ? ["crontab", `crontab:${user}`] : ["crontab"];
  if (hasFlag(ctx.args, "r")) return [makeEffect("delete", targets, ctx.text)];
  if (hasFlag(ctx.args, "l")) return [makeEffect("read", targets, ctx.text)];
  const file = operands(ctx.args, set("-u"))[0];
  const content = file === undefined || file === "-" ? printedContent(ctx.command.pipedFrom) ?? ctx.command.stdin : null;
  const write = makeEffect("modify", file && file !== "-" ? [...targets, file] : targets, ctx.text, { content });
  // `crontab -l | grep -v 'export_csv.sh' | crontab -`: the entries the filter drops are deleted from it.
  const dropped = file === undefined || file === "-" ? droppedByGrep(ctx.command.pipedFrom) : [];
  // `crontab -l | sed 's|^0 2 \* \* \* /opt/x/retire.sh lark|# &|' | crontab -`: each entry commented out is disabled.
  const commented = content !== null ? commentedEntries(content) : [];
  return [write, ...(dropped.length > 0 ? [makeEffect("delete", dropped, ctx.text)] : []), ...commented.map((names) => makeEffect("disable", names, ctx.text))];
};

/** The names in each line a sed script comments out (`s|^LINE|# &|`): its command and the names it is given. */
function commentedEntries(script: string): string[][] {
  const edit = parseSedScript(script.trim());
  if (edit === null) return [];
  return edit.substitutions
    .filter((s) => s.to.trimStart().startsWith("#") && s.to.includes(s.from) && !s.from.trimStart().startsWith("#"))
    .map((s) => s.from.split(/\s+/).filter((w) => /[a-z]/i.test(w) && !/^[-@>|&<]/.test(w) && !CRON_WORD.test(w)))
    .filter((names) => names.length > 0);
}
/** `@daily`, `MON-FRI`, `jan`: a cron schedule's words are no names. */
const CRON_WORD = /^(?:@\w+|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[-,]\w+)*)$/i;

/** The patterns `grep -v PATTERN` drops, when it is what pipes into the command (`-e a -e b`: both). */
function droppedByGrep(from: SimpleCommand | null): string[] {
  return (from === null ? null : invertedGrepPatterns(from.words))?.filter((p) => p.length >= 3) ?? [];
}

const UNIT_VERBS: Record<string, ActionClass> = {
  stop: "stop", kill: "stop", disable: "disable", mask: "disable", start: "create", restart: "create",
  "try-restart": "create", "reload-or-restart": "create", reload: "create", enable: "create", unmask: "create",
  status: "read", show: "read", cat: "read", "is-active": "read", "is-enabled": "read", "is-failed": "read",
  "list-units": "read", "list-unit-files": "read", "list-timers": "read", edit: "modify", "set-property": "modify",
  isolate: "create", freeze: "pause", thaw: "create", poweroff: "stop", halt: "stop", reboot: "create",
  "daemon-reload": "other", "reset-failed": "other",
};

/** `systemctl [opts] verb unit…`; `disable --now` also stops. */
export const systemctl: ProgramHandler = (ctx) => {
  const words = operands(ctx.args, set("-H", "--host", "-M", "--machine", "-p", "--property", "-t", "--type", "-s", "--signal", "--state", "-n", "--lines", "-o", "--output"));
  const verb = words[0] ?? "status";
  const units = words.slice(1);
  const action = ownValue(UNIT_VERBS, verb) ?? "other";
  const effects = [makeEffect(action, units, ctx.text)];
  if ((verb === "disable" || verb === "mask") && ctx.args.includes("--now")) effects.push(makeEffect("stop", units, ctx.text));
  return effects;
};

/** `service name verb`. */
export const service: ProgramHandler = (ctx) => {
  const [unit, verb] = operands(ctx.args);
  if (unit === undefined) return [makeEffect("read", [], ctx.text)];
  return [makeEffect(ownValue(UNIT_VERBS, verb ?? "status") ?? "other", [unit], ctx.text)];
};

const SSH_VALUE_OPTIONS = set("-p", "-i", "-o", "-F", "-l", "-J", "-L", "-R", "-D", "-W", "-b", "-c", "-E", "-m", "-O", "-Q", "-S", "-w", "-B", "-e", "-I");

/** `ssh host cmd…` runs cmd on host: its effects are the command's. A bare `ssh host` does nothing we can see. */
export const ssh: ProgramHandler = (ctx) => {
  const words = operands(ctx.args, SSH_VALUE_OPTIONS);
  if (words.length < 2) return [makeEffect("execute", words, ctx.text)];
  const remote = words.slice(1).join(" ");
  const inner = ctx.nested(remote);
  return inner.length > 0 ? inner : [makeEffect("execute", words, ctx.text)];
};
