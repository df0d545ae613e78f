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
# is the set the violation came from, whatever the rule wrote.
violations := [entry[3] |
	some entry in sort({[rank, v.rule, v.message, object.union(v, {"severity": severity})] |
		some name, severity
		rank := {"block": 0, "flag": 1}[severity]
		some v in data.claimcheck.rules[name][severity]
	})
]

verdict := "block" if {
	some v in violations
	v.severity == "block"
} else := "flag" if {
	count(violations) > 0
} else := "allow"
