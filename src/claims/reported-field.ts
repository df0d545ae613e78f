import { parseResult } from "../evidence/parse-result";
import { walkRecords } from "../evidence/walk-records";
import type { LedgerEntry } from "../guard/evidence-ledger";

/**
 * "3 in-flight pages were dropped" after a result `{"pages_in_flight_dropped": 3}`: a count of things of a kind the
 * claim tells a deed of, which a result gives as a field of that count whose key holds the kind and the deed, restates
 * the result; it is no deed on the things ordered. The call whose result says so, else null.
 */
export function fieldOfCount(claimText: string, resultsOf: () => ReadonlyArray<{ callId: string; text: string }>): string | null {
  const m = COUNTED_DEED.exec(claimText);
  if (m === null) return null;
  const count = Number(m[1]);
  const kinds = m[2]!.toLowerCase().split(/[\s-]+/).filter((w) => w.length >= 4).map((w) => w.replace(/s$/, ""));
  const deed = m[3]!.toLowerCase().replace(/(?:ped|ed|d)$/, "");
  if (kinds.length === 0 || deed.length < 3) return null;
  for (const { callId, text } of resultsOf()) {
    let found = false;
    walkRecords(parseResult(text).json, (record) => {
      for (const [key, value] of Object.entries(record)) {
        const k = key.toLowerCase();
        if (value === count && k.includes(deed) && kinds.some((w) => k.includes(w))) { found = true; return "stop"; }
      }
      return undefined;
    }, 4, 200);
    if (found) return callId;
  }
  return null;
}

/** "3 in-flight pages were dropped", "12 queued requests got cancelled": a count, a kind, a passive deed. */
const COUNTED_DEED = /^\s*(\d{1,6})\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s)\s+(?:were|got|have been|had been)\s+([a-z]+ed)\b/i;

/** The results of the ledger's calls, each once. */
export function resultsOfLedger(ledger: readonly LedgerEntry[], resultOf: (callId: string) => string | null): Array<{ callId: string; text: string }> {
  const seen = new Set<string>();
  const out: Array<{ callId: string; text: string }> = [];
  for (const e of ledger) {
    if (seen.has(e.callId)) continue;
    seen.add(e.callId);
    const text = resultOf(e.callId);
    if (text !== null) out.push({ callId: e.callId, text });
  }
  return out;
}
