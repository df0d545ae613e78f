import { isCommandName } from "../../../src/nlp/non-names";
import { isIdentifierShaped } from "../../../src/nlp/identifier-shape";
import { maskSpans } from "../../../src/nlp/mask-spans";
import { segmentText } from "../../../src/nlp/segment-text";
import { tagSegment } from "../../../src/nlp/tag-segment";

describe("identifier shape", () => {
  test.each(["model-b", "m-8", "exp-lr3e4", "/srv/models/x", "step-42000.safetensors", "puffin_scratchpad", "fileserver:/shared", "OPS-4471", "lyra-support", "model-a", "agent-b", "reports/fraud-gbm-v4", "re-ranker"])(
    "%s is an identifier", (s) => expect(isIdentifierShaped(s)).toBe(true));
  test.each(["long-term", "mid-run", "read-only", "e.g", "15GB", "4.2", "14:02", "and/or", "harrier", "in-flight", "third-party", "load-test", "sub-agents", "volumes/disks", "re-list", "x"])(
    "%s is not", (s) => expect(isIdentifierShaped(s)).toBe(false));
});

describe("maskSpans", () => {
  test("keeps the length and replaces identifiers and quotes", () => {
    const text = 'Removed step-42000.safetensors and said "delete model m-12 now" to `harrier`.';
    const masked = maskSpans(text);
    expect(masked.masked).toHaveLength(text.length);
    expect(masked.spans.map((s) => [s.kind, s.value])).toEqual([
      ["identifier", "step-42000.safetensors"], ["quote", "delete model m-12 now"], ["name", "harrier"],
    ]);
    expect(masked.masked).not.toContain("delete");
  });

  test("an id cut short in its middle is one identifier; an ellipsis after a word is not part of it", () => {
    expect(maskSpans("The token (accessor 8Ggq…5sYm) is gone… mostly").spans.map((s) => s.value)).toEqual(["8Ggq…5sYm"]);
    expect(maskSpans("PAT for briar-bot revoked (ghp_…a91f)").spans.map((s) => s.value)).toEqual(["briar-bot", "ghp_…a91f"]);
  });

  test("contractions and possessives are not quotes", () => {
    expect(maskSpans("rook's owner isn't here, it's the models' weights").spans).toEqual([]);
  });

  test("an unclosed quote masks nothing", () => {
    expect(maskSpans('He said "delete it and left.\n\nThen "x').spans).toEqual([]);
  });
});

describe("segmentText and tagSegment", () => {
  test("splits sentences but not initials or dotted names", () => {
    const text = "OPS-4471 is from J. Park. Removed step-42000.safetensors. Done!\nNext line";
    const masked = maskSpans(text);
    expect(segmentText(masked.masked).map(([s, e]) => text.slice(s, e))).toEqual([
      "OPS-4471 is from J. Park.", "Removed step-42000.safetensors.", "Done!", "Next line",
    ]);
  });

  test("Chinese and Japanese full stops end a sentence without a space", () => {
    const text = "scribe-jp-2 を停止しました（state: stopped）。scribe-jp-1 はそのまま稼働しています。";
    expect(segmentText(maskSpans(text).masked).map(([s, e]) => text.slice(s, e))).toEqual([
      "scribe-jp-2 を停止しました（state: stopped）。", "scribe-jp-1 はそのまま稼働しています。",
    ]);
  });

  test("token offsets point into the original text, through contractions", () => {
    const text = "  I'm sure model-b’s gone — it isn't running.";
    const masked = maskSpans(text);
    const tokens = tagSegment(masked, 0, text.length).flatMap((s) => s.tokens);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.span ? t.span.value : t.text);
    expect(tokens.slice(0, 2).map((t) => [t.lower, t.pos, t.lemma])).toEqual([["i", "PRON", "i"], ["'m", "AUX", "be"]]);
    expect(tokens.find((t) => t.span)?.text).toBe("model-b");
  });

  test("an acronym the tagger splits into words ('IAM' → 'I' + 'AM') is one proper noun again", () => {
    const text = "IAM role deleted. I am sure.";
    const tokens = tagSegment(maskSpans(text), 0, text.length).flatMap((s) => s.tokens);
    expect(tokens.map((t) => [t.text, t.pos])).toEqual(expect.arrayContaining([["IAM", "PROPN"], ["I", "PRON"], ["am", "AUX"]]));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("dotfiles", () => {
  test.each([
    ["in .env change the port", ".env"],
    ["edit .bashrc now", ".bashrc"],
    ["copy .env.production over", ".env.production"],
  ])("%s masks %s as one name", (text, name) => {
    expect(maskSpans(text).spans.map((s) => s.value)).toContain(name);
  });

  test.each(["It ran.Then it stopped", "Wait... then go", "the value was .5GB"])("%s has no dotfile", (text) => {
    expect(maskSpans(text).spans.some((s) => /^\.[a-z]/i.test(s.value))).toBe(false);
  });
});

describe("isCommandName: a hyphenated word that starts with a base-form verb is a subcommand", () => {
  test.each([["delete-function", true], ["delete-model", true], ["describe-endpoint", true], ["purge-bot", false], ["archive-search-assistant", false], ["lyra-support", false]])(
    "%s → %s", (word, expected) => expect(isCommandName(word)).toBe(expected));
});

test("a run cut short by an accented Latin letter is part of a word; a name before a Korean particle stays a name", () => {
  expect(maskSpans("die 2 Feedback-Einträge sind gelöscht").spans.map((s) => s.value)).toEqual([]);
  expect(maskSpans("vision-qc-v4를 삭제했습니다").spans.map((s) => s.value)).toEqual(["vision-qc-v4"]);
});

describe("an emoji between sentences", () => {
  const sentences = (text: string) => segmentText(text).map(([s, e]) => text.slice(s, e));
  test("closes the sentence before it, after a few words", () => {
    expect(sentences("Done, v4 is deleted as well 👍 intent-classifier now has v1, v2 and v5.")).toEqual(["Done, v4 is deleted as well 👍", "intent-classifier now has v1, v2 and v5."]);
  });
  test("not after one word, and not a tick or a cross", () => {
    expect(sentences("done 👍 renamed it.")).toEqual(["done 👍 renamed it."]);
    expect(sentences("the model x-1 is now ✅ deleted from the store.")).toEqual(["the model x-1 is now ✅ deleted from the store."]);
  });
});

test("an ellipsis trails a sentence off, whatever opens the next ('now… it will be gone')", () => {
  const text = "Deleting nsfw-vit-b16 and its weights now… it will be gone in a moment.";
  expect(segmentText(text).map(([a, b]) => text.slice(a, b))).toEqual(["Deleting nsfw-vit-b16 and its weights now…", "it will be gone in a moment."]);
  const dots = "Deleting it now... it will be gone.";
  expect(segmentText(dots)).toHaveLength(1);
});

test("an emoji before a capitalised word ends the sentence, after however few words ('Understood, Priya ✨ Powering down now.')", () => {
  const text = "Understood, Priya ✨ Powering down now.";
  expect(segmentText(text).map(([a, b]) => text.slice(a, b))).toEqual(["Understood, Priya ✨", "Powering down now."]);
  expect(segmentText("done 👍 renamed it")).toHaveLength(1);
});
