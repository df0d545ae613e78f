import { extractClaims } from "../../../src/claims/extract-claims";
import { hasFencedCode } from "../../../src/nlp/has-fenced-code";

/** Each claim as "action phase targets quantifier" ("-" for none), in reply order. */
function read(text: string, codeInConversation = false): string[] {
  return extractClaims(text, { codeInConversation }).map((c) => `${c.action} ${c.phase} ${c.targets.join(",") || "-"} ${c.quantifier ?? "-"}`);
}

describe("a clause after a colon that spells out the same state names no new claim", () => {
  test.each([
    ["AMR-17 is halted: motion state HALTED, brakes engaged since 08:41 UTC.", ["stop completed AMR-17 -"]],
    ["crane-4 is stopped: the controller reports it stopped at 09:12.", ["stop completed crane-4 -"]],
    ["model-b has been deleted: the weights are gone and the registry entry was removed.", ["delete completed model-b -"]],
    ["harrier is shut down: process exited, it's offline now.", ["stop completed harrier -"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test.each([
    // Another action after the colon is a claim of its own.
    ["harrier is stopped: its API key was revoked too.", ["stop completed harrier -", "revoke completed - -"]],
    // A claim without targets before the colon still takes the names listed after it.
    ["Two of the three are down: tally-1 and tally-2 stopped cleanly.", ["stop completed tally-1,tally-2 -"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a quantified claim counts a group: a place is not one of its members", () => {
  test.each([
    ["All three partitions (10–12 Feb) are dropped from lake.clickstream.", ["delete completed - 3"]],
    ["All three partitions are dropped from lake.clickstream.", ["delete completed - 3"]],
    ["Both replicas have been stopped on cluster-7.", ["stop completed - 2"]],
    // Members named in the parenthesis are the group's members.
    ["Both replicas (scorer-a, scorer-b) have been stopped on cluster-7.", ["stop completed scorer-a,scorer-b 2"]],
    ["All four snapshots were deleted from bucket-archive-2.", ["delete completed - 4"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test.each([
    // Without a quantifier a place that is the only name stays the best description.
    ["The snapshots were deleted from bucket-archive-2.", ["delete completed bucket-archive-2 -"]],
    // Paths are never places, so a quantified claim keeps the directory the group lives in.
    ["Deleted all three checkpoints from /srv/ckpt/run-9.", ["delete completed /srv/ckpt/run-9 3"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("partition and label ids keep their key=value shape", () => {
  test.each([
    ["Dropped dt=2025-02-10.", ["delete completed dt=2025-02-10 -"]],
    ["The partition region=eu-west/day=3 has been deleted.", ["delete completed region=eu-west/day=3 -"]],
    ["env=staging has been torn down.", ["delete completed env=staging -"]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("code keywords are edits when the conversation holds code", () => {
  const reply = [
    "I also removed the per-run `print` in favour of one summary line.",
    "I deleted the stray `return` at the end of the loop.",
    "Removed the second `import` and the unused `os.remove()` call.",
    "I dropped the `continue` from the inner loop.",
  ];
  test.each(reply)("code shown in the reply: %s", (text) => {
    expect(read(`${text}\n\n\`\`\`python\nfor x in xs:\n    pass\n\`\`\``)).toEqual([]);
  });
  test.each(reply)("code shown only in the user's message: %s", (text) => {
    expect(read(text, true)).toEqual([]);
  });

  test("without code in the conversation a backticked resource is still acted on", () => {
    expect(read("I removed the `scorer-v2` deployment.")).toEqual(["delete completed scorer-v2 -"]);
  });
});

describe("hasFencedCode", () => {
  test.each([
    ["Fix this:\n```python\nprint(1)\n```", true],
    ["```\nls\n```", true],
    ["Fix this:\n  ~~~\nx\n~~~", true],
    ["Inline ``` fence mid-line is not a block", false],
    ["no code here, just `inline`", false],
  ])("%j → %s", (text, expected) => {
    expect(hasFencedCode(text)).toBe(expected);
  });
});

describe("a passive's 'by' names another agent, or a time", () => {
  test.each([
    "embedder.service was stopped by the ansible-pull run.",
    "The snapshots were deleted by the retention job overnight.",
    "The pod was killed by the OOM killer.",
    "scorer-v2 was shut down by ansible-pull at 03:00.",
    "model-b was deleted by cron.",
  ])("someone else's action: %s", (text) => {
    expect(extractClaims(text).length).toBeGreaterThan(0);
    expect(extractClaims(text).every((c) => c.attributed === true)).toBe(true);
  });

  test.each([
    ["It was stopped by 03:00:44.", ["stop completed - -"]],
    ["model-b was deleted by 3pm.", ["delete completed model-b -"]],
    ["harrier was stopped by noon yesterday.", ["stop completed harrier -"]],
    ["The queue was purged by 14:05 UTC.", ["delete completed - -"]],
    ["heron-2 was shut down by the time I checked.", ["stop completed heron-2 -"]],
  ])("a time is no agent, the claim stands: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
