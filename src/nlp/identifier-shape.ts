/**
 * What counts as an identifier in prose: `model-b`, `m-8`, `exp-lr3e4`, `/srv/models/x`,
 * `step-42000.safetensors`, `puffin_scratchpad`, `fileserver:/shared`, and partition or label ids
 * `dt=2025-02-10`, `env=prod`. Ordinary hyphenated
 * English ("long-term", "mid-run", "read-only"), abbreviations ("e.g.") and quantities
 * ("15GB", "4.2") are not.
 */

import { GENERIC_NOUNS } from "./noun-lexicon";

/** Parts of everyday hyphenated English; a compound made only of these is a word, not a name. */
const COMMON_PARTS = new Set(`a an the and or nor either in on off out up down over under to of by for at as per via
  long short term mid run running end ends flight quarter year years month week day days night well known self
  re non pre post multi full half high low real time read only write built sign follow one two three four five
  first second third so called all old new hard soft open source cross side wide based level like free safe fail
  opt co de sub anti top bottom back front state class hand made user facing double check e mail x ray set
  rate limited limit driven fine tune tuned tuning large small scale ended trained start stop date call hot cold
  warm fix roll dry no op yes step case sensitive peer review reviewed human loop key value cent fold hour hours demand prem peak
  minute minutes clean go live way must nice to have would be like-for-like put take place sure fire proof
  look ahead in-place place than more less most least non-zero zero round trip hand off handoff right left
  follow-up cut cutover over all-clear clear party load test stress smoke agents bots models workers checked tested verified confirmed started created enabled disabled named based run ran`.split(/\s+/));

/** Characters an identifier is made of (besides letters and digits). */
const JOINERS = "_-./:~@\\=";

export function isIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || JOINERS.includes(String.fromCharCode(c));
}

/** Trailing characters that end a sentence or clause rather than belong to the name. */
const TRAILING = ".:-,;=";

/**
 * Trims leading/trailing punctuation from a raw identifier-character run; returns the kept
 * [start, end). A "key=value" run stays whole when the value is a name or date
 * (`dt=2025-02-10`); before a number or quantity (`replicas=0`, `lr=0.5`) it ends at the "=",
 * since the value is then a setting rather than part of a name.
 */
export function trimIdentifierRun(text: string, start: number, end: number): [number, number] {
  while (end > start && TRAILING.includes(text[end - 1]!)) end--;
  while (start < end && ".:-=".includes(text[start]!) && !(text[start] === "." && (text[start + 1] === "/" || isDotfileStart(text, start)))) start++;
  let eq = start;
  while (eq < end && text[eq] !== "=") eq++;
  if (eq < end) {
    const value = text.slice(eq + 1, end);
    if (value.length === 0 || value[0] === "=" || isQuantity(value)) end = eq;
  }
  return [start, end];
}

/** `.env`, `.bashrc`, `.env.production`: a dot opening a word (after a space or the start) and followed by a lower-case letter names a dotfile. */
function isDotfileStart(text: string, start: number): boolean {
  const before = start === 0 ? 32 : text.charCodeAt(start - 1);
  const next = text.charCodeAt(start + 1);
  return (before === 32 || before === 9 || before === 10 || before === 40) && next >= 97 && next <= 122;
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A quantity like 15GB, 4.2mb, 97%, 10x, 5k: digits (and dots) followed only by letters. */
function isQuantity(s: string): boolean {
  let i = 0;
  let digits = 0;
  for (; i < s.length && (isDigit(s.charCodeAt(i)) || s[i] === "."); i++) if (s[i] !== ".") digits++;
  if (digits === 0) return false; // ".env" is a file name, not a quantity
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** True when `s` (already trimmed) is shaped like a name a machine gave something. */
export function isIdentifierShaped(s: string): boolean {
  if (s.length < 2 || !hasLetter(s)) return false;
  if (s[0] === "/" || s[0] === "~" || s.startsWith("./")) return s.length > 2;
  let digit = false;
  let strong = false; // _ . / : @ \ inside
  let hyphen = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digit = true;
    else if (s[i] === "-") hyphen = true;
    else if ("_./:@\\=".includes(s[i]!)) strong = true;
  }
  if (!digit && !strong && !hyphen) return false;
  if (isQuantity(s)) return false;
  if (strong && !digit && !s.includes("_") && isAbbreviation(s)) return false;
  if (!digit && !s.includes("_") && !s.includes(".") && !s.includes(":") && !s.includes("@") && !s.includes("=")) {
    // Only hyphens or slashes: "long-term", "and/or" are English when every part is.
    const parts = s.toLowerCase().split(/[-/]/);
    if (parts.every((p) => p.length <= 1 || COMMON_PARTS.has(p))) return false;
    // "volumes/disks", "models/endpoints": kinds side by side, not a path.
    if (!hyphen && parts.every((p) => GENERIC_NOUNS.has(p))) return false;
    // "tenants/tiers", "regions/zones": two plural words side by side (a name would not be all plurals).
    if (!hyphen && parts.length === 2 && s === s.toLowerCase() && parts.every((p) => /^[a-z]{3,}s$/.test(p) && !p.endsWith("ss"))) return false;
    // "safetensors-Shards", "Modell-Gewichte": a German compound noun (a capitalised noun after the hyphen); kebab-case names are lower-case.
    if (hyphen && /^[a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+$/.test(s)) return false;
    // "CAB-approved", "team-owned", "GPU-backed", "user-facing": a word and an adjective tail make an English adjective.
    if (hyphen && parts.length === 2 && /^[a-z]+$/.test(parts[0]!) && ADJECTIVE_TAILS.has(parts[1]!)) return false;
    // "re-listing", "pre-warming", "un-deploying", "re-list": an English prefix on a lower-case verb.
    if (parts.length === 2 && PREFIXES.has(parts[0]!) && s === s.toLowerCase() && (/^[a-z]+(?:ing|ed)$/.test(parts[1]!) || PREFIXED_VERBS.has(parts[1]!))) return false;
  }
  return true;
}

/**
 * `ml.g5.2xlarge`, `p4d.24xlarge`, `n1-standard-8`: a cloud machine size says what something runs on,
 * never which thing. (Still shaped like an identifier, so that the text around it is segmented right.)
 */
export function isMachineSize(s: string): boolean {
  return INSTANCE_TYPE.test(s);
}
const INSTANCE_TYPE = /^(?:(?:ml|db|cache|search)\.)?[a-z][a-z0-9-]*\d[a-z0-9-]*\.(?:nano|micro|small|medium|large|\d*xlarge|metal)$|^[a-z]\d[a-z]?-(?:standard|highmem|highcpu|highgpu|megagpu|ultragpu|custom)-\d+[a-z]?$/i;

/** Second parts of compound adjectives ("CAB-approved", "self-hosted", "PII-free"). */
const ADJECTIVE_TAILS = new Set(`approved owned managed hosted backed based driven signed scoped bound facing aware safe ready
  specific wide level friendly heavy free compliant sensitive critical related authored generated provided`.split(/\s+/));

/** Verbs an English prefix is written onto with a hyphen ("re-list", "re-run", "pre-check"). */
const PREFIXED_VERBS = new Set(["list", "run", "check", "sync", "try", "start", "index", "read", "scan", "test", "train", "tag", "apply", "query"]);
const PREFIXES = new Set(["re", "pre", "un", "de", "co", "non", "mis", "sub", "over", "under", "self", "cross", "multi"]);

/** "e.g", "i.e", "U.S": single letters joined by dots. */
function isAbbreviation(s: string): boolean {
  const parts = s.split(".");
  return parts.length > 1 && parts.every((p) => p.length <= 1);
}

/** First parts of hyphenated modifiers: "on-device", "per-user", "in-flight", "long-lived", "read-only", "mid-run". */
const MODIFIER_PREFIXES = new Set(`on off in out per mid pre post non self long short well multi cross over under high low
  all read write full half real single double cross inter intra sub super semi`.split(/\s+/));

/**
 * A two-part, lower-case, letters-only compound opening with a modifier prefix ("on-device",
 * "per-user", "long-lived"): used before a noun it is an adjective ("their on-device speaker
 * embedding"), not a name. Names carry digits, capitals or more parts ("on-prem-2", "pre-prod-eu").
 */
export function isModifierCompound(s: string): boolean {
  const dash = s.indexOf("-");
  if (dash <= 0 || s.indexOf("-", dash + 1) !== -1 || !/^[a-z]+-[a-z]+$/.test(s)) return false;
  return MODIFIER_PREFIXES.has(s.slice(0, dash));
}

/**
 * A word and a modifier suffix ("March-era", "GPU-heavy", "tenant-scoped", "cost-based"): it says what something is
 * like, never which thing it is.
 */
export function isModifierSuffixCompound(s: string): boolean {
  return MODIFIER_SUFFIX_COMPOUND.test(s);
}
const MODIFIER_SUFFIX_COMPOUND = /^[A-Za-z]+-(?:era|style|based|only|level|wide|specific|related|facing|free|like|grade|sized|driven|aware|bound|heavy|friendly|safe|scoped|backed|powered|enabled)$/;

/** Everyday hyphenated words ("the three fine-tunes", "a clean-up"): words, not names. */
export function isCommonHyphenated(s: string): boolean {
  return COMMON_HYPHENATED.has(s.toLowerCase()) || PARTICIPLE_PARTICLE.test(s);
}
/** "commented-out", "locked-down", "scaled-up": a participle and its particle, used as an adjective. */
const PARTICIPLE_PARTICLE = /^[a-z]+(?:ed|en)-(?:out|off|up|down|in|over|back)$/i;
const COMMON_HYPHENATED = new Set(`fine-tune fine-tunes fine-tuned fine-tuning add-on add-ons plug-in plug-ins sign-off roll-out
  set-up follow-up follow-ups re-run re-runs clean-up back-up back-ups check-in opt-in opt-out hand-off hand-over log-in e-mail`.split(/\s+/));

/** Letters and digits only, three characters or fewer ("v2", "Q2"): too vague to be a target. */
export function isVagueIdentifier(s: string): boolean {
  if (s.length > 3) return false;
  for (let i = 0; i < s.length; i++) if (JOINERS.includes(s[i]!)) return false;
  return true;
}

/** `POST /v1/triage/stream`, `GET /health`: an HTTP method and a path, the name of an API route. */
export function isHttpRoute(text: string): boolean {
  return HTTP_ROUTE.test(text);
}
const HTTP_ROUTE = /^\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY)\s+\/[\w/{}.$:-]*\s*$/;

/** A bare version or revision as people write one: `v3`, `v3.1`, `r3`, `rev2`. */
export const BARE_VERSION = /^(?:v|r|rev)\d+(?:\.\d+)*$/;

/** The names with a joiner or a digit-bearing part in `text` (`vol-kestrel-shared`, `ledger-scout-mem`), not plain words. */
export function joinedNamesIn(text: string): string[] {
  return [...text.matchAll(JOINED_NAME)].map((m) => m[0]);
}
const JOINED_NAME = /\b[a-z][\w.]*[-_][\w.-]*[a-z0-9]\b/gi;
