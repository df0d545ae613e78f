import type { NextFunction, Request, Response } from "express";
import type { Metrics } from "../metrics/metrics";
import { CHAT_COMPLETIONS_ROUTE } from "./chat-completions-handler";

/**
 * Counts every finished request by route and status. The label is the route pattern, never the
 * raw URL, so clients cannot blow up the metric's cardinality.
 */
export function countRequests(metrics: Metrics) {
  return function countRequest(req: Request, res: Response, next: NextFunction): void {
    const route = routeLabel(req);
    res.once("finish", () => metrics.requestFinished(route, res.statusCode));
    next();
  };
}

function routeLabel(req: Request): string {
  const path = req.path;
  if (path === CHAT_COMPLETIONS_ROUTE && req.method === "POST") return CHAT_COMPLETIONS_ROUTE;
  if (path.startsWith("/v1/")) return "/v1/*";
  if (path === "/healthz" || path === "/readyz" || path === "/metrics") return path;
  return "other";
}
