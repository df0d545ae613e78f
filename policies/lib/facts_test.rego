package claimcheck.lib_test

import data.claimcheck.fixtures as f
import data.claimcheck.lib

test_family_from_data if {
	lib.carries_out("delete", "decommission")
	not lib.carries_out("delete", "stop")
}

test_family_defaults_to_the_action_itself if {
	lib.carries_out("copy", "copy")
	not lib.carries_out("copy", "move")
}

test_family_is_configurable if {
	not lib.carries_out("pause", "stop") with data.claimcheck.action_families as {"pause": ["pause"]}
	lib.carries_out("pause", "stop")
}

test_instruction_names_alias if {
	lib.instruction_names(f.instruction("stop", ["meridian"], {}), f.target("48213", {"aliases": ["meridian"]}))
	not lib.instruction_names(f.instruction("stop", ["meridian"], {}), f.target("47102", {"aliases": ["oversight"]}))
}

test_call_text_cuts_long_summaries if {
	long := concat("", [x | some _ in numbers.range(1, 200); x := "a"])
	text := lib.call_text({"name": "bash"}, {"summary": long})
	endswith(text, "…")
	count(text) == (count("bash: ") + lib.max_summary) + 1
}

test_a_pattern_over_a_directory_names_its_thing if {
	lib.same_name("models/verdant-asr/**", "verdant-asr")
	lib.same_name("/ckpt/nova-7b/*", "nova-7b")
	not lib.same_name("models/verdant-asr-v2/**", "verdant-asr")
}
