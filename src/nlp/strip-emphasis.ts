/**
 * Markdown emphasis (`**not**`, `_never_`, `*not*`, `~~x~~`, `__y__`) carries no words, but its
 * markers glue to the words they wrap, so the tagger would not see "not" in "could **not** be
 * deleted" and read a denial as a claim. This replaces each emphasis marker by spaces, at the
 * same length, so that offsets stay valid. A marker counts only at a word edge: an opener stands
 * after the start, a space or an opening bracket/quote and before a non-space; a closer the other
 * way round. So a bullet ("* item"), a product ("2*3") and the joiner in `puffin_scratchpad` stay.
 * Linear in the length of `text`; returns `text` itself when it has no marker. Two more marks carry no words of a deed:
 * a tick before it ("`x` ✅ deleted"), and how it was done, hyphened to it after "are"/"was" ("are emergency-stopped").
 */
export function stripEmphasis(given: string): string {
  // A tick before a deed ("`x` ✅ deleted") marks it done and carries no word: a space, so "x deleted" reads on.
  // (A cross, ❌, stays: it says the deed was not done.)
  const ticked = TICK.test(given) ? given.replace(TICKS, (m) => " ".repeat(m.length)) : given;
  // "emergency-stopped", "force-deleted": how the deed was done, blanked, so the deed's verb reads on ("are stopped").
  const text = ticked.includes("-") ? ticked.replace(MANNER_BEFORE_DEED, (m) => " ".repeat(m.length)) : ticked;
  if (!/[*_~]/.test(text)) return text;
  let out: string[] | null = null;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch !== "*" && ch !== "_" && ch !== "~") { i++; continue; }
    let end = i;
    while (end < text.length && text[end] === ch) end++;
    const run = end - i;
    if (isMarkerRun(text, i, end, ch, run)) {
      out ??= text.split("");
      for (let k = i; k < end; k++) out[k] = " ";
    }
    i = end;
  }
  return out ? out.join("") : text;
}

/** A tick: ✅ ✔ ☑ ✓ (a report's mark of a deed done). */
export const TICK = /[✅✔☑✓]/u;
/** A tick right before a lower-case word (the deed): not one ending a sentence or a quote. */
const TICKS = /[✅✔☑✓]\uFE0F?(?=[ \t]+[a-z])/gu;
const OUTSIDE_OPEN = " \t\n\r([{\"'“‘—–";
const QUOTE_MARKS = "\"'“”‘’";
const OUTSIDE_CLOSE = " \t\n\r)]}\"'”’.,;:!?—–";

function isMarkerRun(text: string, start: number, end: number, ch: string, run: number): boolean {
  if (run > 3 || (ch === "~" && run !== 2)) return false;
  // "every ranker-* pod", "ckpt_*": a star after a name's joiner is a wildcard, not emphasis.
  if (ch === "*" && run === 1 && start >= 2 && "-_./".includes(text[start - 1]!) && /[A-Za-z0-9]/.test(text[start - 2]!)) return false;
  const before = start === 0 ? " " : text[start - 1]!;
  const after = end === text.length ? " " : text[end]!;
  // *"Done: deleted x"*: emphasis may wrap a quotation.
  const opens = OUTSIDE_OPEN.includes(before) && (!OUTSIDE_CLOSE.includes(after) || QUOTE_MARKS.includes(after)) && !isStar(after, ch);
  const closes = OUTSIDE_CLOSE.includes(after) && (!OUTSIDE_OPEN.includes(before) || QUOTE_MARKS.includes(before)) && !isStar(before, ch);
  if (!opens && !closes) return false;
  // "_" also joins names (`__init__`, `tmp_`, `svchost_.exe`): it is emphasis only against a letter,
  // and not before a dot that a name goes on after.
  if (ch === "_") return isLetter(opens ? after : before) && !(after === "." && isLetter(text[end + 1] ?? " "));
  return true;
}

function isStar(c: string, ch: string): boolean {
  return c === ch;
}

function isLetter(c: string): boolean {
  const code = c.charCodeAt(0) | 32;
  return code >= 97 && code <= 122;
}

const MANNER_BEFORE_DEED = /(?<=\b(?:is|are|was|were|been|be|being|got|get|gets)\s+)(?:emergency|force|forcibly|gracefully|manually)-(?=(?:stopped|deleted|killed|removed|terminated|halted|purged|wiped|disabled|revoked|paused|drained|stop|delete|kill|remove|terminate|halt|purge|wipe)\b)/gi;
