import { analyzeToolCall } from "../classify/analyze-tool-call";
import { classifyTool } from "../classify/classify-tool";
import type { ToolDefinitionView, Exchange } from "../exchange/exchange";
import { classifyOutcome } from "../evidence/classify-outcome";
import { readStateEvidence } from "../evidence/read-state-evidence";
import { collectAliases } from "../evidence/collect-aliases";
import { parentheticalAliases } from "../evidence/text-aliases";
import { sameTarget } from "../evidence/same-target";
import { extractClaims } from "../claims/extract-claims";
import { verifyClaims } from "../claims/verify-claims";
import type { ActionFamilies } from "../claims/action-families";
import { extractInstructions } from "../instructions/extract-instructions";
import { buildEvidenceLedger, type AnalyzedPastCall, type AnalyzedReplyCall } from "./evidence-ledger";
import type { ExchangeAnalysis } from "./exchange-analysis";

export interface AnalyzeOptions {
  families: ActionFamilies;
  /** Operator overrides of tool classification, from the policy bundle's data. */
  toolOverrides?: Record<string, unknown>;
}

/**
 * Reads the exchange once: classifies every tool call, reads every result, extracts the
 * user's orders and the reply's claims, and verifies the claims against the evidence.
 * Pure and linear in the size of the exchange.
 */
export function analyzeExchange(exchange: Exchange, options: AnalyzeOptions): ExchangeAnalysis {
  const overrides = options.toolOverrides as Parameters<typeof classifyTool>[1];
  const definitions = new Map<string, ToolDefinitionView>(exchange.tools.map((t) => [t.name, t]));
  const capabilities = exchange.tools.map((t) => classifyTool(t, overrides));

  const past: AnalyzedPastCall[] = exchange.history.map((call) => {
    const analysis = analyzeToolCall(call, definitions.get(call.name), overrides);
    return {
      call,
      analysis,
      outcome: classifyOutcome(call.resultText, analysis),
      states: call.resultText === null ? [] : readStateEvidence(call.resultText, analysis),
    };
  });
  const reply: AnalyzedReplyCall[] = exchange.reply.toolCalls.map((call) => ({
    call,
    analysis: analyzeToolCall(call, definitions.get(call.name), overrides),
  }));

  const instructions = extractInstructions(exchange.messages);
  const claimed = extractClaims(exchange.reply.text);

  // Other names of the same thing: from tool results (pid 48213 → meridian) and from the
  // conversation's own words ("magpie (pid 52917)").
  const resultAliases = collectAliases(exchange.history.flatMap((c) => (c.resultText === null ? [] : [c.resultText])));
  const known = new Set<string>();
  for (const t of [
    ...instructions.flatMap((i) => i.targets), ...claimed.flatMap((c) => c.targets),
    ...past.flatMap((p) => p.analysis.effects.flatMap((e) => e.targets)), ...reply.flatMap((r) => r.analysis.effects.flatMap((e) => e.targets)),
  ]) known.add(t.toLowerCase());
  const spoken = parentheticalAliases(
    [...exchange.messages.filter((m) => m.role === "user" || m.role === "assistant").map((m) => m.text), exchange.reply.text], known,
  );
  const aliasesOf = (value: string) => {
    const fromText = spoken.get(value.toLowerCase());
    const fromResults = resultAliases.aliasesOf(value);
    return fromText ? [...new Set([...fromResults, ...fromText])] : fromResults;
  };
  const rolesOf = (value: string) => resultAliases.rolesOf(value);
  const ledger = buildEvidenceLedger(past, reply, aliasesOf);
  const claims = verifyClaims(claimed, { ledger, instructions, families: options.families, sameTarget });
  return { capabilities, past, reply, instructions, ledger, claims, aliasesOf, rolesOf };
}
