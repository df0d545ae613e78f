import type { ServerResponse } from "node:http";
import type { ExchangeContext } from "../exchange/exchange";
import type { RequestView } from "../exchange/normalize-exchange";
import type { PreparedRequest } from "../guard/guard-stage";
import type { UpstreamResponse } from "../upstream/upstream-client";
import type { DecisionTracker } from "./decision-tracker";
import type { RouteContext } from "./route-context";

/** What a reply stage (JSON or SSE) is handed for one guarded request whose upstream answered 2xx. */
export interface GuardedReplyInput {
  ctx: RouteContext;
  res: ServerResponse;
  upstream: UpstreamResponse;
  request: RequestView;
  /** What the guard read from the request while the upstream was answering. */
  prepared: PreparedRequest | undefined;
  context: ExchangeContext;
  tracker: DecisionTracker;
  /** Aborts on client disconnect or the total deadline. */
  signal: AbortSignal;
}
