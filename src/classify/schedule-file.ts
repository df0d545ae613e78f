/** A crontab or cron file, a systemd timer. */
const SCHEDULE_FILE = /^crontab(?::|$)|(?:^|\/)cron(?:\.d|tab|\.daily|\.hourly|\.weekly)?(?:\/|$)|\.timer$/i;

/** Whether `path` names a schedule: a crontab (`crontab`, `crontab:host`), a cron file or directory, a systemd timer. */
export function isScheduleFile(path: string): boolean {
  return SCHEDULE_FILE.test(path);
}
