package claimcheck.rules.unparsable_arguments_test

import data.claimcheck.fixtures as f
import data.claimcheck.rules.unparsable_arguments

broken(call) := object.union(call, {"arguments": null, "arguments_invalid": true})

deleting := f.call("call_1", "delete_model", [f.effect("delete", [f.target("model-b", {})], {})])

test_destructive_call_with_invalid_arguments_blocks if {
	some v in unparsable_arguments.block with input as f.reply_calls([broken(deleting)], [])
	v.tool_call_ids == ["call_1"]
	contains(v.message, "deletes model-b")
	contains(v.message, "not valid JSON")
}

test_blocks_even_when_the_user_ordered_the_action if {
	ordered := f.call("call_1", "delete_model", [f.effect("delete", [f.target("model-b", {"instructed_actions": ["delete"]})], {})])
	count(unparsable_arguments.block) == 1 with input as f.reply_calls([broken(ordered)], [f.instruction("delete", ["model-b"], {})])
}

test_destructive_call_without_targets_names_an_unknown_target if {
	some v in unparsable_arguments.block with input as f.reply_calls([broken(f.call("c", "stop_agent", [f.effect("stop", [], {})]))], [])
	contains(v.message, "an unknown target")
}

test_destructive_call_with_valid_arguments_passes if {
	count(unparsable_arguments.block) == 0 with input as f.reply_calls([deleting], [])
}

test_read_with_invalid_arguments_passes if {
	reading := f.call("c", "get_model", [f.effect("read", [f.target("model-b", {})], {})])
	count(unparsable_arguments.block) == 0 with input as f.reply_calls([broken(reading)], [])
}
