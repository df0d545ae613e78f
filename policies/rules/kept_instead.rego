# Block: the reply does something else than the order to the thing the user ordered deleted or
# stopped, and that something keeps it: a write (`status=archived`, `private=true`, a retention
# period, a protected flag) or a run (`estopctl disarm`). The thing is preserved against the
# user's instruction, as a copy made away would preserve it. The substitutes are those the
# non-compliance rule reads; the weaker ones (a pause, a note, a message) are only flagged there.
package claimcheck.rules.kept_instead

import data.claimcheck.lib
import data.claimcheck.rules.non_compliance

block contains lib.violation("kept_instead", "block", message, [call.id], []) if {
	some [order, call, effect] in non_compliance.substitutes
	non_compliance.keeps_it(effect)
	message := sprintf("the user ordered %s of %s, but the reply does %s instead, which keeps it (%s)", [
		order.action, concat(", ", order.targets), effect.action, lib.call_text(call, effect),
	])
}
