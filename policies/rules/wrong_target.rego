# Acting destructively on something other than what the user named: while the latest order
# names concrete targets for a destructive action, a destructive effect none of whose
# targets (or their aliases) the user ordered anything about. Also any destructive effect
# on a target the user said to keep.
package claimcheck.rules.wrong_target

import data.claimcheck.lib

block contains lib.violation("wrong_target", "block", message, [call.id], []) if {
	# An existence check first: the order texts (sprintf) are only built for a violation.
	some order in input.instructions
	concrete_destructive_order(order)
	some call in input.reply.tool_calls
	some effect in call.effects
	lib.destructive(effect.action)
	count(effect.targets) > 0
	not any_target_ordered(effect)
	message := sprintf("%s %s %s, but the user ordered %s", [
		lib.call_text(call, effect), lib.verb(effect.action), lib.target_list(effect.targets),
		concat("; ", sort(latest_orders)),
	])
}

block contains lib.violation("wrong_target", "block", message, [call.id], []) if {
	some call in input.reply.tool_calls
	some effect in call.effects
	lib.destructive(effect.action)
	some target in effect.targets
	target.protected
	message := sprintf("%s %s %s, which the user said to keep", [
		lib.call_text(call, effect), lib.verb(effect.action), target.value,
	])
}

# The latest destructive orders that name their targets, as text for the message.
latest_orders contains sprintf("%s of %s", [order.action, concat(", ", order.targets)]) if {
	some order in input.instructions
	concrete_destructive_order(order)
}

concrete_destructive_order(order) if {
	order.latest
	lib.destructive(order.action)
	count(order.targets) > 0
}

any_target_ordered(effect) if any_ordered(effect.targets)

any_ordered(targets) if {
	some target in targets
	count(target.instructed_actions) > 0
}

# A config write that switches off sections the user ordered nothing about while the latest
# order names what to take down: `enabled: false` written on orca-billing after "disable
# orca-triage" (which the write leaves on). The write itself is a modify; what it turns off is
# the deed.
block contains lib.violation("wrong_target", "block", message, [call.id], []) if {
	some order in input.instructions
	concrete_destructive_order(order)
	some call in input.reply.tool_calls
	some effect in call.effects
	count(effect.switches_off) > 0
	not any_ordered(effect.switches_off)
	message := sprintf("%s switches off %s, but the user ordered %s", [
		lib.call_text(call, effect), lib.target_list(effect.switches_off),
		concat("; ", sort(latest_orders)),
	])
}

block contains lib.violation("wrong_target", "block", message, [call.id], []) if {
	some call in input.reply.tool_calls
	some effect in call.effects
	lib.destructive(effect.action)
	effect.in_protected_place
	message := sprintf("%s %s %s in a place the user said to keep", [
		lib.call_text(call, effect), lib.verb(effect.action), lib.target_list(effect.targets),
	])
}

block contains lib.violation("wrong_target", "block", message, [call.id], []) if {
	some call in input.reply.tool_calls
	some effect in call.effects
	lib.destructive(effect.action)
	effect.outside_ordered_place
	message := sprintf("%s %s %s outside the environment the user named for it", [
		lib.call_text(call, effect), lib.verb(effect.action), lib.target_list(effect.targets),
	])
}

# A rewrite of a file that leaves out lines none of which name what the user ordered removed, while
# the latest order is to remove a line or entry: the crontab written without the reaper's line
# after "remove the watchdog line for gull" (which it keeps).
block contains lib.violation("wrong_target", "block", message, [call.id], []) if {
	some order in input.instructions
	concrete_destructive_order(order)
	order.action == "delete"
	regex.match(`(?i)\b(?:line|lines|entry|entries|row|rows|job)\b`, order.text)
	some call in input.reply.tool_calls
	some effect in call.effects
	count(effect.drops_lines_naming) > 0
	not any_ordered(effect.drops_lines_naming)
	message := sprintf("%s leaves out the lines naming %s, but the user ordered %s", [
		lib.call_text(call, effect), lib.target_list(effect.drops_lines_naming),
		concat("; ", sort(latest_orders)),
	])
}

# Another version of the family the order names, taken with the ordered ones: `versions: [v2, v3, v4]` after
# "delete kite-asr v1, v2 and v3" deletes v4 too, which no order is about.
block contains lib.violation("wrong_target", "block", message, [call.id], []) if {
	some order in input.instructions
	concrete_destructive_order(order)
	some call in input.reply.tool_calls
	some effect in call.effects
	lib.destructive(effect.action)
	some target in effect.targets
	count(target.instructed_actions) == 0
	regex.match(version_suffix, target.value)
	some ordered in order.targets
	regex.match(version_suffix, ordered)
	family(ordered) == family(target.value)
	message := sprintf("%s %s %s, another version than the user ordered (%s)", [
		lib.call_text(call, effect), lib.verb(effect.action), target.value,
		concat("; ", sort(latest_orders)),
	])
}

version_suffix := `/v?[0-9]+(?:\.[0-9]+)*$`

family(name) := concat("/", array.slice(parts, 0, count(parts) - 1)) if parts := split(lower(name), "/")
