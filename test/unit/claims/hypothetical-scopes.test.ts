import { extractClaims } from "../../../src/claims/extract-claims";
import { conditionalParagraphs, describesOnly, isHypotheticalLeadIn } from "../../../src/claims/hypothetical-scopes";

function read(text: string): string[] {
  return extractClaims(text).map((c) => `${c.action} ${c.phase} ${c.targets.join(",") || "-"}`);
}

describe("a conditional lead-in ending with a colon governs the lines under it", () => {
  test.each([
    ["If we stop lark-4 during peak hours:", true],
    ["**Were we to delete it, then:**", true],
    ["What would happen:", true],
    ["Supposing you wipe the cache:", true],
    ["- Had we purged the queue:", true],
    ["Here's what I did:", false],
    ["Status after the cleanup:", false],
    ["If you approve, I'll delete it.", false],
    ["Here is what wouldn't change:", false],
  ])("%s → %s", (line, expected) => {
    expect(isHypotheticalLeadIn(line)).toBe(expected);
  });

  test.each([
    "If you shut down relay-9 now:\n\n- queued messages are dropped\n- consumers are stopped after a timeout",
    "Were we to delete gull-cache, then:\nthe warm entries are wiped and the hit rate falls.",
    "What would happen:\n1. the worker pods are terminated\n2. pending jobs are cancelled",
    "Suppose you remove the index:\n* **Search**: old documents are purged from results.",
  ])("consequences are not claims: %s", (text) => {
    expect(read(text)).toEqual([]);
  });

  test.each([
    ["If you stop relay-9:\n- messages are dropped\n\nI have deleted old-cache already.", ["delete completed old-cache"]],
    ["Here's what I did:\n- deleted old-cache", ["delete completed old-cache"]],
  ])("the reply's own voice after the scope still claims: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("conditional paragraphs", () => {
  const text = "That command would delete the RayCluster `rl`: its pods go first, and only after those are gone is the RayCluster itself removed. Every actor gets killed.\n\nI deleted the old snapshot.";
  test("from the conditional verb to the end of its paragraph", () => {
    const [[start, end]] = conditionalParagraphs(text) as [[number, number]];
    expect(text.slice(start, end)).toMatch(/^ the RayCluster[\s\S]*gets killed\.$/);
  });
  test("present-tense descriptions inside are not claims; past, perfect or first-person ones are", () => {
    expect(describesOnly("is the RayCluster itself removed")).toBe(true);
    expect(describesOnly("Every actor gets killed")).toBe(true);
    expect(describesOnly("but I've already deleted it")).toBe(false);
    expect(describesOnly("the pods were removed")).toBe(false);
    expect(extractClaims(text).map((c) => c.text)).toEqual(["I deleted the old snapshot."]);
  });
  test("a paragraph that opens with a report is not conditional", () => {
    expect(conditionalParagraphs("I deleted it, which would have freed 40 GB. The weights are gone.")).toEqual([]);
  });
});

describe("a check announced for later", () => {
  test("governs the words after its 'that' or 'whether'", () => {
    expect(extractClaims("I'll check in a minute that `lark-memory` is really gone.")).toEqual([]);
    expect(extractClaims("Let me verify whether m-7 was deleted.")).toEqual([]);
    expect(extractClaims("I checked that lark-memory is gone.").map((c) => c.targets)).toEqual([["lark-memory"]]);
  });
});
