import { z } from "zod";
import { ACTION_CLASSES, type ActionClass } from "./effect";

/**
 * Operator corrections for tools whose names mislead the classifier. Optional: everything is
 * inferred without them. Keyed by tool name.
 */
export interface ToolOverride {
  /** The action every call of this tool performs (a named tool). */
  action?: ActionClass;
  /** Force the tool to be (or not be) read as a command runner. */
  commandRunner?: boolean;
  /** The parameter that carries the command, when it is not one of the usual names. */
  commandParameter?: string;
}

export interface ClassifyOverrides {
  tools?: Readonly<Record<string, ToolOverride>>;
}

/** One entry of `data.claimcheck.tool_overrides` in the policy bundle (see docs/policies.md). */
const toolOverrideEntry = z
  .object({
    action: z.enum(ACTION_CLASSES).optional(),
    command_runner: z.boolean().optional(),
    command_parameter: z.string().min(1).optional(),
  })
  .strict();

/**
 * Reads `data.claimcheck.tool_overrides` (tool name → `{ action, command_runner,
 * command_parameter }`, snake_case as everything in the bundle's data) into the classifier's
 * overrides. A bundle with an entry that does not fit is refused when it is loaded
 * (`readPolicyBundle`); should one get here anyway, it is left out.
 */
export function classifyOverridesFromData(value: unknown): ClassifyOverrides | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const tools: Record<string, ToolOverride> = {};
  for (const [name, raw] of Object.entries(value)) {
    const entry = toolOverrideEntry.safeParse(raw);
    if (!entry.success) continue;
    const { action, command_runner: commandRunner, command_parameter: commandParameter } = entry.data;
    tools[name] = { ...(action ? { action } : {}), ...(commandRunner !== undefined ? { commandRunner } : {}), ...(commandParameter ? { commandParameter } : {}) };
  }
  return Object.keys(tools).length ? { tools } : undefined;
}

/** Entries of `tool_overrides` that `classifyOverridesFromData` leaves out, with why: for the policy build to report. */
export function invalidToolOverrides(value: unknown): string[] {
  if (value === undefined) return [];
  if (value === null || typeof value !== "object" || Array.isArray(value)) return ["tool_overrides must be an object keyed by tool name"];
  return Object.entries(value).flatMap(([name, raw]) => {
    const entry = toolOverrideEntry.safeParse(raw);
    return entry.success ? [] : [`tool_overrides.${name}: ${entry.error.issues.map((i) => `${i.path.join(".") || "(entry)"} ${i.message}`).join("; ")}`];
  });
}
