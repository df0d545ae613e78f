import { rememberPerPair, rememberPerText } from "../../../src/evidence/remember-per-text";

test("a text's value is computed once, and the oldest of more than `max` texts is forgotten", () => {
  let calls = 0;
  const length = rememberPerText((text) => (calls++, text.length), 2);
  expect([length("ab"), length("ab"), length("abc")]).toEqual([2, 2, 3]);
  expect(calls).toBe(2);
  length("abcd"); // pushes out "ab"
  length("abc");
  expect(calls).toBe(3);
  length("ab");
  expect(calls).toBe(4);
});

test("a pair's answer is computed once per order of the pair, and each side keeps at most `max` texts", () => {
  const asked: string[] = [];
  const same = rememberPerPair((a, b) => (asked.push(`${a}|${b}`), a.toLowerCase() === b.toLowerCase()), 2);
  expect([same("A", "a"), same("A", "a"), same("a", "A"), same("A", "b")]).toEqual([true, true, true, false]);
  expect(asked).toEqual(["A|a", "a|A", "A|b"]);
  same("A", "c"); // "A" has answers for "a" and "b" already: "a" is forgotten
  same("A", "a");
  expect(asked.at(-1)).toBe("A|a");
  expect(asked).toHaveLength(5);
});
