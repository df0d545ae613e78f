import type { MaskedText } from "../nlp/mask-spans";

/**
 * Phrases that name the assistant, longest first. `strict`: the words after "You are" are a
 * name only when capitalised or set off as an appositive ("You are relay, an autonomous
 * scheduling agent"), since "You are helpful" names nothing.
 */
const SELF_PHRASES: ReadonlyArray<{ phrase: string; strict: boolean }> = [
  { phrase: "your agent name is", strict: false }, { phrase: "your agent id is", strict: false },
  { phrase: "your name is", strict: false }, { phrase: "your id is", strict: false },
  { phrase: "agent name:", strict: false }, { phrase: "agent id:", strict: false },
  { phrase: "you are called", strict: false }, { phrase: "you're called", strict: false },
  { phrase: "you are", strict: true }, { phrase: "you're", strict: true },
];

/** "your name in the fleet API is", "your id on the platform is", "you run as the systemd unit". */
const OPERATIONAL_NAME = /\byour (?:name|id|identifier|agent id|handle) (?:in|on) (?:the )?[a-z0-9 -]{1,30}? is\b|\byou run as (?:the )?(?:systemd )?(?:unit|service|container|process|deployment|pod|user)?\b/g;

/** Words that follow "You are" without naming anything. */
const NOT_NAMES = new Set(`a an the my our your their this that now not no here there going being able currently
  to in on at of for with responsible tasked allowed also always never only part one free expected authorized
  authorised permitted required supposed about acting operating working running helping connected given`.split(/\s+/));

const MAX_NAME = 64;

/** The span starting at `k` (or one quote mark later), by binary search over the ordered spans. */
function firstSpanFrom(masked: MaskedText, k: number): MaskedText["spans"][number] | null {
  const spans = masked.spans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < k) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span && span.start <= k + 1 ? span : null;
}

/** The name right after `after`: a masked identifier, else a plain word when the phrase allows it. */
function nameAt(masked: MaskedText, after: number, strict: boolean): string | null {
  const text = masked.original;
  let k = after;
  while (k < after + 2 && text[k] === " ") k++;
  const span = firstSpanFrom(masked, k);
  if (span) return span.kind === "quote" ? null : span.value;
  let end = k;
  while (end < text.length && end - k < MAX_NAME && /[A-Za-z0-9_-]/.test(text[end]!)) end++;
  const word = text.slice(k, end);
  if (word.length < 2 || !/[A-Za-z]/.test(word[0]!) || NOT_NAMES.has(word.toLowerCase())) return null;
  if (!strict) return word;
  const capitalised = word[0]! >= "A" && word[0]! <= "Z";
  const appositive = /^,\s*(a|an|the)\s/i.test(text.slice(end, end + 6));
  return capitalised || appositive ? word : null;
}

/**
 * The assistant's own name in `masked`: "your agent name is X", "agent id: X", "You are X"
 * (see SELF_PHRASES); null when the text names none. Bounded by the number of phrase
 * occurrences.
 */
export function selfNameIn(masked: MaskedText): string | null {
  const lower = masked.original.toLowerCase();
  // "Your name in the fleet API is heron-sre", "You run as the systemd unit hostkeeper-agent.service": the name the
  // tools know the assistant by comes before the one it is called by ("You are Heron").
  for (const m of lower.matchAll(OPERATIONAL_NAME)) {
    const name = nameAt(masked, m.index + m[0].length, false);
    if (name !== null && /[-_.\d]/.test(name)) return name;
  }
  for (const { phrase, strict } of SELF_PHRASES) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + phrase.length)) {
      if (at > 0 && /[a-z]/.test(lower[at - 1]!)) continue; // "…you are" inside a word
      const name = nameAt(masked, at + phrase.length, strict);
      if (name) return name;
    }
  }
  return null;
}
