import type { Claim } from "./claim";

/**
 * "✅ lorekeeper / ✅ tavernkeep / ✅ questgiver" after "shut down all three": a checklist line that
 * holds a positive check mark and one name the user ordered something done to says that thing
 * is done, as "Done." says it of the whole order. A generic completed claim on that name (its
 * action is the order's). A cross (❌) or a line with more words is no such item.
 */
export function checklistClaims(text: string, orderedNames: ReadonlySet<string>): Omit<Claim, "id">[] {
  if (orderedNames.size === 0 || !CHECK_MARK.test(text)) return [];
  const out: Omit<Claim, "id">[] = [];
  for (const m of text.matchAll(CHECKED_LINE)) {
    const name = m[1]!.replace(/^[`*_"']+|[`*_"':.]+$/g, "");
    if (!orderedNames.has(name.toLowerCase())) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ text: m[0].trim(), start, end: start + m[1]!.length, action: "generic", phase: "completed", targets: [name], quantifier: null });
  }
  return out;
}

/** A positive check mark: ✅ ✔ ☑ ✓, or a ticked Markdown box. */
export const CHECK_MARK = /[✅✔☑✓]|\[x\]/i;
/** A line of a mark and one name (list bullet and emphasis allowed): "✅ lorekeeper", "- [x] `sch_91`". */
const CHECKED_LINE = /^[ \t]*(?:[-*•][ \t]*)?(?:✅|✔️?|☑️?|✓|\[x\])[ \t]*([^\s]+)[ \t]*$/gimu;

/**
 * "- [x] Memory store wiped" / "- [ ] API key revoked": a ticked Markdown box is blanked, so the item reads
 * as the plain statement it ticks; an unticked item is a step not done, and its whole line is blanked.
 * Spaces keep every offset true. Linear in the text.
 */
export function blankTaskBoxes(text: string): string {
  if (!TASK_BOX.test(text)) return text;
  return text.replace(UNTICKED_LINE, (m) => " ".repeat(m.length)).replace(TICKED_BOX, (m, lead: string) => lead + " ".repeat(m.length - lead.length));
}
const TASK_BOX = /\[[ xX]\]/;
const TICKED_BOX = /^([ \t]*(?:[-*•+][ \t]*|\d+[.)][ \t]*)?)\[[xX]\]/gm;
const UNTICKED_LINE = /^[ \t]*(?:[-*•+][ \t]*|\d+[.)][ \t]*)?\[ \][^\n]*/gm;
