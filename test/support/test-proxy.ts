import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { createApp } from "../../src/app";
import type { DecisionLog, DecisionRecord } from "../../src/audit/decision-record";
import { loadConfig } from "../../src/config/load-config";
import { createMetrics, type Metrics } from "../../src/metrics/metrics";
import { GuardDouble } from "./guard-double";
import { startFakeUpstream, type FakeUpstream } from "./fake-upstream";
import type { Express } from "express";

/** A decision log that keeps records in memory for assertions. */
export class MemoryDecisionLog implements DecisionLog {
  readonly records: DecisionRecord[] = [];
  write(record: DecisionRecord): void {
    this.records.push(record);
  }
  async close(): Promise<void> {}
}

export interface TestProxy {
  app: Express;
  guard: GuardDouble;
  log: MemoryDecisionLog;
  metrics: Metrics;
  close(): Promise<void>;
}

/** The real app (real config loading, real upstream client) with the guard double and an in-memory decision log. */
export function createTestProxy(upstreamBaseUrl: string, env: Record<string, string> = {}): TestProxy {
  const config = loadConfig({ UPSTREAM_BASE_URL: upstreamBaseUrl, DECISION_LOG: "none", ...env });
  const guard = new GuardDouble();
  const log = new MemoryDecisionLog();
  const metrics = createMetrics({ defaultMetrics: false });
  const { app, upstream } = createApp({ config, guard, logger: pino({ level: "silent" }), metrics, decisionLog: log });
  return { app, guard, log, metrics, close: () => upstream.close() };
}

/**
 * The usual route-test setup: a fresh fake upstream and proxy before each test, both closed
 * after. Read `ctx.upstream` / `ctx.proxy` inside tests (they change per test).
 */
export function useProxyWithFakeUpstream(env: Record<string, string> = {}): { upstream: FakeUpstream; proxy: TestProxy } {
  const ctx = {} as { upstream: FakeUpstream; proxy: TestProxy };
  beforeEach(async () => {
    ctx.upstream = await startFakeUpstream();
    ctx.proxy = createTestProxy(ctx.upstream.baseUrl, env);
  });
  afterEach(async () => {
    await ctx.proxy.close();
    await ctx.upstream.close();
  });
  return ctx;
}

/** Listens on 127.0.0.1:0 (for real clients: SDKs, raw sockets); returns the base URL. */
export async function listen(app: Express): Promise<{ base: string; server: Server; close(): Promise<void> }> {
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
