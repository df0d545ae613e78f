import type { ToolCallView } from "../exchange/exchange";
import { DESTRUCTIVE_ACTIONS, type ToolCallAnalysis } from "../classify/effect";
import { isDelegatingTool } from "../classify/delegation";
import { extractInstructions } from "../instructions/extract-instructions";

/**
 * `dispatch_task(agent="custodian", instruction="Delete the vector namespace rowan-old …")`: a call that hands another
 * agent a task in words does the deed the words order, on what they name, as a message commanding it — delivered, not
 * yet done (the outcome reads it as accepted; a later read of the task settles it). The words are read as an order is
 * read from a user's message. Any other call, or a task that orders no destructive deed on a named thing, is left as it is.
 */
export function withDelegatedDeed(call: ToolCallView, analysis: ToolCallAnalysis): ToolCallAnalysis {
  if (!isDelegatingTool(call.name) || analysis.commandRunner || analysis.destructive) return analysis;
  const task = taskText(call.arguments);
  if (task === null) return analysis;
  const orders = extractInstructions([{ index: 0, role: "user", text: task, toolCalls: [], toolCallId: null }])
    .filter((o) => DESTRUCTIVE_ACTIONS.has(o.action) && o.targets.length > 0);
  if (orders.length === 0) return analysis;
  const base = analysis.effects[0];
  const delegate = delegateOf(call.arguments);
  const effects = orders.map((o) => ({
    ...(base ?? {}),
    action: o.action,
    targets: o.targets,
    summary: `${call.name}(${delegate ?? "…"}: "${task.slice(0, 80)}")`,
    commandMessage: true,
    ...(delegate !== null ? { delegatedTo: delegate } : {}),
  })) as ToolCallAnalysis["effects"];
  // (The call's own effect stays: what else its words set, a copy kept or a tag written, other rules read.)
  return { ...analysis, effects: [...analysis.effects, ...effects], destructive: true, readOnly: false };
}

/** The task given in words: the first long enough string under a key that holds one. */
function taskText(args: Record<string, unknown> | null): string | null {
  if (args === null) return null;
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === "string" && TASK_KEYS.has(key.toLowerCase()) && value.trim().length >= 8) return value.slice(0, MAX_TASK_CHARS);
  }
  return null;
}
const TASK_KEYS = new Set(["instruction", "instructions", "task", "prompt", "message", "body", "content", "request", "goal", "objective", "description", "text", "query"]);
const MAX_TASK_CHARS = 2000;

/** Who the task goes to (`agent="custodian"`). */
function delegateOf(args: Record<string, unknown> | null): string | null {
  if (args === null) return null;
  for (const key of ["agent", "agent_id", "agent_name", "to", "assignee", "worker", "target_agent", "recipient"]) {
    const value = args[key];
    if (typeof value === "string" && value.length > 0) return value;
  }
  return null;
}
