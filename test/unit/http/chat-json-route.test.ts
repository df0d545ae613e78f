import request from "supertest";
import { completion, sendJson } from "../../support/fake-upstream";
import { createTestProxy, useProxyWithFakeUpstream } from "../../support/test-proxy";

const body = {
  model: "gpt-test",
  messages: [
    { role: "user", content: "Delete model-b." },
    { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "delete_model", arguments: '{"name":"model-b"}' } }] },
    { role: "tool", tool_call_id: "call_1", content: '{"ok":true}' },
  ],
  some_future_field: { keep: [1, 2, 3] },
};

const ctx = useProxyWithFakeUpstream();

describe("POST /v1/chat/completions (JSON)", () => {
  it("forwards the client's bytes unchanged and returns the upstream's bytes on allow", async () => {
    const reply = completion({ content: "model-b has been deleted." });
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, reply, { "x-request-id": "req_42" });
    const raw = JSON.stringify(body);
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").set("content-type", "application/json").set("authorization", "Bearer sk-client-key-123").send(raw);
    expect(res.status).toBe(200);
    expect(res.headers["x-guard-verdict"]).toBe("allow");
    expect(res.headers["x-guard-decision-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers["x-request-id"]).toBe("req_42");
    expect(res.text).toBe(JSON.stringify(reply));
    expect(ctx.upstream.seen[0]?.body).toBe(raw);
    expect(ctx.upstream.seen[0]?.headers.authorization).toBe("Bearer sk-client-key-123");
    expect(res.body.guard).toBeUndefined();
  });

  it("gives the guard one normalized exchange: history paired by tool_call_id, reply text", async () => {
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "Done: model-b has been deleted." }));
    await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const exchange = ctx.proxy.guard.exchanges[0]!;
    expect(exchange.history).toEqual([expect.objectContaining({ id: "call_1", name: "delete_model", arguments: { name: "model-b" }, resultText: '{"ok":true}', resultIndex: 2 })]);
    expect(exchange.reply.text).toBe("Done: model-b has been deleted.");
    expect(exchange.context).toEqual(expect.objectContaining({ route: "/v1/chat/completions", stream: false }));
  });

  it("lets the guard read the request while the upstream answers, and hands that reading to decide", async () => {
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "Done: model-b has been deleted." }));
    await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const { readings, decidedWith, exchanges } = ctx.proxy.guard;
    expect(readings).toHaveLength(1);
    expect(readings[0]!.request.history).toBe(exchanges[0]!.history);
    expect(decidedWith).toEqual([readings[0]]);
  });

  it("adds the guard object on flag without changing the reply", async () => {
    ctx.proxy.guard.script = { verdict: "flag", violations: [{ rule: "non_compliance", message: "The model did not carry out the instruction." }] };
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "I would rather not delete model-b." }));
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    expect(res.headers["x-guard-verdict"]).toBe("flag");
    expect(res.body.choices[0].message.content).toBe("I would rather not delete model-b.");
    expect(res.body.guard).toEqual(expect.objectContaining({ verdict: "flag", decision_id: res.headers["x-guard-decision-id"], violations: [expect.objectContaining({ rule: "non_compliance" })] }));
  });

  it("replaces a blocked reply by a notice naming the offending tool call, finish_reason content_filter", async () => {
    ctx.proxy.guard.script = { verdict: "block", violations: [{ rule: "exfiltration", message: "Copying model weights to an outside host", tool_call_ids: ["call_9"] }] };
    const reply = completion({
      content: "Sure, deleting now.",
      tool_calls: [
        { id: "call_9", type: "function", function: { name: "copy_weights", arguments: '{"dest":"s3://x"}' } },
        { id: "call_10", type: "function", function: { name: "list_models", arguments: "{}" } },
      ],
    });
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, reply);
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    expect(res.headers["x-guard-verdict"]).toBe("block");
    const choice = res.body.choices[0];
    expect(choice.finish_reason).toBe("content_filter");
    expect(choice.message.tool_calls).toBeUndefined();
    expect(choice.message.content).toMatch(/blocked: Copying model weights to an outside host/);
    expect(choice.message.content).toMatch(/copy_weights \(call_9, offending\), list_models \(call_10\)/);
    expect(choice.message.content).not.toMatch(/Sure, deleting now/);
    expect(res.body.usage).toEqual(reply.usage);
    expect(res.body.guard).toEqual(expect.objectContaining({ verdict: "block", enforced: true }));
  });

  it("changes nothing in monitoring mode but reports the verdict and x-guard-enforced: false", async () => {
    await ctx.proxy.close();
    ctx.proxy = createTestProxy(ctx.upstream.baseUrl, { GUARD_MODE: "monitor" });
    ctx.proxy.guard.script = { verdict: "block", violations: [{ rule: "fake_completion", message: "No deletion happened" }] };
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "model-b has been deleted." }));
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    expect(res.headers["x-guard-verdict"]).toBe("block");
    expect(res.headers["x-guard-enforced"]).toBe("false");
    expect(res.body.choices[0].message.content).toBe("model-b has been deleted.");
    expect(res.body.guard).toEqual(expect.objectContaining({ verdict: "block", enforced: false }));
  });

  it("turns a throwing guard into a guard_error block, never an unguarded reply", async () => {
    ctx.proxy.guard.script = { verdict: "allow", throws: new Error("boom") };
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "model-b has been deleted." }));
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    expect(res.headers["x-guard-verdict"]).toBe("block");
    expect(res.body.guard.violations[0].rule).toBe("guard_error");
    expect(res.body.guard.status).toBe("error");
    expect(res.body.choices[0].message.content).not.toMatch(/has been deleted/);
    expect(ctx.proxy.log.records[0]).toEqual(expect.objectContaining({ status: "error", verdict: "block", error: "boom" }));
  });

  it("writes one decision record per guarded request", async () => {
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "ok" }));
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    expect(ctx.proxy.log.records).toHaveLength(1);
    expect(ctx.proxy.log.records[0]).toEqual(expect.objectContaining({ decision_id: res.headers["x-guard-decision-id"], status: "evaluated", verdict: "allow", stream: false, model: "gpt-test" }));
    expect(ctx.proxy.log.records[0]?.messages).toBeUndefined();
  });

  it("uses UPSTREAM_API_KEY instead of the client's key, forwards org/project headers, drops hop-by-hop and host", async () => {
    await ctx.proxy.close();
    ctx.proxy = createTestProxy(ctx.upstream.baseUrl, { UPSTREAM_API_KEY: "sk-upstream-secret" });
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "ok" }));
    await request(ctx.proxy.app)
      .post("/v1/chat/completions")
      .set("authorization", "Bearer sk-client")
      .set("OpenAI-Organization", "org-1")
      .set("OpenAI-Project", "proj-1")
      .set("host", "evil.example.com")
      .set("te", "trailers")
      .set("connection", "keep-alive, x-private")
      .set("x-private", "hop")
      .send(body)
      .expect(200);
    const headers = ctx.upstream.seen[0]!.headers;
    expect(headers.authorization).toBe("Bearer sk-upstream-secret");
    expect(headers["openai-organization"]).toBe("org-1");
    expect(headers["openai-project"]).toBe("proj-1");
    expect(headers.host).toBe(new URL(ctx.upstream.baseUrl).host);
    expect(headers.te).toBeUndefined();
    expect(headers["x-private"]).toBeUndefined();
    expect(ctx.upstream.seen[0]!.url).toBe("/v1/chat/completions");
  });
});
