/**
 * Cheap sentence segmentation, run before any tagging so that only the sentences that may
 * hold a claim or an order are tagged. Splits at line breaks, at 。！？, and at . ! ? followed by a space
 * and a capital, digit, quote or bracket; not after initials ("J. Park") or common
 * abbreviations. Works on masked text, where dotted identifiers are already one word.
 * Segments longer than `MAX_SEGMENT` are cut at a space, so later per-sentence work is bounded.
 */

export const MAX_SEGMENT = 600;

const ABBREVIATIONS = new Set(["e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "approx", "no", "fig", "cf", "st"]);

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\r" || ch === "\n";
}

function startsSentence(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || "\"'“‘`([*-#>".includes(ch) || c > 127;
}

/** The word that ends at `end` (exclusive), lower-cased, for the abbreviation check. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !isSpace(text[start - 1]) && end - start < 8) start--;
  return text.slice(start, end).toLowerCase();
}

function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== undefined && ch.charCodeAt(0) > 0x2000 && endsWithPictograph(text, i)) return true;
  // Chinese and Japanese full stops end a sentence with no space after them.
  if (ch === "。" || ch === "！" || ch === "？") return true;
  if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") return false;
  if (!isSpace(text[i + 1])) return false;
  let k = i + 1;
  while (isSpace(text[k]) && text[k] !== "\n") k++;
  // "Deleting x now… it will be gone in a moment": an ellipsis trails one sentence off, whatever opens the next.
  if (!startsSentence(text[k]) && ch !== "…") return false;
  if (ch === ".") {
    const word = wordBefore(text, i);
    if (word.length === 1 && word >= "a" && word <= "z") return false; // an initial
    if (ABBREVIATIONS.has(word)) return false;
  }
  return true;
}

/**
 * "v4 is deleted as well 👍 intent-classifier now has v1, v2 and v5": an emoji standing alone between words closes the
 * sentence before it (at `i`, its last code unit). Not a tick or a cross, which marks the words around it ("x ✅ deleted").
 */
function endsWithPictograph(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  const first = unit >= 0xdc00 && unit <= 0xdfff ? i - 1 : i;
  const cp = text.codePointAt(first);
  if (cp === undefined || (cp >= 0xd800 && cp <= 0xdfff) || MARKS.has(cp) || !PICTOGRAPH.test(String.fromCodePoint(cp))) return false;
  const next = text[i + 1] === "\uFE0F" ? i + 2 : i + 1;
  if (!isSpace(text[first - 1]) || !isSpace(text[next])) return false;
  // (After a sentence of some words: "done 👍 renamed it" is one remark; "Understood, Priya ✨ Powering down now" opens
  // a new sentence with a capital.)
  const line = text.slice(Math.max(0, text.lastIndexOf("\n", first) + 1, first - 200), first);
  let k = next;
  while (isSpace(text[k]) && text[k] !== "\n") k++;
  return (line.trim().match(/\s+/g)?.length ?? 0) >= 3 || /[A-Z]/.test(text[k] ?? "");
}
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
/** Ticks and crosses: ✅ ✔ ☑ ✓ ❌ ✖ ✗ ❎. */
const MARKS = new Set([0x2705, 0x2714, 0x2611, 0x2713, 0x274c, 0x2716, 0x2717, 0x274e]);

/** [start, end) spans of the sentences of `text`, trimmed, non-empty, each at most MAX_SEGMENT long. */
export function segmentText(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    while (e - s > MAX_SEGMENT) {
      let cut = s + MAX_SEGMENT;
      while (cut > s + MAX_SEGMENT / 2 && !isSpace(text[cut])) cut--;
      if (cut <= s + MAX_SEGMENT / 2) cut = s + MAX_SEGMENT;
      out.push([s, cut]);
      s = cut;
      while (s < e && isSpace(text[s])) s++;
    }
    if (e > s) out.push([s, e]);
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\n") {
      push(start, i);
      start = i + 1;
    } else if (endsSentenceAt(text, i)) {
      push(start, i + 1);
      start = i + 1;
    }
  }
  push(start, text.length);
  return out;
}
