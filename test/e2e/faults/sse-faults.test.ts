import request from "supertest";
import { startFakeUpstream } from "../../support/fake-upstream";
import { faults, floodStream } from "../../support/fault-upstream";
import { sseData, streamedText } from "../../support/sse-events";
import { createTestProxy, listen, useProxyWithFakeUpstream } from "../../support/test-proxy";
import { chatBody, expectHealthy, HELD_TEXT, heldReply, rawPost, sleep, theOneRecord, toolReply } from "./fault-harness";

/**
 * The fault matrix for `stream: true`: a stream that breaks before it ended properly never
 * releases held text or tool calls and ends with an error event (no [DONE]); one that broke
 * before anything was sent gets a plain JSON error; every case writes exactly one decision
 * record and leaves the app healthy.
 */
const ctx = useProxyWithFakeUpstream({ UPSTREAM_IDLE_TIMEOUT_MS: "300" });
const body = { ...chatBody, stream: true };


// eslint-disable-next-line @typescript-eslint/no-explicit-any -- SSE payloads are asserted field by field
type Any = any;

// heldReply chunks: 0 role, 1 "Checking. ", 2 "agent-7 ", 3 "has ", 4 "been ", 5 "shut "…; toolReply: 0 role, 1-3 text, 4 call header, 5+ argument parts
const broken: Array<[string, string, () => void]> = [
  ["reset inside a held sentence", "upstream_unreachable", () => (ctx.upstream.handle = faults.cutStream(heldReply, 6, "reset"))],
  ["clean end inside a held sentence, no finish_reason", "upstream_invalid_response", () => (ctx.upstream.handle = faults.cutStream(heldReply, 6, "end"))],
  ["reset inside a tool call's arguments", "upstream_unreachable", () => (ctx.upstream.handle = faults.cutStream(toolReply, 7, "reset"))],
  ["clean end inside a tool call's arguments", "upstream_invalid_response", () => (ctx.upstream.handle = faults.cutStream(toolReply, 7, "end"))],
  ["every chunk but no finish_reason and no [DONE], then close", "upstream_invalid_response", () => (ctx.upstream.handle = faults.noDone(heldReply, { finish: false, stall: false }))],
  ["every chunk but no finish_reason and no [DONE], then silence (idle timeout)", "upstream_timeout", () => (ctx.upstream.handle = faults.noDone(heldReply, { finish: false, stall: true }))],
  ["silence inside a held sentence (idle timeout)", "upstream_timeout", () => (ctx.upstream.handle = faults.stalledStream(heldReply, 4))],
];

describe("streams under upstream faults", () => {
  it.each(broken)("%s: error event %s, nothing held released, no [DONE], one record, healthy after", async (_name, code, script) => {
    script();
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body);
    expect(res.status).toBe(200);
    const events = sseData(res.text) as Any[];
    expect(events.at(-1).error).toEqual(expect.objectContaining({ code, type: "upstream_error" }));
    expect(events).not.toContain("[DONE]");
    expect(events.some((e: Any) => e.guard)).toBe(false);
    const sent = streamedText(events.slice(0, -1));
    expect(sent).not.toMatch(HELD_TEXT);
    expect(res.text).not.toMatch(/stop_agent|tool_calls/);
    expect(ctx.proxy.guard.exchanges).toHaveLength(0);
    expect(await theOneRecord(ctx.proxy)).toEqual(expect.objectContaining({ status: "upstream_error", verdict: null, stream: true }));
    await expectHealthy(ctx.proxy, ctx.upstream);
  });

  it.each([
    ["connection refused", "upstream_unreachable", 502],
    ["reset before any reply byte", "upstream_unreachable", 502],
  ] as Array<[string, string, number]>)("%s: plain JSON %s (%d), one record", async (name, code, status) => {
    if (name === "connection refused") await ctx.upstream.close();
    else ctx.upstream.handle = faults.resetBeforeBody();
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect((await theOneRecord(ctx.proxy)).status).toBe("upstream_error");
    if (name === "connection refused") ctx.upstream = await startFakeUpstream(Number(new URL(ctx.upstream.baseUrl).port));
    await expectHealthy(ctx.proxy, ctx.upstream);
  });

  it.each([
    ["closes", false],
    ["goes silent (idle timeout)", true],
  ] as Array<[string, boolean]>)("a stream with finish_reason but no [DONE] that %s is complete: verdict, held text released", async (_name, stall) => {
    ctx.upstream.handle = faults.noDone(heldReply, { finish: true, stall });
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body).expect(200);
    const events = sseData(res.text) as Any[];
    expect(streamedText(events)).toBe(heldReply.content);
    expect(events.at(-2).guard.verdict).toBe("allow");
    expect(events.at(-1)).toBe("[DONE]");
    expect((await theOneRecord(ctx.proxy)).status).toBe("evaluated");
    await expectHealthy(ctx.proxy, ctx.upstream);
  });

  it("passes a 429 with Retry-After through for a stream request", async () => {
    ctx.upstream.handle = faults.status(429, { "retry-after": "3" });
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(body);
    expect(res.status).toBe(429);
    expect(res.headers["retry-after"]).toBe("3");
    expect(res.body.error.code).toBe("rate_limit_exceeded");
    expect((await theOneRecord(ctx.proxy)).status).toBe("upstream_error");
    await expectHealthy(ctx.proxy, ctx.upstream);
  });

  it("the client leaves in the middle of a held sentence: upstream aborted, nothing held was sent, one client_aborted record", async () => {
    ctx.upstream.handle = faults.stalledStream(heldReply, 6);
    const { base, close } = await listen(ctx.proxy.app);
    try {
      let received = "";
      const client = rawPost(base, body, (res, hangUp) => {
        res.setEncoding("utf8");
        res.on("data", (d: string) => {
          received += d;
          if (received.includes("Checking. ")) hangUp();
        });
      });
      await client.done;
      await ctx.upstream.aborted;
      expect(received).not.toMatch(HELD_TEXT);
      expect(await theOneRecord(ctx.proxy)).toEqual(expect.objectContaining({ status: "client_aborted", stream: true }));
      await expectHealthy(ctx.proxy, ctx.upstream);
    } finally {
      await close();
    }
  });
});

describe("a client that reads slowly", () => {
  it("is not buffered for: the ctx.proxy stops pulling from the upstream until the client reads, then the stream completes", async () => {
    await ctx.proxy.close();
    ctx.proxy = createTestProxy(ctx.upstream.baseUrl, { MAX_STREAM_BUFFERED_BYTES: String(256 * 1024 * 1024), UPSTREAM_IDLE_TIMEOUT_MS: "5000" });
    const total = 64 * 1024 * 1024;
    const flood = floodStream(total);
    ctx.upstream.handle = flood.handle;
    const { base, close } = await listen(ctx.proxy.app);
    try {
      let paused!: import("node:http").IncomingMessage;
      let bytes = 0;
      let tail = "";
      const client = rawPost(base, body, (res) => {
        paused = res;
        res.pause();
        res.on("data", (d: Buffer) => {
          bytes += d.length;
          tail = (tail + d.toString("utf8")).slice(-2000);
        });
      });
      for (let i = 0; i < 100 && !paused; i++) await sleep(10);
      await sleep(1000);
      // Socket buffers on both hops hold a few MB at most; without backpressure the ctx.proxy would take it all.
      const writtenWhilePaused = flood.written();
      expect(flood.finished()).toBe(false);
      expect(writtenWhilePaused).toBeLessThan(24 * 1024 * 1024);
      await sleep(300);
      expect(flood.written() - writtenWhilePaused).toBeLessThan(1024 * 1024);
      paused.resume();
      await client.done;
      expect(flood.finished()).toBe(true);
      expect(bytes).toBeGreaterThan(total);
      expect(tail).toMatch(/"verdict":"allow"[\s\S]*data: \[DONE\]\n\n$/);
      expect((await theOneRecord(ctx.proxy)).status).toBe("evaluated");
    } finally {
      await close();
    }
  }, 60_000);
});
