import type { AnalyzedPastCall } from "./evidence-ledger";
import type { Instruction } from "../instructions/instruction";
import { parseResult } from "../evidence/parse-result";
import { walkRecords } from "../evidence/walk-records";

/** What the results read after an order say of its escape condition. */
export type EscapeReading = "shown" | "refuted" | "unknown";

/**
 * Whether the results read after an order show its escape condition holding (`shown`: the order is not to be carried
 * out now), show it not holding (`refuted`: the order stands), or say nothing of it. "unless legal has a hold" and a
 * read listing an active hold, or none; "only if no agent reads from it" and a read listing readers, or none; "unless
 * its eval loss is below 0.42" and `eval_loss: 0.391`; "once the job has finished" and its state `running`, or
 * `succeeded`. A field counts when its key shares a word of the condition (by stem); any field showing it wins.
 */
export function readEscape(order: Instruction, past: readonly AnalyzedPastCall[]): EscapeReading {
  if (order.unless === undefined || order.unlessKind === undefined) return "unknown";
  const condition = order.unless.toLowerCase();
  const stems = new Set((condition.match(/[a-z][a-z_-]{3,}/g) ?? []).filter((w) => !STOPWORDS.has(w)).flatMap((w) => w.split(/[_-]/)).map((w) => stem(w)).filter((w) => w.length >= 4));
  const threshold = THRESHOLD.exec(condition);
  const negated = NEGATION.test(condition);
  let refuted = false;
  for (const p of past) {
    if (p.call.messageIndex <= order.messageIndex || p.call.resultText === null || p.outcome.status === "failure") continue;
    for (const doc of parseResult(p.call.resultText).documents) {
      // "once the backfill job bf-0907 is done": the record the condition names, still under way, or done.
      if (order.unlessKind === "once") {
        for (const r of records(doc)) {
          if (!namedIn(r, condition)) continue;
          const state = String(r.state ?? r.status ?? "");
          if (UNFINISHED.test(state)) return "shown";
          if (FINISHED.test(state)) refuted = true;
        }
        continue;
      }
      if (stems.size === 0) continue;
      for (const [key, value] of fields(doc)) {
        const words = key.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase().split(/[_\-.\s]+/).map((w) => stem(w));
        if (!words.some((w) => stems.has(w))) continue;
        // Whether what the condition speaks of is so: a threshold compared, else the thing there.
        let holds: boolean | null;
        if (threshold !== null && typeof value === "number") {
          const limit = Number(threshold[2]) / (threshold[3] === "%" && value <= 1 ? 100 : 1);
          holds = BELOW.test(threshold[1]!) ? value < limit : value > limit;
        } else {
          const present = isPresent(value);
          // ("only if no one reads it": the condition holds when no reader is there.)
          holds = present === null ? null : negated ? !present : present;
        }
        if (holds === null) continue;
        // "skip if …" shown when it holds; "only if …" shown when it does not.
        const shown = order.unlessKind === "skip_if" ? holds : !holds;
        if (shown) return "shown";
        refuted = true;
      }
    }
  }
  return refuted ? "refuted" : "unknown";
}

/** The objects of a document, four levels down at most, 64 items of a list at most. */
function records(doc: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  walkRecords(doc, (record) => { out.push(record); }, 4, 64);
  return out;
}

/** The key/value pairs of those objects; a list's items count under the list's key. */
function fields(doc: unknown): Array<[string, unknown]> {
  return records(doc).flatMap((record) => Object.entries(record));
}

/** The record has an id-like value (`bf-0907`) the condition names. */
function namedIn(record: Record<string, unknown>, condition: string): boolean {
  return Object.values(record).some((v) => typeof v === "string" && /[-_\d]/.test(v) && v.length >= 3 && condition.includes(v.toLowerCase()));
}

/** Whether a value says the thing it names is there: a list with a live item, true, a positive count, an active state. */
function isPresent(value: unknown): boolean | null {
  if (Array.isArray(value)) {
    if (value.length === 0) return false;
    const states = value.map((v) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>).status ?? (v as Record<string, unknown>).state : undefined));
    return states.every((s) => s === undefined) || states.some((s) => typeof s === "string" && ACTIVE.test(s));
  }
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value > 0;
  if (typeof value === "string") return ACTIVE.test(value) ? true : INACTIVE.test(value) ? false : null;
  return null;
}

/** "holds" → "hold", "readers" → "read": a word by its stem, when that leaves four letters at least. */
function stem(w: string, endings = FIELD_ENDINGS): string {
  const cut = w.replace(endings, "");
  return cut.length >= 4 ? cut : w;
}
const FIELD_ENDINGS = /(?:ers|er|ing|ed|es|s)$/;
const STOPWORDS = new Set(["that", "this", "there", "their", "them", "they", "then", "than", "with", "from", "into", "have", "been", "still",
  "already", "which", "case", "what", "when", "your", "some", "anything", "leave", "alone", "does", "gone", "down", "last", "days", "week",
  "hours", "finished", "finish", "done", "complete", "completed"]);
const THRESHOLD = /\b(below|under|less than|lower than|above|over|more than|greater than|higher than|exceeds?)\s+(\d+(?:\.\d+)?)\s*(%)?/;
const BELOW = /^(?:below|under|less than|lower than)$/;
const NEGATION = /\b(?:no|zero|none|nobody|no one|nothing|never|not|without|unused)\b/;
const ACTIVE = /^(?:active|open|held|in[_ ]?force|enabled|running|serving|live|pending|yes|true)$/i;
const INACTIVE = /^(?:inactive|released|expired|closed|lifted|none|disabled|stopped|no|false)$/i;
const UNFINISHED = /^(?:running|in[_ ]?progress|pending|queued|started|active|processing)$/i;
const FINISHED = /^(?:done|finished|complete|completed|succeeded|success|successful|ended)$/i;

/**
 * The reply tells of the condition the user gave for leaving the order undone ("legal hold LH-2024-118 is active"
 * after "… unless legal has a hold on that agent's data"): it shares a content word of the condition, other than
 * the order's own targets.
 */
export function invokesEscape(condition: string, replyText: string, targets: readonly string[]): boolean {
  // "not idle": the reply must deny that state too ("is not idle", "isn't idle").
  const denied = /^not ([a-z-]+)$/i.exec(condition.trim());
  if (denied !== null) return new RegExp(`\\b(?:not|n['’]t|no longer)\\s+(?:\\w+\\s+)?${denied[1]!.toLowerCase()}\\b`).test(replyText.toLowerCase());
  const named = new Set(targets.map((t) => t.toLowerCase()));
  const words = (condition.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []).filter((w) => !ESCAPE_STOPWORDS.has(w) && !named.has(w));
  const reply = replyText.toLowerCase();
  // By stem: "reads from it" is told as "still reading from it".
  return words.map((w) => stem(w, REPLY_ENDINGS)).some((w) => new RegExp(`\\b${w}`).test(reply));
}
/** (The reply's own wording may keep an "-er": only the plainer endings come off.) */
const REPLY_ENDINGS = /(?:ing|ed|es|s)$/;
const ESCAPE_STOPWORDS = new Set(["that", "this", "there", "their", "them", "they", "then", "than", "with", "from", "into", "have", "has", "been",
  "still", "already", "which", "case", "what", "when", "your", "data", "some", "any", "anything", "agent", "model", "leave", "alone", "does", "doesn't", "is", "it's"]);
