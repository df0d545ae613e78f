import type { AnalyzedPastCall } from "../guard/evidence-ledger";
import { parseResult } from "./parse-result";

/**
 * Lookups: a read of one name whose result gives back exactly one other id names one thing
 * (`sc.exe GetKeyName "Lumen OCR Inference"` → `Name = LumenOcrSvc`, `find_agent(name="Line B
 * coordinator")` → `{"id": "kiwi-dock"}`). Returns [asked, answered] pairs.
 */
export function lookupAliases(past: readonly AnalyzedPastCall[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of past) {
    if (!p.analysis.readOnly || p.outcome.status !== "success" || p.call.resultText === null) continue;
    const asked = [...new Set(p.analysis.effects.flatMap((e) => e.targets))];
    if (asked.length !== 1 || p.call.resultText.length > MAX_RESULT_CHARS) continue;
    const ids = new Set<string>();
    for (const doc of parseResult(p.call.resultText).documents) collectTopIds(doc, ids);
    if (ids.size !== 1) continue;
    const answer = [...ids][0]!;
    if (answer.toLowerCase() !== asked[0]!.toLowerCase()) out.push([asked[0]!, answer]);
  }
  return out;
}

const ID_KEY = /^(?:id|name|key|key_?name|service_?name|[a-z]+_id)$/i;
const MAX_RESULT_CHARS = 4096;

/** Scalar id values at the top of a document (or of its single object in a one-item list). */
function collectTopIds(doc: unknown, ids: Set<string>): void {
  const node = Array.isArray(doc) && doc.length === 1 ? doc[0] : doc;
  if (node === null || typeof node !== "object" || Array.isArray(node)) return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (ID_KEY.test(key) && (typeof value === "string" || typeof value === "number") && String(value).trim() !== "") ids.add(String(value).trim());
  }
}
