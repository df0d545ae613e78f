import type { Request, Response } from "express";
import type { GuardStage } from "../guard/guard-stage";
import type { Metrics } from "../metrics/metrics";

/** `GET /healthz`: 200 while the process serves requests. */
export function healthz(_req: Request, res: Response): void {
  res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
}

/** `GET /readyz`: 200 once the guard has a policy loaded, else 503 (take no traffic yet). */
export function createReadyzHandler(guard: GuardStage) {
  return function readyz(_req: Request, res: Response): void {
    const ready = guard.ready();
    res.writeHead(ready ? 200 : 503, { "content-type": "application/json" }).end(ready ? '{"status":"ready"}' : '{"status":"not ready","reason":"no policy loaded"}');
  };
}

/** `GET /metrics`: Prometheus text format. */
export function createMetricsHandler(metrics: Metrics) {
  return async function metricsText(_req: Request, res: Response): Promise<void> {
    const text = await metrics.registry.metrics();
    res.writeHead(200, { "content-type": metrics.registry.contentType }).end(text);
  };
}
