import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { createDecisionLog, type DecisionLogConfig } from "../../../src/audit/create-decision-log";
import type { OpaDecisionEvent } from "../../../src/audit/to-opa-event";
import { aRecord } from "./record-fixture";

interface Received {
  headers: IncomingMessage["headers"];
  events: OpaDecisionEvent[];
  at: number;
}

/** A decision log server on 127.0.0.1 that answers each POST with the next status in `statuses` (then 200). */
async function logServer(statuses: number[] = []): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const status = statuses.shift() ?? 200;
      if (status === 200) received.push({ headers: req.headers, events: JSON.parse(gunzipSync(Buffer.concat(chunks)).toString()), at: Date.now() });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/logs`, received, server };
}

const base: DecisionLogConfig = {
  sink: "http",
  bufferSize: 100,
  batchSize: 3,
  flushIntervalMs: 60_000,
  includeText: false,
  backoff: { baseMs: 20, maxMs: 40 },
  closeTimeoutMs: 2000,
};

describe("http decision log", () => {
  let srv: Awaited<ReturnType<typeof logServer>>;
  afterEach(() => new Promise((r) => srv.server.close(r)));

  it("uploads full batches as gzip JSON arrays in OPA's event shape", async () => {
    srv = await logServer();
    const log = createDecisionLog({ ...base, url: srv.url, labels: { version: "1.2.3" } });
    for (const id of ["a", "b", "c", "d"]) log.write(aRecord({ decision_id: id }));
    await log.close();
    expect(srv.received.map((r) => r.events.map((e) => e.decision_id))).toEqual([["a", "b", "c"], ["d"]]);
    const first = srv.received[0]!;
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(first.headers["content-type"]).toBe("application/json");
    const event = first.events[0]!;
    expect(event).toMatchObject({
      path: "claimcheck/decision",
      timestamp: "2025-01-01T00:00:00.000Z",
      bundles: { claimcheck: { revision: "rev-1" } },
      labels: { app: "claimcheck", version: "1.2.3" },
      input: { route: "/v1/chat/completions", model: "gpt-x", tool_calls: [{ id: "call_1", name: "list_models" }] },
      result: { verdict: "block", status: "evaluated", enforced: true },
      metrics: { timer_claimcheck_total_ns: 13_000_000, timer_claimcheck_guard_ns: 250_000 },
    });
    expect(typeof event.labels.id).toBe("string");
  });

  it("flushes a partial batch on the interval", async () => {
    srv = await logServer();
    const log = createDecisionLog({ ...base, url: srv.url, flushIntervalMs: 30 });
    log.write(aRecord({ decision_id: "lonely" }));
    // Poll rather than sleep a fixed time: on a loaded CI machine the first upload can take longer
    // than a few intervals. Without the interval flush nothing would arrive before the 3 s deadline.
    const deadline = Date.now() + 3000;
    while (srv.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(srv.received.flatMap((r) => r.events.map((e) => e.decision_id))).toEqual(["lonely"]);
    await log.close();
  });

  it("retries a failing server with backoff and then delivers the batch once", async () => {
    srv = await logServer([503, 500]);
    const errors: Error[] = [];
    const log = createDecisionLog({ ...base, url: srv.url }, { onError: (e) => errors.push(e) });
    const start = Date.now();
    for (const id of ["a", "b", "c"]) log.write(aRecord({ decision_id: id }));
    await log.close();
    expect(srv.received).toHaveLength(1);
    expect(srv.received[0]!.events.map((e) => e.decision_id)).toEqual(["a", "b", "c"]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining("HTTP 503"), expect.stringContaining("HTTP 500")]);
    expect(Date.now() - start).toBeLessThan(1500);
  });

  it("drops a batch the server refuses (4xx) and reports it", async () => {
    srv = await logServer([400]);
    let dropped = 0;
    const log = createDecisionLog({ ...base, url: srv.url }, { onDrop: (n) => (dropped += n), onError: () => undefined });
    for (const id of ["a", "b", "c", "d"]) log.write(aRecord({ decision_id: id }));
    await log.close();
    expect(dropped).toBe(3);
    expect(srv.received.flatMap((r) => r.events.map((e) => e.decision_id))).toEqual(["d"]);
  });

  it("keeps the newest records when the buffer overflows", async () => {
    srv = await logServer();
    let dropped = 0;
    const log = createDecisionLog({ ...base, url: srv.url, bufferSize: 5, batchSize: 100 }, { onDrop: (n) => (dropped += n) });
    for (let i = 0; i < 12; i++) log.write(aRecord({ decision_id: String(i) }));
    await log.close();
    expect(dropped).toBe(7);
    expect(srv.received.flatMap((r) => r.events.map((e) => e.decision_id))).toEqual(["7", "8", "9", "10", "11"]);
  });

  it("drops the oldest records when the buffer is full while the server is down", async () => {
    srv = await logServer(Array(1000).fill(503));
    let dropped = 0;
    const log = createDecisionLog({ ...base, url: srv.url, bufferSize: 5, batchSize: 100, closeTimeoutMs: 100 }, { onDrop: (n) => (dropped += n), onError: () => undefined });
    for (let i = 0; i < 12; i++) log.write(aRecord({ decision_id: String(i) }));
    expect(dropped).toBe(7);
    await log.close(); // the server never recovers: the 5 left are dropped at the deadline
    expect(dropped).toBe(12);
  });

  it("close() returns by its deadline when the server never answers", async () => {
    srv = await logServer();
    const hanging = createServer(() => undefined); // accepts, never responds
    await new Promise<void>((r) => hanging.listen(0, "127.0.0.1", r));
    try {
      let dropped = 0;
      const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/logs`;
      const log = createDecisionLog({ ...base, url, closeTimeoutMs: 150 }, { onDrop: (n) => (dropped += n), onError: () => undefined });
      log.write(aRecord());
      const start = Date.now();
      await log.close();
      expect(Date.now() - start).toBeLessThan(1000);
      expect(dropped).toBe(1);
    } finally {
      hanging.closeAllConnections();
      await new Promise((r) => hanging.close(r));
    }
  });

  it("write never throws or blocks, even with an unreachable server", async () => {
    srv = await logServer();
    const log = createDecisionLog({ ...base, url: "http://127.0.0.1:1/logs", closeTimeoutMs: 50 }, { onError: () => undefined });
    const start = performance.now();
    for (let i = 0; i < 1000; i++) log.write(aRecord());
    expect(performance.now() - start).toBeLessThan(200);
    await log.close();
  });

  it("redacts credentials in text before upload", async () => {
    srv = await logServer();
    const log = createDecisionLog({ ...base, url: srv.url, includeText: true, batchSize: 1 });
    log.write(aRecord({ reply_text: "the key is sk-abcdefghijklmnopqrstuvwxyz", messages: [{ role: "user", text: "Bearer abcdefghijklmnop" }] }));
    await log.close();
    const body = JSON.stringify(srv.received[0]!.events);
    expect(body).toContain("[REDACTED]");
    expect(body).not.toMatch(/sk-abcdef|abcdefghijklmnop/);
    expect(srv.received[0]!.events[0]!.input.reply_text).toBe("the key is [REDACTED]");
  });
});
