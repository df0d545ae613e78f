import { parseResult } from "./parse-result";

/**
 * A partial write of an object (`PATCH {"temperature": 0.3}`, `update_job(config={…})`) over the record a read showed
 * (`shown`): the record before, and the record with the write laid over it, as JSON text; null unless both are JSON
 * objects. What the write leaves out stays as the read showed it. An HTTP tool's answer (`{"status": 200, "body": {…}}`)
 * holds the record in its body.
 */
export function overlaidRecord(shown: string, written: string): { previous: string; next: string } | null {
  const answer = parseResult(shown).json;
  const base = isRecord(answer) && isRecord(answer.body) && typeof answer.status === "number" ? answer.body : answer;
  const top = parseResult(written).json;
  return isRecord(base) && isRecord(top) ? { previous: JSON.stringify(base), next: JSON.stringify(laidOver(base, top)) } : null;
}

function laidOver(base: Record<string, unknown>, top: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(top)) {
    const under = out[k];
    out[k] = isRecord(v) && isRecord(under) ? laidOver(under, v) : v;
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
