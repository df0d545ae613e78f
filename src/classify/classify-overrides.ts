import type { ActionClass } from "./effect";

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
