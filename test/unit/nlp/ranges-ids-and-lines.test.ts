import { isIdentifierShaped, isMachineSize } from "../../../src/nlp/identifier-shape";
import { countedIn } from "../../../src/nlp/count-words";
import { maskSpans } from "../../../src/nlp/mask-spans";
import { QuotedLines } from "../../../src/nlp/quoted-lines";
import { newClauseAfterComma, splitClauses } from "../../../src/nlp/split-clauses";
import { tagSegment, type Token } from "../../../src/nlp/tag-segment";
import { readSubject } from "../../../src/nlp/verb-group";

function tokensOf(text: string): Token[] {
  return tagSegment(maskSpans(text), 0, text.length).flatMap((s) => s.tokens);
}

function clauses(text: string): string[] {
  const tokens = tokensOf(text);
  return splitClauses(tokens).map((c) => text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end));
}

describe("key=value identifiers", () => {
  test.each([
    ["Dropped dt=2025-02-10 and dt=2025-02-11.", ["dt=2025-02-10", "dt=2025-02-11"]],
    ["the partition region=eu-west/day=3 is gone", ["region=eu-west/day=3"]],
    ["pods labelled app=scorer-v2 were deleted", ["app=scorer-v2"]],
    ["set env=staging.", ["env=staging"]],
  ])("%s", (text, ids) => {
    expect(maskSpans(text).spans.map((s) => s.value)).toEqual(ids);
  });

  test.each([
    ["scaled with replicas=0 just now", []],
    ["trained with lr=0.5 and batch=64", []],
    ["use max_steps=5000 here", ["max_steps"]],
    ["x = 5 is an assignment", []],
    ["a stray =model-b sign", ["model-b"]],
  ])("a value that is a number or quantity is not part of the name: %s", (text, ids) => {
    expect(maskSpans(text).spans.map((s) => s.value)).toEqual(ids);
  });
});

describe("clause splitting", () => {
  test.each([
    ["All three partitions (10–12 Feb) are dropped from lake.clickstream.", 1],
    ["Runs 3–5 were deleted yesterday.", 1],
    ["model-b is gone — the weights were purged.", 2],
    ["I stopped harrier, maintenance is on the way.", 2],
    ["I deleted model-b, the weights are gone.", 2],
    ["I deleted model-a, model-b and model-c.", 1],
    ["If you approve, the weights are deleted tonight.", 1],
    ["Three things: 1) cancel the jobs on g-13b, 2) delete g-13b, 3) shut down eval-agent.", 4],
    ["Two steps: (a) stop m-1; (b) delete m-1.", 3],
    ["The run called f(2) before it stopped.", 1],
    ["deleted (`deleted: true`); a follow-up GET now returns `model_not_found`.", 2],
    // A verb in parentheses is a remark's: "and c from the registry (10.7 GB freed)" is the list's last item.
    ["Deleted ocr-v1, ocr-v2 and layout-v1 from the registry (10.7 GB freed).", 1],
    // A purpose's clause after a progress told without a finite verb: its negation is its own.
    ["Terminating refund-helper now so it can't approve any more refunds.", 2],
  ])("%s → %i clause(s)", (text, count) => {
    expect(clauses(text)).toHaveLength(count);
  });

  test("an inline list marker belongs to no clause", () => {
    expect(clauses("Do this: 1) stop m-1, 2) delete m-1.")).toEqual(["Do this", "stop m-1,", "delete m-1."]);
  });
});

describe("newClauseAfterComma", () => {
  test.each([
    ["Halt it please, maintenance is on the way.", true],
    ["Stop it, it is eating memory.", true],
    ["Delete the weights, the logs can stay.", true],
    ["Delete m-8, m-9 and m-10.", false],
    ["Stop harrier, then delete it.", false],
    ["Delete the old, unused checkpoints.", false],
  ])("%s → %s", (text, expected) => {
    const tokens = tokensOf(text);
    const comma = tokens.findIndex((t) => t.lower === ",");
    expect(newClauseAfterComma(tokens, comma, tokens.length)).toBe(expected);
  });
});

describe("a parenthesis after a subject belongs to it", () => {
  test.each([
    ["All three partitions (10–12 Feb) are dropped.", "All three partitions (10–12 Feb)"],
    ["Both replicas (us-east and us-west) are stopped.", "Both replicas (us-east and us-west)"],
    ["model-b (the old one) is gone.", "model-b (the old one)"],
  ])("%s", (text, subject) => {
    const tokens = tokensOf(text);
    const verb = tokens.findIndex((t) => t.lower === "are" || t.lower === "is");
    const s = readSubject(tokens, { from: 0, to: tokens.length }, verb);
    expect(text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end)).toBe(subject);
  });
});

describe("countedIn", () => {
  test.each([
    ["the three bad partitions of lake.clickstream", 3],
    ["both workers on node-4", 2],
    ["4 old snapshots", 4],
    ["two of the checkpoints", 2],
    ["step 3 of the run", null],
    ["the checkpoints", null],
  ])("%s → %s", (text, count) => {
    const tokens = tokensOf(text);
    expect(countedIn(tokens, 0, tokens.length)).toBe(count);
  });
});

describe("QuotedLines", () => {
  const text = "Note:\n> Retire the Ava bot.\n  > Delete her transcripts.\nWhat breaks?\n>not at start? yes";
  test.each([
    ["Note", false],
    ["Retire", true],
    ["Delete", true],
    ["What", false],
    ["not at start", true],
  ])("%s → %s", (word, expected) => {
    const reader = new QuotedLines(text);
    expect(reader.isQuoted(text.indexOf(word))).toBe(expected);
  });

  test("answers in order along one pass", () => {
    const reader = new QuotedLines(text);
    expect(["Note", "Retire", "Delete", "What"].map((w) => reader.isQuoted(text.indexOf(w)))).toEqual([false, true, true, false]);
  });
});

describe("an English prefix on a verb form is a word", () => {
  test.each([["re-listing", false], ["pre-warming", false], ["re-run-7", true], ["re-deploy", true]])("%s is an identifier: %s", (word, expected) => {
    expect(isIdentifierShaped(word)).toBe(expected);
  });
});

describe("a word with an adjective tail is an English adjective; two plurals side by side are words", () => {
  test.each([["CAB-approved", false], ["team-owned", false], ["GPU-backed", false], ["user-facing", false], ["web-backed-2", true], ["x9-owned", true], ["tenants/tiers", false], ["safetensors-Shards", false], ["fjord-7b", true], ["runs/2024s", true], ["acme/models", true]])("%s is an identifier: %s", (word, expected) => {
    expect(isIdentifierShaped(word)).toBe(expected);
  });
});

describe("machine sizes", () => {
  test.each([["ml.g5.2xlarge", true], ["p4d.24xlarge", true], ["n1-standard-8", true], ["db.r6g.large", true], ["ranker-v2.onnx", false], ["gpu-node-7", false]])("%s is a machine size: %s", (s, expected) => {
    expect(isMachineSize(s)).toBe(expected);
  });
  test("'on-demand' is a word", () => expect(isIdentifierShaped("on-demand")).toBe(false));
});

describe("lists before a verb are not new clauses", () => {
  test.each([
    ["Decommission pilot-scout, pilot-writer and pilot-critic: shut each one down.", ["Decommission pilot-scout, pilot-writer and pilot-critic", "shut each one down."]],
    ["scout, writer and critic were each shut down and then deleted.", ["scout, writer and critic were each shut down and then deleted."]],
    ["Stop, then delete it and we are done.", ["Stop, then delete it", "and we are done."]],
  ])("%s", (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });
});
