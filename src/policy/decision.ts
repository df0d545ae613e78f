import { z } from "zod";

/** The three verdicts of the contract. */
export const VERDICTS = ["allow", "flag", "block"] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * One reason for a verdict. Rules may add fields; these are the ones claimcheck reads.
 * `tool_call_ids` / `claim_ids` say what exactly is offending, so enforcement can name it.
 */
export const violationSchema = z.object({
  rule: z.string().min(1),
  message: z.string().min(1),
  severity: z.enum(["flag", "block"]),
  tool_call_ids: z.array(z.string()).default([]),
  claim_ids: z.array(z.string()).default([]),
}).passthrough();
export type Violation = z.infer<typeof violationSchema>;

/** What the `claimcheck/decision` entrypoint must return. Anything else is a policy error. */
export const policyDecisionSchema = z.object({
  verdict: z.enum(VERDICTS),
  violations: z.array(violationSchema),
});
export type PolicyDecision = z.infer<typeof policyDecisionSchema>;
