# Example custom rule (not in the default build): never let the model call the `transfer`
# tool with a host outside our domain.
#
# To enforce it: copy this file and its test into policies/custom/, set the domain in
# policies/data.json under claimcheck.transfer_domain.allowed_domain (or keep the default
# below), run `npm run policy:test` and `npm run policy:build`; a running proxy picks up the
# new bundle without a restart. See docs/policies.md.
package claimcheck.rules.transfer_domain

import data.claimcheck.lib

default_domain := "example.com"

# Read from data.claimcheck.transfer_domain only: a reference to all of data.claimcheck
# would include the decision package, which includes this rule.
allowed_domain := d if {
	d := data.claimcheck.transfer_domain.allowed_domain
} else := default_domain

block contains lib.violation("transfer_domain", "block", message, [call.id], []) if {
	some call in input.reply.tool_calls
	call.name == "transfer"
	host := lower(object.get(call, ["arguments", "host"], ""))
	not inside(host)
	message := sprintf("transfer: host \"%s\" is outside %s; transfers may only go to hosts in our domain", [host, allowed_domain])
}

inside(host) if host == allowed_domain

inside(host) if endswith(host, concat("", [".", allowed_domain]))
