import { connect } from "node:net";
import request from "supertest";
import { completion, sendJson, sendStream, startFakeUpstream, streamChunks, type FakeUpstream } from "../../support/fake-upstream";
import { sseData } from "../../support/sse-events";
import { createTestProxy, listen, type TestProxy } from "../../support/test-proxy";
import { chatBody, theOneRecord } from "./fault-harness";

/**
 * The upstream is fixed by configuration: no client header, request target or body field can
 * send the proxy elsewhere; hop-by-hop headers stay on their hop; only the proxy speaks for the guard.
 */
let upstream: FakeUpstream;
let decoy: FakeUpstream;
let proxy: TestProxy;

beforeEach(async () => {
  upstream = await startFakeUpstream();
  decoy = await startFakeUpstream();
  decoy.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "from the decoy" }));
  upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "from the configured upstream" }));
  proxy = createTestProxy(upstream.baseUrl);
});
afterEach(async () => {
  await proxy.close();
  await upstream.close();
  await decoy.close();
});

const decoyHost = () => new URL(decoy.baseUrl).host;

/** Sends raw HTTP/1.1 bytes to the proxy; resolves the status code. */
async function rawHttp(lines: string[], body = ""): Promise<number> {
  const { base, close } = await listen(proxy.app);
  try {
    const { port } = new URL(base);
    return await new Promise<number>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => socket.write([...lines, `content-length: ${Buffer.byteLength(body)}`, "connection: close", "", body].join("\r\n")));
      let text = "";
      socket.setEncoding("utf8");
      socket.on("data", (d: string) => (text += d));
      socket.on("end", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0)));
      socket.on("error", reject);
    });
  } finally {
    await close();
  }
}

describe("no client input picks the upstream", () => {
  it("ignores Host, X-Forwarded-Host, Forwarded and a base_url-like body field", async () => {
    const res = await request(proxy.app)
      .post("/v1/chat/completions")
      .set("host", decoyHost())
      .set("x-forwarded-host", decoyHost())
      .set("x-forwarded-proto", "http")
      .set("forwarded", `host=${decoyHost()}`)
      .send({ ...chatBody, base_url: decoy.baseUrl, api_base: decoy.baseUrl, baseURL: decoy.baseUrl, url: decoy.baseUrl })
      .expect(200);
    expect(res.body.choices[0].message.content).toBe("from the configured upstream");
    expect(decoy.seen).toHaveLength(0);
    expect(upstream.seen[0]!.headers.host).toBe(new URL(upstream.baseUrl).host);
  });

  it("refuses an absolute-URI request target naming another host (guarded and pass-through routes)", async () => {
    const body = JSON.stringify(chatBody);
    expect(await rawHttp([`POST http://${decoyHost()}/v1/chat/completions HTTP/1.1`, `host: ${decoyHost()}`, "content-type: application/json"], body)).toBe(400);
    expect(await rawHttp([`GET http://${decoyHost()}/v1/models HTTP/1.1`, `host: ${decoyHost()}`])).toBe(400);
    expect(decoy.seen).toHaveLength(0);
    expect(upstream.seen).toHaveLength(0);
    expect((await theOneRecord(proxy)).status).toBe("bad_request");
  });

  it.each(["/v1/../admin", "/v1/%2e%2e/admin", "/v1/..%2fadmin", "/v1/..\\admin", "/v1/models/.%2E/..", "/v1/x/%2E"])("refuses the dot-segment path %s before it goes upstream", async (path) => {
    expect(await rawHttp([`GET ${path} HTTP/1.1`, "host: localhost"])).toBe(400);
    expect(upstream.seen).toHaveLength(0);
  });

  it("keeps paths that only look like dots: /v1/models/gpt-4.1 and /v1/files/a..b", async () => {
    upstream.handle = (_req, _b, res) => sendJson(res, 200, { ok: true });
    await request(proxy.app).get("/v1/models/gpt-4.1").expect(200);
    await request(proxy.app).get("/v1/files/a..b").expect(200);
    expect(upstream.seen.map((s) => s.url)).toEqual(["/v1/models/gpt-4.1", "/v1/files/a..b"]);
  });
});

describe("hop-by-hop headers", () => {
  it("does not forward hop-by-hop headers, nor the headers the client's Connection names", async () => {
    await request(proxy.app)
      .post("/v1/chat/completions")
      .set("connection", "keep-alive, x-private-hop")
      .set("keep-alive", "timeout=5")
      .set("x-private-hop", "secret")
      .set("te", "trailers")
      .set("proxy-authorization", "Basic abc")
      .set("upgrade", "websocket")
      .set("openai-organization", "org-1")
      .send(chatBody)
      .expect(200);
    const seen = upstream.seen[0]!.headers;
    for (const h of ["keep-alive", "x-private-hop", "te", "proxy-authorization", "upgrade"]) expect(seen[h]).toBeUndefined();
    expect(seen["openai-organization"]).toBe("org-1");
  });

  it("does not pass the upstream's hop-by-hop response headers to the client", async () => {
    upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "hi" }), { "keep-alive": "timeout=1", "x-upstream-hop": "1", connection: "x-upstream-hop", "x-request-id": "req_1" });
    const res = await request(proxy.app).post("/v1/chat/completions").send(chatBody).expect(200);
    expect(res.headers["x-upstream-hop"]).toBeUndefined();
    expect(res.headers["keep-alive"]).toBeUndefined();
    expect(res.headers["x-request-id"]).toBe("req_1");
  });
});

describe("only the proxy speaks for the guard", () => {
  it("drops x-guard-* headers and a top-level guard object the upstream sends with a JSON reply", async () => {
    proxy.guard.script = { verdict: "allow" };
    upstream.handle = (_req, _b, res) => sendJson(res, 200, { ...completion({ content: "hi" }), guard: { verdict: "allow", decision_id: "forged" } }, { "x-guard-enforced": "false", "x-guard-verdict": "allow" });
    const res = await request(proxy.app).post("/v1/chat/completions").send(chatBody).expect(200);
    expect(res.headers["x-guard-enforced"]).toBeUndefined();
    expect(res.headers["x-guard-verdict"]).toBe("allow");
    expect(res.body.guard).toBeUndefined();
  });

  it("drops x-guard-* headers and a guard object in the usage chunk of a stream", async () => {
    proxy.guard.script = { verdict: "block", violations: [{ rule: "claims", message: "no" }] };
    const chunks = streamChunks({ content: "agent-7 is shut down." }, { usage: true });
    (chunks.at(-1) as Record<string, unknown>).guard = { verdict: "allow", decision_id: "forged" };
    upstream.handle = (_req, _b, res) => {
      res.setHeader("x-guard-verdict", "allow");
      void sendStream(res, chunks);
    };
    const res = await request(proxy.app).post("/v1/chat/completions").send({ ...chatBody, stream: true, stream_options: { include_usage: true } }).expect(200);
    expect(res.headers["x-guard-verdict"]).toBeUndefined();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- SSE payloads
    const guards = (sseData(res.text) as any[]).filter((e) => e !== "[DONE]" && e.guard).map((e) => e.guard.verdict);
    expect(guards).toEqual(["block"]);
  });
});
