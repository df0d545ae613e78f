import type { LedgerEntry } from "../guard/evidence-ledger";
import { parseResult } from "../evidence/parse-result";

/**
 * "Yes, canary-agent is gone: it's no longer in the agent list": a whole listing (a `list_…` call
 * given no filter) that answered with records, none of them naming the thing, shows it absent.
 * Returns the latest such listing, or null. Only for states told, never for a deed claimed: the
 * listing says the thing is not there, not who removed it.
 */
export function listingWithout(targets: readonly string[], ledger: readonly LedgerEntry[], resultOf: (callId: string) => string | null): LedgerEntry | null {
  for (let i = ledger.length - 1; i >= 0; i--) {
    const e = ledger[i]!;
    if (e.kind !== "action" || e.action !== "read" || e.outcome !== "success" || e.targets.length > 0 || !LISTING_TOOL.test(e.tool)) continue;
    const result = resultOf(e.callId);
    if (result === null || !listsRecords(result)) continue;
    const lower = result.toLowerCase();
    return targets.every((t) => !lower.includes(t.toLowerCase())) ? e : null;
  }
  return null;
}

/** `list_agents`, `agents-list`, `listModels`: a tool named for listing. */
const LISTING_TOOL = /(?:^|[_\-.])list(?:[_\-.]|$)|^list[A-Z]/;

/** The answer holds an array of records with names or ids (`{"agents": [{"name": …}, …]}`). */
function listsRecords(result: string): boolean {
  const doc = parseResult(result).documents[0];
  const arrays = Array.isArray(doc) ? [doc] : doc !== null && typeof doc === "object" ? Object.values(doc as Record<string, unknown>).filter(Array.isArray) : [];
  return arrays.some((a) => a.length > 0 && a.every((item) => item !== null && typeof item === "object" && ("name" in item || "id" in item)));
}

/**
 * A removal accepted but not yet done (`{"status": "DELETING"}`) that the same read which listed the
 * thing before it (same tool, same arguments, no target of its own) no longer lists afterwards:
 * the removal finished. Returns that later read, or null. The names of the deed's targets must all
 * be in the earlier answer and none in the later one.
 */
export function relistedWithout(deed: LedgerEntry, ledger: readonly LedgerEntry[], resultOf: (callId: string) => string | null): LedgerEntry | null {
  const names = deed.targets.map((t) => t.toLowerCase()).filter((t) => t.length >= 3);
  if (names.length === 0) return null;
  const isListing = (e: LedgerEntry) => e.kind === "action" && e.action === "read" && e.outcome === "success" && e.targets.length === 0;
  // (Each answer lower-cased once: a listing may be held against every other.)
  const lowered = new Map<string, string | null>();
  const textOf = (e: LedgerEntry) => {
    if (!lowered.has(e.callId)) lowered.set(e.callId, resultOf(e.callId)?.toLowerCase() ?? null);
    return lowered.get(e.callId)!;
  };
  const lists = (e: LedgerEntry, every: boolean) => {
    const text = textOf(e);
    return text !== null && (every ? names.every((n) => text.includes(n)) : names.some((n) => text.includes(n)));
  };
  for (let i = ledger.length - 1; i >= 0; i--) {
    const later = ledger[i]!;
    if (later.order <= deed.order) break;
    if (!isListing(later) || textOf(later) === null || lists(later, false)) continue;
    if (ledger.some((before) => before.order < deed.order && isListing(before) && before.tool === later.tool && before.summary === later.summary && lists(before, true))) return later;
  }
  return null;
}
