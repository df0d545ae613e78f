import { escapeRegExp } from "../../../src/nlp/escape-regexp";

test("a name with regular-expression characters matches only itself", () => {
  const name = "ckpt.v2+(eu)[1]*?^$|{x}\\";
  expect(new RegExp(`^${escapeRegExp(name)}$`).test(name)).toBe(true);
  expect(new RegExp(`^${escapeRegExp("a.b")}$`).test("axb")).toBe(false);
});
