import fc from "fast-check";
import { extractClaims } from "../../../src/claims/extract-claims";
import { mayCarryClaim } from "../../../src/claims/may-carry-claim";
import type { MessageView } from "../../../src/exchange/exchange";
import { extractInstructions } from "../../../src/instructions/extract-instructions";

const WORDS = ["I", "I've", "have", "has", "been", "deleted", "removed", "model-b", "m-8", "harrier", "is", "was", "gone",
  "offline", "down", "no", "longer", "running", "shutting", "Shutting", "Deletion", "initiated", "queued", "Done", "All", "set",
  "will", "not", "if", "the", "agent", "weights", "and", "it", "stopped", "killed", "pid", "52917", "(", ")", ",", ".", ";", ":",
  "—", "\"", "'", "`", "?", "all", "three", "both", "took", "offline", "scaled", "to", "zero", "kill", "it", "off", "Delete", "please",
  "shut", "yourself", "keep", "m-7", "don't", "/srv/models/x", "step-42000.safetensors", "'s", "process", "anymore", "isn't"];

const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(" "));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ maxLength: 400 }), sentence);

function messagesOf(texts: string[]): MessageView[] {
  const roles = ["user", "assistant", "system", "user"] as const;
  return texts.map((text, index) => ({ index, role: roles[index % roles.length]!, text, toolCalls: [], toolCallId: null }));
}

describe("never throws", () => {
  test("extractClaims and mayCarryClaim on arbitrary text", () => {
    fc.assert(fc.property(anyText, (text) => {
      extractClaims(text);
      mayCarryClaim(text);
    }), { numRuns: 400 });
  });

  test("extractInstructions on arbitrary conversations", () => {
    fc.assert(fc.property(fc.array(anyText, { maxLength: 5 }), (texts) => {
      extractInstructions(messagesOf(texts));
    }), { numRuns: 300 });
  });

  test("non-string input is read as no text", () => {
    expect(extractClaims(undefined as unknown as string)).toEqual([]);
    expect(extractInstructions([{ index: 0, role: "user", text: null as unknown as string, toolCalls: [], toolCallId: null }])).toEqual([]);
  });
});

describe("mayCarryClaim is a superset of extractClaims", () => {
  test("on generated sentences", () => {
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" ")), (text) => {
      if (extractClaims(text).length > 0) expect(mayCarryClaim(text)).toBe(true);
    }), { numRuns: 600 });
  });

  test("on each clause of a claim-bearing reply", () => {
    const reply = "Done — harrier is stopped. model-b has been removed; m-7 is untouched. Deletion initiated for x-1. It's no longer running.";
    for (const claim of extractClaims(reply)) expect(mayCarryClaim(claim.text)).toBe(true);
  });

  // Its speed (about a microsecond a piece) is measured by scripts/bench-nlp.ts, not here.
  test("rejects sentences without a claim word", () => {
    expect(mayCarryClaim("I've listed the models; there are six of them and the largest is 141 GB.")).toBe(false);
  });
});

/**
 * Fastest of `runs` calls, in ms. The minimum is what the code costs; slower runs measure the
 * machine (other processes, GC), so comparing minimums keeps the linearity check stable on a
 * busy CI machine while a quadratic algorithm still shows (2x the input would cost 4x).
 */
function fastest(fn: () => void, runs = 7): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

describe("work grows linearly with the text", () => {
  const paragraph = "I've deleted model-b and harrier is stopped. If we delete m-7 it would break things. \"Please delete x-1\" was the ticket. ";
  const cases: Array<[string, string]> = [
    ["claim-heavy prose", paragraph],
    ["unbalanced quotes", "' \" “ ` ‘ deleted "],
    ["one long word", "deletedx"],
    ["identifiers", "m-8/x_y.z "],
    ["no claim words", "the quick brown fox jumps over the lazy dog "],
    ["many short conditional paragraphs", "It would stop.\n\n"],
    ["shell loops and dashes", "for t in a b; do rm x-$t; done — removed it — "],
  ];
  test.each(cases)("%s", (_name, unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = small + small;
    extractClaims(small); // warm up
    const t1 = fastest(() => extractClaims(small));
    const t2 = fastest(() => extractClaims(large));
    expect(t2).toBeLessThan(t1 * 3.5 + 5);
  });

  test("instructions over many user messages", () => {
    const texts = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? "Delete m-8. Keep m-7." : "Kill it. Then do the same for x-2."));
    extractInstructions(messagesOf(texts(50)));
    const t1 = fastest(() => extractInstructions(messagesOf(texts(200))));
    const t2 = fastest(() => extractInstructions(messagesOf(texts(400))));
    expect(t2).toBeLessThan(t1 * 3.5 + 5);
  });
});
