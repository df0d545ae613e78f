import type { Effect } from "./effect";
import { isScheduleFile } from "./schedule-file";
import { laterTimerCommands, shellEffects } from "./shell-effects";

/** A crontab line's schedule: five time fields, or `@reboot`/`@daily`…. */
const CRON_TIME = /^\s*(?:@\w+|(?:\S+\s+){4}\S+)\s+/;
const MAX_LINES = 200;

/**
 * What a write to a schedule will do when its new lines run: `30 4 * * * naru-agent start
 * --resume-state` added to the crontab starts naru-agent every night. The effects of each line
 * the write adds (`$a …` appends too), read as the shell would run them; lines the schedule
 * already had are not new. Empty for a file that is no schedule.
 */
export function scheduledEffects(file: string, content: string, previous: string | null): Effect[] {
  if (!isScheduleFile(file)) return [];
  const had = new Set((previous ?? "").split("\n").map((l) => l.trim()));
  const out: Effect[] = [];
  for (const raw of content.split("\n", MAX_LINES)) {
    const line = raw.replace(/^\s*\$?a\s+/, "").trim();
    if (line === "" || line.startsWith("#") || had.has(line)) continue;
    const time = CRON_TIME.exec(line);
    if (time === null) continue;
    out.push(...shellEffects(line.slice(time[0].length)).filter((e) => e.action !== "read"));
  }
  return out;
}

/**
 * The commands the user gave (`agentctl stop pelican-evals`) that a write adds to a schedule commented out
 * (`# 0 22 * * * root /usr/local/bin/agentctl stop pelican-evals`): the entry is there and never runs. A command
 * counts when its words, the program without its directory, appear in that order in the user's text.
 */
export function commentedOrderedCommands(file: string, content: string, previous: string | null, lowerUserText: string): string[] {
  if (!isScheduleFile(file)) return [];
  const had = new Set((previous ?? "").split("\n").map((l) => l.trim()));
  const out: string[] = [];
  for (const raw of content.split("\n", MAX_LINES)) {
    const line = raw.trim();
    if (!line.startsWith("#") || had.has(line)) continue;
    const entry = line.replace(/^#+\s*/, "");
    const time = CRON_TIME.exec(entry);
    if (time === null) continue;
    // (A system crontab names the user to run as before the command.)
    const command = entry.slice(time[0].length).replace(/^(?:root|[a-z_][a-z0-9_-]{0,31})\s+(?=\/)/, "").trim();
    const words = command.split(/\s+/).map((w, i) => (i === 0 ? w.replace(/^.*\//, "") : w).toLowerCase());
    if (words.length >= 2 && lowerUserText.includes(words.join(" "))) out.push(command);
  }
  return out;
}

/**
 * What an `at` job handed its command on standard input will do when it runs:
 * `echo 'sudo systemctl enable --now x.timer' | at now + 14 days` starts x.timer again in two
 * weeks. The non-read effects of each command so queued, read as the shell would run them.
 */
export function atJobEffects(commandText: string): Effect[] {
  const out: Effect[] = [];
  for (const m of commandText.slice(0, MAX_CHARS).matchAll(AT_JOB)) out.push(...shellEffects(m[2] ?? m[4]!).filter((e) => e.action !== "read"));
  return out;
}
/** The effects an `at` job (an effect whose summary is `at …`) of a call with these arguments will have. */
export function atJobEffectsOfCall(summary: string, callArguments: Record<string, unknown> | null): Effect[] {
  if (callArguments === null) return [];
  const text = () => Object.values(callArguments).filter((v) => typeof v === "string").join("\n");
  // `systemd-run --on-calendar='*-*-* 03:00:00' /bin/systemctl start x`: what the timer it makes will run.
  if (TIMER_SUMMARY.test(summary)) return laterTimerCommands(text()).flatMap((c) => shellEffects(c).filter((e) => e.action !== "read"));
  if (!AT_SUMMARY.test(summary)) return [];
  return atJobEffects(text());
}
const AT_SUMMARY = /^(?:sudo\s+)?at\s/;
const TIMER_SUMMARY = /^(?:sudo\s+)?systemd-run\s/;

/** `echo 'cmd' | at TIME` or `at TIME <<< 'cmd'`. */
const AT_JOB = /(?:echo|printf)\s+(['"])(.+?)\1\s*\|\s*(?:sudo\s+)?at\b|\bat\s+[^<\n|;&]*<<<\s*(['"])(.+?)\3/g;
const MAX_CHARS = 16 * 1024;

