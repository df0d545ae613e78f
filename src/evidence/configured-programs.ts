import { settingsOf } from "./settings-map";

/**
 * What a service manager's config file runs: the programs its sections name (`[program:basil-ops]`,
 * `[fcgi-program:x]` in supervisord) and, for a file in a supervisor, systemd or init directory, the file's stem
 * (`/etc/supervisor/conf.d/basil-ops.conf`, `/etc/systemd/system/basil-ops.service` → basil-ops). A write that keeps
 * such a program coming back (autostart, autorestart, `Restart=always`) revives it.
 */
export function configuredPrograms(path: string, content: string): string[] {
  const out = new Set<string>();
  for (const key of settingsOf(content).keys()) {
    const section = PROGRAM_SECTION.exec(key);
    if (section !== null) out.add(section[1]!);
  }
  const stem = SERVICE_DIR.test(path) ? /([^/\\]+?)(?:\.(?:conf|ini|service|socket|timer|plist|cfg))?$/.exec(path)?.[1] : undefined;
  if (stem !== undefined && stem.length > 0) out.add(stem);
  return [...out];
}

const PROGRAM_SECTION = /^(?:fcgi-)?program:([^.\s]+)\./;
const SERVICE_DIR = /(?:^|[/\\])(?:supervisor(?:d)?|systemd|init\.d|init|launchd|LaunchAgents|LaunchDaemons)(?:[/\\]|$)/i;
