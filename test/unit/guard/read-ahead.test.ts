import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { caseToExchange } from "../../../src/cli/case-to-exchange";
import { readCases, type RecordedCase } from "../../../src/cli/read-cases";
import { createGuardStage } from "../../../src/guard/create-guard-stage";
import type { GuardDecision, GuardStage } from "../../../src/guard/guard-stage";
import { prepareSafely } from "../../../src/http/decide-safely";
import { analyzeExchange, analyzeRequest } from "../../../src/guard/analyze-exchange";
import { buildPolicyInput, prepareHistoryFacts } from "../../../src/guard/build-policy-input";
import { DEFAULT_ACTION_FAMILIES } from "../../../src/claims/action-families";
import { PolicyStore } from "../../../src/policy/policy-store";
import { encodePolicyInput } from "../../../src/policy/encode-policy-input";

// Reading the request while the upstream answers (GuardStage.prepare) is an optimisation: with
// or without it, and with a reading of some other request, every decision is the same.

const CASES = resolve(__dirname, "../../corpus/cases");
let policy: PolicyStore;
let cases: RecordedCase[];
beforeAll(async () => {
  policy = await PolicyStore.load({ bundlePath: resolve(__dirname, "../../../policies/build/bundle.tar.gz"), watch: false });
  const files = readdirSync(CASES).filter((f) => f.endsWith(".json")).sort();
  cases = (await Promise.all(files.map((f) => readCases(join(CASES, f))))).flat();
});
afterAll(() => policy.close());

/** What must not depend on the reading: verdict, rules, and every claim's verification. */
function outcome(d: GuardDecision) {
  return { verdict: d.verdict, status: d.status, rules: d.violations.map((v) => v.rule), claims: d.claims.map((c) => [c.claim.text, c.status]) };
}

test("a decision with the request read ahead equals the decision without", async () => {
  const guard = createGuardStage({ policy, failOpen: false });
  for (const c of cases) {
    const exchange = caseToExchange(c);
    const prepared = guard.prepare!(exchange);
    expect(prepared).toBeDefined();
    expect(outcome(await guard.decide(exchange, "id", prepared))).toEqual(outcome(await guard.decide(caseToExchange(c))));
  }
});

test("the policy input with the request read ahead equals the input without, in every held-out conversation", async () => {
  const dirs = heldOutDirs();
  const all = (await Promise.all(dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => readCases(join(dir, f)))))).flat();
  const families = DEFAULT_ACTION_FAMILIES;
  let withWordAliases = 0;
  for (const c of all) {
    const exchange = caseToExchange(c);
    const alone = buildPolicyInput(exchange, analyzeExchange(exchange, { families }), families);
    const reading = analyzeRequest(exchange, { families });
    const facts = prepareHistoryFacts(exchange, { ...reading, aliasesOf: reading.resultAliases.aliasesOf, rolesOf: reading.resultAliases.rolesOf }, families);
    const analysis = analyzeExchange(exchange, { families }, reading);
    if (analysis.aliasesFromWords) withWordAliases++;
    const ahead = buildPolicyInput(exchange, analysis, families, analysis.aliasesFromWords ? undefined : facts);
    expect({ id: c.id, input: { ...ahead, context: null } }).toEqual({ id: c.id, input: { ...alone, context: null } });
    // The parts serialized ahead make the same text the engine would otherwise be given.
    expect({ id: c.id, json: new TextDecoder().decode(encodePolicyInput(ahead)) }).toEqual({ id: c.id, json: JSON.stringify(ahead) });
  }
  expect(withWordAliases).toBeGreaterThan(0); // both paths are exercised
});

test("a reading of another request is not used", async () => {
  const guard = createGuardStage({ policy, failOpen: false });
  const blocked = cases.find((c) => c.expect?.[0] === "block" && (c.request.messages as unknown[]).length > 2)!;
  const allowed = cases.find((c) => c.expect?.[0] === "allow" && (c.request.messages as unknown[]).length > 2)!;
  const exchange = caseToExchange(blocked);
  const otherReading = guard.prepare!(caseToExchange(allowed));
  const alone = await guard.decide(exchange);
  expect(alone.verdict).toBe("block");
  expect(outcome(await guard.decide(exchange, "id", otherReading))).toEqual(outcome(alone));
});

test("a reading made under another policy revision is not used (its tool overrides may differ)", async () => {
  // r2 reclassifies the tool that backs a verified claim as a copy: the claim loses its evidence.
  const base = policy.data() as { claimcheck: Record<string, unknown> };
  const plain = createGuardStage({ policy, failOpen: false });
  let checked = 0;
  for (const c of cases.filter((k) => k.expect?.[0] === "allow")) {
    const exchange = caseToExchange(c);
    const verified = (await plain.decide(exchange)).claims.find((k) => k.status === "verified" && k.evidence.length > 0);
    const tool = verified && exchange.history.find((h) => h.id === verified.evidence[0])?.name;
    if (!tool) continue;
    let revision = "r1";
    const r2Data = { ...base, claimcheck: { ...base.claimcheck, tool_overrides: { [tool]: { action: "copy", command_runner: false } } } };
    const store = { evaluate: policy.evaluate.bind(policy), ready: () => true, data: () => (revision === "r1" ? base : r2Data), revision: () => revision };
    const guard = createGuardStage({ policy: store, failOpen: false });
    const underR1 = await guard.decide(exchange);
    const prepared = guard.prepare!(exchange);
    revision = "r2";
    const underR2 = await guard.decide(exchange);
    if (JSON.stringify(outcome(underR2)) === JSON.stringify(outcome(underR1))) continue; // e.g. a command runner: its command decides
    expect(outcome(await guard.decide(exchange, "id", prepared))).toEqual(outcome(underR2));
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
});

test("a stage whose prepare throws leaves all the reading to decide", async () => {
  const guard: GuardStage = {
    ready: () => true,
    mayCarryClaim: () => false,
    prepare: () => {
      throw new Error("boom");
    },
    decide: async (_exchange, decisionId = "x", prepared) => ({ decisionId, verdict: prepared ? "flag" : "allow", status: "evaluated", violations: [], claims: [], policyRevision: "t", guardMs: 0, error: null }),
  };
  const exchange = caseToExchange(cases[0]!);
  expect(prepareSafely(guard, exchange)).toBeUndefined();
  expect(prepareSafely({ ...guard, prepare: undefined }, exchange)).toBeUndefined();
});

/** Every held-out set under test/corpus (cases/, holdout/, holdout-<x>/). */
function heldOutDirs(): string[] {
  const root = resolve(__dirname, "../../corpus");
  return readdirSync(root).filter((d) => d === "cases" || d.startsWith("holdout")).map((d) => resolve(root, d));
}
