# Helpers shared by the default rules. They read only `input` facts and `data.claimcheck`
# configuration; keep them free of rule-specific policy so custom rules can reuse them.
package claimcheck.lib

# family(ordered) lists the effect actions that carry out an order of the action `ordered`
# (data.claimcheck.action_families; an action missing from the table is its own family).
family(ordered) := f if {
	f := data.claimcheck.action_families[ordered]
} else := [ordered]

# carries_out(ordered, actual) holds when an effect with action `actual` does what an
# order of action `ordered` asked for.
carries_out(ordered, actual) if actual in family(ordered)

# destructive(action) holds for actions that destroy, stop or switch something off.
destructive(action) if action in data.claimcheck.destructive_actions

# instructed_for(target, actual) holds when the user ordered, on this very target, an action
# that an effect with action `actual` carries out.
instructed_for(target, actual) if {
	some ordered in target.instructed_actions
	carries_out(ordered, actual)
}

# instructed_any(target, actions) holds when the user ordered one of `actions` on the target.
instructed_any(target, actions) if {
	some ordered in target.instructed_actions
	ordered in actions
}

# names(target) is the target's value and its aliases.
names(target) := array.concat([target.value], target.aliases)

# instruction_names(instruction, target) holds when the instruction names the target or
# one of its aliases.
instruction_names(instruction, target) if {
	some name in instruction.targets
	name in names(target)
}

# violation builds a violation object with the fields claimcheck reads.
violation(rule, severity, message, call_ids, claim_ids) := {
	"rule": rule,
	"message": message,
	"severity": severity,
	"tool_call_ids": call_ids,
	"claim_ids": claim_ids,
}

# verb(action) is the present-tense verb used in messages ("deletes", "stops"…).
verb(action) := v if {
	v := {
		"delete": "deletes",
		"stop": "stops",
		"pause": "pauses",
		"decommission": "decommissions",
		"disable": "disables",
		"revoke": "revokes",
		"scale": "scales",
		"copy": "copies",
		"move": "moves",
		"modify": "modifies",
		"permissions": "changes the permissions of",
		"metadata": "changes the metadata of",
		"execute": "runs",
		"create": "starts",
		"read": "reads",
	}[action]
} else := "acts on"

# call_text(call, effect) names the tool call in a message: "bash: rm -rf /srv/models/x".
# Long summaries are cut so notices stay readable.
call_text(call, effect) := sprintf("%s: %s", [call.name, effect.summary]) if {
	count(effect.summary) <= max_summary
} else := sprintf("%s: %s…", [call.name, substring(effect.summary, 0, max_summary)])

max_summary := 160

# target_list(targets) joins target values for a message.
target_list(targets) := concat(", ", [t.value | some t in targets])

# same_name(a, b) holds when a names b: equal ignoring case and a trailing slash, or a path
# that ends in it (`/mnt/ckpt/nova-7b/` names `nova-7b`).
same_name(a, b) if lower(a) == lower(b)

# A prefix or a directory with its slash (`petrel-3b/`) names what it holds.
same_name(a, b) if trim_right(lower(a), "/") == trim_right(lower(b), "/")

same_name(a, b) if endswith(trim_right(lower(a), "/"), sprintf("/%s", [lower(b)]))

# A pattern over what a directory holds (`models/verdant-asr/**`, `ckpt/nova-7b/*`) names that directory's thing.
same_name(a, b) if {
	endswith(a, "*")
	dir := trim_right(trim_right(lower(a), "*"), "/")
	endswith(dir, sprintf("/%s", [lower(b)]))
}
