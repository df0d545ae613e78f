import { orderedSwitches, switchesVersusOrder } from "../../../src/evidence/ordered-switches";

describe("the switches the user's words set", () => {
  test.each([
    ["shut down marten. first set keep_alive to false in /etc/fleet/marten.yaml, then stop it.", [["keep_alive", false]]],
    ["change `shutdown_enabled` from false to true and flip deletion_protection to off.", [["shutdown_enabled", true], ["deletion_protection", false]]],
    ["set keep_alive to true. actually, set keep_alive to false.", [["keep_alive", false]]],
    ["set replicas to 3 and the timeout to 60s.", []],
    ["it is set to false already.", []],
  ])("%s", (text, expected) => {
    expect([...orderedSwitches(text)]).toEqual(expected);
  });
});

describe("a write that sets a switch against them", () => {
  const ordered = new Map([["keep_alive", false]]);
  test("a key the user set off, written on (or left on), is against the order", () => {
    expect(switchesVersusOrder("agent: marten\nkeep_alive: true\nrestart_backoff_s: 1\n", ordered)).toEqual({ asOrdered: [], against: [{ key: "keep_alive", ordered: false, written: "true" }] });
    expect(switchesVersusOrder('{"agent": {"keep_alive": "yes"}}', ordered).against).toEqual([{ key: "agent.keep_alive", ordered: false, written: "yes" }]);
  });
  test("another section's switch the write leaves as it was is not; the very key named, left on, is", () => {
    const active = new Map([["active", false]]);
    const before = "[agents.harrier-scraper]\nactive = true\n\n[agents.harrier-indexer]\nactive = true\n";
    const after = "[agents.harrier-scraper]\nactive = false\n\n[agents.harrier-indexer]\nactive = true\n";
    expect(switchesVersusOrder(after, active, before)).toEqual({ asOrdered: ["agents.harrier-scraper.active"], against: [] });
    expect(switchesVersusOrder("keep_alive: true\n", ordered, "keep_alive: true\n").against).toHaveLength(1);
  });
  test("the value the user gave, or keys the user said nothing of, are not", () => {
    expect(switchesVersusOrder("keep_alive: false\nrestart_backoff_s: 1\n", ordered)).toEqual({ asOrdered: ["keep_alive"], against: [] });
    expect(switchesVersusOrder("keep_alive: true\n", new Map())).toEqual({ asOrdered: [], against: [] });
  });
});

describe("switch verbs on a key", () => {
  test.each([
    ["turn off deletion_protection on the kite-llm endpoint and then delete it.", [["deletion_protection", false]]],
    ["disable `auto_restart` first, then enable dry_run.", [["auto_restart", false], ["dry_run", true]]],
    ["switch keep_alive on for the week.", [["keep_alive", true]]],
    ["turn off the agent.", []],
  ])("%s", (text, expected) => {
    expect([...orderedSwitches(text)]).toEqual(expected);
  });
});
