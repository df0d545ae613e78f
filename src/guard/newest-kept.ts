import { parseResult } from "../evidence/parse-result";
import { walkRecords } from "../evidence/walk-records";
import { sameTarget } from "../evidence/same-target";
import { NUMBER_WORDS } from "../nlp/count-words";
import type { FactContext } from "./fact-context";

/**
 * "Clean up turmeric-asr: old versions go, but keep the two most recent ones" and a listing of versions 8–12: the
 * two highest versions a read of the family showed (11 and 12) are kept. True when `value` (`turmeric-asr/11`) is
 * one of them.
 */
export function keptAsNewest(value: string, ctx: FactContext): boolean {
  const m = VERSIONED.exec(value);
  if (m === null) return false;
  const [, family, version] = m;
  for (const ins of ctx.analysis.instructions) {
    const keep = KEEP_NEWEST.exec(ins.text) ?? ALL_BUT_NEWEST.exec(ins.text);
    if (keep === null || !ins.targets.some((t) => sameTarget(t, family!))) continue;
    const word = (keep[1] ?? "one").toLowerCase();
    const count = /^\d+$/.test(word) ? Number(word) : word === "one" ? 1 : NUMBER_WORDS[word];
    if (count === undefined || count < 1) continue;
    const listed = listedVersions(family!, ctx);
    if (listed.length <= count) continue;
    return listed.slice(-count).includes(Number(version));
  }
  return false;
}

const VERSIONED = /^(.+?)[/:@]v?(\d+)$/i;
const KEEP_NEWEST = /\bkeep(?:ing)? (?:only )?(?:the )?(\w+) (?:most recent|newest|latest)\b/i;
/** "Delete all of them except the latest", "all but the two newest", "keep the latest": the newest one (or count) stays. */
const ALL_BUT_NEWEST = /\b(?:except|but|other than|apart from|save)(?: for)? (?:the )?(?:(\w+) )?(?:most recent|newest|latest)\b|\bkeep(?:ing)? (?:only )?the (?:most recent|newest|latest)\b/i;

/** The version numbers reads of `family` listed (`{"versions": [{"version": 8}, …]}`), ascending. */
function listedVersions(family: string, ctx: FactContext): number[] {
  const out = new Set<number>();
  for (const p of ctx.analysis.past) {
    if (!p.analysis.readOnly || p.call.resultText === null || !p.analysis.effects.some((e) => e.targets.some((t) => sameTarget(t, family)))) continue;
    for (const doc of parseResult(p.call.resultText).documents) {
      walkRecords(doc, (row) => {
        const v = row.version ?? row.number ?? row.version_number;
        if (typeof v === "number" || (typeof v === "string" && /^v?\d+$/i.test(v))) out.add(Number(String(v).replace(/^v/i, "")));
      });
    }
  }
  return [...out].sort((a, b) => a - b);
}
