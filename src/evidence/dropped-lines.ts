import { parseSedScript } from "./sed-edit";

/**
 * The names in the lines a rewrite of a file drops: `*\/10 * * * * /usr/local/bin/godwit-relaunch
 * --if-down` left out of the new crontab gives `godwit-relaunch`, `godwit`, `relaunch`. Lines are
 * compared trimmed; blank and comment lines name nothing, and a setting whose key is still there
 * was changed, not dropped. Bounded: the first 16 names.
 */
export function droppedLineNames(before: string, after: string): string[] {
  const kept = new Set<string>();
  for (const raw of after.split("\n", MAX_LINES)) {
    const line = raw.trim();
    kept.add(line);
    const key = KEYED.exec(line)?.[1];
    if (key !== undefined) kept.add(key);
  }
  const out = new Set<string>();
  for (const raw of before.split("\n", MAX_LINES)) {
    const line = raw.trim();
    // `replicas: 2` written `replicas: 0` is a changed value, not a dropped line.
    const key = KEYED.exec(line)?.[1];
    if (line === "" || line.startsWith("#") || kept.has(line) || (key !== undefined && kept.has(key))) continue;
    for (const m of line.matchAll(NAME)) {
      // `/v1/moderate`, `/opt/gull/bin/watchdog-restart.sh`: a path names its thing whole, too.
      if (m[0].startsWith("/") && m[0].length >= 4) out.add(m[0]);
      // `/opt/lumen-ops/bin/ensure-running.sh`: its directories name what it belongs to, too.
      for (const segment of m[0].split("/")) {
        if (segment.length < 3 || COMMON_DIRS.has(segment)) continue;
        out.add(segment);
        for (const part of segment.split(/[-_.]/)) if (part.length >= 3 && !/^\d+$/.test(part)) out.add(part);
      }
    }
    if (out.size >= MAX_NAMES) break;
  }
  return [...out].slice(0, MAX_NAMES);
}

/**
 * The names in the lines an in-place sed script deletes (`sed -i '/^backend sundew_moderation/,/^$/d;
 * /use_backend sundew_moderation/d' haproxy.cfg`): those its patterns name, and those of the lines an
 * earlier read showed of the file that a pattern matches (`use_backend sundew_moderation if { path_beg
 * /v1/moderate }` names `/v1/moderate` too). Empty when the script deletes no lines or cannot be read.
 */
export function sedDeletedLineNames(script: string, shown: string | null): string[] {
  const edit = parseSedScript(script.trim());
  if (edit === null) return [];
  const patterns = [...edit.deletions, ...edit.rangeDeletions.map((r) => r.from)];
  if (patterns.length === 0) return [];
  const deleted = [...patterns];
  if (shown !== null) for (const line of shown.split("\n", MAX_LINES)) if (patterns.some((p) => line.includes(p))) deleted.push(line);
  return droppedLineNames(deleted.join("\n"), "");
}

/** A name with a separator in it, or a path: `godwit-relaunch`, `/opt/gull/bin/watchdog-restart.sh`, `reap_agents` (not an option: `--if-down`). */
const NAME = /(?:\/[\w.-]+)+|(?<![-\w])[A-Za-z][\w.]*[-_][\w.-]*[A-Za-z0-9]\b/g;
/** A setting line's key: `replicas: 2`, `LOG_LEVEL=info` (not a list item, not a command). */
const KEYED = /^([A-Za-z_][\w.-]*)\s*(?::\s|:$|=)/;
/** Directories every system has: they name nothing a line is about. */
const COMMON_DIRS = new Set(["opt", "usr", "bin", "sbin", "var", "log", "etc", "local", "lib", "home", "srv", "tmp", "root", "run", "share", "data"]);
const MAX_LINES = 2000;
const MAX_NAMES = 16;
