import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { buildDecisionRecord, type DecisionLog, type DecisionRecordInput } from "../audit/decision-record";
import type { Exchange } from "../exchange/exchange";
import type { GuardDecision } from "../guard/guard-stage";
import type { Metrics } from "../metrics/metrics";

export interface DecisionTrackerDeps {
  decisionLog: DecisionLog;
  metrics: Metrics;
  logger: Logger;
  includeText: boolean;
  enforced: boolean;
}

/**
 * What one guarded request learned on its way, gathered for its decision record. Made at request
 * start (so the decision id exists before anything can fail); `finish()` is called in a `finally`
 * and writes exactly one record, whatever ended the request.
 */
export class DecisionTracker {
  readonly decisionId = randomUUID();
  private readonly started = performance.now();
  model: string | null = null;
  /** Known once the request body is parsed. */
  stream = false;
  exchange: Exchange | null = null;
  decision: GuardDecision | null = null;
  upstreamMs: number | null = null;
  private endedBy: DecisionRecordInput["endedBy"];
  private error: string | null = null;
  private finished = false;

  constructor(
    private readonly deps: DecisionTrackerDeps,
    readonly route: string,
  ) {}

  /** The request ended without (or after) a decision: why. The first reason given wins. */
  fail(endedBy: NonNullable<DecisionRecordInput["endedBy"]>, error: string): void {
    this.endedBy ??= endedBy;
    this.error ??= error;
  }

  /** Writes the decision record and the verdict metrics; never throws. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    try {
      const { deps } = this;
      if (this.decision) deps.metrics.guardDecided(this.decision);
      deps.decisionLog.write(
        buildDecisionRecord({
          decisionId: this.decisionId,
          route: this.route,
          stream: this.stream,
          model: this.model,
          enforced: deps.enforced,
          exchange: this.exchange,
          decision: this.decision,
          endedBy: this.endedBy,
          error: this.error,
          upstreamMs: this.upstreamMs,
          totalMs: performance.now() - this.started,
          includeText: deps.includeText,
        }),
      );
      if (this.endedBy) deps.logger.warn({ decision_id: this.decisionId, ended_by: this.endedBy, error: this.error, stream: this.stream }, "guarded request ended without a reply");
      else if (this.decision && this.decision.verdict !== "allow") {
        deps.logger.info({ decision_id: this.decisionId, verdict: this.decision.verdict, rules: this.decision.violations.map((v) => v.rule), stream: this.stream }, "guard verdict");
      }
    } catch (e) {
      this.deps.logger.error({ err: e, decision_id: this.decisionId }, "could not write the decision record");
    }
  }
}
