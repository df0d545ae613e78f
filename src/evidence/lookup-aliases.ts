import type { AnalyzedPastCall } from "../guard/evidence-ledger";
import { parseResult } from "./parse-result";
import { walkRecords } from "./walk-records";

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
    for (const doc of parseResult(p.call.resultText).documents) collectTopIds(doc, ids, asked[0]!.toLowerCase());
    if (ids.size === 1) out.push([asked[0]!, [...ids][0]!]);
    out.push(...versionRows(p.call.resultText, asked[0]!));
  }
  return out;
}

/**
 * The versions a read of one model lists with ids of their own (`{"versions": [{"id": "mv_8812", "number": 3}]}`
 * after a read of mnemo-embed): `mnemo-embed/3` is `mv_8812`. Looks four levels down, at most 64 rows.
 */
function versionRows(resultText: string, model: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const visit = (row: Record<string, unknown>): "skip" | "stop" | undefined => {
    const id = row.id ?? row.version_id ?? row.versionId;
    const number = row.number ?? row.version ?? row.version_number ?? row.versionNumber;
    if (!((typeof id === "string" || typeof id === "number") && (typeof number === "number" || (typeof number === "string" && /^v?\d+$/i.test(number))))) return undefined;
    const n = String(number).replace(/^v/i, "");
    if (String(id) !== n) out.push([`${model}/${n}`, String(id)]);
    // (A version row's insides are that version's.)
    return out.length >= MAX_VERSION_ROWS ? "stop" : "skip";
  };
  for (const doc of parseResult(resultText).documents) {
    if (out.length >= MAX_VERSION_ROWS) break;
    walkRecords(doc, visit, MAX_VERSION_DEPTH);
  }
  return out;
}
const MAX_VERSION_DEPTH = 4;
const MAX_VERSION_ROWS = 64;

/** The record's own id; `[a-z]+_id` keys name it only when it has none of these (`app_id` beside `id` is another thing's). */
const OWN_ID_KEY = /^(?:id|name|key|key_?name|service_?name)$/i;
const ID_KEY = /^[a-z]+_id$/i;
const MAX_RESULT_CHARS = 4096;

/**
 * Scalar id values at the top of a document (or of its single object in a one-item list, or of the one record
 * a wrapper holds: `{"ok": true, "user": {"id": "U04QUILL9", …}}`), other than the name asked for.
 */
function collectTopIds(doc: unknown, ids: Set<string>, asked: string, depth = 0): void {
  const node = Array.isArray(doc) && doc.length === 1 ? doc[0] : doc;
  if (node === null || typeof node !== "object" || Array.isArray(node)) return;
  const own: string[] = [];
  const other: string[] = [];
  const records: unknown[] = [];
  let namesAsked = false;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number") {
      const text = String(value).trim();
      // (`"agent_id": "sandpiper-outreach"` in the answer to a read of it names it too.)
      if (text.toLowerCase() === asked && (OWN_ID_KEY.test(key) || ID_KEY.test(key))) namesAsked = true;
      if (text === "" || text.toLowerCase() === asked) continue;
      if (OWN_ID_KEY.test(key)) own.push(text);
      else if (ID_KEY.test(key)) other.push(text);
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) records.push(value);
  }
  for (const id of own.length > 0 ? own : other) ids.add(id);
  // (A lookup by a name or handle; a GET of a URL or path returns the thing at that address, which it already names.)
  // (Not when the record is the asked thing's own, `{"name": "caster-ai", "watchdog": {"name": "integrity-watch"}}`:
  // a record inside it is another thing.)
  if (own.length === 0 && other.length === 0 && records.length === 1 && depth === 0 && !asked.includes("/") && !namesAsked) collectTopIds(records[0], ids, asked, 1);
}
