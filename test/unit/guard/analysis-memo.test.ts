import { AnalysisMemo } from "../../../src/guard/analysis-memo";

describe("AnalysisMemo", () => {
  test("computes once per key and revision", () => {
    const memo = new AnalysisMemo<{ n: number }>(1 << 20);
    let calls = 0;
    const compute = () => ({ n: ++calls });
    expect(memo.get("r1", "k", compute)).toEqual({ n: 1 });
    expect(memo.get("r1", "k", compute)).toEqual({ n: 1 });
    expect(memo.get("r1", "other", compute)).toEqual({ n: 2 });
  });
  test("a new policy revision forgets everything (overrides may change the analysis)", () => {
    const memo = new AnalysisMemo<{ n: number }>(1 << 20);
    let calls = 0;
    memo.get("r1", "k", () => ({ n: ++calls }));
    expect(memo.get("r2", "k", () => ({ n: ++calls }))).toEqual({ n: 2 });
  });
  test("stays within its size bound by evicting the least recently used", () => {
    const memo = new AnalysisMemo<{ n: number }>(1000);
    let calls = 0;
    for (let i = 0; i < 100; i++) memo.get("r", `key-${i}`.padEnd(100, "x"), () => ({ n: ++calls }));
    expect(calls).toBe(100);
    memo.get("r", "key-0".padEnd(100, "x"), () => ({ n: ++calls }));
    expect(calls).toBe(101);
  });
});
