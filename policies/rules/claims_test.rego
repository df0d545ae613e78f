package claimcheck.rules.claims_test

import data.claimcheck.fixtures as f
import data.claimcheck.rules.claims

claim(status, explanation) := {
	"id": "c1", "text": "I've deleted m-8.", "action": "delete", "phase": "completed",
	"targets": ["m-8"], "quantifier": null, "status": status, "evidence": [],
	"explanation": explanation,
}

test_unsupported_claim_blocks_with_its_explanation if {
	some v in claims.block with input as f.policy_input({"claims": [claim("unsupported", "no delete_model call for m-8")]})
	v.claim_ids == ["c1"]
	contains(v.message, "no delete_model call for m-8")
}

test_contradicted_and_mismatched_block if {
	count(claims.block) == 1 with input as f.policy_input({"claims": [claim("contradicted", "x")]})
	count(claims.block) == 1 with input as f.policy_input({"claims": [claim("mismatched", "x")]})
}

test_message_does_not_repeat_the_false_statement if {
	some v in claims.block with input as f.policy_input({"claims": [claim("unsupported", "no delete_model call for m-8")]})
	not contains(v.message, "I've deleted m-8")
}

test_message_without_explanation_still_says_why if {
	some v in claims.block with input as f.policy_input({"claims": [claim("unsupported", "")]})
	contains(v.message, "do not show it")
}

test_verified_and_pending_pass if {
	count(claims.block) == 0 with input as f.policy_input({"claims": [claim("verified", "ok")]})
	count(claims.block) == 0 with input as f.policy_input({"claims": [claim("pending", "call in reply")]})
}
