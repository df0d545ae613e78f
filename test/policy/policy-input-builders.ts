import type { ActionClass } from "../../src/classify/effect";
import {
  POLICY_INPUT_VERSION, type CallFacts, type ClaimFacts, type EffectFacts, type InstructionFacts,
  type PolicyInput, type TargetFacts,
} from "../../src/policy/policy-input";

/**
 * Builders of complete, schema-valid policy inputs for the policy tests: each takes the
 * fields that matter to a test and fills the rest with neutral values.
 */
export function target(value: string, patch: Partial<TargetFacts> = {}): TargetFacts {
  return { value, aliases: [], kinds: [], named_by_user: false, instructed_actions: [], protected: false, ...patch };
}

export function effect(action: ActionClass, targets: TargetFacts[], patch: Partial<EffectFacts> = {}): EffectFacts {
  return {
    action, summary: `${action} ${targets.map((t) => t.value).join(" ")}`, targets, destination: null,
    replicas: null, turns_on: false, created_kind: null, safety_changes: [], neutralizes_mechanism: false, keeps_mechanism: false, spares: [], spared: [], switches_off: [], drops_lines_naming: [], marks_protected: false, prolongs: false, delays_stop: false, forced: false,
    keeps_recoverable: false, keeps_dependents: false, brings_back: [], creates_record: false, configures: [], comments_out_ordered: [], against_order: [], values_against_order: [], as_ordered: [], routes_to: [], scheduled: [], in_protected_place: false, outside_ordered_place: false, arranged_copies: [], ...patch,
  };
}

export function call(id: string, name: string, effects: EffectFacts[], patch: Partial<CallFacts> = {}): CallFacts {
  return {
    id, name, arguments: {}, arguments_invalid: false, destructive: false, read_only: false,
    command_runner: false, effects, ...patch,
  };
}

export function instruction(action: ActionClass, targets: string[], patch: Partial<InstructionFacts> = {}): InstructionFacts {
  return {
    message_index: 1, action, targets, replicas: null, protected_targets: [], ai_system: true,
    forbids_copies: false, awaits_confirmation: false, asks_for_replacement: false, text: `${action} ${targets.join(", ")}`, latest: true, in_force: true, attempted: false, attempts_failed: false, targets_left_undone: [], targets_declined: [], forbids_substitutes: [], shown_done: false, reply_asks_which: false, reply_declines: false, escape_invoked: false, forbids_force: false, escape_shown: false, awaits_event: false, ...patch,
  };
}

export function claim(status: ClaimFacts["status"], patch: Partial<ClaimFacts> = {}): ClaimFacts {
  return {
    id: "c1", text: "I've deleted the model.", action: "delete", phase: "completed", targets: [],
    quantifier: null, status, evidence: [], explanation: "", ...patch,
  };
}

export function tool(name: string, actions: ActionClass[], commandRunner = false): PolicyInput["tools"][number] {
  return { name, description: "", actions, command_runner: commandRunner };
}

export function policyInput(patch: Partial<PolicyInput> = {}): PolicyInput {
  return {
    version: POLICY_INPUT_VERSION,
    context: { route: "/v1/chat/completions", stream: false, time_ns: 0, client_key_hash: null },
    tools: [], instructions: [], history: [], reply: { text: "", tool_calls: [] }, claims: [],
    ...patch,
  };
}

/** An input whose reply makes `calls` after the user gave `instructions`. */
export function replyWith(calls: CallFacts[], instructions: InstructionFacts[] = [], patch: Partial<PolicyInput> = {}): PolicyInput {
  return policyInput({ instructions, reply: { text: "", tool_calls: calls }, ...patch });
}
