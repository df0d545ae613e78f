import { NAMING_HEADS } from "./noun-lexicon";
import type { Token } from "./tag-segment";
import type { TargetCandidate } from "./target-candidates";

/**
 * What the words around a name say about it, for `targetCandidates`: a version beside it, a
 * sibling written as a bare suffix, a description between a name and its head, a kind word that
 * lists members, and the small word lists those readings use.
 */

/**
 * "Version 3 of fraud-gbm", "fraud-gbm v3", "fraud-gbm version 3": that version of the thing,
 * written `fraud-gbm/3` as calls that pick a version are read; a `v3` next to a name is no
 * target of its own.
 */
export function withVersions(tokens: readonly Token[], found: TargetCandidate[]): TargetCandidate[] {
  if (found.length === 0) return found;
  const versionAt = (k: number): string | null => {
    const t = tokens[k];
    const v = t ? /^v(\d+(?:\.\d+)*)$/i.exec(t.text) : null;
    if (v) return v[1]!;
    return t?.lower === "version" && tokens[k + 1]?.pos === "NUM" ? tokens[k + 1]!.text : null;
  };
  const out: TargetCandidate[] = [];
  const absorbed = new Set<number>();
  for (const c of found) {
    if (absorbed.has(c.index)) continue;
    const before = tokens[c.index - 1]?.lower === "of" && tokens[c.index - 2]?.pos === "NUM" && tokens[c.index - 3]?.lower === "version"
      ? tokens[c.index - 2]!.text : tokens[c.index - 1]?.lower === "of" ? versionAt(c.index - 2) : null;
    // "versions 3 and 4 of churn-llm-judge", "v3 and v4 of x": each version listed before "of" is a thing of its own.
    const listed = tokens[c.index - 1]?.lower === "of" && !c.value.includes("/") ? versionsListedBefore(tokens, c.index - 1) : [];
    if (listed.length > 1) {
      for (const v of listed) out.push({ ...c, value: `${c.value}/${v}` });
      continue;
    }
    // "kite-asr v1, v2 and v3": each version listed after the name is a thing of its own.
    const following = c.value.includes("/") ? [] : versionsListedAfter(tokens, c.index + 1);
    if (following.length > 1) {
      for (const v of following) out.push({ ...c, value: `${c.value}/${v.version}` });
      for (const v of following) absorbed.add(v.at);
      continue;
    }
    // (Only an id takes a bare version: "Python 3.8" and "WER 0.071" are a product and a measure.)
    const after = versionAt(c.index + 1) ?? (/[-_]/.test(c.value) ? bareVersionAt(tokens, c.index + 1) : null);
    const version = before ?? after;
    if (after !== null) absorbed.add(c.index + 1);
    out.push(version !== null && !c.value.includes("/") ? { ...c, value: `${c.value}/${version}` } : c);
  }
  return out;
}

/** The `vN` versions listed from `k` on ("v1, v2 and v3", "v4 & v5"), with where each stands; empty when `k` holds none. */
function versionsListedAfter(tokens: readonly Token[], k: number): Array<{ version: string; at: number }> {
  const out: Array<{ version: string; at: number }> = [];
  for (let j = k; j < tokens.length && out.length < MAX_LISTED_VERSIONS; j++) {
    const v = /^v(\d+(?:\.\d+)*)$/i.exec(tokens[j]!.text);
    if (v === null) break;
    out.push({ version: v[1]!, at: j });
    // (", and", "or", "&" between two of them.)
    let next = j + 1;
    while (next < tokens.length && LIST_JOINERS.has(tokens[next]!.lower)) next++;
    if (next === j + 1) break;
    j = next - 1;
  }
  return out;
}
const LIST_JOINERS = new Set([",", "and", "or", "&"]);

/** "wagtail-tts 2.2.1": a dotted version right after a name (not a size, "4.6 GB", nor a time). */
function bareVersionAt(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k];
  if (t === undefined || !DOTTED_VERSION.test(t.text) || UNIT_AFTER.test(tokens[k + 1]?.text ?? "")) return null;
  return t.text;
}
const DOTTED_VERSION = /^\d+\.\d+(?:\.\d+){0,2}$/;
const UNIT_AFTER = /^(?:[kmgtpe]i?b|bytes?|%|percent|s|ms|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|x|gpus?|cpus?|cores?|replicas?)$/i;

/** The versions listed right before `of` at `of` ("versions 3 and 4", "v3, v4 and v5"), in order; empty when none. */
function versionsListedBefore(tokens: readonly Token[], of: number): string[] {
  const out: string[] = [];
  let prefixed = true;
  let k = of - 1;
  for (; k >= 0 && out.length < MAX_LISTED_VERSIONS; k--) {
    const t = tokens[k]!;
    const tagged = /^v(\d+(?:\.\d+)*)$/i.exec(t.text)?.[1];
    const bare = t.pos === "NUM" && /^\d+$/.test(t.text) ? t.text : undefined;
    if (tagged === undefined && bare === undefined && !LIST_JOINS.has(t.lower)) break;
    if (tagged !== undefined || bare !== undefined) out.unshift((tagged ?? bare)!);
    if (bare !== undefined) prefixed = false;
  }
  // Bare numbers need the word ("versions 3 and 4"); "v3 and v4" say it themselves.
  return prefixed || /^versions?$/.test(tokens[k]?.lower ?? "") ? out : [];
}
const MAX_LISTED_VERSIONS = 12;

/**
 * "sparrow-ckpt-1200, -1400 and -1600", "support-01 and -02": a bare suffix in a list after a
 * hyphenated name stands for that name with its last part replaced (sparrow-ckpt-1400).
 */
export function elidedSibling(tokens: readonly Token[], k: number, found: readonly TargetCandidate[]): { value: string; last: number } | null {
  const t = tokens[k]!;
  if (!LIST_JOINS.has(tokens[k - 1]?.lower ?? "")) return null;
  // wink keeps "-1400" whole but splits "-eu" into "-" and "eu".
  const next = tokens[k + 1];
  const split = t.text === "-" && next !== undefined && t.end === next.start;
  const suffix = split ? `-${next.text}` : t.text;
  if (!/^-[a-z0-9]{1,12}$/i.test(suffix)) return null;
  const last = found.at(-1);
  if (!last || !/-[a-z0-9]+$/i.test(last.value)) return null;
  return { value: last.value.replace(/-[a-z0-9]+$/i, suffix), last: split ? k + 1 : k };
}
const LIST_JOINS = new Set([",", "and", "or", "&", "/"]);

/**
 * "the Puffin voice-clone model", "the Hollis discharge-summary agent": a lower-case compound of
 * plain words between a capitalised name and a naming head describes the thing the name names.
 */
export function describesNamedHead(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return t !== undefined && t.span !== null && /^[a-z]+(?:-[a-z]+)+$/.test(t.text) && prev !== undefined && !prev.span && prev.pos === "PROPN" &&
    /^[A-Z]/.test(prev.text) && next !== undefined && !next.span && NAMING_HEADS.has(next.lower);
}

/** Prepositions after a participle that relate the thing to another ("pointing at", "running on"); not particles ("shutting down"). */
export const RELATING = new Set(["at", "on", "to", "in", "into", "from", "against", "for", "with", "under", "behind", "via"]);

/** "10:02:20Z", "2025-06-11T09:14:55Z", "2024-06-12": a time, never a thing acted on. */
export const POINT_IN_TIME = /^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?|\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Kinds of things other things run or live in. */
export const CONTAINER_KINDS = new Set(["endpoint", "cluster", "namespace", "project", "region", "zone", "host", "server", "node", "bucket",
  "account", "org", "organization", "workspace", "tenant", "vhost", "database", "schema", "env", "environment", "subscription", "folder", "directory"]);

/** A name before a plural kind word that names its members next ("cuda11 runners 2281 and 2282") describes them. */
export function describesListedKind(tokens: readonly Token[], k: number): boolean {
  const kind = tokens[k + 1];
  const member = tokens[k + 2];
  return kind !== undefined && !kind.span && kind.pos === "NOUN" && kind.lower.endsWith("s") && kind.lower.length > 3 &&
    member !== undefined && (member.span !== null || (member.pos === "NUM" && member.text.length >= 3));
}

/** Words that add a further name inside a parenthesis ("aria-3 (and aria-4)"). */
export const ADDING = new Set(["and", "plus", "&", "also"]);

