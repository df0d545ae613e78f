import { verbHits } from "./action-lexicon";
import { isHttpRoute, isIdentifierChar, isIdentifierShaped, trimIdentifierRun } from "./identifier-shape";
import { stripEmphasis } from "./strip-emphasis";
import { someWord } from "./word-scan";

/**
 * Identifiers and quotations, found before tagging. wink's tokenizer splits `step-42000.safetensors`
 * into sentences and `list_models` into three words, and would read the verbs inside a quoted
 * ticket as the writer's own; so each such span is replaced, at the same length, by a
 * capitalised placeholder word that the tagger reads as one proper noun. Offsets stay valid
 * for the original text.
 */
export interface MaskedSpan {
  /** Offsets of the replaced characters in the text (inside the quote marks for quotes). */
  start: number;
  end: number;
  /** identifier: `model-b`; name: a short quoted name ("harrier"); quote: quoted prose, never read as the writer's words. */
  kind: "identifier" | "name" | "quote";
  /** The original characters. */
  value: string;
}

export interface MaskedText {
  original: string;
  /** Same length as `original`, spans replaced by placeholders. */
  masked: string;
  /** In text order, not overlapping. */
  spans: MaskedSpan[];
}

const QUOTE_WINDOW = 1200;
const LETTER = /\p{L}/u;
/** A Latin letter with a diacritic (ä, é, ł): the word goes on; a Korean or Japanese particle after a name does not. */
const ACCENTED_LATIN = /[\u00C0-\u024F]/;
const MAX_CLOSER_TRIES = 6;
const PAIRS: Record<string, string> = { '"': '"', "“": "”", "`": "`", "'": "'", "‘": "’" };

/** Next index of `char` at or after `from`, memoised so that a whole scan stays linear. */
class NextIndex {
  private found = -2;
  constructor(private readonly text: string, private readonly char: string) {}
  at(from: number): number {
    if (this.found === -1 || (this.found >= from)) return this.found;
    this.found = this.text.indexOf(this.char, from);
    return this.found;
  }
}

function isAlphanumeric(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === " " || ch === "\n" || ch === "\t" || ch === "\r";
}

function opensQuote(text: string, i: number): boolean {
  const ch = text[i]!;
  const before = i === 0 ? undefined : text[i - 1];
  if (isSpace(text[i + 1])) return false;
  if (ch === "“" || ch === "`") return true;
  return before === undefined || isSpace(before) || "([{—–:".includes(before);
}

function closesQuote(text: string, j: number, close: string): boolean {
  if (close === "`" || close === "”") return true;
  const after = text[j + 1];
  if (isSpace(text[j - 1])) return false;
  if (close === '"') return true;
  // ' and ’ also end contractions and possessives: require a non-letter after.
  return after === undefined || !/[A-Za-z0-9]/.test(after);
}

function classifyQuote(inner: string): MaskedSpan["kind"] {
  let words = 0;
  let verb = false;
  someWord(inner, (w) => {
    words++;
    if (verbHits(w).length > 0) verb = true;
    return words > 3;
  });
  if (!/\s/.test(inner.trim())) return "name";
  // `POST /v1/triage/stream`: an HTTP method and a path name a route, however many segments the path has.
  if (isHttpRoute(inner)) return "name";
  return words <= 3 && !verb ? "name" : "quote";
}


/**
 * Finds the spans and builds the masked text, with markdown emphasis markers blanked
 * (see `stripEmphasis`). Linear in the length of `original`.
 */
export function maskSpans(original: string, knownNames: readonly string[] = []): MaskedText {
  const text = stripEmphasis(original);
  const spans: MaskedSpan[] = [];
  const next: Record<string, NextIndex> = {};
  const named = knownNames.length > 0 ? occurrencesOf(text, knownNames) : null;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const nameEnd = named?.get(i);
    if (nameEnd !== undefined) {
      spans.push({ start: i, end: nameEnd, kind: "name", value: text.slice(i, nameEnd) });
      i = nameEnd;
      continue;
    }
    const close = PAIRS[ch];
    if (close && opensQuote(text, i)) {
      const fence = ch === "`" && text.startsWith("```", i);
      const closer = fence ? "```" : close;
      const index = (next[closer] ??= new NextIndex(text, closer));
      let j = index.at(i + (fence ? 3 : 1));
      // A stray quote must not swallow the rest of the text: stay within the paragraph and a
      // window, and try only a few candidate closers so that the scan stays linear.
      for (let tries = 0; j !== -1 && j - i <= QUOTE_WINDOW && !fence && !closesQuote(text, j, close); tries++) {
        j = tries < MAX_CLOSER_TRIES ? index.at(j + 1) : -1;
      }
      const inner = j === -1 ? "" : text.slice(i + (fence ? 3 : 1), j);
      if (j !== -1 && j - i <= QUOTE_WINDOW && inner.trim().length > 0 && (fence || !inner.includes("\n\n"))) {
        const start = i + (fence ? 3 : 1);
        spans.push({ start, end: j, kind: fence ? "quote" : classifyQuote(inner), value: inner });
        i = j + closer.length;
        continue;
      }
    }
    if (isIdentifierChar(text.charCodeAt(i))) {
      let end = i;
      // "accessor 8Ggq…5sYm", "ghp_…a91f": an id cut short in its middle is still one name.
      while (end < text.length && (isIdentifierChar(text.charCodeAt(end)) || (text[end] === "…" && end > i && isIdentifierChar(text.charCodeAt(end - 1)) && isAlphanumeric(text.charCodeAt(end + 1))))) end++;
      // "désactive-le": a run right after a letter outside ASCII is the rest of a word, not a name;
      // "Feedback-Einträge": so is one cut short by an accented Latin letter.
      if ((i > 0 && text.charCodeAt(i - 1) > 127 && LETTER.test(text[i - 1]!)) || (end < text.length && ACCENTED_LATIN.test(text[end]!))) {
        i = end;
        continue;
      }
      // "every ranker-* pod": a name pattern, its stem and a trailing wildcard, names the things it matches.
      if (text[end] === "*" && end - i >= 3 && "-_./".includes(text[end - 1]!) && !isIdentifierChar(text.charCodeAt(end + 1))) {
        spans.push({ start: i, end: end + 1, kind: "identifier", value: text.slice(i, end + 1) });
        i = end + 1;
        continue;
      }
      const [s, e] = trimIdentifierRun(text, i, end);
      if (e > s && isIdentifierShaped(text.slice(s, e))) spans.push({ start: s, end: e, kind: "identifier", value: text.slice(s, e) });
      i = end;
      continue;
    }
    i++;
  }
  return { original, masked: applyMasks(text, spans), spans };
}

/**
 * Where names of several words that the conversation already uses ("Lumen OCR Inference")
 * stand in `text`, unquoted, at word edges: start → end. One pass per name.
 */
function occurrencesOf(text: string, names: readonly string[]): Map<number, number> {
  const lower = text.toLowerCase();
  const out = new Map<number, number>();
  for (const name of names) {
    const n = name.trim().toLowerCase();
    if (!n.includes(" ") || n.length > 80) continue;
    for (let at = lower.indexOf(n); at !== -1; at = lower.indexOf(n, at + n.length)) {
      const before = at > 0 ? lower.charCodeAt(at - 1) : 32;
      const after = at + n.length < lower.length ? lower.charCodeAt(at + n.length) : 32;
      if (!isWordChar(before) && !isWordChar(after) && !out.has(at)) out.set(at, at + n.length);
    }
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

function applyMasks(text: string, spans: readonly MaskedSpan[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start), "Z", "x".repeat(span.end - span.start - 1));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
