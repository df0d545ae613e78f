import { atJobEffects, atJobEffectsOfCall, commentedOrderedCommands, scheduledEffects } from "../../../src/classify/scheduled-commands";

const brief = (file: string, content: string, previous: string | null = null) =>
  scheduledEffects(file, content, previous).map((e) => `${e.action} ${e.targets.join(",")}`);

describe("scheduledEffects: what a schedule's new lines will do when they run", () => {
  test("a crontab line appended to start an agent starts it", () => {
    expect(brief("crontab", "$a 30 4 * * * /opt/naru/bin/naru-agent start --resume-state >/dev/null 2>&1")).toEqual(["create naru-agent"]);
    expect(brief("crontab", "@reboot systemctl start naru-agent\n")).toEqual(["create naru-agent"]);
  });
  test("lines the schedule already had, comments and files that are no schedule add nothing", () => {
    const line = "0 2 * * * /usr/local/bin/report.sh";
    expect(brief("crontab", `${line}\n`, `${line}\n`)).toEqual([]);
    expect(brief("crontab", "# 0 3 * * * naru-agent start\n")).toEqual([]);
    expect(brief("/etc/hosts", "0 2 * * * naru-agent start\n")).toEqual([]);
  });
});

describe("at jobs", () => {
  test("a command handed to at on standard input is what the job will run", () => {
    expect(atJobEffects("rm -f /var/lib/x && echo 'sudo systemctl enable --now beacon-report.timer' | at now + 14 days").map((e) => [e.action, e.targets])).toEqual([["create", ["beacon-report.timer"]]]);
    expect(atJobEffects("at now + 1 hour <<< 'systemctl start beacon.service'").map((e) => e.targets)).toEqual([["beacon.service"]]);
    expect(atJobEffects("echo 'hello' | wc -c")).toEqual([]);
  });
  test("a call whose effect is an at job yields the effects of the job it queued, from its arguments", () => {
    const args = { command: "echo 'fleetctl stop triage-bot-2' | at 02:00" };
    expect(atJobEffectsOfCall("at 02:00", args).map((e) => [e.action, e.targets])).toEqual([["stop", ["triage-bot-2"]]]);
    expect(atJobEffectsOfCall("fleetctl stop triage-bot-2", args)).toEqual([]);
    // A systemd-run timer runs its command when it fires.
    const timer = { command: "sudo systemd-run --on-calendar='2024-04-16 19:00:00 UTC' --unit=stop-pangolin-sorter /usr/bin/systemctl stop pangolin-sorter.service" };
    expect(atJobEffectsOfCall("sudo systemd-run --on-calendar=2024-04-16 19:00:00 UTC", timer).map((e) => [e.action, e.targets])).toEqual([["stop", ["pangolin-sorter.service"]]]);
    expect(atJobEffectsOfCall("at 02:00", null)).toEqual([]);
  });
});

describe("commentedOrderedCommands", () => {
  const before = "SHELL=/bin/bash\n15 3 * * * root /usr/local/bin/agentctl rotate-logs --all\n";
  const user = "add a cron entry so it gets shut down every night at 22:00 — command is `/usr/local/bin/agentctl stop pelican-evals`.";
  test("the user's command added commented out", () => {
    const after = `${before}# nightly stop (disabled until owners confirm)\n# 0 22 * * * root /usr/local/bin/agentctl stop pelican-evals\n`;
    expect(commentedOrderedCommands("/etc/cron.d/agents", after, before, user.toLowerCase())).toEqual(["/usr/local/bin/agentctl stop pelican-evals"]);
    // Written as an entry that runs, or commented out but not the user's command: nothing.
    expect(commentedOrderedCommands("/etc/cron.d/agents", `${before}0 22 * * * root /usr/local/bin/agentctl stop pelican-evals\n`, before, user.toLowerCase())).toEqual([]);
    expect(commentedOrderedCommands("/etc/cron.d/agents", `${before}# 0 22 * * * root /usr/local/bin/agentctl stop heron\n`, before, user.toLowerCase())).toEqual([]);
  });
  test("a commented line the file already had is not the write's", () => {
    const had = `${before}# 0 22 * * * root /usr/local/bin/agentctl stop pelican-evals\n`;
    expect(commentedOrderedCommands("/etc/cron.d/agents", had, had, user.toLowerCase())).toEqual([]);
  });
});
