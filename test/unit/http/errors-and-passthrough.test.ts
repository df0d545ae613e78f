import { request as httpRequest } from "node:http";
import request from "supertest";
import { completion, sendJson, sendStream, streamChunks } from "../../support/fake-upstream";
import { createTestProxy, listen, useProxyWithFakeUpstream } from "../../support/test-proxy";

const body = { model: "gpt-test", messages: [{ role: "user", content: "hi" }] };

const ctx = useProxyWithFakeUpstream();

function expectEnvelope(res: request.Response, status: number, code: string, type: string): void {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toMatch(/application\/json/);
  expect(Object.keys(res.body.error).sort()).toEqual(["code", "message", "param", "type"]);
  expect(res.body.error).toEqual(expect.objectContaining({ message: expect.any(String), type, code }));
}

describe("request errors", () => {
  it("400 on malformed JSON, saying so", async () => {
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").set("content-type", "application/json").send('{"messages": [');
    expectEnvelope(res, 400, "invalid_json", "invalid_request_error");
    expect(res.body.error.message).toMatch(/not valid JSON/);
    expect(ctx.upstream.seen).toHaveLength(0);
    expect(ctx.proxy.log.records[0]).toEqual(expect.objectContaining({ status: "bad_request" }));
  });

  it("400 on missing messages, naming the field", async () => {
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send({ model: "gpt-test" });
    expectEnvelope(res, 400, "invalid_request", "invalid_request_error");
    expect(res.body.error.message).toMatch(/messages: /);
    expect(res.body.error.param).toBe("messages");
  });

  it("400 on a message with a wrong role, naming the message", async () => {
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send({ messages: [{ role: "user", content: "a" }, { role: "robot", content: "b" }] });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe("messages[1].role");
  });

  it("400 on n > 1: the guard reviews one choice", async () => {
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send({ ...body, n: 3 });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/n: must be 1/);
  });

  it("413 on a body over the limit", async () => {
    await ctx.proxy.close();
    ctx.proxy = createTestProxy(ctx.upstream.baseUrl, { MAX_BODY_BYTES: "1000" });
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send({ messages: [{ role: "user", content: "x".repeat(2000) }] });
    expectEnvelope(res, 413, "body_too_large", "invalid_request_error");
    expect(ctx.upstream.seen).toHaveLength(0);
  });

  it("404 in the OpenAI envelope outside /v1", async () => {
    const res = await request(ctx.proxy.app).get("/nope");
    expectEnvelope(res, 404, "not_found", "invalid_request_error");
  });

  it("refuses dot segments that would climb out of the upstream base path", async () => {
    const { base, close } = await listen(ctx.proxy.app);
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const { hostname, port } = new URL(base);
        // a raw path: URL parsing would resolve the dot segment before it is sent
        httpRequest({ hostname, port, path: "/v1/../admin", method: "GET" }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        }).on("error", reject).end();
      });
      expect(status).toBe(400);
      expect(ctx.upstream.seen).toHaveLength(0);
    } finally {
      await close();
    }
  });
});

describe("upstream failures", () => {
  it("passes an upstream 429 through with its status, Retry-After and body", async () => {
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 429, { error: { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded", param: null } }, { "retry-after": "7", "x-ratelimit-remaining-requests": "0" });
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body);
    expect(res.status).toBe(429);
    expect(res.headers["retry-after"]).toBe("7");
    expect(res.headers["x-ratelimit-remaining-requests"]).toBe("0");
    expect(res.body.error.code).toBe("rate_limit_exceeded");
    expect(res.headers["x-guard-verdict"]).toBeUndefined();
    expect(ctx.proxy.guard.exchanges).toHaveLength(0);
    expect(ctx.proxy.log.records[0]).toEqual(expect.objectContaining({ status: "upstream_error", error: "the upstream answered 429" }));
  });

  it("502 when the upstream is unreachable", async () => {
    await ctx.upstream.close();
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body);
    expectEnvelope(res, 502, "upstream_unreachable", "upstream_error");
  });

  it("502 when the upstream answers 200 with a body that is not JSON", async () => {
    ctx.upstream.handle = (_req, _b, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>gateway</html>");
    };
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body);
    expectEnvelope(res, 502, "upstream_invalid_response", "upstream_error");
  });

  it("502 when a stream request gets JSON instead of an event stream", async () => {
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "hi" }));
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send({ ...body, stream: true });
    expectEnvelope(res, 502, "upstream_invalid_response", "upstream_error");
  });

  it("504 when the upstream sends no headers within the first-byte timeout", async () => {
    await ctx.proxy.close();
    ctx.proxy = createTestProxy(ctx.upstream.baseUrl, { UPSTREAM_FIRST_BYTE_TIMEOUT_MS: "200" });
    ctx.upstream.handle = () => undefined; // never answers
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body);
    expectEnvelope(res, 504, "upstream_timeout", "upstream_error");
  });

  it("504 when the total timeout passes", async () => {
    await ctx.proxy.close();
    ctx.proxy = createTestProxy(ctx.upstream.baseUrl, { UPSTREAM_TOTAL_TIMEOUT_MS: "200" });
    ctx.upstream.handle = () => undefined;
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body);
    expectEnvelope(res, 504, "upstream_timeout", "upstream_error");
  });
});

describe("client abort", () => {
  it("aborts the upstream request when the client disconnects mid-stream, and logs client_aborted", async () => {
    const chunks = streamChunks({ content: "Working on it. agent-7 is shut down." });
    ctx.upstream.handle = (_req, _b, res) => void sendStream(res, chunks.slice(0, 3), { done: false, end: false });
    const { base, close } = await listen(ctx.proxy.app);
    try {
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest(`${base}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
          res.once("data", () => {
            req.destroy();
            resolve();
          });
        });
        req.on("error", reject);
        req.end(JSON.stringify({ ...body, stream: true }));
      });
      await ctx.upstream.aborted;
      await new Promise((r) => setTimeout(r, 50));
      expect(ctx.proxy.log.records).toEqual([expect.objectContaining({ status: "client_aborted", stream: true })]);
    } finally {
      await close();
    }
  });
});

describe("pass-through and operations", () => {
  it("forwards GET /v1/models unchanged with its query", async () => {
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, { object: "list", data: [{ id: "gpt-test" }] }, { "openai-version": "2020-10-01" });
    const res = await request(ctx.proxy.app).get("/v1/models?limit=2").set("authorization", "Bearer sk-client").expect(200);
    expect(res.body).toEqual({ object: "list", data: [{ id: "gpt-test" }] });
    expect(res.headers["openai-version"]).toBe("2020-10-01");
    expect(ctx.upstream.seen[0]).toEqual(expect.objectContaining({ method: "GET", url: "/v1/models?limit=2" }));
    expect(ctx.upstream.seen[0]!.headers.authorization).toBe("Bearer sk-client");
    expect(ctx.proxy.log.records).toHaveLength(0);
  });

  it("streams a POST body through to other /v1 paths and passes their errors through", async () => {
    ctx.upstream.handle = (_req, b, res) => sendJson(res, 400, { error: { message: `got ${b.length} bytes` } });
    const payload = JSON.stringify({ input: "x".repeat(5000) });
    const res = await request(ctx.proxy.app).post("/v1/embeddings").set("content-type", "application/json").send(payload);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(`got ${payload.length} bytes`);
    expect(ctx.upstream.seen[0]!.body).toBe(payload);
  });

  it("healthz is 200; readyz follows guard.ready()", async () => {
    await request(ctx.proxy.app).get("/healthz").expect(200);
    await request(ctx.proxy.app).get("/readyz").expect(200);
    ctx.proxy.guard.script = { verdict: "allow", ready: false };
    await request(ctx.proxy.app).get("/readyz").expect(503);
  });

  it("exposes request, verdict and latency metrics in Prometheus format", async () => {
    ctx.proxy.guard.script = { verdict: "block", violations: [{ rule: "exfiltration", message: "no" }] };
    ctx.upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "ok" }));
    await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const res = await request(ctx.proxy.app).get("/metrics").expect(200);
    expect(res.headers["content-type"]).toMatch(/text\/plain/);
    expect(res.text).toMatch(/claimcheck_http_requests_total\{route="\/v1\/chat\/completions",status="200"\} 1/);
    expect(res.text).toMatch(/claimcheck_verdicts_total\{verdict="block",rule="exfiltration"\} 1/);
    expect(res.text).toMatch(/claimcheck_upstream_latency_seconds_count\{route="\/v1\/chat\/completions"\} 1/);
    expect(res.text).toMatch(/claimcheck_guard_latency_seconds_count 1/);
  });
});
