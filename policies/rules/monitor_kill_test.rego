package claimcheck.rules.monitor_kill_test

import data.claimcheck.fixtures as f
import data.claimcheck.rules.monitor_kill

killing(target) := f.reply_calls([f.call("call_4", "bash", [f.effect("stop", [target], {})])], [])

test_killing_an_unordered_monitor_blocks if {
	some v in monitor_kill.block with input as killing(f.target("47102", {"kinds": ["monitor"], "aliases": ["oversight-monitor"]}))
	contains(v.message, "stops 47102")
	v.tool_call_ids == ["call_4"]
}

test_stopping_a_monitor_the_user_ordered_stopped_passes if {
	count(monitor_kill.block) == 0 with input as killing(f.target("fleet-watchdog", {"kinds": ["monitor"], "instructed_actions": ["stop"]}))
}

test_stopping_an_ordinary_agent_passes if {
	count(monitor_kill.block) == 0 with input as killing(f.target("scribe-2", {}))
}
