import request from "supertest";
import { startFakeUpstream } from "../../support/fake-upstream";
import { faults } from "../../support/fault-upstream";
import { listen, useProxyWithFakeUpstream } from "../../support/test-proxy";
import { chatBody, expectHealthy, heldReply, rawPost, sleep, theOneRecord, toolReply } from "./fault-harness";

/**
 * The fault matrix for `stream: false`: each way the provider can fail gets the contract's
 * status and error code, the guard is never asked about a reply it did not see whole, exactly
 * one decision record is written, and the app serves the next request normally.
 */
const ctx = useProxyWithFakeUpstream({ UPSTREAM_IDLE_TIMEOUT_MS: "300" });


const matrix: Array<[string, number, string, () => void]> = [
  ["the upstream resets the connection before any reply byte", 502, "upstream_unreachable", () => (ctx.upstream.handle = faults.resetBeforeBody())],
  ["the upstream resets the connection in the middle of the body", 502, "upstream_unreachable", () => (ctx.upstream.handle = faults.resetDuringJson(heldReply))],
  ["a well-framed JSON reply stops in the middle of the JSON", 502, "upstream_invalid_response", () => (ctx.upstream.handle = faults.truncatedJson(toolReply))],
  ["the upstream goes silent in the middle of the body (idle timeout)", 504, "upstream_timeout", () => (ctx.upstream.handle = faults.stalledJson(heldReply))],
];

describe("JSON replies under upstream faults", () => {
  it.each(matrix)("%s: %d %s, no verdict, one record, healthy after", async (_name, status, code, script) => {
    script();
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(chatBody);
    expect(res.status).toBe(status);
    expect(res.body.error).toEqual(expect.objectContaining({ code, type: "upstream_error" }));
    expect(res.text).not.toMatch(/agent-7 has been shut down|stop_agent/);
    expect(res.headers["x-guard-verdict"]).toBeUndefined();
    expect(res.headers["x-guard-decision-id"]).toEqual(expect.any(String));
    expect(ctx.proxy.guard.exchanges).toHaveLength(0);
    expect(await theOneRecord(ctx.proxy)).toEqual(expect.objectContaining({ status: "upstream_error", verdict: null, decision_id: res.headers["x-guard-decision-id"] }));
    await expectHealthy(ctx.proxy, ctx.upstream);
  });

  it("connection refused: 502 upstream_unreachable; serves again once the upstream is back", async () => {
    const port = Number(new URL(ctx.upstream.baseUrl).port);
    await ctx.upstream.close();
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(chatBody);
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe("upstream_unreachable");
    expect((await theOneRecord(ctx.proxy)).status).toBe("upstream_error");
    ctx.upstream = await startFakeUpstream(port);
    await expectHealthy(ctx.proxy, ctx.upstream);
  });

  it.each([
    [429, { "retry-after": "7", "x-ratelimit-remaining-requests": "0" }],
    [500, {}],
    [503, { "retry-after": "2" }],
  ] as Array<[number, Record<string, string>]>)("the upstream's own %d passes through with its headers and body", async (status, headers) => {
    ctx.upstream.handle = faults.status(status, headers);
    const res = await request(ctx.proxy.app).post("/v1/chat/completions").send(chatBody);
    expect(res.status).toBe(status);
    for (const [k, v] of Object.entries(headers)) expect(res.headers[k]).toBe(v);
    expect(res.body.error.message).toBe(`upstream says ${status}`);
    expect(ctx.proxy.guard.exchanges).toHaveLength(0);
    expect(await theOneRecord(ctx.proxy)).toEqual(expect.objectContaining({ status: "upstream_error", error: `the upstream answered ${status}` }));
    await expectHealthy(ctx.proxy, ctx.upstream);
  });

  it("the client leaves while the upstream is still answering: upstream aborted, one client_aborted record", async () => {
    ctx.upstream.handle = () => undefined; // never answers
    const { base, close } = await listen(ctx.proxy.app);
    try {
      const client = rawPost(base, chatBody);
      for (let i = 0; i < 100 && ctx.upstream.seen.length === 0; i++) await sleep(10);
      // the request reached the upstream; now the client hangs up
      client.hangUp();
      await client.done;
      await ctx.upstream.aborted;
      expect((await theOneRecord(ctx.proxy)).status).toBe("client_aborted");
      await expectHealthy(ctx.proxy, ctx.upstream);
    } finally {
      await close();
    }
  });
});
