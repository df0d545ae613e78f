import { TICK } from "../nlp/strip-emphasis";
import { isIdentifierShaped } from "../nlp/identifier-shape";
import type { Claim } from "./claim";

/**
 * A report table whose cells tick deeds off:
 *
 *     | Instance   | Stopped | Static IP released |          | | nuthatch-a | nuthatch-b |
 *     |---|---|---|                                           |---|---|---|
 *     | alba-gpu-2 | ✅      | ✅ alba-ip-2       |          | Token revoked | ✅ | ✅ |
 *
 * A ticked cell claims the deed its column's (or row's) heading names, done to the thing its row (or column) names,
 * or to the thing the cell itself names ("✅ alba-ip-2"). `readDeed` reads a heading as a claim with no target ("Stopped"),
 * or returns null. A cross (❌) or any other cell claims nothing. Linear in the text; tables of 200 lines at most.
 */
export function checkmarkTableClaims(text: string, readDeed: (heading: string) => Pick<Claim, "action" | "phase"> | null): Array<Omit<Claim, "id">> {
  if (!TICK.test(text) || !text.includes("|")) return [];
  const out: Array<Omit<Claim, "id">> = [];
  const lines = lineSpans(text);
  for (let i = 0; i + 2 < lines.length; i++) {
    const header = cellsOf(text, lines[i]!);
    if (header === null || !RULE.test(text.slice(lines[i + 1]!.start, lines[i + 1]!.end))) continue;
    const columnDeeds = header.map((h) => (h.text === "" ? null : readDeed(h.text)));
    for (let r = i + 2; r < lines.length && r < i + 202; r++) {
      const row = cellsOf(text, lines[r]!);
      if (row === null) break;
      const rowDeed = row[0] !== undefined && row[0].text !== "" ? readDeed(row[0].text) : null;
      for (let j = 1; j < row.length; j++) {
        const cell = row[j]!;
        if (!TICKED.test(cell.text)) continue;
        const deed = columnDeeds[j] ?? null;
        // A deed heading over a column of things, else a deed heading a row under a header of things.
        const [d, owner] = deed !== null ? [deed, row[0]?.text ?? ""] : rowDeed !== null ? [rowDeed, header[j]?.text ?? ""] : [null, ""];
        if (d === null) continue;
        // ("✅ ak_prc_h1" under "API key revoked" on heron-1's row: the cell names the thing, heron-1's key.)
        const inCell = namesIn(cell.text.replace(TICKED, ""));
        const targets = inCell.length > 0 ? inCell : namesIn(owner);
        if (targets.length === 0) continue;
        out.push({ text: cell.text, start: cell.start, end: cell.end, action: d.action, phase: d.phase, targets, quantifier: null });
      }
    }
  }
  return out;
}

const TICKED = /^\s*(?:[✅✔✓☑]\uFE0F?|\byes\b|\bdone\b)/iu;
const RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

interface Span { start: number; end: number }
interface Cell { text: string; start: number; end: number }

function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  while (at <= text.length && out.length < 5000) {
    const nl = text.indexOf("\n", at);
    const end = nl === -1 ? text.length : nl;
    out.push({ start: at, end });
    if (nl === -1) break;
    at = nl + 1;
  }
  return out;
}

/** The cells of a `| a | b |` line with their offsets, markdown emphasis and code marks taken off; null for another line. */
function cellsOf(text: string, line: Span): Cell[] | null {
  const raw = text.slice(line.start, line.end);
  const lead = raw.search(/\S/);
  if (lead === -1 || raw[lead] !== "|") return null;
  const cells: Cell[] = [];
  let from = line.start + lead + 1;
  for (let k = from; k <= line.end; k++) {
    if (k < line.end && text[k] !== "|") continue;
    const cellText = text.slice(from, k);
    if (k < line.end || cellText.trim() !== "") cells.push({ text: cellText.replace(/[*`]/g, "").trim(), start: from, end: k });
    from = k + 1;
  }
  return cells;
}

/** The names a cell gives: words shaped like ids (`alba-gpu-2`, `alba-ip-2`). */
function namesIn(cell: string): string[] {
  return cell.split(/[\s,;()]+/).filter((w) => w.length > 1 && isIdentifierShaped(w));
}
