/**
 * Classification and evidence micro-benchmark. Compile and run:
 *
 *   npx tsc --ignoreConfig -m commonjs -t es2023 --esModuleInterop --skipLibCheck --types node \
 *     --rootDir . --outDir .cache/classify-bench scripts/bench-classify.ts \
 *   && node .cache/classify-bench/scripts/bench-classify.js [CASES_DIR]
 *
 * Reads every tool call and tool result of the corpus cases (default
 * /work/shared/corpus/cases) and prints the median µs per call of `analyzeToolCall`,
 * `classifyOutcome`, `readStateEvidence` and `collectAliases`, and of `classifyTool` (cached).
 * Results get a varying run of trailing spaces so the parse memo misses, as it would on a new
 * request.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeToolCall } from "../src/classify/analyze-tool-call";
import { classifyTool } from "../src/classify/classify-tool";
import type { ToolCallView, ToolDefinitionView } from "../src/exchange/exchange";
import { classifyOutcome } from "../src/evidence/classify-outcome";
import { collectAliases } from "../src/evidence/collect-aliases";
import { readStateEvidence } from "../src/evidence/read-state-evidence";

interface RawCall { id: string; function: { name: string; arguments: string } }
interface RawMessage { role: string; content?: string | null; tool_calls?: RawCall[]; tool_call_id?: string }
interface RawTool { function: { name: string; description?: string; parameters?: { properties?: Record<string, { description?: string }> } } }

const dir = process.argv[2] ?? "/work/shared/corpus/cases";
const ROUNDS = 2000;

function load(): { calls: Array<{ call: ToolCallView; result: string | null }>; tools: ToolDefinitionView[]; results: string[][] } {
  const calls: Array<{ call: ToolCallView; result: string | null }> = [];
  const tools = new Map<string, ToolDefinitionView>();
  const results: string[][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const c = JSON.parse(readFileSync(join(dir, file), "utf8")) as { request: { messages: RawMessage[]; tools?: RawTool[] }; response: RawMessage };
    const byId = new Map<string, string>();
    for (const m of c.request.messages) if (m.role === "tool" && m.tool_call_id) byId.set(m.tool_call_id, m.content ?? "");
    results.push([...byId.values()]);
    for (const t of c.request.tools ?? []) {
      const props = t.function.parameters?.properties ?? {};
      tools.set(t.function.name, {
        name: t.function.name, description: t.function.description ?? "", parameterNames: Object.keys(props),
        parameterDescriptions: Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.description ?? ""])),
      });
    }
    for (const m of [...c.request.messages, c.response]) {
      for (const tc of m.tool_calls ?? []) {
        let args: Record<string, unknown> | null = null;
        try { args = JSON.parse(tc.function.arguments) as Record<string, unknown>; } catch { /* invalid stays null */ }
        calls.push({ call: { id: tc.id, name: tc.function.name, argumentsText: tc.function.arguments, arguments: args }, result: byId.get(tc.id) ?? null });
      }
    }
  }
  return { calls, tools: [...tools.values()], results };
}

function bench(label: string, perRound: number, run: (round: number) => void): void {
  for (let r = 0; r < 200; r++) run(r); // warm up the JIT
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    run(r);
    times.push((performance.now() - start) * 1000 / perRound);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log(`${label.padEnd(22)} median ${q(0.5)} µs/call, p99 ${q(0.99)} µs/call (${perRound} per round)`);
}

const { calls, tools, results } = load();
const defs = new Map(tools.map((t) => [t.name, t]));
const spaced = (text: string, round: number) => text + " ".repeat(round % 97);
console.log(`${calls.length} calls, ${tools.length} tools, ${results.flat().length} results from ${dir}`);
bench("analyzeToolCall", calls.length, () => { for (const c of calls) analyzeToolCall(c.call, defs.get(c.call.name)); });
const analyses = calls.map((c) => ({ ...c, analysis: analyzeToolCall(c.call, defs.get(c.call.name)) }));
const withResults = analyses.filter((c) => c.result !== null);
bench("classifyOutcome", withResults.length, (r) => { for (const c of withResults) classifyOutcome(spaced(c.result!, r), c.analysis); });
bench("readStateEvidence", withResults.length, (r) => { for (const c of withResults) readStateEvidence(spaced(c.result!, r), c.analysis); });
bench("collectAliases", results.length, (r) => { for (const rs of results) collectAliases(rs.map((t) => spaced(t, r))); });
bench("classifyTool (cached)", tools.length, () => { for (const t of tools) classifyTool(t); });
