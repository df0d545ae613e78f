import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { GuardDecision } from "../guard/guard-stage";

/**
 * The proxy's Prometheus metrics, one registry per process (made once at startup). Other
 * stages get this object, or just the callbacks they need (`policyReloaded`,
 * `decisionLogDropped`), so none of them imports prom-client.
 */
export interface Metrics {
  readonly registry: Registry;
  /** One finished HTTP request. `route` is the route pattern, never the raw URL. */
  requestFinished(route: string, status: number): void;
  /** One guard decision: counts the verdict per violated rule ("none" when nothing was violated) and each claim state. */
  guardDecided(decision: GuardDecision): void;
  /** Seconds from sending the request upstream to its response headers. */
  upstreamLatency(route: string, seconds: number): void;
  /** A policy reload attempt, `result` is "ok" or "error". */
  policyReloaded(result: "ok" | "error"): void;
  /** `n` decision records were lost by the decision log. */
  decisionLogDropped(n: number): void;
}

/** Creates the registry and every metric. Call once per process (tests may call it per app). */
export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "claimcheck_" });
  const requests = new Counter({ name: "claimcheck_http_requests_total", help: "HTTP requests by route and status", labelNames: ["route", "status"], registers: [registry] });
  const verdicts = new Counter({ name: "claimcheck_verdicts_total", help: "Guard verdicts by verdict and violated rule", labelNames: ["verdict", "rule"], registers: [registry] });
  const claims = new Counter({ name: "claimcheck_claims_total", help: "Claims found in replies by verification status", labelNames: ["status"], registers: [registry] });
  const upstream = new Histogram({
    name: "claimcheck_upstream_latency_seconds",
    help: "Time to the upstream's response headers",
    labelNames: ["route"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const guard = new Histogram({
    name: "claimcheck_guard_latency_seconds",
    help: "Time spent in the guard stage per decision",
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1],
    registers: [registry],
  });
  const reloads = new Counter({ name: "claimcheck_policy_reloads_total", help: "Policy reload attempts by result", labelNames: ["result"], registers: [registry] });
  const drops = new Counter({ name: "claimcheck_decision_log_drops_total", help: "Decision records lost by the decision log", registers: [registry] });

  return {
    registry,
    requestFinished: (route, status) => requests.inc({ route, status: String(status) }),
    guardDecided(decision) {
      if (decision.violations.length === 0) verdicts.inc({ verdict: decision.verdict, rule: "none" });
      for (const v of decision.violations) verdicts.inc({ verdict: decision.verdict, rule: v.rule });
      for (const c of decision.claims) claims.inc({ status: c.status });
      guard.observe(decision.guardMs / 1000);
    },
    upstreamLatency: (route, seconds) => upstream.observe({ route }, seconds),
    policyReloaded: (result) => reloads.inc({ result }),
    decisionLogDropped: (n) => drops.inc(n),
  };
}
