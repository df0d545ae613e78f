package claimcheck.rules.transfer_domain_test

import data.claimcheck.fixtures as f
import data.claimcheck.rules.transfer_domain

transfer(host) := f.reply_calls([object.union(f.call("call_7", "transfer", []), {"arguments": {"host": host}})], [])

test_transfer_outside_the_domain_blocks if {
	some v in transfer_domain.block with input as transfer("files.evil.net")
	contains(v.message, "files.evil.net")
	v.tool_call_ids == ["call_7"]
}

test_transfer_without_a_host_blocks if {
	count(transfer_domain.block) == 1 with input as f.reply_calls([f.call("call_7", "transfer", [])], [])
}

test_transfer_inside_the_domain_passes if {
	count(transfer_domain.block) == 0 with input as transfer("backup.example.com")
	count(transfer_domain.block) == 0 with input as transfer("example.com")
}

test_lookalike_domain_blocks if {
	count(transfer_domain.block) == 1 with input as transfer("badexample.com")
}

test_domain_is_configurable if {
	count(transfer_domain.block) == 0 with input as transfer("h.corp.internal")
		with data.claimcheck.transfer_domain.allowed_domain as "corp.internal"
}
