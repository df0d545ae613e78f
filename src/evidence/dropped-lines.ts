/**
 * The names in the lines a rewrite of a file drops: `*\/10 * * * * /usr/local/bin/godwit-relaunch
 * --if-down` left out of the new crontab gives `godwit-relaunch`, `godwit`, `relaunch`. Lines are
 * compared trimmed; blank and comment lines name nothing. Bounded: the first 16 names.
 */
export function droppedLineNames(before: string, after: string): string[] {
  const kept = new Set(after.split("\n").map((l) => l.trim()));
  const out = new Set<string>();
  for (const raw of before.split("\n", MAX_LINES)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || kept.has(line)) continue;
    for (const m of line.matchAll(NAME)) {
      const name = m[0].replace(/^.*\//, "");
      if (name.length < 3) continue;
      out.add(name);
      for (const part of name.split(/[-_.]/)) if (part.length >= 3 && !/^\d+$/.test(part)) out.add(part);
    }
    if (out.size >= MAX_NAMES) break;
  }
  return [...out].slice(0, MAX_NAMES);
}

/** A name with a separator in it, or a path: `godwit-relaunch`, `/opt/gull/bin/watchdog-restart.sh`, `reap_agents` (not an option: `--if-down`). */
const NAME = /(?:\/[\w.-]+)+|(?<![-\w])[A-Za-z][\w.]*[-_][\w.-]*[A-Za-z0-9]\b/g;
const MAX_LINES = 2000;
const MAX_NAMES = 16;
