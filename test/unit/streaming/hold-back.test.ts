import fc from "fast-check";
import { HoldBack } from "../../../src/streaming/hold-back";
import { SentencePieces } from "../../../src/streaming/sentence-pieces";

describe("SentencePieces", () => {
  it("ends a piece after sentence punctuation plus whitespace, or a newline", () => {
    const s = new SentencePieces();
    expect(s.push("Hello there. How")).toEqual(["Hello there. "]);
    expect(s.push(" are you? Fine")).toEqual(["How are you? "]);
    expect(s.push("!\nv1.2 is out")).toEqual(["Fine!\n"]);
    expect(s.flush()).toBe("v1.2 is out");
  });

  it("does not cut inside numbers or after closing quotes until whitespace follows", () => {
    const s = new SentencePieces();
    expect(s.push('He said "done." Then 3.5 GB.')).toEqual(['He said "done." ']);
    expect(s.push(" End")).toEqual(["Then 3.5 GB. "]);
  });

  it("cuts the same pieces whatever the delta boundaries", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", ".", "!", "\n", "?", '"', "b") }), fc.array(fc.nat(), { maxLength: 10 }), (text, cuts) => {
        const whole = new SentencePieces();
        const expected = [...whole.push(text), whole.flush()];
        const split = new SentencePieces();
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const got: string[] = [];
        let from = 0;
        for (const p of [...points, text.length]) {
          got.push(...split.push(text.slice(from, p)));
          from = p;
        }
        got.push(split.flush());
        expect(got).toEqual(expected);
        expect(got.join("")).toBe(text);
      }),
    );
  });
});

describe("HoldBack", () => {
  const suspicious = (t: string) => /deleted/.test(t);

  it("releases innocent pieces at once and holds from the first suspicious piece on, in order", () => {
    const h = new HoldBack(suspicious);
    expect(h.push("Checking. ")).toBe("Checking. ");
    expect(h.push("I deleted it")).toBe("");
    expect(h.push(". Anything else? ")).toBe("");
    expect(h.holding).toBe(true);
    expect(h.finish()).toBe("");
    expect(h.held()).toBe("I deleted it. Anything else? ");
  });

  it("holds an unfinished piece until it ends, then judges it", () => {
    const h = new HoldBack(suspicious);
    expect(h.push("All fine")).toBe("");
    expect(h.finish()).toBe("All fine");
    expect(h.held()).toBe("");
  });

  it("never releases text after a held piece, and sent + held is always the whole text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("ok. ", "deleted. ", "x", "\n", "y! "), { maxLength: 30 }), (deltas) => {
        const h = new HoldBack(suspicious);
        let sent = "";
        for (const d of deltas) sent += h.push(d);
        sent += h.finish();
        const text = deltas.join("");
        expect(sent + h.held()).toBe(text);
        expect(sent).not.toMatch(/deleted/);
      }),
    );
  });
});
