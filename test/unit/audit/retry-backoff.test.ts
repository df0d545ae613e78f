import { retryBackoff } from "../../../src/audit/retry-backoff";

describe("retryBackoff", () => {
  const opts = { baseMs: 100, maxMs: 1000 };

  it("doubles the ceiling per attempt up to the cap", () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 4, 10].map((a) => retryBackoff(a, opts, top))).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it("applies full jitter (random 0 gives no wait)", () => {
    expect(retryBackoff(5, opts, () => 0)).toBe(0);
  });

  it("never exceeds the cap with the real random source", () => {
    for (let a = 0; a < 50; a++) expect(retryBackoff(a, opts)).toBeLessThan(1000);
  });
});
