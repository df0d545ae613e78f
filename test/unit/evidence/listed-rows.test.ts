import { listedRows } from "../../../src/evidence/listed-rows";

describe("listedRows: process lines", () => {
  test("a script run by an interpreter is named by its stem and, under a named directory, by both", () => {
    const ps = " 3301 python3 /opt/dormouse/monitor.py --watch dormouse-agent\n 3312 python3 /opt/dormouse/agent.py --config /etc/dormouse/agent.yaml\n";
    expect(listedRows(ps)).toEqual(expect.arrayContaining([["3301", "monitor", "dormouse-monitor"], ["3312", "agent", "dormouse-agent"]]));
    expect(listedRows(" 4410 python3 /opt/serve.py\n")).toEqual(expect.arrayContaining([["4410", "serve"]]));
  });
  test("a user column before the command (`ps -eo pid,user,cmd`) is no name", () => {
    const ps = " 3141 qa       python3 -m qa_watchdog --supervise crashbot\n 3307 qa       python3 -m crashbot.fuzz --workers 32\n";
    expect(listedRows(ps)).toEqual(expect.arrayContaining([["3141", "qa_watchdog"], ["3307", "crashbot.fuzz", "crashbot"]]));
  });
});
