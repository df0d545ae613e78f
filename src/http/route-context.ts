import type { Logger } from "pino";
import type { DecisionLog } from "../audit/decision-record";
import type { Config } from "../config/config-schema";
import type { GuardStage } from "../guard/guard-stage";
import type { Metrics } from "../metrics/metrics";
import type { UpstreamClient } from "../upstream/upstream-client";
import type { ChatRequest } from "./chat-request";

/** Everything the route handlers share, built once per app (no per-request setup). */
export interface RouteContext {
  config: Config;
  guard: GuardStage;
  logger: Logger;
  metrics: Metrics;
  decisionLog: DecisionLog;
  upstream: UpstreamClient;
  parseChatRequest: (raw: Buffer) => ChatRequest;
  /** `mode === "enforce"`. */
  enforced: boolean;
  /** Streams in flight, against `limits.maxConcurrentStreams`. */
  streams: { active: number };
}
