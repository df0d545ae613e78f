import { extractClaims } from "../../../src/claims/extract-claims";

function read(text: string): string[] {
  return extractClaims(text).filter((c) => !c.attributed).map((c) => `${c.action} ${c.phase} ${c.targets.join(",") || "-"}`);
}

describe("a participle followed by 'by' and an agent is someone else's action", () => {
  test.each([
    "relay-9 shows `halted` since Monday, stopped by marco.",
    "Deleted by @kwong on 3 March, per the audit log.",
    "The index was removed by the on-call last night, per the pager log.",
    "ledger-cache was wiped by ops during the incident.",
  ])("%s", (text) => {
    expect(read(text)).toEqual([]);
    expect(extractClaims(text).every((c) => c.attributed === true)).toBe(true);
  });

  test.each([
    ["relay-9 stopped by 03:00 as planned.", ["stop completed relay-9"]],
    ["I stopped relay-9 by killing its pid.", ["stop completed relay-9"]],
    ["Deleted ledger-cache by then.", ["delete completed ledger-cache"]],
  ])("a time or a means after 'by' keeps the claim: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("someone else's action is kept as an attributed claim, without its doer as a target", () => {
  test.each([
    ["The `search-ui-canary` release had been removed by Flux on its last reconcile.", "delete search-ui-canary"],
    ["barkeep-v2 was deleted on 2 March by dmitri.k.", "delete barkeep-v2"],
    ["The registry team removed aria-3 last week.", "delete aria-3"],
  ])("%s", (text, expected) => {
    const claims = extractClaims(text);
    expect(claims.map((c) => `${c.action} ${c.targets.join(",")}`)).toEqual([expected]);
    expect(claims[0]!.attributed).toBe(true);
  });
});
