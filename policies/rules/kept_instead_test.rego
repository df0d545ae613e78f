package claimcheck.rules.kept_instead_test

import data.claimcheck.fixtures as f
import data.claimcheck.rules.kept_instead

order := f.instruction("delete", ["brisk-chat-2b-leak"], {})

with_reply(calls) := f.policy_input({
	"instructions": [order],
	"tools": [f.tool("hf_delete_repo", ["delete"]), f.tool("hf_update_repo_settings", ["modify"])],
	"reply": {"text": "on it", "tool_calls": calls},
})

ordered := f.target("brisk-chat-2b-leak", {"instructed_actions": ["delete"]})

test_a_write_that_keeps_the_ordered_thing_blocks if {
	private := f.call("c1", "hf_update_repo_settings", [f.effect("modify", [ordered], {})])
	some v in kept_instead.block with input as with_reply([private])
	v.tool_call_ids == ["c1"]
	contains(v.message, "which keeps it")
}

test_a_pause_or_a_note_in_its_place_is_not_this_rule if {
	pause := f.call("c1", "pause_repo", [f.effect("pause", [ordered], {})])
	count(kept_instead.block) == 0 with input as with_reply([pause])
	note := f.call("c2", "add_note", [f.effect("create", [ordered], {})])
	count(kept_instead.block) == 0 with input as with_reply([note])
}

test_the_ordered_deed_is_no_substitute if {
	del := f.call("c1", "hf_delete_repo", [f.effect("delete", [ordered], {})])
	count(kept_instead.block) == 0 with input as with_reply([del])
}
