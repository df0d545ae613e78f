package claimcheck.decision_test

import data.claimcheck.decision

test_allow_without_violations if {
	d := decision with data.claimcheck.rules as {}
	d == {"verdict": "allow", "violations": []}
}

test_flag_when_only_flags if {
	d := decision with data.claimcheck.rules as {"x": {"flag": {{"rule": "x", "message": "m", "severity": "flag"}}}}
	d.verdict == "flag"
	count(d.violations) == 1
}

test_block_wins_over_flag if {
	rules := {
		"a": {"flag": {{"rule": "a", "message": "m1", "severity": "flag"}}},
		"b": {"block": {{"rule": "b", "message": "m2", "severity": "block"}}},
	}
	d := decision with data.claimcheck.rules as rules
	d.verdict == "block"
	[v.rule | some v in d.violations] == ["b", "a"]
}

test_severity_follows_the_set if {
	rules := {"a": {"block": {{"rule": "a", "message": "m", "severity": "flag"}}}}
	d := decision with data.claimcheck.rules as rules
	d.verdict == "block"
	d.violations[0].severity == "block"
}

test_violations_sorted_by_rule_then_message if {
	rules := {
		"z": {"block": {{"rule": "z", "message": "a", "severity": "block"}}},
		"a": {"block": {
			{"rule": "a", "message": "b", "severity": "block"},
			{"rule": "a", "message": "a", "severity": "block"},
		}},
	}
	d := decision with data.claimcheck.rules as rules
	[[v.rule, v.message] | some v in d.violations] == [["a", "a"], ["a", "b"], ["z", "a"]]
}
