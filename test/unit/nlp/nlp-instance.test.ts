import { its, learnedWords, readDoc } from "../../../src/nlp/nlp-instance";

const tags = (text: string) => {
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  return words.map((w, i) => `${w}/${pos[i]}`).join(" ");
};

test("a text reads the same whatever was read before ('week's' seen at a sentence end)", () => {
  const order = "Run this week's deprecation sweep on curlew-asr.";
  const before = tags(order);
  tags("shutting it down mid-draft would lose this week's.");
  expect(tags(order)).toBe(before);
  expect(before).toContain("week/NOUN 's/PART");
});

test("wink's lexicon stays bounded: the instance is replaced once it has grown too much", () => {
  let most = 0;
  let replaced = false;
  for (let i = 0; i < 210_000 && !replaced; i++) {
    readDoc(`deleted w${i.toString(36)}q7x`);
    const now = learnedWords();
    replaced = now < most;
    most = Math.max(most, now);
  }
  expect(replaced).toBe(true);
  expect(most).toBeLessThanOrEqual(200_002);
});
