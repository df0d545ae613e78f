import { learnedWords, readDoc } from "../../../src/nlp/nlp-instance";

test("wink's learned words stay bounded: the instance is replaced once it has learned too many", () => {
  let most = 0;
  for (let i = 0; i < 25_000; i++) {
    readDoc(`deleted w${i.toString(36)}q7x`);
    most = Math.max(most, learnedWords());
  }
  expect(most).toBeGreaterThan(19_000); // it did learn them…
  expect(learnedWords()).toBeLessThan(most); // …and was replaced before growing further
  expect(most).toBeLessThanOrEqual(20_001);
});
