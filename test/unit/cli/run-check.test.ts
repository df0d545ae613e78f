import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import type { Exchange } from "../../../src/exchange/exchange";
import type { GuardDecision } from "../../../src/guard/guard-stage";
import type { Verdict } from "../../../src/policy/decision";
import { runClaimcheck as main } from "../../../src/cli/run-claimcheck";
import type { CheckDeps, CheckIo } from "../../../src/cli/run-check";

/** A fake guard whose verdict is the last user message's text (e.g. "block"), so tests choose it. */
const verdictOf = (e: Exchange) => e.messages.at(-1)!.text as Verdict;
function deps(overrides: Partial<CheckDeps> = {}): CheckDeps & { closed: number } {
  const state = { closed: 0 };
  return Object.assign(state, {
    loadGuard: async () => ({
      guard: {
        decide: async (exchange: Exchange): Promise<GuardDecision> => {
          const verdict = verdictOf(exchange);
          const violations = verdict === "allow" ? [] : [{ rule: `rule_${verdict}`, message: "m", severity: verdict === "flag" ? ("flag" as const) : ("block" as const), tool_call_ids: [], claim_ids: [] }];
          return { decisionId: "d", verdict, status: "evaluated", violations, claims: [], policyRevision: "r", guardMs: 0.1, error: null };
        },
      },
      close: async () => {
        state.closed++;
      },
    }),
    toExchange: (c: { request: { messages: unknown[] } }) => ({ messages: (c.request.messages as Array<{ content: string }>).map((m, index) => ({ index, role: "user", text: m.content, toolCalls: [], toolCallId: null })) }) as unknown as Exchange,
    ...overrides,
  });
}

function io(tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const progressStream = Object.assign(new PassThrough(), { isTTY: tty, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  let drawn = "";
  progressStream.on("data", (d: Buffer) => (drawn += d.toString()));
  const value: CheckIo = { out: (l) => out.push(l), err: (l) => err.push(l), progressStream };
  return { value, out, err, drawn: () => drawn };
}

const dir = mkdtempSync(join(tmpdir(), "cc-run-"));
function casesFile(name: string, verdicts: Array<{ id: string; says: Verdict; expect?: Verdict[] }>): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(verdicts.map((v) => ({ id: v.id, request: { messages: [{ role: "user", content: v.says }] }, response: { role: "assistant", content: "x" }, ...(v.expect ? { expect: v.expect } : {}) }))));
  return path;
}

describe("claimcheck check", () => {
  it("prints one aligned line per conversation and a summary; exit 0 when nothing is blocked", async () => {
    const file = casesFile("ok.json", [{ id: "a", says: "allow" }, { id: "long-id", says: "flag" }]);
    const t = io();
    const d = deps();
    expect(await main(["check", file], t.value, d)).toBe(0);
    expect(t.out).toEqual(["a        allow", "long-id  flag   rule_flag", "2 checked: 1 allow, 1 flag, 0 block"]);
    expect(d.closed).toBe(1);
  });

  it("exits 1 when any reply is blocked", async () => {
    const file = casesFile("blocked.json", [{ id: "a", says: "allow" }, { id: "b", says: "block" }]);
    const t = io();
    expect(await main(["check", file], t.value, deps())).toBe(1);
    expect(t.out).toContain("b  block  rule_block");
  });

  it("with --expect, reports mismatches and exits on them rather than on blocks", async () => {
    const good = casesFile("exp-good.json", [{ id: "a", says: "block", expect: ["block"] }]);
    const t = io();
    expect(await main(["check", "--expect", good], t.value, deps())).toBe(0);
    expect(t.out.at(-1)).toBe("1 checked: 0 allow, 0 flag, 1 block; 1/1 as expected, 0 mismatched");
    const bad = casesFile("exp-bad.json", [{ id: "a", says: "allow", expect: ["flag", "block"] }]);
    const u = io();
    expect(await main(["check", "--expect", bad], u.value, deps())).toBe(1);
    expect(u.out[0]).toBe("a  allow  MISMATCH expected flag|block");
  });

  it("--json prints one object per conversation and a summary", async () => {
    const file = casesFile("json.json", [{ id: "a", says: "flag", expect: ["allow"] }]);
    const t = io();
    await main(["check", "--json", file], t.value, deps());
    const [row, summary] = t.out.map((l) => JSON.parse(l));
    expect(row).toMatchObject({ id: "a", verdict: "flag", rules: ["rule_flag"], expect: ["allow"], mismatch: true, status: "evaluated" });
    expect(summary).toEqual({ summary: { total: 1, allow: 0, flag: 1, block: 0, errors: 0, expected: 1, mismatches: 1 } });
  });

  it("reads several files in order", async () => {
    const t = io();
    await main(["check", casesFile("f1.json", [{ id: "x", says: "allow" }]), casesFile("f2.json", [{ id: "y", says: "allow" }])], t.value, deps());
    expect(t.out.slice(0, 2).map((l) => l.split(" ")[0])).toEqual(["x", "y"]);
  });

  it("exits 2 with a clear message on unreadable input, before loading the guard", async () => {
    const t = io();
    let loaded = false;
    const d = deps({ loadGuard: async () => ((loaded = true), { guard: { decide: async () => { throw new Error("x"); } }, close: async () => undefined }) });
    expect(await main(["check", join(dir, "missing.json")], t.value, d)).toBe(2);
    expect(t.err.join("\n")).toMatch(/cannot read input: .*missing\.json: no such file/);
    expect(loaded).toBe(false);
  });

  it("exits 2 when the policy cannot be loaded", async () => {
    const t = io();
    const d = deps({ loadGuard: async () => { throw new Error("bundle is corrupt"); } });
    expect(await main(["check", casesFile("p.json", [{ id: "a", says: "allow" }])], t.value, d)).toBe(2);
    expect(t.err.join("\n")).toMatch(/cannot load the policy: bundle is corrupt/);
  });

  it("exits 2 on a usage error and prints usage", async () => {
    const t = io();
    expect(await main(["check"], t.value, deps())).toBe(2);
    expect(t.err.join("\n")).toMatch(/usage: claimcheck check/);
  });

  it("reports a conversation that cannot be converted as a checker_error block", async () => {
    const t = io();
    const d = deps({ toExchange: () => { throw new Error("bad tool_calls"); } });
    expect(await main(["check", casesFile("conv.json", [{ id: "a", says: "allow" }])], t.value, d)).toBe(1);
    expect(t.out[0]).toBe("a  block  checker_error  (error: bad tool_calls)");
  });

  it("draws a progress bar on a terminal for many conversations only", async () => {
    const many = casesFile("many.json", Array.from({ length: 25 }, (_, i) => ({ id: `c${i}`, says: "allow" as const })));
    const tty = io(true);
    await main(["check", many], tty.value, deps());
    expect(tty.drawn()).toMatch(/checking \[/);
    const pipe = io(false);
    await main(["check", many], pipe.value, deps());
    expect(pipe.drawn()).toBe("");
    const few = io(true);
    await main(["check", casesFile("few.json", [{ id: "a", says: "allow" }])], few.value, deps());
    expect(few.drawn()).toBe("");
  });
});
