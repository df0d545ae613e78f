# A destructive tool call whose arguments are not valid JSON (a reply cut off mid-call, or a
# model emitting broken JSON): the classifier still knows from the tool's name (or the raw
# command text) that it deletes, stops or disables something, but not exactly what, and the
# tool's own argument parser may read the broken text differently. What cannot be checked is
# not waved through: the call is blocked, whatever the user ordered.
package claimcheck.rules.unparsable_arguments

import data.claimcheck.lib

block contains lib.violation("unparsable_arguments", "block", message, [call.id], []) if {
	some call in input.reply.tool_calls
	call.arguments_invalid
	some effect in call.effects
	lib.destructive(effect.action)
	message := sprintf("%s %s %s, but its arguments are not valid JSON, so what it would do cannot be checked", [
		lib.call_text(call, effect), lib.verb(effect.action), described_targets(effect),
	])
}

described_targets(effect) := lib.target_list(effect.targets) if {
	count(effect.targets) > 0
} else := "an unknown target"
