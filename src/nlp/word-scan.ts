/**
 * Word scanning without regular expressions: a word is a run of ASCII letters and digits,
 * lower-cased. Apostrophes and hyphens separate words ("isn't" → "isn", "t"), so a lexicon of
 * plain word forms can be checked with one Set lookup per word.
 */

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Calls `visit` with each lower-cased word of `text[from, to)` in order; stops early when
 * `visit` returns true, and returns true in that case. Linear in the length scanned.
 */
export function someWord(text: string, visit: (word: string) => boolean, from = 0, to = text.length): boolean {
  let i = from;
  while (i < to) {
    while (i < to && !isWordCode(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isWordCode(text.charCodeAt(i))) i++;
    if (i > start && visit(text.slice(start, i).toLowerCase())) return true;
  }
  return false;
}

/** True when some word of `text[from, to)` is in `words`. */
export function hasWordIn(text: string, words: ReadonlySet<string>, from = 0, to = text.length): boolean {
  return someWord(text, (w) => words.has(w), from, to);
}

/** The lower-cased words of `text`, in order. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  someWord(text, (w) => {
    out.push(w);
    return false;
  });
  return out;
}

/** A lexicon written as one whitespace-separated list ("gone offline down"): its words as a Set. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0));
}
