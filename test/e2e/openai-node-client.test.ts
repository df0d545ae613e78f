import OpenAI from "openai";
import { completion, sendJson, sendStream, startFakeUpstream, streamChunks, type FakeUpstream } from "../support/fake-upstream";
import { createTestProxy, listen, type TestProxy } from "../support/test-proxy";

const messages = [{ role: "user" as const, content: "Delete model-b." }];
const deleteCall = { id: "call_1", type: "function" as const, function: { name: "delete_model", arguments: '{"name":"model-b"}' } };
const tools = [{ type: "function" as const, function: { name: "delete_model", parameters: { type: "object", properties: { name: { type: "string" } } } } }];

let upstream: FakeUpstream;
let proxy: TestProxy;
let server: Awaited<ReturnType<typeof listen>>;
let client: OpenAI;

beforeEach(async () => {
  upstream = await startFakeUpstream();
  proxy = createTestProxy(upstream.baseUrl);
  server = await listen(proxy.app);
  client = new OpenAI({ baseURL: `${server.base}/v1`, apiKey: "sk-client-test", maxRetries: 0 });
});
afterEach(async () => {
  await server.close();
  await proxy.close();
  await upstream.close();
});

describe("the openai npm SDK through the proxy", () => {
  it("gets a JSON completion and can read the verdict header", async () => {
    upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "Deleted model-b." }));
    const { data, response } = await client.chat.completions.create({ model: "gpt-test", messages }).withResponse();
    expect(data.choices[0]!.message.content).toBe("Deleted model-b.");
    expect(response.headers.get("x-guard-verdict")).toBe("allow");
    expect(upstream.seen[0]!.headers.authorization).toBe("Bearer sk-client-test");
  });

  it("iterates a stream that ends with the guard chunk (choices: []) and usage", async () => {
    upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "Deleted model-b. Anything else?" }, { usage: true }));
    const stream = await client.chat.completions.create({ model: "gpt-test", messages, stream: true, stream_options: { include_usage: true } });
    let text = "";
    let guard: unknown = null;
    let usage: unknown = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      if (chunk.usage) usage = chunk.usage;
      if ("guard" in chunk) guard = (chunk as unknown as { guard: unknown }).guard;
    }
    expect(text).toBe("Deleted model-b. Anything else?");
    expect(usage).toEqual({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 });
    expect(guard).toEqual(expect.objectContaining({ verdict: "allow" }));
  });

  it("receives streamed tool calls whole, usable by the SDK's stream helper", async () => {
    upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: null, tool_calls: [deleteCall] }));
    const runner = client.chat.completions.stream({ model: "gpt-test", messages, tools });
    const final = await runner.finalChatCompletion();
    expect(final.choices[0]!.message.tool_calls).toEqual([expect.objectContaining({ id: "call_1", function: { name: "delete_model", arguments: '{"name":"model-b"}' } })]);
    expect(final.choices[0]!.finish_reason).toBe("tool_calls");
  });

  it("parses a blocked JSON reply: notice, no tool calls, finish_reason content_filter", async () => {
    proxy.guard.script = { verdict: "block", violations: [{ rule: "wrong_target", message: "The call deletes model-a, not model-b", tool_call_ids: ["call_1"] }] };
    upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: null, tool_calls: [deleteCall] }));
    const reply = await client.chat.completions.create({ model: "gpt-test", messages, tools });
    expect(reply.choices[0]!.finish_reason).toBe("content_filter");
    expect(reply.choices[0]!.message.tool_calls).toBeUndefined();
    expect(reply.choices[0]!.message.content).toMatch(/blocked: The call deletes model-a, not model-b/);
    expect((reply as unknown as { guard: { verdict: string } }).guard.verdict).toBe("block");
  });

  it("parses a blocked stream: the finish reason is content_filter and the text is the notice", async () => {
    proxy.guard.script = { verdict: "block", violations: [{ rule: "fake_completion", message: "No tool call deleted model-b" }] };
    upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "I have deleted model-b." }));
    const final = await client.chat.completions.stream({ model: "gpt-test", messages }).finalChatCompletion();
    expect(final.choices[0]!.finish_reason).toBe("content_filter");
    expect(final.choices[0]!.message.content).toMatch(/^\[claimcheck\] This reply was blocked: No tool call deleted model-b/);
  });

  it("raises the SDK's error class with the upstream's status", async () => {
    upstream.handle = (_req, _b, res) => sendJson(res, 429, { error: { message: "slow down", type: "requests", code: "rate_limit_exceeded", param: null } }, { "retry-after": "1" });
    const error = await client.chat.completions.create({ model: "gpt-test", messages }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).status).toBe(429);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get("retry-after")).toBe("1");
  });

  it("raises BadRequestError for a request the proxy refuses, and APIError for a broken stream", async () => {
    const bad = await client.chat.completions.create({ model: "gpt-test", messages: [] }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);

    upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "Working. I have deleted model-b." }).slice(0, -1), { done: false });
    const stream = await client.chat.completions.create({ model: "gpt-test", messages, stream: true });
    let text = "";
    const broken = await (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    })().catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(OpenAI.APIError);
    expect(text).toBe("Working. ");
  });

  it("lists models through the pass-through", async () => {
    upstream.handle = (_req, _b, res) => sendJson(res, 200, { object: "list", data: [{ id: "gpt-test", object: "model", created: 0, owned_by: "me" }] });
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(["gpt-test"]);
  });
});
