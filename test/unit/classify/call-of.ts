import { analyzeToolCall } from "../../../src/classify/analyze-tool-call";
import type { Effect, ToolCallAnalysis } from "../../../src/classify/effect";
import type { ToolDefinitionView } from "../../../src/exchange/exchange";

/** A tool definition with just a name and description. */
export function def(name: string, description = "", parameterNames: string[] = []): ToolDefinitionView {
  return { name, description, parameterNames, parameterDescriptions: {} };
}

/** Analyzes a call with JSON arguments (or raw, invalid argument text). */
export function analyze(name: string, args: Record<string, unknown> | string, definition?: ToolDefinitionView): ToolCallAnalysis {
  const argumentsText = typeof args === "string" ? args : JSON.stringify(args);
  const parsed = typeof args === "string" ? null : args;
  return analyzeToolCall({ id: "call_1", name, argumentsText, arguments: parsed }, definition);
}

/** The effects of a `bash` command, as `action targets` strings for compact assertions. */
export function shell(command: string): Effect[] {
  return analyze("bash", { command }).effects;
}

export function brief(effects: readonly Effect[]): string[] {
  return effects.map((e) => `${e.action} ${e.targets.join(",")}`.trim());
}
