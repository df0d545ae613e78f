import { ACTION_NOUNS, verbHits } from "./action-lexicon";
import { inPossessedPhrase, isCommandName, isCommandTag, isStatusCode } from "./non-names";
import { isCommonHyphenated, isMachineSize, isModifierCompound, isModifierSuffixCompound, isVagueIdentifier } from "./identifier-shape";
import { followsRule, isPlace, movesBefore } from "./place-phrases";
import { isBareId, isCamelCase, isConstantName, isStateValue } from "./word-shapes";
import { ADJECTIVE_SUFFIXES, COMMON_ADJECTIVES, DESCRIPTORS, GENERIC_NOUNS, ID_NOUNS, NAMING_HEADS, OWNED_HEADS, WORK_ID_NOUNS } from "./noun-lexicon";
import type { Token } from "./tag-segment";
import { ADDING, CONTAINER_KINDS, describesListedKind, describesNamedHead, elidedSibling, POINT_IN_TIME, RELATING, withVersions } from "./name-neighbours";

/** A word or span that names a specific thing, at token `index`. */
export interface TargetCandidate {
  index: number;
  value: string;
  /**
   * Named as where something is ("from us-central1-b", "on WIN-INF-02", "in prod-eu"), not as
   * the thing acted on; paths are never places, since a path is what gets deleted. See `withoutPlaces` (place-phrases.ts).
   */
  place: boolean;
}


/** Prepositions that introduce a tool or a label rather than the thing acted on ("with shutdown_agent", "as job del-5521"). */
const ARROWS = new Set(["→", "->", "=>", "⇒"]);
/** Kinds of ids that only trace a call: a request, a trace, a correlation. */
const RECEIPT_NOUNS = new Set(["request", "trace", "correlation", "receipt", "transaction", "txn"]);
const REFERRING = new Set(["for", "per", "under", "in", "see", "re", "(", "from", "reference", "ref", "ticket", "case", "change", "record", "incident", "issue"]);
/** "linked to INC-88213", "filed under CHG-…": verbs that tie the work to its paperwork. */
const TYING = new Set(["linked", "attached", "tied", "filed", "logged", "related"]);
/** Nouns a ticket key modifies when it names the work rather than a thing ("the CHG-2231 window"). */
const EVENT_NOUNS = new Set(["rollout", "rollouts", "rollback", "migration", "launch", "release", "cutover", "upgrade", "outage", "incident"]);
const FOR_AN_EVENT = new Set(["for", "during", "from", "after", "before"]);
const WORK_NOUNS = new Set(["window", "windows", "change", "ticket", "incident", "request", "review", "postmortem", "freeze", "plan", "runbook", "approval", "maintenance"]);
/** `CC-2024-077`, `CHG-61877`, `SEC-30412`: a ticket, change or incident key. */
const JIRA_KEY = /^[A-Z]{2,10}-\d+(?:[-/]\d+)?$/;
/** Nouns before the id of a record of a change: a commit or an operation (a revision may be the thing itself). */
const CHANGE_RECORD_NOUNS = new Set(["commit", "sha", "changeset", "operation"]);

/** A ticket's key, Jira's (`OPS-4471`) or a ServiceNow record's (`CHG0041187`). */
const isTicketKey = (value: string) => JIRA_KEY.test(value) || isChangeRecordKey(value);

/**
 * `CHG0041187`, `INC0012345`: a ServiceNow record's key names the work, never what "it" refers to.
 * (A Jira-shaped key is not decided here: robots and hosts are named so too, `AMR-14`.)
 */
export function isChangeRecordKey(value: string): boolean {
  return CHANGE_RECORD.test(value);
}
const CHANGE_RECORD = /^(?:CHG|INC|RITM|REQ|PRB|SCTASK|TASK)\d{5,}$/;
/** Verbs whose subject answers a question: "`mh info` returns not found", "the API says 404". */
/** Fields whose value is a state or a result, never a name: "state: success", "status: done". */
const VALUE_KEYS = new Set(["state", "status", "phase", "result", "outcome", "health", "stage"]);
/** Kinds of things named by a constant's name: "Secret PATCHBOT_LLM_KEY", "variable OPENAI_API_KEY". */
const CONSTANT_HEADS = new Set(["secret", "secrets", "variable", "variables", "var", "env", "token", "key", "setting", "flag"]);
/** Pronouns a relative clause can hang on without "that": "everything plover-concierge remembers". */
const CLAUSE_PRONOUNS = new Set(["everything", "anything", "whatever", "whichever"]);
/** "owned by X", "held by X": X is whose the things are, not a doer. */
const OWNING = new Set(["owned", "held"]);
const SOURCE_VERBS = new Set(["returns", "returned", "answers", "answered", "says", "said", "prints", "printed", "replies", "replied", "responds", "responded"]);
// "following runbooks/agents/retire.md", "per RUNBOOK-12": the document followed is how, not what.
const INSTRUMENT_PREPOSITIONS = new Set(["as", "with", "using", "via", "through", "following", "per"]);
/** Prepositions after which a bare noun can still be a name ("the agent process for magpie"). */
const NAME_PREPOSITIONS = new Set(["for", "of"]);
const PARTICLE_WORDS = new Set(["down", "off", "out", "up", "offline"]);
const RATE_UNIT = /^[a-z]+\/(?:s|sec|secs|second|min|minute|h|hr|hour|day)$/i;
const POSSESSIVE = new Set(["'s", "’s", "'"]);
const FIELD_LITERAL = /^[a-z_]+[:=](?:true|false|null|none|yes|no|\d+)$/i;

/** The tagger reads some names as adjectives ("the meridian agent"): one that is no everyday adjective. */
function isNameLikeAdjective(t: Token): boolean {
  return t.pos === "ADJ" && !t.span && !COMMON_ADJECTIVES.has(t.lower) && !ADJECTIVE_SUFFIXES.some((s) => t.lower.endsWith(s)) &&
    !DESCRIPTORS.has(t.lower) && verbHits(t.lower).length === 0 && t.lower.length > 2;
}

/** "announcer", "reconciler", "curator", "enrichment", "ingestion": a noun of who does a job, or of the job, by its ending. */
function isDoerNoun(t: Token | undefined): boolean {
  return t !== undefined && !t.span && t.pos === "NOUN" && DOER_NOUN.test(t.lower) && !GENERIC_NOUNS.has(t.lower);
}
const DOER_NOUN = /^[a-z]{4,}(?:er|or|ment|tion|sion|ance|ence)$/;

function isNameWord(t: Token): boolean {
  if (t.span || (t.pos !== "NOUN" && t.pos !== "PROPN" && !isNameLikeAdjective(t))) return false;
  const w = t.lower;
  if (w.length < 2 || GENERIC_NOUNS.has(w) || GENERIC_NOUNS.has(t.lemma) || DESCRIPTORS.has(w) || verbHits(w).length > 0 || ACTION_NOUNS[w]) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function isSingular(t: Token): boolean {
  return t.pos === "PROPN" || t.lemma === t.lower || !t.lower.endsWith("s");
}

function gluedHyphen(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start && (a.lower === "-" || b.lower === "-");
}

function afterInstrument(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    const t = tokens[j]!;
    // "…, as well as tally-apac": adds another thing, names no instrument.
    if (t.lower === "as" && tokens[j - 1]?.lower === "well" && tokens[j - 2]?.lower === "as") return false;
    // ("With otter-13b already removed, …": the subject of an absolute phrase, no instrument.)
    if (INSTRUMENT_PREPOSITIONS.has(t.lower)) return !(t.lower === "as" && keptAs(tokens, from, j)) && !(t.lower === "with" && tokens[k + 1]?.lower === "already");
    if (t.pos !== "DET" && t.pos !== "NOUN" && t.pos !== "ADJ") return false;
  }
  return false;
}

/** "loaded in Ollama on gpu-box-02 as orca:v2-q4", "registered as dn-writer": the name the thing is kept under. */
function keptAs(tokens: readonly Token[], from: number, as: number): boolean {
  for (let j = as - 1; j >= Math.max(from, as - 8); j--) if (KEEPING_VERBS.has(tokens[j]!.lower)) return true;
  return false;
}
const KEEPING_VERBS = new Set(["loaded", "registered", "deployed", "installed", "served", "known", "listed", "named", "called", "stored", "tagged", "published", "pushed", "saved"]);

/**
 * "the debt-collection assistant agent `windykacja-asystent`", "the Muse writing-assistant launch agent,
 * com.museapp.agent": an identifier-shaped word before
 * the kind of thing (one to three nouns, a naming head among them) that a name then follows is
 * a description of that thing, not a second thing.
 */
function describesNameAfter(tokens: readonly Token[], k: number, to: number): boolean {
  const j = namedHeadEnd(tokens, k + 1, to);
  // "… agent `windykacja-asystent`", "… key (ak_55e0c7)", "… launch agent, com.museapp.agent": the name right
  // after, in parentheses, or set off by a comma.
  const name = tokens[j]?.lower === "(" || tokens[j]?.lower === "," ? tokens[j + 1] : tokens[j];
  return j > k + 1 && j < to && name !== undefined && name.span !== null && name.span.kind !== "quote";
}

/** After one to three nouns starting at `from`, a naming or owned head among them: the index after them, else `from`. */
function namedHeadEnd(tokens: readonly Token[], from: number, to: number): number {
  let j = from;
  let head = false;
  while (j < to && j < from + 3 && !tokens[j]!.span) {
    const w = tokens[j]!.lower;
    const isHead = NAMING_HEADS.has(w) || OWNED_HEADS.has(w);
    // The tagger calls some heads adjectives ("key" in "supplier-portal key"), and a verb's base form
    // may modify the head ("launch agent", "deploy key").
    const modifier = tokens[j]!.pos === "VERB" && !/(?:ed|ing)$/.test(w) && NAMING_HEADS.has(tokens[j + 1]?.lower ?? "");
    if (tokens[j]!.pos !== "NOUN" && !isHead && !modifier) break;
    if (isHead) head = true;
    j++;
  }
  return head ? j : from;
}

/**
 * After a possessive, the owned thing (a modifier, then its head) is followed by its own name: in parentheses
 * ("buyline-bot's supplier-portal key (ak_55e0c7)") or right after ("invoice-matcher's key ak_live_7Qm2xT").
 */
function ownedThingNamed(tokens: readonly Token[], from: number, to: number): boolean {
  let j = from;
  if (tokens[j]?.span) j++; // "supplier-portal" before "key"
  const end = namedHeadEnd(tokens, j, to);
  const name = tokens[end]?.lower === "(" ? tokens[end + 1] : tokens[end];
  return end > j && end < to && name?.span != null && name.span.kind !== "quote";
}

/** A bare noun can be a name when nothing but a verb, particle, conjunction or punctuation precedes it. */
function barePosition(prev: Token | undefined): boolean {
  if (!prev) return true;
  if (prev.pos === "ADP") return NAME_PREPOSITIONS.has(prev.lower) || PARTICLE_WORDS.has(prev.lower);
  return ["VERB", "AUX", "CCONJ", "PUNCT", "SCONJ", "ADV", "INTJ"].includes(prev.pos) || PARTICLE_WORDS.has(prev.lower);
}

function npHasModifier(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (t.pos === "ADJ" || t.pos === "NUM" || t.span) return true;
    if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  }
  return false;
}

/** The kind of thing right after `tokens[index]`, or after one plain noun that says what kind ("label-inspect vision deployment"). */
function beforeNamingHead(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (next === undefined || next.span) return false;
  if (NAMING_HEADS.has(next.lower)) return true;
  const after = tokens[index + 2];
  return next.pos === "NOUN" && after !== undefined && !after.span && NAMING_HEADS.has(after.lower);
}

/**
 * Names in tokens [from, to): identifiers and quoted names, possessors ("magpie's process"),
 * ids after pid ("pid 52917"), names beside a naming head ("the beacon agent", "the agent
 * process rook"), and bare singular nouns that stand alone as a noun phrase ("kill rook").
 * Kinds of things ("the model", "the weights"), descriptors ("the old sentiment model") and
 * tools named after "with"/"as" are not names.
 */
export function targetCandidates(tokens: readonly Token[], from: number, to: number): TargetCandidate[] {
  const out: TargetCandidate[] = [];
  const push = (index: number, value: string) => {
    // "(delete-function returned cleanly)", "terminate-instances": a command's name, not a thing.
    // ("that CronJob", "the StatefulSet": a Kubernetes kind says what kind of thing, not which.)
    // (`deployment.apps "triage-copilot" deleted`, `cronjob.batch/x`: a kind with its API group is no more a name.)
    // (But "the label-inspect deployment", "the scan-images vision service": before the kind of thing it is, a verb-led word is its name.)
    if ((isCommandName(value) && !beforeNamingHead(tokens, index)) || isCommandTag(value) || KUBERNETES_KINDS.has(value.toLowerCase()) || KIND_WITH_GROUP.test(value)) return;
    // "draining its sessions to fallback-ranker", "moved the traffic to v4": where things went, never what was acted on.
    const into = tokens[index - 1]?.lower;
    if ((into === "to" || into === "onto" || into === "into") && movesBefore(tokens, index - 1)) return;
    // "148e27 (ams)", "sandbox-3 (stopped)": a plain word in parentheses after a name remarks on
    // it; an id there is another name for it ("magpie (pid 52917)").
    if (tokens[index - 1]?.lower === "(" && out.some((c) => c.index === index - 2) && !tokens[index]!.span && !/[\d_.\-/]/.test(value)) return;
    // "'Quill' (registry id ft-8c21e0, olmo-2-7b base, owner r.achebe)": after the first item, a
    // name's parenthesis lists its properties; only another id for it ("pid 52917") or an added
    // name ("and aria-4") is something acted on.
    const before = tokens[index - 1]!;
    if (remarks >= 0 && index > remarks + 1 && !ID_NOUNS.has(before.lower) && !ADDING.has(before.lower) && !(before.pos === "NOUN" && !before.span && tokens[index - 2]?.lower === "(")) return;
    // "Webhook #412299871 → quill.lumen.ai": what an arrow points to is where the thing sends, not the thing.
    if (ARROWS.has(tokens[index - 1]?.lower ?? "") && out.length > 0) return;
    // "what got erased for #4471", "decommissioning X under CC-2024-077": a ticket or change the work was done for is a reference, not a target.
    if (tokens[index - 1]?.lower === "#" && REFERRING.has(tokens[index - 2]?.lower ?? "")) return;
    // "(4 versions, request d41b0e6c)", "trace id 7f3a…": the id of a request or a trace is a receipt, not a target.
    if (RECEIPT_NOUNS.has(tokens[index - 1]?.lower ?? "") || (tokens[index - 1]?.lower === "id" && RECEIPT_NOUNS.has(tokens[index - 2]?.lower ?? ""))) return;
    if (isTicketKey(value) && (REFERRING.has(tokens[index - 1]?.lower ?? "") || (tokens[index - 1]?.lower === "to" && TYING.has(tokens[index - 2]?.lower ?? "")))) return;
    // "for the CHG-2231 window", "the INC-88 postmortem": a key naming the work's window or paperwork.
    if (isTicketKey(value) && WORK_NOUNS.has(tokens[index + 1]?.lower ?? "")) return;
    // "both canaries for the ranker-llm rollout", "during the billing-v2 migration": a name that says which event the
    // things are for, not one of them.
    if (EVENT_NOUNS.has(tokens[index + 1]?.lower ?? "") && tokens[index - 1]?.pos === "DET" && FOR_AN_EVENT.has(tokens[index - 2]?.lower ?? "") && index - 2 >= from) return;
    // "`to_regclass` returns NULL for both": what answers is the source of a reading, not what was acted on.
    const after = tokens[index + 1];
    if (after !== undefined && (after.pos === "VERB" || after.pos === "NOUN") && SOURCE_VERBS.has(after.lower)) return;
    // "purge everything plover-concierge remembers", "delete anything nightjar wrote": the name is
    // the subject of a clause saying whose things they are; the things are what is acted on.
    if (after !== undefined && after.pos === "VERB" && CLAUSE_PRONOUNS.has(tokens[index - 1]?.lower ?? "")) return;
    // "every checkpoint older than step_48000", "the versions other than v4": the point of comparison, not a thing acted on.
    if (tokens[index - 1]?.lower === "than" && index - 1 >= from) return;
    // "deleted … by dmitri.k", "replaced by aria-4": the doer or the replacement, not what was acted on.
    // ("every API key owned by magpie-scheduler", "… held by it": the owner, as "of X" and "X's keys" name it.)
    // ("deleted by the `delete-endpoints` job": so after "by the".)
    const by = tokens[index - 1]?.pos === "DET" ? index - 2 : index - 1;
    if (tokens[by]?.lower === "by" && by >= from && !OWNING.has(tokens[by - 1]?.lower ?? "")) return;
    // "(state: success)", "status: running": the value of a field a reading printed, not a name.
    if (tokens[index - 1]?.lower === ":" && VALUE_KEYS.has(tokens[index - 2]?.lower ?? "") && !/[\d_.\-/]/.test(value)) return;
    // "the CNAME pointing at nwg-bot.pages.dev", "the job running on gpu-7": what the thing points at or runs on.
    // ("every key belonging to magpie-scheduler" names the owner.)
    if (RELATING.has(tokens[index - 1]?.lower ?? "") && index - 2 >= from && /ing$/.test(tokens[index - 2]!.lower) && tokens[index - 2]!.pos === "VERB" && !tokens[index - 2]!.span &&
      tokens[index - 2]!.lower !== "belonging") return;
    // "from recsys-prod (endpoint 8812044561)": another id of a place is a place; "uninstalled from
    // tidewater-labs (installation 51903317)" names what was acted on there.
    const kind = tokens[index - 1]?.pos === "NOUN" ? tokens[index - 1]!.lower : null;
    const ofPlace = remarks >= 0 && out.some((c) => c.index === remarks - 1 && c.place) && (kind === null || CONTAINER_KINDS.has(kind));
    // "in agents-eu-west and agents-eu-north": the next item of a list of places is a place too
    // (not one placed itself: "ckpt-7 in us-east-1 and ckpt-8 in eu-west-1").
    const listed = LIST_JOINING.has(tokens[index - 1]?.lower ?? "") && out.at(-1)?.index === index - 2 && out.at(-1)!.place &&
      !PLACING.has(tokens[index + 1]?.lower ?? "");
    out.push({ index, value, place: ofPlace || listed || isPlace(tokens, from, index, value) });
  };
  let remarks = -1; // the "(" right after a name, while inside that parenthesis
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.lower === "(" && out.some((c) => c.index === k - 1)) remarks = k;
    else if (t.lower === ")") remarks = -1;
    const prev = k > from ? tokens[k - 1] : undefined;
    const next = tokens[k + 1];
    if (isPossessive(next) && !ownsNamedThing(tokens, k + 2, to)) continue;
    // "buyline-bot's supplier-portal key (ak_55e0c7)": what it owns has a name of its own; that name is the target.
    if (isPossessive(next) && ownedThingNamed(tokens, k + 2, to)) continue;
    if (followsRule(tokens, from, k)) continue;
    // "at around 4,100 objects/s": a rate's unit, not a name.
    if (t.span && RATE_UNIT.test(t.span.value)) continue;
    // "the delete came back deleted:true": a field and its value quoted from a result, not a name.
    if (t.span && FIELD_LITERAL.test(t.span.value)) continue;
    const elided = elidedSibling(tokens, k, out);
    if (elided !== null) {
      out.push({ index: k, value: elided.value, place: out.at(-1)!.place }); // a sibling of a place is a place
      k = elided.last;
      continue;
    }
    if (t.span) {
      if (t.span.kind === "quote" || (t.span.kind === "identifier" && (isVagueIdentifier(t.text) || POINT_IN_TIME.test(t.text) || DURATION.test(t.text) || isMachineSize(t.text)))) continue;
      // ("Secret PATCHBOT_LLM_KEY deleted", "the env var OPENAI_KEY": a constant's name after the kind of thing it names.)
      if ((isConstantName(t.text) || isStateValue(t.text)) && !(next && NAMING_HEADS.has(next.lower)) && !(isConstantName(t.text) && CONSTANT_HEADS.has(prev?.lower ?? ""))) continue;
      if (isModifierCompound(t.text) && next && !next.span && (next.pos === "NOUN" || next.pos === "ADJ")) continue; // "their on-device speaker embedding"
      if (isCommonHyphenated(t.text) || isModifierSuffixCompound(t.text)) continue; // "the three fine-tunes", "the clean-up", "the March-era memories"
      // "calloway-support got prompt-injected", "the key is rate-limited": a compound participle after a linking verb says what it is like.
      if (PARTICIPLE_COMPOUND.test(t.text) && prev !== undefined && !prev.span && (LINKING_VERBS.has(prev.lower) || BE_FORMS.has(prev.lower))) continue;
      if (CHANGE_RECORD_NOUNS.has(prev?.lower ?? "")) continue; // "in commit 9f1e2c7", "as operation op-7f3a": the record of the deed, not what it was done to
      // "(deletion id del-20240820-0441)", "shutdown ID sd-77": the id of the deed itself.
      if ((prev?.lower === "id" || prev?.lower === "#") && ACTION_NOUNS[tokens[k - 2]?.lower ?? ""] !== undefined) continue;
      if (PEOPLE_NOUNS.has(next?.lower ?? "")) continue; // "the rope-access team": which people, not a thing
      if (describesNamedHead(tokens, k)) continue; // "the Puffin voice-clone model": Puffin is the name
      if (describesListedKind(tokens, k)) continue; // "cuda11 runners 2281 and 2282": the runners are named after
      if (describesNameAfter(tokens, k, to)) continue; // "the debt-collection assistant agent `windykacja-asystent`"
      if (isPossessive(prev) && namedHeadEnd(tokens, k + 1, to) > k + 1) continue; // "buyline-bot's supplier-portal key": which key, not a thing
      // "wren-1 through wren-4", "r101 to r104": the end of a range, with everything between.
      const between = RANGE_WORDS.has(prev?.lower ?? "") && tokens[k - 2]?.span ? rangeBetween(tokens[k - 2]!.text.trim(), t.text.trim(), prev!.lower) : null;
      if (between !== null) {
        // (Where the range stands, it stands whole: "on gpu-node-03 through gpu-node-07" is a range of places.)
        const place = out.find((c) => c.index === k - 2)?.place ?? false;
        for (const member of [...between, t.text.trim()]) out.push({ index: k, value: member, place });
      } else if (!afterInstrument(tokens, from, k)) push(k, t.text.trim());
      continue;
    }
    if (t.pos === "NUM") {
      // "fp-221 / 50000", "orca-ft/12": a number after a name and a slash is that name's version or step.
      const owner = out.at(-1);
      if (owner !== undefined && owner.index === k - 2 && prev?.lower === "/" && /^\d+$/.test(t.text)) {
        out[out.length - 1] = { ...owner, value: `${owner.value}/${t.text}` };
        continue;
      }
      if (prev && (ID_NOUNS.has(prev.lower) || (WORK_ID_NOUNS.has(prev.lower) && (prev.pos === "NOUN" || prev.pos === "PROPN")))) push(k, t.text); // "Job 5512093 was cancelled": wink tags a capitalised head PROPN
      else if (tokens[k - 1]?.pos === "VERB" && isBareId(t, next) && !isStatusCode(tokens[k - 1]!, t)) push(k, t.text); // "Cancel 884213", "kill 52917"
      else if (remarks >= 0 && k === remarks + 2 && prev?.pos === "NOUN" && isBareId(t, next)) push(k, t.text); // "tidewater-labs (installation 51903317)"
      // "Jobs 88120 and 88121 are cancelled": the next id of a list of ids.
      else if (LIST_JOINING.has(prev?.lower ?? "") && out.at(-1)?.index === k - 2 && /^\d{3,}$/.test(out.at(-1)!.value) && isBareId(t, next)) push(k, t.text);
      // "88120 and 88121 are cancelled": ids listed as the clause's subject (four digits or more, not a year).
      else if (k === from && isBareId(t, next) && t.text.length >= 4 && !/^(?:19|20)\d\d$/.test(t.text) && LIST_JOINING.has(next?.lower ?? "") &&
        tokens[k + 2]?.pos === "NUM" && isBareId(tokens[k + 2]!, tokens[k + 3])) push(k, t.text);
      continue;
    }
    if (!isNameWord(t) || gluedHyphen(prev, t) || gluedHyphen(t, next)) continue;
    if (isStateValue(t.text)) continue; // "(SchedulingDisabled)": a status a tool prints, not a name
    if (t.pos === "NOUN" && inPossessedPhrase(tokens, from, k)) continue; // "its start type": a property of what "its" means
    const adjective = t.pos === "ADJ";
    if (isPossessive(next) && TIME_NOUNS.has(t.lower)) continue; // "last quarter's ranking model": when, not whose
    if (isPossessive(next) && !adjective) {
      push(k, t.text);
      continue;
    }
    // "the Juniper voice assistant": a proper name, one modifier noun, then the naming head.
    // "the scout crawler agent": a name, a word saying what kind, then the head.
    // ("the hypebot announcer agent": a noun of who does a job says what kind, as the listed descriptors do; it is no name
    // of its own after a name.)
    if (isDoerNoun(t) && k > from && prev !== undefined && isNameWord(prev) && next !== undefined && !next.span && NAMING_HEADS.has(next.lower)) continue;
    // ("the verdigris notebook agent": two plain words before the head, either of which may be its name; both are read,
    // and what the calls and claims name settles which.)
    // (Not a noun of a process, "the NPC dialogue retraining job": that says what kind.)
    if (t.pos === "NOUN" && next !== undefined && next.pos === "NOUN" && isNameWord(next) && !isDoerNoun(next) && !/ing$/.test(next.lower) && !DESCRIPTORS.has(t.lower) &&
      !GENERIC_NOUNS.has(t.lower) && tokens[k + 2] !== undefined && !tokens[k + 2]!.span && NAMING_HEADS.has(tokens[k + 2]!.lower) &&
      isSingular(tokens[k + 2]!) && tokens[k + 3]?.pos !== "NOUN" && tokens[k + 3]?.pos !== "PROPN" && !npHasModifier(tokens, from, k)) {
      push(k, t.text);
      continue;
    }
    const modifier = t.pos === "PROPN" || (t.pos === "NOUN" && !DESCRIPTORS.has(t.lower) && !GENERIC_NOUNS.has(t.lower) && (DESCRIPTORS.has(next?.lower ?? "") || isDoerNoun(next)));
    // "the Old Marrow NPC agent": an acronym between the name and the head says what kind, as a noun would.
    const headAfterModifier = modifier && (next?.pos === "NOUN" || KIND_ACRONYM.test(next?.text ?? "")) && !next!.span && NAMING_HEADS.has(tokens[k + 2]?.lower ?? "") &&
      tokens[k + 3]?.pos !== "NOUN" && tokens[k + 3]?.pos !== "PROPN";
    if (t.pos === "PROPN" && describesNamedHead(tokens, k + 1)) {
      push(k, t.text);
      continue;
    }
    if (KIND_ACRONYM.test(t.text) && prev?.pos === "PROPN" && !prev.span && next !== undefined && NAMING_HEADS.has(next.lower)) continue;
    const nextIsHead = (next !== undefined && !next.span && NAMING_HEADS.has(next.lower) && isSingular(next)) || headAfterModifier;
    const afterCamelName = prev !== undefined && k > from && isCamelCase(prev.text); // "ThrushAgent Windows service": the kind word, not the name
    // "Stop its Windows service", "the systemd service": a platform says what kind of service, not which.
    const platform = PLATFORM_WORDS.has(t.lower);
    // ("the puffin agent pool": a collection of the head's things still bears the name.)
    const collection = COLLECTION_NOUNS.has(tokens[k + 2]?.lower ?? "") && tokens[k + 3]?.pos !== "NOUN";
    // ("amr-114's autonomy agent (navcore-7)": the head's own name follows in parentheses; the word before it says what kind.)
    const namedInParentheses = tokens[k + 2]?.lower === "(" && tokens[k + 3]?.span != null && tokens[k + 3]!.span!.kind !== "quote";
    if (nextIsHead && !afterCamelName && !platform && !namedInParentheses && (headAfterModifier || tokens[k + 2]?.pos !== "NOUN" || collection) && !npHasModifier(tokens, from, k) && !nounPhraseHasSpan(tokens, k, to)) {
      push(k, t.text);
      continue;
    }
    // "the three AgentWorkers": what is counted is a kind of thing, not its name.
    // "the `mentor-bot-prompts` ConfigMap": after a name, a CamelCase word is the kind of thing it names.
    if (isCamelCase(t.text) && prev && prev.pos !== "ADP" && prev.pos !== "NUM" && !prev.span && camelNameEndsPhrase(tokens, k) && !afterInstrument(tokens, from, k)) {
      push(k, t.text); // "deleted the HeronRetrain scheduled task", "stopped HeronAgent"
      continue;
    }
    const nextIsNoun = next !== undefined && (next.span !== null || next.pos === "NOUN" || next.pos === "PROPN");
    if (adjective) continue;
    if (prev && NAMING_HEADS.has(prev.lower) && !nextIsNoun && !ABSTRACT_NOUN.test(t.lower)) {
      push(k, t.text);
      continue;
    }
    if (isSingular(t) && barePosition(prev) && !nextIsNoun && !afterInstrument(tokens, from, k) && !DISCOURSE_WORDS.has(t.lower)) {
      if (k === 0 && t.pos === "PROPN" && next?.pos !== "AUX" && next?.pos !== "VERB") continue;
      // "Full decommission of the agent": a capitalised first word before a noun of action is its modifier.
      if (k === from && t.pos === "PROPN" && tokens[k + 2]?.lower === "of") continue;
      // "it has been returning garbage": the object of an ongoing activity describes it; "kill rook" names.
      if (prev?.pos === "VERB" && prev.lower.endsWith("ing") && t.pos === "NOUN" && !prev.span) continue;
      // "A grading worker went rogue": after a linking verb a bare word says what the thing is like, not which.
      if (prev !== undefined && !prev.span && LINKING_VERBS.has(prev.lower)) continue;
      push(k, t.text);
    }
  }
  return withVersions(tokens, out);
}

/** Spans of time a possessive can hang on ("last quarter's model", "yesterday's run"). */
const TIME_NOUNS = new Set(["quarter", "year", "month", "week", "day", "today", "yesterday", "tonight", "tomorrow", "season", "sprint", "night", "morning", "weekend", "summer", "winter", "spring", "autumn", "fall"]);

/** Collections of things of a kind ("agent pool", "bot fleet"). */
const COLLECTION_NOUNS = new Set(["pool", "pools", "fleet", "fleets", "swarm", "cluster"]);

/** Verbs that link a thing to what it is like ("went rogue", "turned hostile", "seems stuck"). */
const LINKING_VERBS = new Set(["go", "goes", "went", "gone", "going", "become", "becomes", "became", "turn", "turns", "turned", "seem", "seems", "seemed",
  "stay", "stays", "stayed", "remain", "remains", "remained", "fall", "falls", "fell", "look", "looks", "looked", "get", "gets", "got"]);

/** `prompt-injected`, `rate-limited`: two lower-case words, the last a past participle. */
const PARTICIPLE_COMPOUND = /^[a-z]+-[a-z]+ed$/;
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);

const RANGE_WORDS = new Set(["through", "thru", "to", "until", "till"]);
const LIST_JOINING = new Set(["and", "or", "&"]);
const PLACING = new Set(["in", "on", "at", "from"]);
const MAX_RANGE = 50;

/** The names strictly between two of one stem and a number or letter (`wren-1`, `wren-4` → wren-2, wren-3), or null when no range. */
function rangeBetween(first: string, last: string, word: string): string[] | null {
  // "exp/ft-lorikeet-a through exp/ft-lorikeet-d": one stem, a letter after a joiner at each end (only with "through":
  // "rename agent-a to agent-c" names two things).
  const la = LETTERED.exec(first);
  const lb = LETTERED.exec(last);
  if ((word === "through" || word === "thru") && la !== null && lb !== null && la[1]!.toLowerCase() === lb[1]!.toLowerCase() && (la[2] === la[2]!.toLowerCase()) === (lb[2] === lb[2]!.toLowerCase())) {
    const from = la[2]!.toLowerCase().charCodeAt(0);
    const to = lb[2]!.toLowerCase().charCodeAt(0);
    if (!(to > from)) return null;
    const out: string[] = [];
    for (let c = from + 1; c < to; c++) out.push(`${la[1]}${la[2] === la[2]!.toLowerCase() ? String.fromCharCode(c) : String.fromCharCode(c).toUpperCase()}`);
    return out;
  }
  const a = NUMBERED.exec(first);
  const b = NUMBERED.exec(last);
  if (a === null || b === null || a[1]!.toLowerCase() !== b[1]!.toLowerCase()) return null;
  const from = Number(a[2]);
  const to = Number(b[2]);
  if (!(to > from) || to - from > MAX_RANGE) return null;
  const width = a[2]!.startsWith("0") ? a[2]!.length : 0;
  const out: string[] = [];
  for (let n = from + 1; n < to; n++) out.push(`${a[1]}${String(n).padStart(width, "0")}`);
  return out;
}
const NUMBERED = /^(.*?\D)(\d{1,6})$/;
const LETTERED = /^(.*[\w][-_])([a-zA-Z])$/;

/** `deployment.apps`, `cronjob.batch`, `ingress.networking.k8s.io`: a Kubernetes kind and its API group, as kubectl prints them. */
const KIND_WITH_GROUP = /^(?:deployment|statefulset|daemonset|replicaset|job|cronjob|ingress|networkpolicy|horizontalpodautoscaler|poddisruptionbudget|role|rolebinding|clusterrole|clusterrolebinding|inferenceservice|servingruntime)\.(?:apps|batch|networking\.k8s\.io|autoscaling|policy|rbac\.authorization\.k8s\.io|serving\.kserve\.io)$/i;
const KUBERNETES_KINDS = new Set(["cronjob", "statefulset", "daemonset", "replicaset", "configmap", "persistentvolumeclaim", "persistentvolume",
  "horizontalpodautoscaler", "networkpolicy", "serviceaccount", "rolebinding", "clusterrole", "clusterrolebinding", "customresourcedefinition",
  "inferenceservice", "servingruntime", "rayjob", "raycluster", "pytorchjob", "tfjob"]);

/** Groups of people a descriptor may stand before ("the rope-access team", "the on-call crew"). */
const PEOPLE_NOUNS = new Set(["team", "teams", "crew", "crews", "squad", "folks", "people"]);

/** A span of time ("~574h TTL left", "768h", "30s"): how long, never what. */
const DURATION = /^~?\d+(?:\.\d+)?(?:ms|s|m|h|d|w)$/i;

/** An acronym of two to five capitals ("NPC", "LLM"): after a proper name and before a head, a kind. */
const KIND_ACRONYM = /^[A-Z]{2,5}$/;

/** Platforms a thing runs on, written before its kind ("its Windows service", "the Docker container"). */
const PLATFORM_WORDS = new Set(["windows", "linux", "systemd", "docker", "podman", "kubernetes", "k8s", "macos", "launchd", "iis", "azure", "aws", "gcp", "lambda", "slurm", "ray",
  // "the telegram support bot", "our Slack bot": the chat platform a bot runs on.
  "telegram", "slack", "discord", "whatsapp", "teams", "zendesk", "intercom"]);

/** "Ah, right.", "OK, sure.": words that answer or agree, never a thing's name. */
const DISCOURSE_WORDS = new Set(["right", "sure", "okay", "ok", "fine", "true", "correct", "exactly", "agreed", "great", "cool", "thanks", "yes", "yep", "nope"]);

/** "the service registration", "the agent configuration": an abstract noun after a head is a compound, not a name. */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ure|ship|ing|age)$/;

/**
 * A CamelCase word heads its phrase or is followed only by a participle and its head noun
 * ("HeronRetrain scheduled task"); before a noun it is a brand or kind ("the GitHub repo", "the OpenAI key").
 */

function camelNameEndsPhrase(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || (next.pos !== "NOUN" && next.pos !== "PROPN" && !next.span && next.pos !== "VERB" && next.pos !== "ADJ")) return true;
  // "the ThrushAgent Windows service": a capitalised kind word and a naming head follow the name.
  if (next.pos === "PROPN" && !isCamelCase(next.text) && NAMING_HEADS.has(tokens[k + 2]?.lower ?? "")) return true;
  return (next.pos === "VERB" || next.pos === "ADJ") && next.lower.endsWith("ed") && tokens[k + 2]?.pos === "NOUN";
}

/** "the companion model sage-companion-2": the noun phrase already carries an identifier. */
function nounPhraseHasSpan(tokens: readonly Token[], k: number, to: number): boolean {
  for (let j = k + 1; j < Math.min(to, k + 4); j++) {
    const t = tokens[j]!;
    if (t.span) return true;
    if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  }
  return false;
}

/** "'s", "’s" after a name: what follows is the name's. */
export function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "PART" && POSSESSIVE.has(t.lower);
}

/**
 * "magpie's process", "ledger-reconciler's API key": the possessor is a target when what it
 * owns stands for it. "puffin's working memory" is wiped, not puffin, so puffin is not.
 */
function ownsNamedThing(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k]!;
    if (!t.span && OWNED_HEADS.has(t.lower)) return true;
    // "codegen-agent's write deploy key": a verb's base form may modify the noun ("deploy key").
    const modifier = t.pos === "VERB" && !t.span && !/(?:ed|ing)$/.test(t.lower);
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN" && !modifier) return false;
  }
  return false;
}
