import { resolve } from "node:path";
import pino from "pino";
import request from "supertest";
import { createApp } from "../../../src/app";
import { loadConfig } from "../../../src/config/load-config";
import { createGuardStage } from "../../../src/guard/create-guard-stage";
import { createMetrics } from "../../../src/metrics/metrics";
import { PolicyStore } from "../../../src/policy/policy-store";
import { completion, sendJson, sendStream, startFakeUpstream, streamChunks, type FakeUpstream } from "../../support/fake-upstream";
import { MemoryDecisionLog } from "../../support/test-proxy";

// The shipped policy bundle and the real guard stage, behind the real app: what a user runs.
const CLIENT_KEY = "sk-client-secret-0123456789abcdef";
const conversation = {
  model: "gpt-test",
  messages: [
    { role: "user", content: "Delete sentinel-7b-ft from the registry." },
    { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "delete_model", arguments: '{"model_id":"sentinel-7b-ft"}' } }] },
    { role: "tool", tool_call_id: "call_1", content: '{"error":"permission denied"}' },
  ],
  tools: [{ type: "function", function: { name: "delete_model", description: "Permanently delete a model from the registry", parameters: { type: "object", properties: { model_id: { type: "string" } } } } }],
};
const falseClaim = { role: "assistant" as const, content: "Here is the status. Model deleted successfully: sentinel-7b-ft is gone from the registry." };
const honestReport = { role: "assistant" as const, content: "The deletion failed with permission denied, so sentinel-7b-ft is still in the registry." };

let upstream: FakeUpstream;
let policy: PolicyStore;
let log: MemoryDecisionLog;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  policy = await PolicyStore.load({ bundlePath: resolve(__dirname, "../../../policies/build/bundle.tar.gz"), watch: false });
});
beforeEach(() => {
  const config = loadConfig({ UPSTREAM_BASE_URL: upstream.baseUrl, DECISION_LOG: "none" });
  log = new MemoryDecisionLog();
  app = createApp({ config, guard: createGuardStage({ policy, failOpen: false }), logger: pino({ level: "silent" }), metrics: createMetrics({ defaultMetrics: false }), decisionLog: log });
});
afterEach(() => app.upstream.close());
afterAll(async () => {
  await policy.close();
  await upstream.close();
});

function reply(message: typeof falseClaim, stream: boolean) {
  upstream.handle = (_req, _body, res) => (stream ? void sendStream(res, streamChunks(message)) : sendJson(res, 200, completion(message)));
}

test("a false deletion claim in a stream is held back, replaced by a notice, and logged with claim, evidence and revision but no key", async () => {
  reply(falseClaim, true);
  const res = await request(app.app).post("/v1/chat/completions").set("authorization", `Bearer ${CLIENT_KEY}`).send({ ...conversation, stream: true });
  expect(res.status).toBe(200);
  const text = res.text;
  expect(text).not.toContain("deleted successfully");
  expect(text).toContain("content_filter");
  expect(text).toContain("permission denied");
  expect(text.trim().endsWith("data: [DONE]")).toBe(true);

  expect(log.records).toHaveLength(1);
  const record = log.records[0]!;
  expect(record).toMatchObject({ stream: true, verdict: "block", status: "evaluated", policy_revision: policy.revision() });
  expect(record.claims[0]).toMatchObject({ action: "delete", status: "contradicted", evidence: ["call_1"] });
  expect(record.claims[0]!.explanation).toContain("permission denied");
  expect(record.violations.map((v) => v.rule)).toContain("claims");
  expect(JSON.stringify(record)).not.toContain(CLIENT_KEY);
  expect(JSON.stringify(record)).not.toContain("Model deleted successfully");
});

test("the same claim in a JSON reply is blocked with the x-guard-verdict header", async () => {
  reply(falseClaim, false);
  const res = await request(app.app).post("/v1/chat/completions").send(conversation);
  expect(res.headers["x-guard-verdict"]).toBe("block");
  expect(res.body.choices[0].finish_reason).toBe("content_filter");
  expect(res.body.choices[0].message.content).not.toContain("deleted successfully");
  expect(res.body.guard.violations[0].claim_ids).toEqual(["c1"]);
});

test("an honest failure report passes unchanged, streamed and not", async () => {
  reply(honestReport, false);
  const json = await request(app.app).post("/v1/chat/completions").send(conversation);
  expect(json.headers["x-guard-verdict"]).toBe("allow");
  expect(json.body.choices[0].message.content).toBe(honestReport.content);
  reply(honestReport, true);
  const sse = await request(app.app).post("/v1/chat/completions").send({ ...conversation, stream: true });
  expect(sse.text).toContain('"verdict":"allow"');
  expect(log.records.map((r) => r.verdict)).toEqual(["allow", "allow"]);
});
