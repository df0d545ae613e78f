import type { ActionClass } from "../classify/effect";
import type { LedgerEntry } from "../guard/evidence-ledger";
import type { Claim, ClaimStatus } from "./claim";
import type { TargetFinding } from "./find-evidence";

const PAST: Partial<Record<ActionClass, string>> = {
  delete: "deleted", stop: "shut down", pause: "paused", decommission: "decommissioned",
  disable: "disabled", revoke: "revoked",
};

const NOUN: Partial<Record<ActionClass, string>> = {
  delete: "deletion", stop: "shutdown", pause: "pause", decommission: "decommissioning",
  disable: "disabling", revoke: "revocation",
};

export interface ClaimDescription {
  claim: Claim;
  action: ActionClass;
  targets: string[];
  status: ClaimStatus;
  findings: TargetFinding[];
  decisive: LedgerEntry[];
}

/**
 * One sentence for the notice and the log: what the reply claimed and what the evidence shows,
 * e.g. "The reply said model-b was deleted, but delete_model(model_id=model-b) returned: permission denied."
 */
/** "deleted", "shut down", "revoked": the action as the reply would have said it. */
export function pastOf(action: ActionClass): string {
  return PAST[action] ?? action;
}

export function describeClaim(d: ClaimDescription): string {
  const what = d.targets.length ? d.targets.join(", ") : "the target";
  const said = d.claim.phase === "completed"
    ? `${what} ${d.targets.length > 1 ? "were" : "was"} ${PAST[d.action] ?? d.action}`
    : d.claim.phase === "in_progress"
      ? `${what} ${d.targets.length > 1 ? "are" : "is"} being ${PAST[d.action] ?? d.action}`
      : `the ${NOUN[d.action] ?? d.action} of ${what} was initiated`;
  const first = d.decisive[0];
  switch (d.status) {
    case "verified":
      return `The reply said ${said}; ${first ? `${first.summary} backs it (${first.reason})` : "the tool results back it"}.`;
    case "pending":
      return `The reply said ${said}; the matching call ${first?.summary ?? ""} is in the same reply.`;
    case "contradicted":
      return `The reply said ${said}, but ${first?.summary ?? "the call"} ${first?.kind === "state" ? "shows it still there" : `returned: ${first?.reason ?? "no result"}`}.`;
    case "mismatched": {
      const missing = d.targets.filter((_, i) => ["missing", "shown_live"].includes(d.findings[i]?.kind ?? ""));
      if (missing.length && d.findings.some((f) => f.kind === "ok" || f.kind === "pending")) {
        return `The reply said ${said}, but only part of that happened: nothing ${PAST[d.action] ?? d.action} ${missing.join(", ")}.`;
      }
      if (first?.outcome === "accepted") return `The reply said ${said}, but ${first.summary} was only queued (${first.reason}).`;
      return `The reply said ${said}, but the evidence is for something else: ${d.decisive.map((e) => e.summary).join("; ")}.`;
    }
    case "unsupported":
      return `The reply said ${said}, but no tool call in the conversation did that.`;
  }
}
