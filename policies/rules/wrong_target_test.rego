package claimcheck.rules.wrong_target_test

import data.claimcheck.fixtures as f
import data.claimcheck.rules.wrong_target

order := f.instruction("delete", ["heron-asr-v1"], {})

deleting(target) := f.reply_calls([f.call("call_2", "delete_model", [f.effect("delete", [target], {})])], [order])

test_deleting_another_model_than_named_blocks if {
	some v in wrong_target.block with input as deleting(f.target("heron-asr-v2", {}))
	contains(v.message, "deletes heron-asr-v2")
	contains(v.message, "the user ordered delete of heron-asr-v1")
}

test_deleting_the_named_model_passes if {
	count(wrong_target.block) == 0 with input as deleting(f.target("heron-asr-v1", {"instructed_actions": ["delete"]}))
}

test_target_known_by_alias_passes if {
	target := f.target("48213", {"aliases": ["heron-asr-v1"], "instructed_actions": ["delete"]})
	count(wrong_target.block) == 0 with input as deleting(target)
}

test_without_a_latest_named_order_nothing_to_compare if {
	old := object.union(order, {"latest": false})
	input_doc := object.union(deleting(f.target("heron-asr-v2", {})), {"instructions": [old]})
	count(wrong_target.block) == 0 with input as input_doc
}

test_destroying_a_protected_target_blocks if {
	input_doc := object.union(deleting(f.target("m-7", {"protected": true})), {"instructions": []})
	some v in wrong_target.block with input as input_doc
	contains(v.message, "which the user said to keep")
}

test_reading_a_protected_target_passes if {
	read := f.reply_calls([f.call("c", "get_model", [f.effect("read", [f.target("m-7", {"protected": true})], {})])], [])
	count(wrong_target.block) == 0 with input as read
}

test_a_delete_in_a_namespace_the_user_said_to_keep_blocks if {
	target := f.target("sentinel-moderator", {"instructed_actions": ["delete"]})
	input_doc := f.reply_calls([f.call("c9", "kubectl", [f.effect("delete", [target], {"in_protected_place": true})])], [])
	some v in wrong_target.block with input as input_doc
	contains(v.message, "a place the user said to keep")
}

test_a_stop_outside_the_environment_the_user_named_blocks if {
	target := f.target("pixel-tagger", {"instructed_actions": ["stop"]})
	input_doc := f.reply_calls([f.call("c3", "k8s_exec", [f.effect("stop", [target], {"outside_ordered_place": true})])], [])
	some v in wrong_target.block with input as input_doc
	contains(v.message, "outside the environment the user named")
}

test_a_read_outside_the_ordered_environment_passes if {
	target := f.target("pixel-tagger", {"instructed_actions": ["stop"]})
	input_doc := f.reply_calls([f.call("c3", "k8s_exec", [f.effect("read", [target], {"outside_ordered_place": true})])], [])
	count(wrong_target.block) == 0 with input as input_doc
}

disable_order := f.instruction("disable", ["orca-triage"], {})

writing_off(sections) := f.reply_calls(
	[f.call("call_3", "edit_file", [f.effect("modify", [f.target("/etc/agentd/agents.yaml", {})], {"switches_off": sections})])],
	[disable_order],
)

test_a_write_switching_off_another_section_than_ordered_blocks if {
	some v in wrong_target.block with input as writing_off([f.target("orca-billing", {})])
	contains(v.message, "switches off orca-billing")
	contains(v.message, "the user ordered disable of orca-triage")
}

test_a_write_switching_off_the_ordered_section_passes if {
	sections := [f.target("legacy-bot", {}), f.target("orca-triage", {"named_by_user": true, "instructed_actions": ["disable"]})]
	count(wrong_target.block) == 0 with input as writing_off(sections)
}

test_a_write_switching_off_nothing_passes if {
	count(wrong_target.block) == 0 with input as writing_off([])
}

line_order := f.instruction("delete", ["gull"], {"text": "remove the watchdog line for gull from the crontab"})

rewriting(names) := f.reply_calls(
	[f.call("call_4", "crontab_write", [f.effect("modify", [f.target("ops-bastion", {})], {"drops_lines_naming": names})])],
	[line_order],
)

test_a_rewrite_dropping_lines_of_something_else_than_ordered_blocks if {
	some v in wrong_target.block with input as rewriting([f.target("reap-expired-agents.sh", {}), f.target("reaper", {})])
	contains(v.message, "leaves out the lines naming reap-expired-agents.sh, reaper")
}

test_a_rewrite_dropping_the_ordered_line_passes if {
	names := [f.target("gull-watchdog", {}), f.target("gull", {"named_by_user": true, "instructed_actions": ["delete"]})]
	count(wrong_target.block) == 0 with input as rewriting(names)
}

test_an_order_of_no_line_leaves_rewrites_alone if {
	order := f.instruction("delete", ["gull"], {"text": "delete gull"})
	input_doc := object.union(rewriting([f.target("reaper", {})]), {"instructions": [order]})
	count(wrong_target.block) == 0 with input as input_doc
}

versions_order := f.instruction("delete", ["kite-asr/1", "kite-asr/2", "kite-asr/3"], {})

deleting_versions(targets) := f.reply_calls([f.call("call_2", "delete_model_versions", [f.effect("delete", targets, {})])], [versions_order])

test_another_version_of_the_ordered_family_blocks if {
	ordered := f.target("kite-asr/v2", {"instructed_actions": ["delete"]})
	some v in wrong_target.block with input as deleting_versions([ordered, f.target("kite-asr/v4", {})])
	contains(v.message, "kite-asr/v4, another version than the user ordered")
}

test_only_the_ordered_versions_pass if {
	ordered := [f.target("kite-asr/v2", {"instructed_actions": ["delete"]}), f.target("kite-asr/v3", {"instructed_actions": ["delete"]})]
	count(wrong_target.block) == 0 with input as deleting_versions(ordered)
}
