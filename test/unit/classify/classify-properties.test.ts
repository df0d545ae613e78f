import fc from "fast-check";
import { analyzeToolCall } from "../../../src/classify/analyze-tool-call";
import { ACTION_CLASSES } from "../../../src/classify/effect";
import { shellEffects } from "../../../src/classify/shell-effects";
import { splitCommandLine } from "../../../src/classify/shell-words";

const SHELL_BITS = ["rm -rf /a", "kill 1", "&&", "||", ";", "|", ">", ">>", "<<EOF\nx\nEOF\n", "$(", ")", "`", "'", '"', "\\", "#", "\n",
  "bash -c", "sudo", "xargs", "find . -exec rm {} \\;", "kubectl delete pod x", "2>&1", "<(", "${X}", "$((1+2))", "scp a h:/b"];
const shellish = fc.array(fc.oneof(fc.constantFrom(...SHELL_BITS), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((p) => p.join(" "));

describe("analyzeToolCall never throws and returns well-formed analyses", () => {
  test("on arbitrary shell-like command lines", () => {
    fc.assert(fc.property(shellish, (command) => {
      const a = analyzeToolCall({ id: "c", name: "bash", argumentsText: "{}", arguments: { command } }, undefined);
      expect(a.effects.length).toBeGreaterThan(0);
      for (const e of a.effects) {
        expect(ACTION_CLASSES).toContain(e.action);
        for (const t of e.targets) expect(typeof t).toBe("string");
      }
    }), { numRuns: 400 });
  });
  test("on arbitrary tool names, argument JSON and raw argument text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), fc.jsonValue({ maxDepth: 4 }), fc.string({ maxLength: 200 }), (name, json, raw) => {
      const args = json !== null && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
      const a = analyzeToolCall({ id: "c", name, argumentsText: args ? JSON.stringify(args) : raw, arguments: args }, undefined);
      expect(a.effects.length).toBeGreaterThan(0);
      expect(a.argumentsInvalid).toBe(args === null);
    }), { numRuns: 400 });
  });
});

describe("command parsing stays linear", () => {
  /** Tokens produced per input character, compared across sizes: a quadratic parser would not show up here, but time would. */
  const timeOf = (text: string) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 3; i++) shellEffects(text);
    return Number(process.hrtime.bigint() - start);
  };
  test("doubling a long command line at most roughly doubles the work", () => {
    const unit = "rm -rf /srv/models/x && kill -9 $(pgrep -f agent) | tee /tmp/log; ";
    const small = unit.repeat(200);
    const large = unit.repeat(400);
    timeOf(small); // warm up
    // The fastest of several runs is the one least disturbed by other work on a busy machine
    // (parallel test workers); 4x leaves room for noise, a quadratic parser would show 4x+.
    const ratio = fastest(7, () => timeOf(large)) / fastest(7, () => timeOf(small));
    expect(ratio).toBeLessThan(4);
  });
  test("pathological quoting and nesting finish quickly", () => {
    for (const text of ["'".repeat(20000), "$(".repeat(5000), "\\".repeat(20001), "`".repeat(9999), "<<E\n".repeat(3000), "a".repeat(100000)]) {
      expect(() => splitCommandLine(text)).not.toThrow();
      expect(() => shellEffects(text)).not.toThrow();
    }
  });
});

function fastest(n: number, f: () => number): number {
  return Math.min(...Array.from({ length: n }, f));
}
