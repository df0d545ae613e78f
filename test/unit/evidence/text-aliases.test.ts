import { parentheticalAliases } from "../../../src/evidence/text-aliases";

describe("parentheticalAliases", () => {
  const known = new Set(["magpie", "52917", "rook", "7731", "m-8"]);
  test("links a name and the id in parentheses after it", () => {
    const map = parentheticalAliases(["The agent process for magpie (pid 52917) is runaway."], known);
    expect(map.get("magpie")).toEqual(["52917"]);
    expect(map.get("52917")).toEqual(["magpie"]);
  });
  test("looks past a possessive and a generic noun", () => {
    const map = parentheticalAliases(["magpie's process (pid 52917) has been killed"], known);
    expect(map.get("52917")).toEqual(["magpie"]);
  });
  test("links nothing when the parentheses hold no known target", () => {
    expect(parentheticalAliases(["rook (the old one) is stuck"], known).size).toBe(0);
  });
  test("links nothing when no known target precedes the parentheses", () => {
    expect(parentheticalAliases(["The process (pid 7731) is stuck"], known).size).toBe(0);
  });
  test("survives unbalanced and huge input", () => {
    expect(parentheticalAliases(["((((" + "x ".repeat(100_000)], known).size).toBe(0);
  });
});
