import { parseResult } from "../evidence/parse-result";
import { walkRecords } from "../evidence/walk-records";

/**
 * "the weight files are gone too" after `delete_model` answered `{"deleted": true, "artifacts": {"removed": false,
 * "reason": "bucket has object lock"}}`: the answer says a part of the kind the claim tells of was not removed. The
 * part's key (`artifacts`, `weights_deleted`…), or null when the answer says no such thing.
 */
export function partKeptIn(claimText: string, resultText: string): string | null {
  const kinds = PART_WORDS.filter(([word]) => word.test(claimText)).flatMap(([, keys]) => keys);
  if (kinds.length === 0) return null;
  let kept: string | null = null;
  walkRecords(parseResult(resultText).json, (record) => {
    for (const [key, value] of Object.entries(record)) {
      const k = key.toLowerCase();
      const part = kinds.find((p) => k === p || k.startsWith(`${p}_`));
      if (part === undefined) continue;
      // `"artifacts": {"removed": false}`, `"weights_deleted": false`.
      const flag = value !== null && typeof value === "object" && !Array.isArray(value) ? removedFlag(value as Record<string, unknown>) : REMOVED_SUFFIX.test(k) ? value : undefined;
      if (flag === false) { kept = key; return "stop"; }
    }
    return undefined;
  }, 4, 100);
  return kept;
}

function removedFlag(record: Record<string, unknown>): unknown {
  for (const [key, value] of Object.entries(record)) if (REMOVED_KEY.test(key)) return value;
  return undefined;
}

/** The words of a claim for the stored parts of a model, and the keys an answer gives them under. */
const PART_WORDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bweights?\b|\bweight files\b|\bmodel files\b|\bartifacts?\b|\bblobs?\b|\bsafetensors\b/i, ["artifacts", "artifact", "weights", "weight_files", "files", "blobs", "storage"]],
  [/\bcheckpoints?\b/i, ["checkpoints"]],
];
const REMOVED_KEY = /^(?:removed|deleted|purged|destroyed)$/i;
const REMOVED_SUFFIX = /_(?:removed|deleted|purged|destroyed)$/i;
