import express, { type Express, type NextFunction, type Request, type Response, type Router } from "express";
import type { Logger } from "pino";
import type { DecisionLog } from "./audit/decision-record";
import type { Config } from "./config/config-schema";
import { renderError } from "./errors/render-error";
import { ProxyError, toProxyError } from "./errors/proxy-error";
import type { GuardStage } from "./guard/guard-stage";
import { CHAT_COMPLETIONS_ROUTE, createChatCompletionsHandler } from "./http/chat-completions-handler";
import { createChatRequestParser } from "./http/chat-request";
import { countRequests } from "./http/count-requests";
import { createMetricsHandler, createReadyzHandler, healthz } from "./http/health-handlers";
import { createPassthroughHandler } from "./http/passthrough-handler";
import type { RouteContext } from "./http/route-context";
import type { Metrics } from "./metrics/metrics";
import { createUpstreamClient, type UpstreamClient } from "./upstream/upstream-client";

export interface AppDeps {
  config: Config;
  guard: GuardStage;
  logger: Logger;
  metrics: Metrics;
  decisionLog: DecisionLog;
  /** Defaults to a pooled client for `config.upstream`. */
  upstream?: UpstreamClient;
  /** Extra routers mounted before the proxy routes (e.g. the admin API). */
  routers?: Router[];
}

/** The app plus what `main.ts` must close on shutdown. */
export interface App {
  app: Express;
  upstream: UpstreamClient;
}

/**
 * Builds the HTTP app: pure construction, no listening. Routes: the guarded
 * `POST /v1/chat/completions`, pass-through for every other `/v1/` path, `/healthz`, `/readyz`,
 * `/metrics`. Everything per request is prepared here once.
 */
export function createApp(deps: AppDeps): App {
  const { config } = deps;
  const upstream = deps.upstream ?? createUpstreamClient(config);
  const ctx: RouteContext = {
    config,
    guard: deps.guard,
    logger: deps.logger,
    metrics: deps.metrics,
    decisionLog: deps.decisionLog,
    upstream,
    parseChatRequest: createChatRequestParser(config.limits),
    enforced: config.mode === "enforce",
    streams: { active: 0 },
  };

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.use(countRequests(deps.metrics));
  app.get("/healthz", healthz);
  app.get("/readyz", createReadyzHandler(deps.guard));
  app.get("/metrics", createMetricsHandler(deps.metrics));
  for (const router of deps.routers ?? []) app.use(router);
  app.post(CHAT_COMPLETIONS_ROUTE, createChatCompletionsHandler(ctx));
  app.all("/v1/{*rest}", createPassthroughHandler(upstream, config.timeouts.totalMs));
  app.use(function notFound(req: Request, res: Response) {
    renderError(res, new ProxyError("not_found", `No route for ${req.method} ${req.path}; the proxy serves /v1/*.`));
  });
  app.use(function renderUnexpected(err: unknown, _req: Request, res: Response, _next: NextFunction) {
    deps.logger.error({ err }, "unhandled error in the HTTP app");
    renderError(res, toProxyError(err));
  });
  return { app, upstream };
}
