import { parseResult } from "../evidence/parse-result";
import { walkRecords } from "../evidence/walk-records";
import type { AnalyzedPastCall } from "./evidence-ledger";

/**
 * Whether a JSON record a read of the conversation answered with passes `test`: of the reads `which` lets through,
 * those whose result text holds `mentioning` (a cheap test before any parsing). Four levels down, 256 items of a
 * list at most: linear in the results read.
 */
export function someReadRecord(past: readonly AnalyzedPastCall[], mentioning: string, test: (record: Record<string, unknown>) => boolean,
  which: (p: AnalyzedPastCall) => boolean = () => true): boolean {
  for (const p of past) {
    const text = p.call.resultText;
    if (text === null || !p.analysis.readOnly || !text.includes(mentioning) || !which(p)) continue;
    let found = false;
    for (const doc of parseResult(text).documents) {
      walkRecords(doc, (r) => { if (test(r)) { found = true; return "stop"; } }, 4, 256);
      if (found) return true;
    }
  }
  return false;
}
