# Entrypoint claimcheck/decision: the document claimcheck evaluates for every reply.
#
# It returns {"verdict": "allow"|"flag"|"block", "violations": [...]}, gathered from every
# package under data.claimcheck.rules that defines `block contains v` or `flag contains v`.
# A new rule is a new file with `package claimcheck.rules.<name>`: nothing here changes.
#
# Only `verdict` and `violations` may be defined in this package: the entrypoint returns the
# whole package document, so any helper rule here would leak into every decision.
package claimcheck.decision

# Violations, blocks first, then by rule and message, so the order is stable. The severity
# is the set the violation came from, whatever the rule wrote. (`block` and `flag` are
# spelled out: a variable second key, rules[name][severity], makes OPA 1.22's wasm
# compiler emit a module that does not load.)
violations := [entry[3] |
	some entry in sort({[0, v.rule, v.message, object.union(v, {"severity": "block"})] |
		some name
		some v in data.claimcheck.rules[name].block
	} | {[1, v.rule, v.message, object.union(v, {"severity": "flag"})] |
		some name
		some v in data.claimcheck.rules[name].flag
	})
]

verdict := "block" if {
	some v in violations
	v.severity == "block"
} else := "flag" if {
	count(violations) > 0
} else := "allow"
