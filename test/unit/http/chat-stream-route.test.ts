import request from "supertest";
import { sendStream, streamChunks } from "../../support/fake-upstream";
import { sseData, streamedText } from "../../support/sse-events";
import { createTestProxy, useProxyWithFakeUpstream } from "../../support/test-proxy";

const body = { model: "gpt-test", stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content: "Shut down agent-7." }] };
const toolCall = { id: "call_1", type: "function" as const, function: { name: "stop_agent", arguments: '{"agent_id":"agent-7","force":true}' } };

const ctx = useProxyWithFakeUpstream();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SSE payloads are asserted field by field
type Any = any;

describe("POST /v1/chat/completions (SSE)", () => {
  it("re-emits the reply with the stream's id, then usage, then the guard chunk (choices: []), then [DONE]", async () => {
    ctx.upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "Checking the fleet. agent-7 is shut down now.", tool_calls: [toolCall] }, { usage: true }));
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    expect(res.headers["content-type"]).toMatch(/text\/event-stream/);
    expect(res.headers["x-guard-verdict"]).toBeUndefined();
    const events = sseData(res.text) as Any[];
    expect(events.at(-1)).toBe("[DONE]");
    const guard = events.at(-2);
    expect(guard).toEqual(expect.objectContaining({ id: "chatcmpl-stream123", object: "chat.completion.chunk", created: 1_700_000_001, model: "gpt-test", choices: [] }));
    expect(guard.guard).toEqual(expect.objectContaining({ verdict: "allow", decision_id: res.headers["x-guard-decision-id"] }));
    expect(events.at(-3).usage).toEqual({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 });
    expect(streamedText(events)).toBe("Checking the fleet. agent-7 is shut down now.");
    const calls = events.flatMap((e: Any) => (e === "[DONE]" ? [] : (e.choices[0]?.delta.tool_calls ?? [])));
    expect(calls).toEqual([{ index: 0, id: "call_1", type: "function", function: { name: "stop_agent", arguments: toolCall.function.arguments } }]);
    expect(events.filter((e: Any) => e !== "[DONE]" && e.id !== "chatcmpl-stream123")).toEqual([]);
    expect(ctx.proxy.guard.exchanges[0]!.reply).toEqual({ text: "Checking the fleet. agent-7 is shut down now.", finishReason: "tool_calls", toolCalls: [expect.objectContaining({ id: "call_1", name: "stop_agent", arguments: { agent_id: "agent-7", force: true } })] });
    expect(ctx.proxy.log.records[0]).toEqual(expect.objectContaining({ stream: true, verdict: "allow", status: "evaluated" }));
    // The request side was read while the stream was coming, and that reading decided.
    expect(ctx.proxy.guard.decidedWith).toEqual([ctx.proxy.guard.readings[0]]);
  });

  it("sends nothing of a blocked reply: held text and tool calls dropped, notice and content_filter instead", async () => {
    ctx.proxy.guard.script = { verdict: "block", violations: [{ rule: "fake_completion", message: "The reply claims agent-7 was shut down but no call did it", tool_call_ids: ["call_1"] }] };
    ctx.upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "Let me look. I have shut down agent-7. All good now.", tool_calls: [toolCall] }, { usage: true }));
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const events = sseData(res.text) as Any[];
    const text = streamedText(events);
    // The first piece cannot carry a claim and went out at once; everything from the claim on was held and dropped.
    expect(text.startsWith("Let me look. \n\n[claimcheck] This reply was blocked: The reply claims agent-7 was shut down but no call did it.")).toBe(true);
    expect(text).not.toMatch(/I have shut down|All good now/);
    expect(text).toMatch(/Withheld: the rest of the reply text and the tool call stop_agent \(call_1, offending\)/);
    expect(events.some((e: Any) => e !== "[DONE]" && e.choices[0]?.delta.tool_calls)).toBe(false);
    const finishes = events.filter((e: Any) => e !== "[DONE]" && e.choices[0]?.finish_reason).map((e: Any) => e.choices[0].finish_reason);
    expect(finishes).toEqual(["content_filter"]);
    expect(events.at(-2).guard).toEqual(expect.objectContaining({ verdict: "block", violations: [expect.objectContaining({ rule: "fake_completion" })] }));
  });

  it("releases held text and tool calls on flag, in order, with the guard chunk", async () => {
    ctx.proxy.guard.script = { verdict: "flag", violations: [{ rule: "non_compliance", message: "Did not shut it down" }] };
    ctx.upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "I shut down nothing. I'd rather keep agent-7 running.\nIt is useful." }));
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send({ ...body, stream_options: undefined }).expect(200);
    const events = sseData(res.text) as Any[];
    expect(streamedText(events)).toBe("I shut down nothing. I'd rather keep agent-7 running.\nIt is useful.");
    expect(events.at(-2).guard.verdict).toBe("flag");
    expect(events.some((e: Any) => e !== "[DONE]" && e.usage)).toBe(false);
  });

  it("passes everything through in monitoring mode and still ends with the guard chunk", async () => {
    await ctx.proxy.close();
    ctx.proxy = createTestProxy(ctx.upstream.baseUrl, { GUARD_MODE: "monitor" });
    ctx.proxy.guard.script = { verdict: "block", violations: [{ rule: "fake_completion", message: "no evidence" }] };
    ctx.upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "agent-7 is shut down." }));
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    expect(res.headers["x-guard-enforced"]).toBe("false");
    const events = sseData(res.text) as Any[];
    expect(streamedText(events)).toBe("agent-7 is shut down.");
    expect(events.at(-2).guard).toEqual(expect.objectContaining({ verdict: "block", enforced: false }));
  });

  it("judges sentence pieces with mayCarryClaim and holds from the first suspicious one on", async () => {
    ctx.proxy.guard.script = { verdict: "allow", mayCarryClaim: (t) => t.includes("deleted") };
    ctx.upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "One. Two! model-b was deleted. Three?\nFour" }));
    await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    expect(ctx.proxy.guard.pieces).toEqual(["One. ", "Two! ", "model-b was deleted. "]);
  });

  it("does not release held text when the upstream goes idle mid-stream; ends with an error event", async () => {
    await ctx.proxy.close();
    ctx.proxy = createTestProxy(ctx.upstream.baseUrl, { UPSTREAM_IDLE_TIMEOUT_MS: "300" });
    const chunks = streamChunks({ content: "Working. agent-7 has been shut down. Done." });
    ctx.upstream.handle = (_req, _b, res) => void sendStream(res, chunks.slice(0, -1), { done: false, end: false });
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const events = sseData(res.text) as Any[];
    expect(streamedText(events.slice(0, -1))).toBe("Working. ");
    expect(events.at(-1).error).toEqual(expect.objectContaining({ code: "upstream_timeout", type: "upstream_error" }));
    expect(events).not.toContain("[DONE]");
    expect(ctx.proxy.log.records[0]).toEqual(expect.objectContaining({ status: "upstream_error", verdict: null }));
  });

  it("treats a stream closed after finish_reason but without [DONE] as complete", async () => {
    ctx.upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "agent-7 is shut down." }), { done: false });
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const events = sseData(res.text) as Any[];
    expect(streamedText(events)).toBe("agent-7 is shut down.");
    expect(events.at(-1)).toBe("[DONE]");
  });

  it("treats a stream closed before any finish_reason as broken: error event, held text withheld", async () => {
    ctx.upstream.handle = (_req, _b, res) => void sendStream(res, streamChunks({ content: "Okay. agent-7 is shut down." }).slice(0, -1), { done: false });
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const events = sseData(res.text) as Any[];
    expect(streamedText(events.slice(0, -1))).toBe("Okay. ");
    expect(events.at(-1).error.code).toBe("upstream_invalid_response");
  });

  it("answers 502 when the upstream sends SSE garbage before anything was relayed", async () => {
    ctx.upstream.handle = (_req, _b, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end("data: {not json\n\n");
    };
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body);
    expect(res.status).toBe(502);
    expect(res.body.error).toEqual(expect.objectContaining({ type: "upstream_error", code: "upstream_invalid_response" }));
  });

  it("forwards an error event the upstream puts in its stream", async () => {
    ctx.upstream.handle = (_req, _b, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end(`data: ${JSON.stringify({ error: { message: "overloaded", type: "server_error", code: null } })}\n\n`);
    };
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    expect(sseData(res.text)).toEqual([{ error: { message: "overloaded", type: "server_error", code: null } }]);
  });
});
