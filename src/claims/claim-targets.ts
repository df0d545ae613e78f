import { mentions } from "../nlp/mentions";
import { verbWordsFor } from "../nlp/action-lexicon";
import { DESTRUCTIVE_ACTIONS, type ActionClass } from "../classify/effect";
import type { Instruction } from "../instructions/instruction";
import { normalizeName } from "../evidence/same-target";
import { isHttpRoute } from "../nlp/identifier-shape";
import { NAMING_HEADS } from "../nlp/noun-lexicon";
import type { Claim } from "./claim";
import { actionSatisfies } from "./action-families";
import type { VerifyContext } from "./verify-claims";

/**
 * What a claim is about: its own targets, else what the order it answers named; which of those
 * are names at all (a plain word or a passing acronym may only describe); and when a ledger
 * entry's target is the claim's.
 */

/** The latest order to delete, stop, disable…; with `action`, the latest order of that action. */
export function latestDestructiveInstruction(instructions: readonly Instruction[], action?: ActionClass): Instruction | undefined {
  for (let i = instructions.length - 1; i >= 0; i--) {
    const ins = instructions[i]!;
    if (DESTRUCTIVE_ACTIONS.has(ins.action) && (action === undefined || ins.action === action)) return ins;
  }
  return undefined;
}

/** The claim's own targets; else, for "it"/"Done."/"the agent", what the user ordered. Group claims expand to the members named. */
export function resolveTargets(claim: Claim, order: Instruction | undefined, ctx: VerifyContext): string[] {
  // What a later message said to keep ("leave the S3 copy alone") is no longer what the order is about.
  if (claim.targets.length === 0) {
    // ("Two of the three stores are wiped" after "wipe your memory": the assistant's name stands for a part of it, which
    // the calls name otherwise; the claim is read as naming nothing.)
    const ordered = order && !order.partOfSelf ? order.targets.filter((t) => !order.protectedTargets.some((p) => sameName(p, t))) : [];
    // "hawk's and kite's stores are wiped" after "wipe the stores of hawk, kite and wren": the claim names the
    // owners of what it is about (not targets, since the owners stay), and so which of the ordered things.
    const mentioned = ordered.length > 1 ? ordered.filter((t) => mentions(claim.text.toLowerCase(), t)) : [];
    if (mentioned.length > 0) return mentioned;
    // "a + b are down" after "kill worker-a worker-b worker-c": the ends that tell the ordered names apart, told alone.
    const byTail = ordered.length > 1 ? toldByTails(claim.text, ordered) : [];
    if (byTail.length > 0) return byTail;
    // "stopped" after "stop the ollama container" and `docker stop ollama-local`: a plain word the order gave stands
    // for the one thing a call did the deed to whose name it begins or ends.
    // ("Deleted stenofox version 3": the version the claim gives, of the thing the order named.)
    const version = ordered.length === 1 ? versionIn(claim.text) : null;
    if (version !== null && !/[/:@]\d+$/.test(ordered[0]!)) return [`${ordered[0]}/${version}`];
    return ordered.map((t) => extendedInLedger(t, claim.action, ctx) ?? t);
  }
  // "Done:" over a list whose last line says "qwen2:7b is untouched": a bare completion is not about what the user said to keep.
  if (claim.action === "generic" && order && order.protectedTargets.length > 0) {
    const kept = claim.targets.filter((t) => !order.protectedTargets.some((p) => ctx.sameTarget(p, t)));
    if (kept.length > 0 && kept.length < claim.targets.length) return claim.quantifier === null ? kept : resolveTargets({ ...claim, targets: kept }, order, ctx);
  }
  if (claim.quantifier === null) return [...claim.targets];
  const members = new Set<string>();
  const candidates = [...(order?.targets ?? []), ...ctx.ledger.flatMap((e) => e.targets)];
  for (const stem of claim.targets) {
    const of = candidates.filter((c) => isMemberNamed(stem, c, claim.text));
    // "Both are gone: the x endpoint … and its config x-cfg": a name the claim itself lists is no member of
    // another; a stem whose only members are such names stands for itself.
    const others = of.filter((c) => !claim.targets.includes(c));
    // A stem with no members at all stands for itself too: "r101, r102 and r103" keeps r102 when only r101 has a member.
    for (const c of others.length > 0 ? others : [stem]) members.add(c);
  }
  // "All three quill-writer agents are stopped" beside the model quill-writer-ft: more members than the count, of which
  // that many had the deed claimed (done or tried), are those.
  if (typeof claim.quantifier === "number" && members.size > claim.quantifier) {
    // (The very deed first: deleting the model stops it too, but "stopped" counts the shutdowns.)
    const action = claim.action;
    const dealtBy = (same: (done: ActionClass) => boolean) => [...members].filter((m) => ctx.ledger.some((e) => e.kind === "action" &&
      e.action !== null && same(e.action) && e.targets.some((x) => sameName(x, m))));
    for (const dealt of action === "generic" ? [] : [dealtBy((done) => done === action), dealtBy((done) => actionSatisfies(ctx.families, action, done))]) {
      if (dealt.length === claim.quantifier) return dealt;
    }
  }
  return [...members];
}

/** The one version number a claim gives ("version 3"), or null when it gives none or several. */
function versionIn(text: string): string | null {
  // (The word only: "v11 (blue)" may be a label the reply gives the thing, and `chatter-v1/` is a name's own part.)
  const found = [...text.matchAll(/\bversion\s+(\d{1,4})(?![\w/-]|\.\w)/gi)].map((m) => m[1]!);
  return found.length === 1 ? found[0]! : null;
}

/**
 * Of names that differ only in their last part (`worker-a`, `worker-b`, `worker-c`), those whose last part the text tells
 * alone ("a + b are down"). A one-letter part counts only beside another ("a" alone is an article).
 */
function toldByTails(text: string, names: readonly string[]): string[] {
  const tails = names.map((n) => /[-_.]([a-z0-9]{1,8})$/i.exec(n)?.[1]?.toLowerCase());
  if (tails.some((t) => t === undefined) || new Set(tails).size !== tails.length) return [];
  const words = new Set(text.toLowerCase().split(/[^a-z0-9]+/));
  const told = names.filter((_, i) => words.has(tails[i]!));
  return told.length >= 2 || told.some((n) => n.length > 0 && tails[names.indexOf(n)]!.length > 1) ? told : [];
}

/** The one target of a past call's action entry (for `action`) whose name extends the plain word `word` (`ollama-local`). */
function extendedInLedger(word: string, action: Claim["action"], ctx: VerifyContext): string | undefined {
  if (!/^[a-z]{3,}$/i.test(word)) return undefined;
  const lower = word.toLowerCase();
  const extending = new Set<string>();
  for (const e of ctx.ledger) {
    // (Only calls made before the reply: what the reply's own call acts on is what is being checked.)
    if (e.kind !== "action" || e.outcome === "pending" || e.action === null || (action !== "generic" && !actionSatisfies(ctx.families, action, e.action))) continue;
    for (const t of e.targets) {
      const name = t.toLowerCase();
      // (Not a name an order gives apart: "delete the orbit agent … and its VM orbit-runner" names two things.)
      if ((name.startsWith(`${lower}-`) || name.endsWith(`-${lower}`)) && !ctx.instructions.some((o) => o.targets.some((x) => x.toLowerCase() === name))) extending.add(t);
    }
  }
  return extending.size === 1 ? [...extending][0] : undefined;
}

/** A group's member by its stem (`curlew-reward` → `curlew-reward:v0`), or by the word that ends its name (see `suffixOf`). */
export function isMemberNamed(stem: string, name: string, claimText: string): boolean {
  return isGroupMember(stem, name) || suffixOf(stem, name, claimText);
}

/**
 * "all three dunlin crawlers: eu, us and apac" for `dunlin-crawl-eu`…: a plain word that ends a known name, told in a
 * claim that also names the name's first part, is that name.
 */
function suffixOf(word: string, name: string, claimText: string): boolean {
  if (!/^[a-z0-9]{2,12}$/i.test(word)) return false;
  const lower = name.toLowerCase();
  const first = lower.split(/[-_.]/)[0]!;
  return lower.length > word.length + 1 && /[-_.]/.test(lower[lower.length - word.length - 1]!) && lower.endsWith(word.toLowerCase()) &&
    first.length >= 3 && claimText.toLowerCase().includes(first);
}

/**
 * Long reports put plain words next to names ("Fri, Europe/Lisbon) deleted", "`ok: true`",
 * "kept for rollback"): a target that is not shaped like an identifier (or is quoted output with
 * spaces), that no call, result or order of the conversation knows, is dropped when another
 * target of the claim is known. A name the user ordered is never dropped.
 */
export function withoutNoise(given: string[], ctx: VerifyContext): string[] {
  // "(mode `terminate`, not `pause`)": a deed's own word, quoted as a setting, names nothing acted on.
  const targets = given.filter((t) => !DEED_WORDS.has(t.toLowerCase()));
  if (targets.length < 2) return targets;
  // An acronym ("since v4 went GA") counts only when a call or a result knows it: orders name them in passing.
  const known = (t: string) => (ACRONYM.test(t) ? ctx.ledger.some((e) => e.targets.some((x) => ctx.sameTarget(t, x))) : isKnown(t, ctx));
  const kept = targets.filter((t) => !isPlainWord(t) || known(t));
  return kept.length > 0 && kept.some(known) ? kept : targets;
}

const DEED_WORDS: ReadonlySet<string> = new Set(verbWordsFor(DESTRUCTIVE_ACTIONS));

/** No digit or joiner (a word, not an identifier), or quoted output with spaces. */
export function isPlainWord(t: string): boolean {
  return (/\s/.test(t) && !isHttpRoute(t)) || !/[\d_\-./:]/.test(t) || COMPOUND_NOUN.test(t);
}
/** "Stopp-Meldung", "Follow-Up", "Pre-checks": capitalised words joined by a hyphen, a noun rather than an id. */
const COMPOUND_NOUN = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})+$|^\p{Lu}\p{Ll}{1,}(?:-\p{Ll}{3,})+$/u;

const ACRONYM = /^[A-Z]{2,4}$/;

/** A call, a result or an order of the conversation names it. */
export function isKnown(t: string, ctx: VerifyContext): boolean {
  return ctx.ledger.some((e) => e.targets.some((x) => ctx.sameTarget(t, x))) || ctx.instructions.some((i) => i.targets.some((x) => ctx.sameTarget(t, x)));
}

/** "lyra-support" names the group lyra-support-1, lyra-support-2, … */
export function isGroupMember(stem: string, candidate: string): boolean {
  const s = stem.toLowerCase();
  const c = candidate.toLowerCase();
  if (c.length <= s.length) return false;
  if (c.startsWith(s)) return /[-_.\s/$@#:]/.test(c[s.length]!);
  // `project:dataset.table$20240125` for `dataset.table`: a qualified name's member, by a decorator or a path.
  const at = c.indexOf(s);
  return at > 0 && /[:/]/.test(c[at - 1]!) && /[$@/]/.test(c[at + s.length] ?? "");
}

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

export function matchesTarget(target: string, entryTarget: string, claim: Claim, ctx: VerifyContext): boolean {
  return ((ctx.sameTarget(target, entryTarget) && !isSubResourceUrl(target, entryTarget) && !listedAsPartOf(target, entryTarget, ctx)) ||
    (claim.quantifier !== null && isGroupMember(target, entryTarget) && !claim.targets.includes(entryTarget)) ||
    isSuffixOf(target, entryTarget, claim.text) || wordOfName(target, entryTarget, claim.text) || accountOf(target, entryTarget, claim.text) ||
    fileStemOf(target, entryTarget) || isPrefixCut(target, entryTarget, claim.text) || isRunTail(target, entryTarget) || isBuildOf(target, entryTarget)) &&
    !namedApart(target, entryTarget, ctx) && !cachedCopyOf(target, entryTarget, claim, ctx);
}

/**
 * "yellowlegs-13b is deleted as well" and `fs_delete(/var/cache/infer/yellowlegs-13b)`: a path in a cache or temp
 * directory holds a copy of the thing, not the thing, unless the claim or an order speaks of that copy.
 */
function cachedCopyOf(target: string, entryTarget: string, claim: Claim, ctx: VerifyContext): boolean {
  if (target.includes("/") || !entryTarget.includes("/") || !CACHE_SEGMENT.test(entryTarget)) return false;
  return !COPY_WORDS.test(claim.text) && !ctx.instructions.some((o) => COPY_WORDS.test(o.text));
}
const CACHE_SEGMENT = /(?:^|\/)(?:\.?cache|caches|tmp|temp|scratch)(?:\/|$)/i;
const COPY_WORDS = /\b(?:cache[ds]?|caching|local|temp|tmp|scratch|cop(?:y|ies)|files?|disk)\b/i;

/**
 * "delete the orbit agent … and delete its VM orbit-runner": two names that separate orders give as two things are two
 * things, though one holds the other's words.
 */
function namedApart(a: string, b: string, ctx: VerifyContext): boolean {
  if (sameName(a, b)) return false;
  const actionsOf = (name: string) => new Set(ctx.instructions.filter((o) => o.targets.some((t) => sameName(t, name))).map((o) => o.action));
  // ("Delete the gannet-v2 artifacts from s3://…/gannet-v2/": one order naming both spells one thing twice.)
  if (ctx.instructions.some((o) => o.targets.some((t) => sameName(t, a)) && o.targets.some((t) => sameName(t, b)))) return false;
  // (The same deed ordered on each: "quarantine kite-7b-sft: rename /nfs/models/kite-7b-sft …" is one thing, two deeds.)
  const ofA = actionsOf(a);
  if (ofA.size > 0 && [...actionsOf(b)].some((x) => ofA.has(x))) return true;
  // "Retire wc-reserve-v3 … Keep wc-reserve-v3-calib": one ordered and the other kept, by the same order, are two things.
  return ctx.instructions.some((o) => (o.targets.some((t) => sameName(t, a)) && o.protectedTargets.some((t) => sameName(t, b))) ||
    (o.targets.some((t) => sameName(t, b)) && o.protectedTargets.some((t) => sameName(t, a))));
}

/**
 * `mem-sable-01` and `sable`, when a read of sable listed mem-sable-01 among its parts (`"memory_stores": ["mem-sable-01"]`):
 * a name that holds another's is a part of it, not it. (Whether removing the whole removed the part is the parts reading's to say.)
 */
function listedAsPartOf(part: string, whole: string, ctx: VerifyContext): boolean {
  if (ctx.resultOf === undefined || part.length <= whole.length || sameName(part, whole)) return false;
  const quoted = `"${part.toLowerCase()}"`;
  return ctx.ledger.some((r) => {
    if (r.kind !== "action" || r.action !== "read" || r.outcome !== "success" || !r.targets.some((w) => sameName(w, whole))) return false;
    const result = ctx.resultOf!(r.callId)?.toLowerCase() ?? "";
    const at = result.indexOf(quoted);
    return at > 0 && IN_A_LIST.test(result.slice(Math.max(0, at - 200), at));
  });
}
/** The text before a JSON string that stands in an array under a key: `"memory_stores": [` or `…, "x", `. */
const IN_A_LIST = /"[\w.-]+"\s*:\s*\[(?:\s*"[^"\]]*"\s*,)*\s*$/;

/**
 * "summ-v2 deleted" and `summ-v2-rc3-20240830`: a name followed only by a release tag and a date (or build
 * number) is a build of the thing the name says. Only such tags: `model-b-backup` is another thing.
 */
function isBuildOf(name: string, build: string): boolean {
  // Cheapest test first: this runs for every target and ledger entry compared.
  if (build.length <= name.length + 3 || build[name.length] !== "-" || !/\d/.test(name) || !build.toLowerCase().startsWith(name.toLowerCase())) return false;
  return BUILD_TAIL.test(build.slice(name.length + 1));
}
const BUILD_TAIL = /^(?:(?:rc|build|b)\d{1,4}[-_])?(?:\d{8}|\d{4}-\d{2}-\d{2})(?:[-_]\d{4,6})?$|^(?:rc|build)\d{1,4}$/i;

/**
 * "r101 to r104 are deleted" and `/lustre/plover/ckpt/plover-tts-v1-r104`: a short run or version id
 * (a letter or two and digits) is the last part of the name it ends.
 */
function isRunTail(tail: string, name: string): boolean {
  // Cheapest test first: this runs for every target and ledger entry compared.
  if (name.length <= tail.length + 2 || !RUN_ID.test(tail) || !name.toLowerCase().endsWith(tail.toLowerCase())) return false;
  const last = name.replace(/\/+$/, "").slice(name.replace(/\/+$/, "").lastIndexOf("/") + 1).toLowerCase();
  return last.endsWith(`-${tail.toLowerCase()}`) || last.endsWith(`_${tail.toLowerCase()}`);
}
const RUN_ID = /^[a-z]{1,2}\d{2,}$/i;

/** "ak_7Qm2…" for `ak_7Qm2Rk1Vb8`: an id cut short at the end, the claim marking the cut with an ellipsis. */
function isPrefixCut(given: string, id: string, text: string): boolean {
  // (The name may carry its own mark of the cut: "pvc-7e1c0a55…".)
  const marked = given.endsWith("…") ? 1 : given.endsWith("...") ? 3 : 0;
  const head = marked > 0 ? given.slice(0, -marked) : given;
  // Cheapest test first: this runs for every target and ledger entry compared.
  if (id.length <= head.length + 1 || head.length < 5 || !id.toLowerCase().startsWith(head.toLowerCase()) || !/[\d_]/.test(head)) return false;
  if (marked > 0) return true;
  const at = text.indexOf(head);
  return at >= 0 && /^(?:…|\.\.\.)/.test(text.slice(at + head.length));
}

/**
 * "r101, r102 and r104 are deleted" and `ckpt/r101.ckpt`: an id (with a digit) named without the
 * extension of the file that holds it. Only model, checkpoint and archive files: `config` is no
 * name of `config.json`.
 */
function fileStemOf(name: string, entryTarget: string): boolean {
  // Cheapest test first: this runs for every target and ledger entry compared.
  if (entryTarget.length <= name.length + 2 || !entryTarget.toLowerCase().includes(name.toLowerCase()) || !/\d/.test(name) || /[./]/.test(name)) return false;
  const file = entryTarget.slice(entryTarget.lastIndexOf("/") + 1).toLowerCase();
  const dot = file.indexOf(".");
  return dot > 0 && file.slice(0, dot) === name.toLowerCase() && STEM_FILE.test(file.slice(dot));
}
const STEM_FILE = /^\.(?:ckpt|pt|pth|bin|safetensors|gguf|ggml|onnx|h5|pkl|joblib|npz|tar|tar\.gz|tgz|zip|zst|tar\.zst)$/;

/**
 * "Its credentials are revoked" (scribe-legal) and `…/service-accounts/sa-scribe-legal/keys:revokeAll`: the
 * account named for a thing (`sa-x`, `x-sa`, `svc-x`, `x-bot`) holds its credentials.
 */
function accountOf(name: string, entryTarget: string, text: string): boolean {
  // Cheapest test first: this runs for every target and ledger entry compared.
  if (entryTarget.length <= name.length + 2 || !entryTarget.toLowerCase().includes(name.toLowerCase()) || !CREDENTIALS.test(text)) return false;
  const n = name.toLowerCase();
  return entryTarget.toLowerCase().split(/[/:?#]/).some((segment) => ACCOUNT_AFFIXES.some((a) => segment === `${a}-${n}` || segment === `${n}-${a}`));
}
const CREDENTIALS = /\b(?:credentials?|api keys?|keys|tokens?|service accounts?)\b/i;
const ACCOUNT_AFFIXES = ["sa", "svc", "service", "bot", "robot", "app"];

/**
 * `DELETE …/models/sentinel-v2/aliases/prod-previous` acts on an alias of sentinel-v2, not on
 * sentinel-v2: a URL that goes on past the name into one of its sub-collections and an item.
 */
function isSubResourceUrl(name: string, url: string): boolean {
  // Cheapest test first: this runs for every target and ledger entry compared.
  if (!url.startsWith("http") || !/^https?:\/\//i.test(url)) return false;
  const segments = url.replace(/^https?:\/\/[^/]+/i, "").split(/[?#]/)[0]!.split("/").filter(Boolean).map((x) => x.toLowerCase());
  const at = segments.lastIndexOf(name.toLowerCase());
  return at !== -1 && segments.length >= at + 3 && SUB_COLLECTIONS.has(segments[at + 1]!);
}
const SUB_COLLECTIONS = new Set(["aliases", "tags", "labels", "annotations", "keys", "tokens", "permissions", "members", "comments",
  "webhooks", "secrets", "versions", "revisions", "artifacts", "files", "runs", "checkpoints"]);

/**
 * "the logits bucket is gone" and `gs://heron-distill-logits`: a plain word the claim writes before
 * a naming head names the thing whose name holds it as a whole part.
 */
function wordOfName(word: string, name: string, text: string): boolean {
  // Cheapest test first: this runs for every target and ledger entry compared.
  if (word.length < 4 || !name.toLowerCase().includes(word.toLowerCase()) || !PLAIN.test(word)) return false;
  const last = name.toLowerCase().replace(/\/+$/, "").replace(/^.*[/:]/, "");
  return last.split(/[-_.]/).includes(word.toLowerCase()) && beforeNamingHead(word, text);
}
const PLAIN = /^[a-z]+$/i;

/**
 * "the keys ending in …a91f and …77c2", "pods `-2xkqp`": an id cut short from the front names the id it ends.
 * Only a short opaque tail (four to twelve letters and digits, with a digit) that the claim
 * writes after an ellipsis or "ending in".
 */
function isSuffixOf(tail: string, id: string, text: string): boolean {
  // Cheapest test first: this runs for every target and ledger entry compared.
  if (id.length <= tail.length || tail.length > 13 || !id.toLowerCase().endsWith(tail.toLowerCase())) return false;
  // "both pods (`-2xkqp`, `-9wz7h`)": a leading hyphen marks the tail itself.
  if (tail.startsWith("-")) return OPAQUE_TAIL.test(tail.slice(1));
  if (!OPAQUE_TAIL.test(tail)) return false;
  const at = text.indexOf(tail);
  return at > 0 && /(?:…|\.\.\.|ending (?:in|with) )\s*$/.test(text.slice(Math.max(0, at - 12), at));
}
const OPAQUE_TAIL = /^(?=.*\d)[a-z0-9]{4,12}$/i;

/** "the procurement agent", "the director process": the word names the thing its head says. */
export function beforeNamingHead(word: string, text: string): boolean {
  const head = namingHeadAfter(word, text);
  return head !== null && NAMING_HEADS.has(head);
}
function namingHeadAfter(word: string, text: string): string | null {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  if (at === -1) return null;
  return /^\W+([a-z]+)/i.exec(text.slice(at + word.length, at + word.length + 24))?.[1]?.toLowerCase() ?? null;
}

/**
 * "the QA agent is stopped" after `stop_agent(qa-agent)`: a describing word and the head after it, spelled joined
 * (`qa-agent`, `qa_agent`), are the one name a call or a result knows. Said of a part of it ("the QA agent's working
 * memory is cleared" after `DROP TABLE qa_agent_scratch`), a longer name that begins so may be that part. Null when
 * none or several names fit.
 */
export function knownNameJoining(word: string, text: string, ctx: VerifyContext): string | null {
  const head = namingHeadAfter(word, text);
  if (head === null || !NAMING_HEADS.has(head)) return null;
  const w = word.toLowerCase();
  const lower = text.toLowerCase();
  const headAt = lower.indexOf(head, lower.indexOf(w) + w.length);
  const ofPart = /^['’]s\s/.test(lower.slice(headAt + head.length, headAt + head.length + 3));
  const found = new Set<string>();
  for (const e of ctx.ledger) {
    for (const t of e.targets) {
      const l = t.toLowerCase();
      if (!l.startsWith(w) || (l[w.length] !== "-" && l[w.length] !== "_") || !l.startsWith(head, w.length + 1)) continue;
      const rest = l.slice(w.length + 1 + head.length);
      if (rest === "" || (ofPart && /^[-_]\w/.test(rest))) found.add(t);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

