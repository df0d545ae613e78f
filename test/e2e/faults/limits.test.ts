import { connect } from "node:net";
import request from "supertest";
import { completion, sendJson, sendStream, startFakeUpstream, streamChunks, type FakeUpstream } from "../../support/fake-upstream";
import { faults } from "../../support/fault-upstream";
import { sseData } from "../../support/sse-events";
import { createTestProxy, listen, type TestProxy } from "../../support/test-proxy";
import { chatBody, expectHealthy, rawPost, sleep, theOneRecord } from "./fault-harness";

/** Every configurable limit answers with the contract's error, never a crash, and the app serves on. */
let upstream: FakeUpstream;
let proxy: TestProxy;

beforeEach(async () => {
  upstream = await startFakeUpstream();
});
afterEach(async () => {
  await proxy.close();
  await upstream.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SSE payloads are asserted field by field
type Any = any;

describe("request limits", () => {
  it("413 for a body over MAX_BODY_BYTES sent without a content-length (chunked), before anything goes upstream", async () => {
    proxy = createTestProxy(upstream.baseUrl, { MAX_BODY_BYTES: "1000" });
    const { base, close } = await listen(proxy.app);
    try {
      const { port } = new URL(base);
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), "127.0.0.1", () => {
          socket.write("POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n");
          for (let i = 0; i < 5; i++) socket.write(`1f4\r\n${"x".repeat(500)}\r\n`);
          socket.write("0\r\n\r\n");
        });
        let text = "";
        socket.setEncoding("utf8");
        socket.on("data", (d: string) => (text += d));
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 413/);
      expect(reply).toMatch(/"code":"body_too_large"/);
      expect(upstream.seen).toHaveLength(0);
      expect((await theOneRecord(proxy)).status).toBe("bad_request");
      await expectHealthy(proxy, upstream);
    } finally {
      await close();
    }
  });

  it("400 for more messages than MAX_MESSAGES, saying the limit", async () => {
    proxy = createTestProxy(upstream.baseUrl, { MAX_MESSAGES: "3" });
    const messages = Array.from({ length: 4 }, (_, i) => ({ role: "user", content: `m${i}` }));
    const res = await request(proxy.app).post("/v1/chat/completions").send({ messages });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual(expect.objectContaining({ code: "invalid_request", param: "messages", message: expect.stringContaining("messages: must contain at most 3 messages") }));
    expect(upstream.seen).toHaveLength(0);
  });

  it("a client that leaves in the middle of its request body still gets exactly one record", async () => {
    proxy = createTestProxy(upstream.baseUrl);
    const { base, close } = await listen(proxy.app);
    try {
      const { port } = new URL(base);
      const socket = connect(Number(port), "127.0.0.1", () => socket.write("POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"messages\":"));
      await sleep(50);
      socket.destroy();
      expect((await theOneRecord(proxy)).status).toBe("client_aborted");
      expect(upstream.seen).toHaveLength(0);
      await expectHealthy(proxy, upstream);
    } finally {
      await close();
    }
  });
});

describe("upstream reply limits", () => {
  const body = { ...chatBody, stream: true };

  it("an SSE event over MAX_SSE_EVENT_BYTES is a 502 (nothing relayed yet), not a buffer without end", async () => {
    proxy = createTestProxy(upstream.baseUrl, { MAX_SSE_EVENT_BYTES: "1000" });
    upstream.handle = (_req, _b, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: {"id":"c","choices":[{"index":0,"delta":{"content":"${"a".repeat(5000)}`);
    };
    const res = await request(proxy.app).post("/v1/chat/completions").send(body);
    expect(res.status).toBe(502);
    expect(res.body.error).toEqual(expect.objectContaining({ code: "upstream_invalid_response", message: expect.stringMatching(/SSE event larger than 1000 bytes/) }));
    expect((await theOneRecord(proxy)).status).toBe("upstream_error");
    await expectHealthy(proxy, upstream);
  });

  it("a streamed tool call's arguments over MAX_TOOL_ARGUMENT_BYTES end the stream with a reply_too_large error event; the call is not sent", async () => {
    proxy = createTestProxy(upstream.baseUrl, { MAX_TOOL_ARGUMENT_BYTES: "100" });
    const call = { id: "call_1", type: "function" as const, function: { name: "write_file", arguments: JSON.stringify({ path: "/x", content: "y".repeat(300) }) } };
    upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "Writing.", tool_calls: [call] }));
    const res = await request(proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const events = sseData(res.text) as Any[];
    expect(events.at(-1).error).toEqual(expect.objectContaining({ code: "reply_too_large", type: "upstream_error" }));
    expect(res.text).not.toMatch(/write_file/);
    expect((await theOneRecord(proxy)).status).toBe("upstream_error");
    await expectHealthy(proxy, upstream);
  });

  it("held text over MAX_STREAM_BUFFERED_BYTES ends the stream with a reply_too_large error event and is never released", async () => {
    proxy = createTestProxy(upstream.baseUrl, { MAX_STREAM_BUFFERED_BYTES: "2000" });
    upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: `agent-7 was shut down ${"and then more words ".repeat(200)}.` }));
    const res = await request(proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const events = sseData(res.text) as Any[];
    expect(events.at(-1).error.code).toBe("reply_too_large");
    expect(res.text).not.toMatch(/shut down|more words/);
    expect(events).not.toContain("[DONE]");
  });

  it("a JSON reply over MAX_STREAM_BUFFERED_BYTES is a 502 reply_too_large, never an unguarded pass-through", async () => {
    proxy = createTestProxy(upstream.baseUrl, { MAX_STREAM_BUFFERED_BYTES: "2000" });
    upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "agent-7 was shut down. ".repeat(200) }));
    const res = await request(proxy.app).post("/v1/chat/completions").send(chatBody);
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe("reply_too_large");
    expect(res.text).not.toMatch(/shut down/);
    expect((await theOneRecord(proxy)).status).toBe("upstream_error");
  });
});

describe("MAX_CONCURRENT_STREAMS", () => {
  it("refuses a stream over the limit with 503, serves JSON meanwhile, and frees the slot whatever ended the stream", async () => {
    proxy = createTestProxy(upstream.baseUrl, { MAX_CONCURRENT_STREAMS: "1", UPSTREAM_IDLE_TIMEOUT_MS: "5000" });
    const { base, close } = await listen(proxy.app);
    const body = { ...chatBody, stream: true };
    try {
      upstream.handle = faults.stalledStream({ content: "Working on it." }, 2);
      const first = rawPost(base, body);
      for (let i = 0; i < 100 && upstream.seen.length === 0; i++) await sleep(10);
      const refused = await request(proxy.app).post("/v1/chat/completions").send(body);
      expect(refused.status).toBe(503);
      expect(refused.body.error).toEqual(expect.objectContaining({ code: "overloaded", type: "server_error" }));
      await expectHealthy(proxy, upstream); // JSON is not counted
      first.hangUp();
      await first.done;
      await sleep(50);
      // after a client abort, an upstream reset, a provider 429 and a broken stream, the one slot is free each time
      for (const script of [faults.resetBeforeBody(), faults.status(429), faults.cutStream({ content: "a b c" }, 2, "reset")]) {
        upstream.handle = script;
        await request(proxy.app).post("/v1/chat/completions").send(body);
      }
      upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "Done." }));
      const ok = await request(proxy.app).post("/v1/chat/completions").send(body).expect(200);
      expect(sseData(ok.text).at(-1)).toBe("[DONE]");
    } finally {
      await close();
    }
  });
});
