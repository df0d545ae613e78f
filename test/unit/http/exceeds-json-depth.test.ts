import fc from "fast-check";
import { exceedsJsonDepth } from "../../../src/http/exceeds-json-depth";

const bytes = (text: string) => Buffer.from(text, "utf8");

describe("exceedsJsonDepth", () => {
  it("measures object and array nesting", () => {
    expect(exceedsJsonDepth(bytes('{"a":[{"b":1}]}'), 3)).toBe(false);
    expect(exceedsJsonDepth(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
    expect(exceedsJsonDepth(bytes("1"), 1)).toBe(false);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(exceedsJsonDepth(bytes(`{"arguments":"${"{[".repeat(500)}","q":"\\"[[[[","x":[]}`), 2)).toBe(false);
  });

  it("agrees with the real depth of any JSON value", () => {
    const depthOf = (v: unknown): number => (v !== null && typeof v === "object" ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf)) : 0);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 7 }), (value, max) => {
        expect(exceedsJsonDepth(bytes(JSON.stringify(value)), max)).toBe(depthOf(value) > max);
      }),
    );
  });
});
