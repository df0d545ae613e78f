import { createServer } from "node:http";
import { createApp } from "./app";
import { createAdminRouter } from "./admin/create-admin-router";
import { createDecisionLog } from "./audit/create-decision-log";
import { ConfigError, loadConfig } from "./config/load-config";
import { createGuardStage } from "./guard/create-guard-stage";
import { shutdownServer } from "./http/shutdown-server";
import { createLogger } from "./logging/create-logger";
import { createMetrics } from "./metrics/metrics";
import { PolicyStore } from "./policy/policy-store";

/**
 * The process: config → logger → metrics → guard stage → decision log → listen; on SIGTERM or
 * SIGINT stop accepting, drain in-flight requests (bounded by `shutdownGraceMs`), close the
 * decision log, exit 0. A configuration problem exits 2 after listing every problem.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  const metrics = createMetrics();

  // A bundle that cannot be loaded at start is fatal (the error names the file and the reason);
  // later reloads that fail keep the last good policy serving.
  const policy = await PolicyStore.load({
    bundlePath: config.policy.bundlePath,
    bundleUrl: config.policy.bundleUrl,
    pollIntervalMs: config.policy.pollIntervalMs,
    watch: config.policy.watch,
    evalBudgetMs: config.policy.evalBudgetMs,
    logger,
    onReload: (event) => metrics.policyReloaded(event.ok ? "ok" : "error"),
  });
  logger.info({ revision: policy.revision(), bundle: config.policy.bundlePath }, "policy loaded");
  const guard = createGuardStage({ policy, failOpen: config.failOpen });
  const admin = createAdminRouter({ token: config.adminToken, policy });

  const decisionLog = createDecisionLog(config.decisionLog, {
    onDrop: (n) => metrics.decisionLogDropped(n),
    onError: (err) => logger.warn({ err }, "decision log sink failed"),
  });
  const { app, upstream } = createApp({ config, guard, logger, metrics, decisionLog, routers: admin ? [admin] : [] });
  const server = createServer({ keepAliveTimeout: 65_000 }, app);
  server.listen(config.port, config.host, () => {
    logger.info({ host: config.host, port: config.port, upstream: new URL(config.upstream.baseUrl).origin, mode: config.mode }, "claimcheck listening");
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, "shutting down: draining in-flight requests");
    const drained = await shutdownServer(server, config.shutdownGraceMs);
    if (!drained) logger.warn({}, "shutdown deadline passed; open connections were cut");
    await Promise.allSettled([upstream.close(), decisionLog.close(), policy.close()]);
    logger.info({}, "stopped");
    logger.flush();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

main().catch((e: unknown) => {
  process.stderr.write(`claimcheck failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
