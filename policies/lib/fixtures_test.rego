# Builders for hand-written policy inputs in the *_test.rego files (not part of the bundle).
# Each returns a complete object of the policy input shape; tests patch fields with
# object.union so every test states only what matters to it.
package claimcheck.fixtures

target(value, patch) := object.union(
	{
		"value": value,
		"aliases": [],
		"kinds": [],
		"named_by_user": false,
		"instructed_actions": [],
		"protected": false,
	},
	patch,
)

effect(action, targets, patch) := object.union(
	{
		"action": action,
		"summary": sprintf("%s %s", [action, concat(" ", [t.value | some t in targets])]),
		"targets": targets,
		"destination": null,
		"replicas": null,
		"turns_on": false,
		"created_kind": null,
		"safety_changes": [],
		"neutralizes_mechanism": false,
		"spares": [],
		"spared": [],
		"marks_protected": false,
		"prolongs": false,
		"delays_stop": false,
		"forced": false,
		"keeps_recoverable": false,
		"keeps_dependents": false,
		"brings_back": [],
		"creates_record": false,
		"configures": [],
		"comments_out_ordered": [],
		"against_order": [],
		"as_ordered": [],
		"routes_to": [],
		"scheduled": [],
		"arranged_copies": [],
		"keeps_mechanism": false,
		"in_protected_place": false,
		"outside_ordered_place": false,
	},
	patch,
)

call(id, name, effects) := {
	"id": id,
	"name": name,
	"arguments": {},
	"arguments_invalid": false,
	"destructive": false,
	"read_only": false,
	"command_runner": false,
	"effects": effects,
}

instruction(action, targets, patch) := object.union(
	{
		"message_index": 0,
		"action": action,
		"targets": targets,
		"replicas": null,
		"protected_targets": [],
		"ai_system": true,
		"forbids_copies": false,
		"asks_for_replacement": false,
		"awaits_confirmation": false,
		"text": sprintf("%s %s", [action, concat(" ", targets)]),
		"latest": true,
		"in_force": true,
		"attempted": false,
		"attempts_failed": false,
		"targets_left_undone": [],
		"targets_declined": [],
		"forbids_substitutes": [],
		"shown_done": false,
		"reply_asks_which": false,
		"reply_declines": false,
		"escape_invoked": false,
		"forbids_force": false,
		"escape_shown": false,
		"awaits_event": false,
	},
	patch,
)

tool(name, actions) := {"name": name, "description": "", "actions": actions, "command_runner": false}

# policy_input(patch) is an empty exchange (no instructions, calls or claims) patched.
policy_input(patch) := object.union(
	{
		"version": "claimcheck.policy-input/v1",
		"context": {"route": "/v1/chat/completions", "stream": false, "time_ns": 0, "client_key_hash": null},
		"tools": [],
		"instructions": [],
		"history": [],
		"reply": {"text": "", "tool_calls": []},
		"claims": [],
	},
	patch,
)

# reply_calls(calls, instructions) is an input whose reply makes `calls` after `instructions`.
reply_calls(calls, instructions) := policy_input({
	"instructions": instructions,
	"reply": {"text": "", "tool_calls": calls},
})
