import { isIdentifierShaped } from "../nlp/identifier-shape";
import { sameTarget } from "./same-target";
/**
 * What one text offers as possible aliases before knowing which words are names: each
 * parenthetical with the words just before it, and the side-by-side and arrow pairs. Depends
 * only on the text, so a conversation's messages are read once and remembered (AnalysisMemo).
 */
export interface AliasCandidates {
  /** Words inside a parenthetical, and up to six words before it, nearest first. */
  parentheticals: Array<{ inside: string[]; before: string[] }>;
  /** "crawler-a hmac-sha256:4b1c9e" (the second an opaque id), "crawler-b → id". */
  pairs: Array<[string, string]>;
}

/** Reads a text's alias candidates. Linear in the text. */
export function aliasCandidates(text: string): AliasCandidates {
  const parentheticals: AliasCandidates["parentheticals"] = [];
  const pairs: AliasCandidates["pairs"] = [];
  let open = text.indexOf("(");
  while (open !== -1) {
    const close = text.indexOf(")", open + 1);
    if (close === -1 || close - open > MAX_PARENTHETICAL) break;
    const inside = words(text.slice(open + 1, close));
    // "(it's in the etl user's crontab)": a clause in parentheses says where or why, it gives no other name.
    const clause = CLAUSE_OPENER.test(inside[0] ?? "");
    if (inside.length && !clause) parentheticals.push({ inside, before: wordsBefore(text, open) });
    open = text.indexOf("(", close + 1);
  }
  // Side by side: a name and an opaque id ("crawler-a hmac-sha256:4b1c9e", "worker 48213"), or
  // anything with an arrow between ("crawler-b → id"); not across a comma. A name next to
  // another name is more often a container and its member ("lake.clickstream dt=2025-02-10").
  const source = text.slice(0, MAX_SCANNED);
  const raw = source.split(/\s+/);
  for (let i = 1; i < raw.length; i++) {
    if (/[,;.!?]["')\]]*$/.test(raw[i - 1]!)) continue;
    const b = clean(raw[i]!);
    if (OPAQUE_ID.test(b)) pairs.push([clean(raw[i - 1]!), b]);
  }
  if (HAS_ARROW.test(source)) for (const m of source.matchAll(ARROW_PAIR)) pairs.push([clean(m[1]!), clean(m[2]!)]);
  // "The discharge-notes bot, registered in agentctl as dn-writer": the name under which it is kept.
  if (HAS_KEPT_AS.test(source)) {
    for (const m of source.matchAll(KEPT_AS)) {
      parentheticals.push({ inside: [clean(m[1]!)], before: wordsBefore(source, m.index) });
    }
  }
  // "`raysubmit_Kx3f…` is the juno-distill run": an id said to be the named thing's run, job or process.
  if (source.includes(" is the ")) for (const m of source.matchAll(IS_THE)) pairs.push([clean(m[1]!), clean(m[2]!)]);
  // "The loon-crawler agent on scrape-02 is pegged at 100% CPU, pid 18844.": a sentence about one named thing that
  // gives a pid gives that thing's process. (Only names the calls or claims know are linked, below.)
  if (PID_SAID.test(source)) {
    for (const sentence of source.split(SENTENCE_END)) {
      const pid = PID_IN.exec(sentence)?.[1];
      if (pid === undefined) continue;
      // (Not the place it runs: "on scrape-02".)
      const words = sentence.split(/\s+/).map(clean);
      const names = new Set(words.filter((w, i) => isIdentifierShaped(w) && !/^\d+$/.test(w) && !PLACE_BEFORE.has(words[i - 1] ?? "")));
      if (names.size === 1) pairs.push([[...names][0]!, pid]);
    }
  }
  return { parentheticals, pairs };
}
const PID_SAID = /\bpid\b/i;
const PLACE_BEFORE = new Set(["on", "at", "in", "host", "node", "server", "from"]);
const PID_IN = /\bpid[\s:#=]*(\d{2,7})\b/i;
const SENTENCE_END = /[.!?\n](?:\s|$)/;

/**
 * Names the conversation itself gives as the same thing: "the agent process for magpie (pid 52917)",
 * "magpie's process (pid 52917)", "accessors: crawler-a hmac-sha256:4b1c9e, crawler-b …". A known
 * target inside parentheses is an alias of the nearest known target just before them (else of the
 * nearest identifier-shaped word there), and two
 * known targets written side by side (only spaces, ":", "=" or an arrow between) name one thing.
 * Only known targets are linked, so prose links nothing; with `grounded` (what calls acted on),
 * one side of each link must be such a target.
 */
export function linkAliases(candidates: readonly AliasCandidates[], known: ReadonlySet<string>, grounded?: ReadonlySet<string>): Map<string, string[]> {
  // "lichen Tq8Wm3…" where a call acted on `database/creds/scraper-lichen/Tq8Wm3…`: an id the
  // user wrote may be the last segment of a known path; it then stands for that path.
  const bySegment = new Map<string, string>();
  for (const k of known) {
    const slash = k.lastIndexOf("/");
    // Only a segment shaped like an id: `…/projects/4471/hooks` ends in a collection, and "hooks 88123" is no alias of it.
    // (A number of three digits or more is an id too: `…/models/8841`.)
    const segment = k.slice(slash + 1);
    if (slash !== -1 && slash < k.length - 1 && (isIdentifierShaped(segment) || /^\d{3,}$/.test(segment))) bySegment.set(segment, k);
  }
  // "accessor 8Ggq…5sYm": an id cut short stands for the full id a call acted on.
  const cutShort = (w: string) => (CUT_SHORT.test(w) ? [...(grounded ?? known)].find((g) => sameTarget(w, g)) : undefined);
  const resolve = (w: string): string | undefined => (known.has(w) && !CUT_SHORT.test(w) ? w : bySegment.get(w) ?? cutShort(w) ?? (known.has(w) ? w : undefined));
  // A call on `/api/v1/users/bot@x.com` touched `bot@x.com` too.
  const isGrounded = (w: string) => grounded === undefined || grounded.has(w) || (bySegment.has(w) && grounded.has(bySegment.get(w)!));
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    // Two words of the messages alone ("usage-based subscription (invoice …)") name nothing a call touched.
    if (grounded && !isGrounded(a) && !isGrounded(b)) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let set = links.get(x);
      if (!set) links.set(x, (set = new Set()));
      set.add(y);
    }
  };
  for (const { parentheticals, pairs } of candidates) {
    for (const { inside, before } of parentheticals) {
      // "heron-ranker (model id 8841)" where a call acted on `…/models/8841`: the name stands for the path too.
      const aliases = inside.flatMap((w) => [resolve(w), bySegment.get(w)]).filter((w, i, all): w is string => w !== undefined && all.indexOf(w) === i);
      // "our recruiter-agent bot (bot-recruiter@trey.com)": with no known name before, the nearest
      // identifier the writer put there is their name for the known one.
      // ("the tech-log summarizer agent on mx-ops-02 (pid 30418)": a place said between the name and its parenthetical
      // puts the name two words further back.)
      const near = before.slice(0, PLACE_PREPOSITIONS.has(before[1] ?? "") ? LOOK_BACK_WORDS : NEAR_WORDS);
      const owner = aliases.length ? near.find((w) => known.has(w)) ?? (aliases.every(isIdentifierShaped) ? near.find(isIdentifierShaped) : undefined) : undefined;
      if (owner) for (const alias of aliases) link(owner, alias);
    }
    for (const [a, b] of pairs) {
      const [x, y] = [resolve(a), resolve(b)];
      if (x !== undefined && y !== undefined) link(x, y);
    }
  }
  return new Map([...links].map(([k, v]) => [k, [...v]]));
}

/** `linkAliases` of the texts read now: for one-off use and tests. */
export function parentheticalAliases(texts: readonly string[], known: ReadonlySet<string>): Map<string, string[]> {
  return linkAliases(texts.map(aliasCandidates), known);
}

const MAX_PARENTHETICAL = 80;
const CLAUSE_OPENER = /^(?:it|it's|it’s|its|they|they're|which|that|this|these|those|we|i|you|see|because|since|so|but|and|or|if|when|where)$/;
const CUT_SHORT = /…|\.\.\./;
const MAX_SCANNED = 256 * 1024;
const LOOK_BACK_CHARS = 80;
const LOOK_BACK_WORDS = 6;
/** How far back a parenthetical's owner is looked for, when no place stands between them. */
const NEAR_WORDS = 4;
const PLACE_PREPOSITIONS = new Set(["on", "in", "at"]);

/** An id that names nothing by itself: a number, hex, `scheme:hex`, or a long random-looking token (a pid, an accessor, a hash, a lease id). */
const OPAQUE_ID = /^(?:\d{2,}|(?:[a-z0-9_-]+:)?[0-9a-f]{6,}|(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{12,})$/i;
const ARROW_PAIR = /(\S+)\s*(?:->|→|=>)\s*(\S+)/g;
const HAS_ARROW = /->|→|=>/;
/** ", registered in agentctl as dn-writer", ", stored under agent_id triage-copilot-v2", ", listed as mdl_8842". */
const KEPT_AS = /,? (?:registered|listed|stored|known|named|called|deployed|tracked|labell?ed|kept|filed|indexed)(?: (?:in|on|at) [\w./:-]+)? (?:as|under)(?: (?:the )?[\w]*(?:id|name|key))? [`'"]?([\w./:@-]+)/gi;
const IS_THE = /[`'"]?([\w./:@-]+)[`'"]? is the [`'"]?([\w./:@-]+)[`'"]? (?:run|job|process|pod|container|deployment|instance|task|service|agent|model|endpoint|experiment|sweep|submission|worker|bot|vm)\b/gi;
const HAS_KEPT_AS = /\b(?:registered|listed|stored|known|named|called|deployed|tracked|labell?ed|kept|filed|indexed)\b/i;

/** Up to four words right before `at`, nearest first; never across the end of a sentence. */
function wordsBefore(text: string, at: number): string[] {
  let stretch = text.slice(Math.max(0, at - LOOK_BACK_CHARS), at);
  // (Nor past another parenthetical: "the reward model (puffin-rm) and policy model (puffin-policy)" names two things.)
  const end = Math.max(stretch.lastIndexOf(". "), stretch.lastIndexOf("! "), stretch.lastIndexOf("? "), stretch.lastIndexOf("\n"), stretch.lastIndexOf(")"));
  if (end !== -1) stretch = stretch.slice(end + 1);
  return words(stretch).slice(-LOOK_BACK_WORDS).reverse();
}

/** A word lower-cased, with surrounding punctuation and a possessive 's removed. */
function clean(word: string): string {
  return word.toLowerCase().replace(/^[("'`\[{]+|[)"'`\]},.;:!?]+$/g, "").replace(/['’]s$/, "");
}

function words(text: string): string[] {
  return text.split(/\s+/).map(clean).filter((w) => w.length > 0);
}
