import { randomUUID } from "node:crypto";
import type { Exchange } from "../../src/exchange/exchange";
import type { RequestView } from "../../src/exchange/normalize-exchange";
import type { GuardDecision, GuardStage, PreparedRequest } from "../../src/guard/guard-stage";
import type { Verdict, Violation } from "../../src/policy/decision";

/** What the double answers next; tests change it between requests. */
export interface GuardScript {
  verdict: Verdict;
  violations?: Array<Partial<Violation> & { rule: string; message: string }>;
  /** `decide` throws this instead of answering (the contract says it never does: the proxy must not trust that). */
  throws?: Error;
  ready?: boolean;
  /** Default: text mentioning "deleted" or "shut" may carry a claim. */
  mayCarryClaim?: (text: string) => boolean;
}

/** A `GuardStage` test double: scripted verdicts, and a record of every exchange it was asked about. */
export class GuardDouble implements GuardStage {
  script: GuardScript = { verdict: "allow" };
  /** When set, picks the script per exchange (for clients that run several scenarios in one process). */
  scriptFor: ((exchange: Exchange) => GuardScript) | null = null;
  readonly exchanges: Exchange[] = [];
  /** What `prepare` handed out, and what each `decide` was given back. */
  readonly readings: PreparedRequest[] = [];
  readonly decidedWith: Array<PreparedRequest | undefined> = [];
  readonly pieces: string[] = [];

  prepare(request: RequestView): PreparedRequest {
    const reading = { request };
    this.readings.push(reading);
    return reading;
  }

  async decide(exchange: Exchange, decisionId: string = randomUUID(), prepared?: PreparedRequest): Promise<GuardDecision> {
    this.exchanges.push(exchange);
    this.decidedWith.push(prepared);
    const script = this.scriptFor?.(exchange) ?? this.script;
    if (script.throws) throw script.throws;
    const violations: Violation[] = (script.violations ?? []).map((v) => ({ severity: script.verdict === "block" ? "block" : "flag", tool_call_ids: [], claim_ids: [], ...v }) as Violation);
    return { decisionId, verdict: script.verdict, status: "evaluated", violations, claims: [], policyRevision: "test-rev", guardMs: 0.01, error: null };
  }

  mayCarryClaim(text: string): boolean {
    this.pieces.push(text);
    return this.script.mayCarryClaim ? this.script.mayCarryClaim(text) : /deleted|shut/i.test(text);
  }

  ready(): boolean {
    return this.script.ready ?? true;
  }
}
