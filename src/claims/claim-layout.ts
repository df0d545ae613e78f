import type { MaskedText } from "../nlp/mask-spans";
import { LIST_ITEM, listedAfterColon } from "../nlp/list-items";
import { escapeRegExp } from "../nlp/escape-regexp";
import { GENERIC_NOUNS, NAMING_HEADS } from "../nlp/noun-lexicon";
import type { Claim } from "./claim";

/*
 * Where a claim stands in the reply's layout says what it is about when its words do not: the
 * items listed below a bare "Deleted:", a table row's first names, the name a line is labelled
 * with ("- **x**: … so that model is deleted").
 */

/** A digit or joiner: a name a machine gave, not a word. */
export const ID_CHARACTER = /[\d_\-./:]/;

/**
 * Names claims from the layout, in place: a claim that is little more than its verb ("Deleted the
 * following:", "Destroyed (5 of 7):") is about the items listed below it; a claim that names
 * nothing, only a kind of thing ("app deleted with cascade") or only where ("gone from `evals`")
 * is about the name its line is labelled with.
 */
export function namesFromLayout(drafts: Array<Omit<Claim, "id">>, text: string, masked: MaskedText): void {
  for (const d of drafts) {
    // A longer sentence ending in a colon has its own subject, and its list may be of something else.
    if (d.targets.length > 0 || !BARE_HEADING_CLAIM.test(d.text.replace(/\([^)]*\)/g, ""))) continue;
    d.targets = listedAfterColon(text, masked, d.end);
    // "Destroyed (5 of 7):" over its five items: the count is the list's.
    if (d.covers !== undefined && d.targets.length > 0 && d.targets.length <= d.covers) delete d.covers;
  }
  for (const d of drafts) {
    if (d.targets.some((t) => !(KIND_WORDS.has(t) || (d.placed === true && PLAIN_WORD.test(t)))) || d.quantifier !== null) continue;
    const label = lineLabel(text, masked, d.start);
    if (label !== null) d.targets = [label];
  }
}

const BARE_HEADING_CLAIM = /^[\s*_✅]*(?:i\s+|we\s+)?(?:have\s+)?\w+(?:\s+(?:the\s+)?(?:following|these|items?|resources?|objects?|ones))?[\s*_]*:?\s*$/i;
const PLAIN_WORD = /^[a-z]+$/;
/** Kinds of things a line's claim may name instead of the thing ("app", "model", "deployment"). */
const KIND_WORDS: ReadonlySet<string> = new Set([...GENERIC_NOUNS, ...NAMING_HEADS, "app", "apps", "application", "endpoint", "bucket", "volume", "repo", "key", "token"]);

/** The names in a table row's cells before `before`: ids (a digit or joiner) when there are any, else every name. */
export function rowNames(masked: MaskedText, start: number, before: number): string[] {
  const names = masked.spans.filter((s) => s.start >= start && s.end <= before && s.kind !== "quote").map((s) => s.value);
  const ids = names.filter((n) => ID_CHARACTER.test(n));
  return ids.length > 0 ? ids : names;
}

/**
 * "**voice-agent-rest** (`voice/v1`) was deleted": a name in parentheses right after another of the
 * claim's names is another name of that thing (its path, its id), not a second thing. Moves such
 * names from `targets` to `otherNames`, in place.
 */
export function parentheticalOtherNames(drafts: Array<Omit<Claim, "id">>): void {
  for (const d of drafts) {
    if (d.targets.length < 2 || !d.text.includes("(")) continue;
    const lower = d.text.toLowerCase();
    const inParens = d.targets.filter((t, i) => i > 0 && d.targets.slice(0, i).some((before) => {
      const at = lower.indexOf(before.toLowerCase());
      return at !== -1 && AFTER_NAME_IN_PARENS(t).test(lower.slice(at + before.length, at + before.length + t.length + 12));
    }));
    const described = d.quantifier === null ? describedInParens(d.text, d.targets) : [];
    const records = d.targets.filter((t) => recordOfTheDeed(lower, t.toLowerCase()));
    const owners = countedInParens(lower, d.targets, d.quantifier);
    const moved = [...new Set([...inParens, ...described, ...records, ...owners])];
    if (moved.length === 0) continue;
    d.targets = d.targets.filter((t) => !moved.includes(t));
    d.otherNames = [...(d.otherNames ?? []), ...moved];
  }
}

/**
 * "Removed the three linen-7b checkpoints older than 90 days (step-01500, step-03000 and step-04500)": a count whose
 * parenthesis lists that many names lists the things counted; a name before it is whose they are. Those names.
 */
function countedInParens(lower: string, targets: readonly string[], quantifier: Claim["quantifier"]): string[] {
  if (typeof quantifier !== "number") return [];
  const open = lower.indexOf("(");
  const close = lower.indexOf(")", open);
  if (open === -1 || close === -1) return [];
  const inside = lower.slice(open, close);
  const listed = targets.filter((t) => inside.includes(t.toLowerCase()));
  if (listed.length !== quantifier) return [];
  return targets.filter((t) => !listed.includes(t) && lower.indexOf(t.toLowerCase()) < open);
}

/**
 * "The shutdown of atlas-scheduler is scheduled for 23:00 (schedule sch-88412)", "deleted (ticket CHG-2231)": an id in
 * parentheses after a word for a record of the deed (its schedule, ticket, job, operation) names that record, not
 * what the deed acts on.
 */
function recordOfTheDeed(lower: string, target: string): boolean {
  const at = lower.indexOf(target);
  if (at <= 0) return false;
  // Inside a parenthesis that is still open, the part since its opening or since the last comma in it
  // ("(16:20 UTC, audit event ev-30944)").
  const before = lower.slice(Math.max(0, at - 48), at);
  const open = before.lastIndexOf("(");
  if (open === -1 || before.indexOf(")", open) !== -1) return false;
  const part = before.slice(Math.max(open, before.lastIndexOf(",")) + 1);
  return RECORD_PART.test(part);
}
/** A word for a record of the deed, maybe after one word that qualifies it ("audit event", "change request"). */
const RECORD_PART = /^\s*(?:[a-z]+\s+)?(?:schedule|ticket|change|job|operation|op|request|task|case|incident|run|order|event|receipt|audit|entry)(?:\s+id)?[\s:#]*[\x60'"]?$/;

/**
 * "Revoked hydrotech-svc's only API token (tk_8f2a91, telemetry:read)": after one thing of a kind (a singular
 * kind word right before the parenthesis), the parenthesis names it first and then tells of it (its scope, its
 * size); the names after the first are not more things. ("both checkpoints (ckpt-1, ckpt-2)" lists two.)
 */
function describedInParens(text: string, targets: readonly string[]): string[] {
  const m = SINGULAR_KIND_THEN_PARENS.exec(text);
  if (m === null || !GENERIC_NOUNS.has(m[1]!.toLowerCase())) return [];
  const close = text.indexOf(")", m.index + m[0].length);
  const inside = text.slice(m.index + m[0].length, close === -1 ? undefined : close).toLowerCase();
  const parts = inside.split(",").map((p) => p.replace(/[\x60*'"]/g, "").trim());
  if (parts.length < 2) return [];
  return targets.filter((t) => parts.slice(1).includes(t.toLowerCase()) && parts[0] !== t.toLowerCase());
}
const SINGULAR_KIND_THEN_PARENS = /\b([a-z]+[^s\W])\s*\(/i;
const escaped = (s: string) => escapeRegExp(s.toLowerCase());
const AFTER_NAME_IN_PARENS = (name: string) => new RegExp(`^[\x60*'"]*\\s*\\(\\s*[\x60'"]?${escaped(name)}[\x60'"]?\\s*[),]`);

/** The line at `start` is a markdown table row and the next line is the table's `|---|---|` rule. */
export function isTableHeader(text: string, start: number): boolean {
  if (text[start] !== "|") return false;
  const eol = text.indexOf("\n", start);
  if (eol === -1) return false;
  const next = text.indexOf("\n", eol + 1);
  return TABLE_RULE.test(text.slice(eol + 1, next === -1 ? text.length : Math.min(next, eol + 1 + 400)));
}
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

/**
 * The cells (numbered from 1) of the table row at `rowStart` whose column header names where the row's
 * thing is ("| Region | Context | Result |"): a `prod-use1` under "Context" says where it was scaled, not what.
 */
export function placeColumns(text: string, rowStart: number): ReadonlySet<number> {
  let end = rowStart - 1; // the newline ending the line above
  for (let lines = 0; end > 0 && lines < MAX_ROWS_ABOVE; lines++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (TABLE_RULE.test(line)) {
      const headerStart = start >= 2 ? text.lastIndexOf("\n", start - 2) + 1 : 0;
      const cells = text.slice(headerStart, start - 1).split("|").slice(1);
      const out = new Set<number>();
      cells.forEach((cell, i) => { if (PLACE_COLUMN.test(cell.replace(/[*_`]/g, "").trim())) out.add(i + 1); });
      return out;
    }
    if (!line.trimStart().startsWith("|")) break;
    end = start - 1;
  }
  return NO_COLUMNS;
}
const MAX_ROWS_ABOVE = 60;
const NO_COLUMNS: ReadonlySet<number> = new Set();
const PLACE_COLUMN = /^(?:regions?|zones?|(?:kube[- ]?)?context|clusters?|namespaces?|ns|hosts?|hostname|nodes?|servers?|machines?|environments?|envs?|locations?|data ?cent(?:er|re)|dc|sites?|accounts?|subscriptions?)$/i;


/**
 * "- **ranker-xl-2024q1**: job del-7f21 completed, so that model is deleted.": a line labelled
 * with a name and a colon speaks of that name; a claim on it that names nothing else is about
 * it. Returns the label, or null when the line before `at` does not open with one.
 */
function lineLabel(text: string, masked: MaskedText, at: number): string | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const opening = LABEL_OPENING.exec(text.slice(lineStart, at));
  if (opening === null) return null;
  const from = lineStart + opening[0].length;
  // ("2. Training extract /secure/extracts/x/: removed": a name after a few words of what kind of thing it is.)
  const span = masked.spans.find((s) => s.start === from || s.start === from + 1) ??
    masked.spans.find((s) => s.start > from && s.end <= at && KIND_WORDS_BEFORE.test(text.slice(from, s.start)));
  if (span === undefined || span.kind === "quote" || span.end > at) return null;
  // After the name: its emphasis or quote marks, then the colon or dash that makes it a label.
  if (!LABEL_CLOSING.test(text.slice(span.end, Math.min(at, span.end + 6)))) return null;
  // A version label (`v1`, `3.2`) names a version of what the heading over the list names ("Recap for kestrel-diarizer:").
  return VERSION.test(span.value) ? versionOfHeading(text, masked, lineStart, span.value) : span.value;
}
/** One to three plain words before a label's name: "Training extract ", "Model ". */
const KIND_WORDS_BEFORE = /^(?:[A-Za-z]+\s+){1,3}$/;

/** `kestrel-diarizer/3` for "v3" under a heading line ending in a colon that names one thing; else null. */
function versionOfHeading(text: string, masked: MaskedText, listLine: number, version: string): string | null {
  let end = listLine - 1;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== "" && !LIST_ITEM.test(line)) {
      const names = masked.spans.filter((s) => s.start >= start && s.end <= end && s.kind !== "quote" && !VERSION.test(s.value));
      return /:\s*$/.test(line) && names.length === 1 ? `${names[0]!.value}/${version.replace(/^v/i, "")}` : null;
    }
    end = start - 1;
  }
  return null;
}

/** A list marker and emphasis or quote marks before the label. */
const LABEL_OPENING = /^\s*(?:[-*•+]|\d+[.)])?\s*(?:\*\*|__|\*|_)?/;
const VERSION = /^v?\d+(?:\.\d+)*$/i;
const LABEL_CLOSING = /^[`'"’”]?(?:\*\*|__|\*|_)?[`'"’”]?\s*(?::|—|–|\s-\s)/;
