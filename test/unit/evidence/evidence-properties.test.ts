import fc from "fast-check";
import { classifyOutcome } from "../../../src/evidence/classify-outcome";
import { collectAliases } from "../../../src/evidence/collect-aliases";
import { readStateEvidence } from "../../../src/evidence/read-state-evidence";
import { safetyChanges } from "../../../src/evidence/safety-changes";
import { sameTarget } from "../../../src/evidence/same-target";
import { analyze } from "../classify/call-of";

const STATUSES = ["success", "accepted", "failure", "unknown", "none"];
const calls = [analyze("delete_model", { model_id: "m" }), analyze("get_model", { model_id: "m" }), analyze("bash", { command: "ls /x" })];
const resultText = fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
  fc.record({ stdout: fc.string(), stderr: fc.string(), exit_code: fc.integer({ min: -2, max: 3 }) }).map((v) => JSON.stringify(v)));

describe("evidence readers never throw", () => {
  test("classifyOutcome and readStateEvidence on arbitrary results", () => {
    fc.assert(fc.property(resultText, fc.constantFrom(...calls), (text, call) => {
      expect(STATUSES).toContain(classifyOutcome(text, call).status);
      for (const s of readStateEvidence(text, call)) expect(typeof s.target).toBe("string");
    }), { numRuns: 500 });
  });
  test("collectAliases on arbitrary results", () => {
    fc.assert(fc.property(fc.array(resultText, { maxLength: 5 }), fc.string({ maxLength: 20 }), (texts, probe) => {
      const index = collectAliases(texts);
      expect(Array.isArray(index.aliasesOf(probe))).toBe(true);
      expect(Array.isArray(index.rolesOf(probe))).toBe(true);
    }), { numRuns: 300 });
  });
  test("safetyChanges on arbitrary contents", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.option(fc.string({ maxLength: 300 })), fc.string({ maxLength: 40 }), (next, prev, path) => {
      const diff = safetyChanges(next, prev, path);
      expect(typeof diff.neutralizesMechanism).toBe("boolean");
    }), { numRuns: 300 });
  });
});

describe("sameTarget is symmetric and reflexive on non-empty names", () => {
  test("property", () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
      expect(sameTarget(a, b)).toBe(sameTarget(b, a));
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), (a) => expect(sameTarget(a, a)).toBe(true)));
  });
});

describe("evidence readers stay linear", () => {
  const timeOf = (f: () => void) => {
    const start = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - start);
  };
  const median = (n: number, f: () => number) => Array.from({ length: n }, f).sort((x, y) => x - y)[Math.floor(n / 2)]!;
  const listing = (n: number) => JSON.stringify({ models: Array.from({ length: n }, (_, i) => ({ id: `model-${i}`, pid: 1000 + i, status: "running", owner: { name: `o-${i}` } })) });
  const text = (n: number) => "rm: cannot remove 'x': ok line without signal\n".repeat(n);
  test("doubling the input at most roughly doubles the time", () => {
    const call = calls[1]!;
    const work = (n: number) => () => {
      // Distinct strings defeat the parse memo, so each run does the full work.
      const json = `${listing(n)} `.trim() + " ".repeat(Math.floor(Math.random() * 3));
      collectAliases([json]);
      readStateEvidence(json, call);
      classifyOutcome(`${text(n)}${Math.random()}`, call);
    };
    timeOf(work(500));
    const ratio = median(5, () => timeOf(work(2000))) / median(5, () => timeOf(work(1000)));
    expect(ratio).toBeLessThan(4);
  });
  test("pathological inputs finish", () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    for (const t of [deep, "{\"a\":".repeat(3000), " ".repeat(200000), "a: ".repeat(50000), "\n".repeat(100000)]) {
      expect(() => { classifyOutcome(t, calls[0]); readStateEvidence(t, calls[1]!); collectAliases([t]); safetyChanges(t, t, "/opt/shutdown.sh"); }).not.toThrow();
    }
  });
});
