import { rememberPerText } from "../../../src/evidence/remember-per-text";

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
