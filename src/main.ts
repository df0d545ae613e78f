import { createServer } from "node:http";
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { createApp } from "./app";
import { createDecisionLog } from "./audit/create-decision-log";
import { ConfigError, loadConfig } from "./config/load-config";
import type { GuardStage } from "./guard/guard-stage";
import { shutdownServer } from "./http/shutdown-server";
import { createLogger } from "./logging/create-logger";
import { createMetrics } from "./metrics/metrics";

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

  // TODO(lead): replace with the policy store + `createGuardStage` from src/guard/create-guard-stage.ts,
  // reporting reloads through `metrics.policyReloaded` and passing `config.failOpen`.
  const guard = unwiredGuardStage(logger);

  const decisionLog = createDecisionLog(config.decisionLog, {
    onDrop: (n) => metrics.decisionLogDropped(n),
    onError: (err) => logger.warn({ err }, "decision log sink failed"),
  });
  const { app, upstream } = createApp({ config, guard, logger, metrics, decisionLog });
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
    await Promise.allSettled([upstream.close(), decisionLog.close()]);
    logger.info({}, "stopped");
    logger.flush();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

/**
 * Stand-in until the real guard stage is wired: allows everything with status
 * "not_evaluated", and says so loudly at startup. Never ready-blocking, so /readyz is 200.
 */
function unwiredGuardStage(logger: Logger): GuardStage {
  logger.error({}, "GUARD STAGE NOT WIRED: replies are allowed unevaluated (status not_evaluated)");
  return {
    ready: () => true,
    mayCarryClaim: () => true,
    async decide(_exchange, decisionId = randomUUID()) {
      return { decisionId, verdict: "allow", status: "not_evaluated", violations: [], claims: [], policyRevision: "none", guardMs: 0, error: "guard stage not wired" };
    },
  };
}

main().catch((e: unknown) => {
  process.stderr.write(`claimcheck failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
