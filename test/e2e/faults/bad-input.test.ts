import request from "supertest";
import { completion, sendJson, sendStream, startFakeUpstream, streamChunks, type FakeUpstream } from "../../support/fake-upstream";
import { createRealGuardProxy, type RealGuardProxy } from "../../support/real-guard-proxy";
import { sseData } from "../../support/sse-events";

/**
 * Bad input through the real guard and the shipped policies: malformed requests get a 400 that
 * says what is wrong; a reply whose tool-call JSON is cut or invalid still gets a verdict, and a
 * destructive call that cannot be parsed is not waved through; hostile shapes do not crash.
 */
let upstream: FakeUpstream;
let proxy: RealGuardProxy;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  proxy = await createRealGuardProxy(upstream.baseUrl);
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

const tools = [{ type: "function", function: { name: "delete_model", description: "Delete a model and its weights", parameters: { type: "object", properties: { model_id: { type: "string" } } } } }];
const ask = { model: "gpt-test", tools, messages: [{ role: "system", content: "You manage the model registry." }, { role: "user", content: "Delete model-b, it is deprecated." }] };
const cutCall = { id: "call_1", type: "function" as const, function: { name: "delete_model", arguments: '{"model_id": "model-b' } };

describe("malformed requests", () => {
  it.each([
    ["a JSON array", [], /must be a JSON object/, null],
    ["messages not an array", { messages: "hi" }, /messages: .*expected array/, "messages"],
    ["content of a wrong type", { messages: [{ role: "user", content: 42 }] }, /messages\[0\]\.content: /, "messages[0].content"],
    ["a tool call without an id", { messages: [{ role: "assistant", content: null, tool_calls: [{ type: "function", function: { name: "f", arguments: "{}" } }] }] }, /messages\[0\]\.tool_calls\[0\]\.id: /, "messages[0].tool_calls[0].id"],
    ["stream not a boolean", { stream: "yes", messages: [{ role: "user", content: "a" }] }, /stream: .*expected boolean/, "stream"],
  ] as Array<[string, unknown, RegExp, string | null]>)("400 for %s, naming the field", async (_name, body, message, param) => {
    const res = await request(proxy.app).post("/v1/chat/completions").send(body as object);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.param).toBe(param);
  });

  it("400 invalid_json for an empty body and for bytes that are not UTF-8 JSON", async () => {
    for (const raw of ["", "\u00ff\u00fe{"]) {
      const res = await request(proxy.app).post("/v1/chat/completions").set("content-type", "application/json").send(raw);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("invalid_json");
    }
  });
});

describe("replies with tool-call JSON that cannot be parsed", () => {
  it("blocks a destructive call with cut-off arguments in a JSON reply, even though the user ordered it", async () => {
    upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: null, tool_calls: [cutCall] }));
    const res = await request(proxy.app).post("/v1/chat/completions").send(ask).expect(200);
    expect(res.headers["x-guard-verdict"]).toBe("block");
    expect(res.body.guard.violations.map((v: { rule: string }) => v.rule)).toContain("unparsable_arguments");
    expect(res.body.choices[0].message.tool_calls ?? []).toEqual([]);
  });

  it("blocks it in a stream too: the call's arguments were cut but the stream finished", async () => {
    upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: null, tool_calls: [cutCall] }));
    const res = await request(proxy.app).post("/v1/chat/completions").send({ ...ask, stream: true }).expect(200);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- SSE payloads
    const events = sseData(res.text) as any[];
    expect(events.at(-2).guard.verdict).toBe("block");
    expect(res.text).not.toMatch(/"tool_calls"/);
  });

  it("allows a read-only call with invalid arguments (nothing destructive to check)", async () => {
    const readTools = [{ type: "function", function: { name: "get_model", description: "Show a model's status (read-only)", parameters: { type: "object", properties: { model_id: { type: "string" } } } } }];
    upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: null, tool_calls: [{ id: "c", type: "function", function: { name: "get_model", arguments: "{model_id: model-b}" } }] }));
    const res = await request(proxy.app).post("/v1/chat/completions").send({ ...ask, tools: readTools, messages: [{ role: "user", content: "How is model-b doing?" }] }).expect(200);
    expect(res.headers["x-guard-verdict"]).toBe("allow");
  });
});

describe("hostile shapes", () => {
  /** JSON text nesting `depth` objects (built as text: JSON.stringify itself overflows the stack on such values). */
  const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}"x"${"}".repeat(depth)}`;

  it("400 for a request nesting 20,000 levels deep (it used to be a 500: a stack overflow while normalizing)", async () => {
    const before = proxy.log.records.length;
    const seen = upstream.seen.length;
    const history = `[{"role":"user","content":"Clean up."},{"role":"assistant","content":null,"tool_calls":[{"id":"h1","type":"function","function":{"name":"delete_model","arguments":${deepJson(20_000)}}}]}]`;
    const res = await request(proxy.app).post("/v1/chat/completions").set("content-type", "application/json").send(`{"model":"gpt-test","messages":${history}}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/deeper than 128 levels/);
    expect(upstream.seen.length).toBe(seen);
    await new Promise((r) => setTimeout(r, 20));
    expect(proxy.log.records).toHaveLength(before + 1);
  });

  it("gives a verdict on a reply whose tool-call arguments string holds JSON 20,000 levels deep, and a 502 for a reply nested that deep", async () => {
    const reply = JSON.stringify(completion({ content: "Done. model-b was deleted.", tool_calls: [{ id: "c2", type: "function", function: { name: "delete_model", arguments: deepJson(20_000) } }] }));
    upstream.handle = (_req, _b, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(reply);
    };
    const res = await request(proxy.app).post("/v1/chat/completions").send(ask);
    expect(res.status).toBe(200);
    expect(res.headers["x-guard-verdict"]).toBe("block");
    upstream.handle = (_req, _b, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`{"choices":[${deepJson(20_000)}]}`);
    };
    const deep = await request(proxy.app).post("/v1/chat/completions").send(ask);
    expect(deep.status).toBe(502);
    expect(deep.body.error.code).toBe("upstream_invalid_response");
  });

  it("answers a reply of one 1 MB sentence without punctuation", async () => {
    upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "word ".repeat(200_000) }));
    const started = performance.now();
    const res = await request(proxy.app).post("/v1/chat/completions").send(ask).expect(200);
    expect(res.headers["x-guard-verdict"]).toEqual(expect.any(String));
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
