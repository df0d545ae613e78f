import type { CompiledPolicy } from "../../../src/policy/compiled-policy";
import { evaluatePolicy } from "../../../src/policy/evaluate-policy";
import type { PolicyInput } from "../../../src/policy/policy-input";

/** A compiled policy whose wasm instance is replaced by `evaluate`. */
function policyReturning(evaluate: () => unknown): CompiledPolicy {
  return { revision: "r1", data: {}, entrypointId: 0, instance: { evaluate } as unknown as CompiledPolicy["instance"] };
}
const input = {} as PolicyInput;
const allow = { verdict: "allow", violations: [] };

describe("evaluatePolicy", () => {
  test("returns the validated decision with revision and timing", () => {
    const result = evaluatePolicy(policyReturning(() => [{ result: allow }]), input);
    expect(result).toEqual({ ok: true, decision: allow, revision: "r1", ms: expect.any(Number) });
  });

  test("fills violation defaults and keeps extra fields rules add", () => {
    const violation = { rule: "x", message: "m", severity: "block", extra: 1 };
    const result = evaluatePolicy(policyReturning(() => [{ result: { verdict: "block", violations: [violation] } }]), input);
    expect(result.ok && result.decision.violations[0]).toEqual({ ...violation, tool_call_ids: [], claim_ids: [] });
  });

  test("an undefined decision (empty result set) is an error", () => {
    expect(evaluatePolicy(policyReturning(() => []), input)).toMatchObject({ ok: false, error: expect.stringContaining("undefined") });
  });

  test.each([
    ["an unknown verdict", { verdict: "maybe", violations: [] }],
    ["missing violations", { verdict: "allow" }],
    ["a violation without a message", { verdict: "block", violations: [{ rule: "x", severity: "block" }] }],
    ["not an object", "allow"],
  ])("a malformed decision (%s) is an error", (_name, result) => {
    expect(evaluatePolicy(policyReturning(() => [{ result }]), input)).toMatchObject({ ok: false, revision: "r1", error: expect.stringContaining("malformed") });
  });

  test.each([
    ["a string", "opa_abort: out of memory"],
    ["a plain object", { message: "not implemented: built-in function 3: http.send" }],
    ["an Error", new RangeError("WebAssembly.Memory.grow(): Maximum memory size exceeded")],
  ])("an engine that throws %s gives an error value, never an exception", (_name, thrown) => {
    const result = evaluatePolicy(policyReturning(() => { throw thrown; }), input);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^policy evaluation failed: .*(memory|http\.send)/) });
  });

  test("an evaluation over the budget is an error even with a valid decision", () => {
    const slow = policyReturning(() => {
      const until = Date.now() + 15;
      while (Date.now() < until); // busy: wasm runs synchronously too
      return [{ result: allow }];
    });
    expect(evaluatePolicy(slow, input, 5)).toMatchObject({ ok: false, error: expect.stringContaining("over the 5 ms budget") });
    expect(evaluatePolicy(slow, input, 1000)).toMatchObject({ ok: true });
  });
});
