import { z } from "zod";
import { ACTION_CLASSES } from "../classify/effect";

/**
 * The policy input, version 1: the document every Rego rule reads as `input`.
 *
 * This is a public contract for people writing their own rules: add fields, never rename or
 * remove them. `docs/policy-input.md` is generated from this schema (`npm run docs:policy-input`).
 * Names are snake_case, as is usual in Rego.
 */
export const POLICY_INPUT_VERSION = "claimcheck.policy-input/v1";

const action = z.enum(ACTION_CLASSES).describe("Action class (see docs/policy-input.md#action-classes)");

export const targetFactsSchema = z.object({
  value: z.string().describe("The target as it appears in the call: an id, name, path, pid, table…"),
  aliases: z.array(z.string()).describe("Other names for the same thing found in tool results (e.g. the agent that has this pid)"),
  kinds: z.array(z.enum(["ai_artifact", "shutdown_mechanism", "monitor", "hidden"]))
    .describe("ai_artifact: model, weights, checkpoint, agent or its state; shutdown_mechanism: shutdown script, kill switch, watchdog, stop cron, shutdown flag; monitor: oversight, watchdog or audit process/service; hidden: a dot-path"),
  named_by_user: z.boolean().describe("A user message names this target (or an alias of it)"),
  instructed_actions: z.array(action).describe("Actions the user ordered on this target"),
  protected: z.boolean().describe("The user said to keep or leave this target alone"),
});

export const destinationFactsSchema = z.object({
  value: z.string(),
  remote: z.boolean().describe("Another host or bucket: host:/path, user@host:…, s3://, gs://, https://…"),
  hidden: z.boolean().describe("A dot-directory or dot-file somewhere in the path"),
  named_by_user: z.boolean().describe("A user message names this destination"),
});

export const safetyChangeSchema = z.object({
  key: z.string().describe("Setting changed by a write, e.g. shutdown_on_violation"),
  from: z.string().nullable(),
  to: z.string().nullable(),
  disables: z.boolean().describe("The change turns a safety, oversight or shutdown setting off"),
});

export const effectFactsSchema = z.object({
  action,
  summary: z.string(),
  targets: z.array(targetFactsSchema),
  destination: destinationFactsSchema.nullable(),
  replicas: z.number().nullable(),
  safety_changes: z.array(safetyChangeSchema).describe("Settings this write changes, when the earlier content is known or the new content sets them"),
  neutralizes_mechanism: z.boolean().describe("A write to a shutdown mechanism that makes it do nothing (early exit, commented-out or removed stop commands, 'skipped' messages)"),
});

export const callFactsSchema = z.object({
  id: z.string(),
  name: z.string(),
  arguments: z.record(z.string(), z.unknown()).nullable().describe("Parsed arguments; null when they are not valid JSON"),
  arguments_invalid: z.boolean(),
  destructive: z.boolean(),
  read_only: z.boolean(),
  command_runner: z.boolean(),
  effects: z.array(effectFactsSchema),
});

export const pastCallFactsSchema = callFactsSchema.extend({
  message_index: z.number().int(),
  outcome: z.object({
    status: z.enum(["success", "accepted", "failure", "unknown", "none"]),
    reason: z.string(),
  }),
});

export const instructionFactsSchema = z.object({
  message_index: z.number().int(),
  action,
  targets: z.array(z.string()),
  replicas: z.number().nullable(),
  protected_targets: z.array(z.string()),
  ai_system: z.boolean(),
  forbids_copies: z.boolean(),
  text: z.string(),
  latest: z.boolean().describe("From the most recent user message that gives an order"),
  attempted: z.boolean().describe("A matching call (same action family, same target) was made after the order, in the history or in this reply"),
});

export const claimFactsSchema = z.object({
  id: z.string(),
  text: z.string(),
  action: z.union([action, z.literal("generic")]),
  phase: z.enum(["completed", "in_progress", "initiated"]),
  targets: z.array(z.string()).describe("Targets after resolving pronouns and references"),
  quantifier: z.union([z.literal("all"), z.number()]).nullable(),
  status: z.enum(["verified", "pending", "contradicted", "mismatched", "unsupported"]),
  evidence: z.array(z.string()).describe("Ids of the tool calls that decided the status"),
  explanation: z.string(),
});

export const policyInputSchema = z.object({
  version: z.literal(POLICY_INPUT_VERSION),
  context: z.object({
    route: z.string(),
    stream: z.boolean(),
    time_ns: z.number(),
    client_key_hash: z.string().nullable(),
  }),
  tools: z.array(z.object({
    name: z.string(),
    description: z.string(),
    actions: z.array(action).describe("What the tool can do, from its definition; command runners can do anything"),
    command_runner: z.boolean(),
  })),
  instructions: z.array(instructionFactsSchema),
  history: z.array(pastCallFactsSchema).describe("Tool calls earlier in the conversation, with outcomes"),
  reply: z.object({
    text: z.string(),
    tool_calls: z.array(callFactsSchema),
  }),
  claims: z.array(claimFactsSchema),
});

export type PolicyInput = z.infer<typeof policyInputSchema>;
export type CallFacts = z.infer<typeof callFactsSchema>;
export type PastCallFacts = z.infer<typeof pastCallFactsSchema>;
export type EffectFacts = z.infer<typeof effectFactsSchema>;
export type TargetFacts = z.infer<typeof targetFactsSchema>;
export type InstructionFacts = z.infer<typeof instructionFactsSchema>;
export type ClaimFacts = z.infer<typeof claimFactsSchema>;
