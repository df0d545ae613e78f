import { join } from "node:path";
import pino from "pino";
import { createApp } from "../../src/app";
import { loadConfig } from "../../src/config/load-config";
import { createGuardStage } from "../../src/guard/create-guard-stage";
import { createMetrics } from "../../src/metrics/metrics";
import { PolicyStore } from "../../src/policy/policy-store";
import { MemoryDecisionLog } from "./test-proxy";
import type { Express } from "express";

/** The real app with the real guard stage and the shipped policy bundle, and an in-memory decision log. */
export interface RealGuardProxy {
  app: Express;
  log: MemoryDecisionLog;
  close(): Promise<void>;
}

export async function createRealGuardProxy(upstreamBaseUrl: string, env: Record<string, string> = {}): Promise<RealGuardProxy> {
  const config = loadConfig({ UPSTREAM_BASE_URL: upstreamBaseUrl, DECISION_LOG: "none", ...env });
  const policy = await PolicyStore.load({ bundlePath: join(__dirname, "../../policies/build/bundle.tar.gz"), watch: false });
  const log = new MemoryDecisionLog();
  const { app, upstream } = createApp({ config, guard: createGuardStage({ policy, failOpen: false }), logger: pino({ level: "silent" }), metrics: createMetrics({ defaultMetrics: false }), decisionLog: log });
  return { app, log, close: async () => void (await Promise.all([upstream.close(), policy.close()])) };
}
