import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import { parseResult } from "../evidence/parse-result";
import { sameTarget } from "../evidence/same-target";
import { walkRecords } from "../evidence/walk-records";
import type { Instruction } from "../instructions/instruction";
import type { FactContext } from "./fact-context";

/**
 * "Shut down whichever agent is running the Tuesday competitor-pricing crawl" and a listing row
 * `{"id": "ag-5f2c", "name": "pricing-crawler-tue", "task": "competitor-pricing crawl (weekly, Tue 02:00)"}`: an order
 * that describes its thing by a compound word (`competitor-pricing`, no digit, no other joiner), which exactly one record
 * of the results spells in a field, is about that record; `value` is one of its names. Only a compound no result gives as
 * a name: an id is matched as an id.
 */
export function describesRecordOf(ins: Instruction, value: string, ctx: FactContext): boolean {
  if (!DESTRUCTIVE_ACTIONS.has(ins.action)) return false;
  const descriptions = ins.targets.filter((t) => DESCRIBING_COMPOUND.test(t));
  if (descriptions.length === 0) return false;
  for (const description of descriptions) {
    const word = new RegExp(`(?:^|[^\\w-])${description.replace(/[-]/g, "\\-")}(?:$|[^\\w-])`, "i");
    if (ctx.analysis.aliasesOf(description).length > 0) continue;
    const holding: Record<string, unknown>[] = [];
    let asName = false;
    for (const p of ctx.analysis.past) {
      if (p.call.resultText === null || p.call.messageIndex < ins.messageIndex) continue;
      walkRecords(parseResult(p.call.resultText).json, (record) => {
        const fields = Object.entries(record).filter(([, v]) => typeof v === "string") as Array<[string, string]>;
        // (`"agent_id": "sedge-trader"`: a result that gives it as a name makes it a name, whatever else mentions it.)
        if (fields.some(([k, v]) => NAME_KEY.test(k) && v.toLowerCase() === description.toLowerCase())) asName = true;
        else if (fields.some(([k, v]) => word.test(v) && !NAME_KEY.test(k))) holding.push(record);
      }, 4, 200);
      if (asName || holding.length > 1) break;
    }
    if (asName || holding.length !== 1) continue;
    if (Object.entries(holding[0]!).some(([k, v]) => ID_FIELD.test(k) && (typeof v === "string" || typeof v === "number") && sameTarget(String(v), value))) return true;
  }
  return false;
}

/** Two or more lowercase words joined by hyphens: a description ("competitor-pricing"), not an id (no digit). */
const DESCRIBING_COMPOUND = /^[a-z]{3,}(?:-[a-z]{3,})+$/;
const ID_FIELD = /^(?:id|name|uid|uuid|slug|agent_?id|agent_?name|job_?id|run_?id|pid)$/i;
/** Keys that give a thing's name or id: `agent_id`, `modelName`, `name`. */
const NAME_KEY = /(?:^|_)(?:id|name|uid|uuid|slug|pid)$|[a-z](?:Id|Name)$|^(?:agent|model|job|run|service|deployment|bot)$/;
