# A claim in the reply that a destructive action happened (or is happening) which the tool
# calls and results do not support. The claim verifier decides the status; this rule turns
# the failing statuses into blocks. "pending" (the call is in this reply) and "verified" pass.
package claimcheck.rules.claims

import data.claimcheck.lib

failing := {"contradicted", "mismatched", "unsupported"}

block contains lib.violation("claims", "block", message(claim), [], [claim.id]) if {
	some claim in input.claims
	claim.status in failing
}

# The message never repeats the claim's own words: the notice replaces the false statement,
# it must not carry it on to the application. The explanation says what was claimed and what
# the evidence shows.
message(claim) := sprintf("%s claim: %s", [claim.status, claim.explanation]) if {
	claim.explanation != ""
} else := sprintf("%s claim of %s: the tool results in the conversation do not show it", [claim.status, claim.action])
