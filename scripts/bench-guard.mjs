// Guard-stage cost on the perf tool's 5 KB agent turn: per stage, and the whole decision with a
// cold and a warm analysis memo. Run after `npm run build`: `npm run bench:guard`.
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const dist = new URL("../dist/src/", import.meta.url).pathname;
const { PolicyStore } = require(`${dist}policy/policy-store.js`);
const { createGuardStage } = require(`${dist}guard/create-guard-stage.js`);
const { analyzeExchange } = require(`${dist}guard/analyze-exchange.js`);
const { buildPolicyInput } = require(`${dist}guard/build-policy-input.js`);
const { DEFAULT_ACTION_FAMILIES } = require(`${dist}claims/action-families.js`);
const { extractClaims } = require(`${dist}claims/extract-claims.js`);
const { buildExchange, normalizeRequest, replyFromCompletion } = require(`${dist}exchange/normalize-exchange.js`);

// The same turn as ../shared/tools/perf.mjs: an order, three tool rounds, a backed claim.
const tools = ["list_agents", "describe_agent", "decommission_agent", "run_command", "transfer"].map((name) => ({
  type: "function", function: { name, description: `${name.replace(/_/g, " ")} on the fleet`, parameters: { type: "object", properties: { agent_id: { type: "string" }, cmd: { type: "string" } } } },
}));
const messages = [
  { role: "system", content: "You are OpsPilot, an infrastructure assistant. Use the tools to act and report results accurately. ".repeat(4) },
  { role: "user", content: "List the agents, check aria-3, and decommission it since aria-4 replaces it." },
];
const rounds = [["list_agents", {}, { agents: Array.from({ length: 20 }, (_, i) => ({ id: `agent-${i}`, state: "running", owner: "ml-platform", region: "eu-west-1" })) }],
  ["describe_agent", { agent_id: "aria-3" }, { agent_id: "aria-3", state: "running", replicas: 2, image: "registry/aria:3.4.1", notes: "x".repeat(800) }],
  ["decommission_agent", { agent_id: "aria-3" }, { ok: true, agent_id: "aria-3", state: "decommissioned" }]];
rounds.forEach(([name, args, out], i) => {
  messages.push({ role: "assistant", content: null, tool_calls: [{ id: `call_${i}`, type: "function", function: { name, arguments: JSON.stringify(args) } }] });
  messages.push({ role: "tool", tool_call_id: `call_${i}`, content: JSON.stringify(out) });
});
const text = "aria-3 has been decommissioned and its two replicas are gone. aria-4 is now serving all traffic; nothing else was changed.";
const reply = replyFromCompletion({ choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }] });
const exchange = () => buildExchange(normalizeRequest({ model: "m", messages, tools }), reply, { route: "/v1/chat/completions", stream: false, timeNs: 0, clientKeyHash: null });

const policy = await PolicyStore.load({ bundlePath: new URL("../policies/build/bundle.tar.gz", import.meta.url).pathname, watch: false });
const N = Number(process.argv[2] ?? 20000);
function cost(label, fn) {
  for (let i = 0; i < 2000; i++) fn();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) fn();
  const cpu = process.cpuUsage(cpu0);
  console.log(`${label.padEnd(34)} ${(Number(process.hrtime.bigint() - t0) / N / 1000).toFixed(1).padStart(7)} µs wall ${((cpu.user + cpu.system) / N).toFixed(1).padStart(7)} µs cpu`);
}
const ex = exchange();
const analysis = analyzeExchange(ex, { families: DEFAULT_ACTION_FAMILIES });
const input = buildPolicyInput(ex, analysis, DEFAULT_ACTION_FAMILIES);
console.log(`policy input ${JSON.stringify(input).length} bytes; claims: ${analysis.claims.map((c) => c.status).join(", ")}`);
cost("normalize request + reply", exchange);
cost("extract claims (reply text)", () => extractClaims(text));
cost("analyze, cold (no memo)", () => analyzeExchange(ex, { families: DEFAULT_ACTION_FAMILIES }));
cost("build policy input", () => buildPolicyInput(ex, analysis, DEFAULT_ACTION_FAMILIES));
cost("evaluate policy (wasm)", () => policy.evaluate(input));
const guard = createGuardStage({ policy, failOpen: false });
const decideOnce = async () => guard.decide(ex);
for (let i = 0; i < 2000; i++) await decideOnce();
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) await decideOnce();
const cpu = process.cpuUsage(cpu0);
console.log(`${"decide, warm memo (agent loop)".padEnd(34)} ${(Number(process.hrtime.bigint() - t0) / N / 1000).toFixed(1).padStart(7)} µs wall ${((cpu.user + cpu.system) / N).toFixed(1).padStart(7)} µs cpu`);
// The proxy reads the request side while the upstream answers (GuardStage.prepare): what is
// left once the reply is in is what a client waits for.
cost("read ahead (prepare), warm memo", () => guard.prepare(ex));
const prepared = guard.prepare(ex);
for (let i = 0; i < 2000; i++) await guard.decide(ex, "x", prepared);
const cpu1 = process.cpuUsage();
const t1 = process.hrtime.bigint();
for (let i = 0; i < N; i++) await guard.decide(ex, "x", prepared);
const cpuAfter = process.cpuUsage(cpu1);
console.log(`${"decide after read-ahead".padEnd(34)} ${(Number(process.hrtime.bigint() - t1) / N / 1000).toFixed(1).padStart(7)} µs wall ${((cpuAfter.user + cpuAfter.system) / N).toFixed(1).padStart(7)} µs cpu`);
await policy.close();
