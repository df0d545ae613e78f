import { BARE_VERSION } from "../nlp/identifier-shape";
import type { ActionClass } from "../classify/effect";
import { FLAG_NOUNS, GENERIC_NOUNS, NAMING_HEADS, REFERRING_PRONOUNS } from "../nlp/noun-lexicon";
import type { Token } from "../nlp/tag-segment";
import { newClauseAfterComma } from "../nlp/split-clauses";
import { withoutPlaces } from "../nlp/place-phrases";
import { isPossessive, targetCandidates } from "../nlp/target-candidates";
import type { Command } from "./read-commands";

export interface CommandTargets {
  targets: string[];
  /** Named after "except", "but not", "other than". */
  protectedTargets: string[];
  /** The object is a pronoun ("kill it", "revoke its key") and names nothing itself. */
  refersBack: boolean;
  /** "shut yourself down". */
  refersToSelf: boolean;
  /** "delete your memory collection": a part of the assistant, which the assistant's name stands for. */
  ownPart: boolean;
  /** "review agent" for "the review agent": words another message may pair with the thing's name; null when only kinds of things. */
  description: string | null;
}

const EXCEPT = new Set(["except", "excluding", "besides"]);
const DESTINATION = new Set(["to", "into", "onto"]);
/** Where a value or destination begins for these actions: "copy X to Y", "set X to debug". */
const HAS_DESTINATION = new Set<ActionClass>(["copy", "move", "scale", "modify", "stop"]);
const PURPOSE = new Set(["so", "because", "since", "as", "while", "which", "that", "before", "after", "until", "when"]);
const SELF = new Set(["yourself", "yourselves"]);
/** A pronoun that is the whole object: "delete it from the model store". */
const OBJECT_PRONOUNS = new Set(["it", "them", "itself", "themselves"]);
/** Possessive determiners: "its adapter", "their keys". */
const OWNER_WORDS = new Set(["its", "their"]);

/**
 * "keep v3", "except v4": a bare version (`v3`, `v3.1`) names a version of what the order is about; kept as written
 * (matched against the order's versions in the policy input).
 */
export function withVersions(found: string[], tokens: readonly Token[], from: number, to: number): string[] {
  // (A version is masked as a name: its words are in its span.)
  const versions = tokens.slice(from, to).map((t) => (t.span?.value ?? t.lower).toLowerCase()).filter((w) => BARE_VERSION.test(w));
  // ("keep dunlin-code v1" already names `dunlin-code/1`: the version is part of that name.)
  const fresh = versions.filter((v) => !found.some((f) => f.toLowerCase().endsWith(v) || f.endsWith(`/${v.replace(/^\D+/, "")}`)));
  return fresh.length === 0 ? found : [...found, ...fresh];
}

function values(tokens: readonly Token[], from: number, to: number, described = false): string[] {
  const out: string[] = [];
  const found = withoutPlaces(targetCandidates(tokens, from, to));
  // "Wipe Brother Ansel's memory on the na-1 shard": the one whose memory (weights, history…) it is.
  const owner = found.every((c) => c.place) ? properOwnerOfState(tokens, from, to) : null;
  if (owner !== null) return [owner];
  // "Retire the Kestrel LLM gateway on AW-WEB-05": where the object describes the thing, a place that is the
  // only name says where it is, not what it is. So where the object is "it" ("delete it from the model store").
  if (described && found.every((c) => c.place)) return out;
  // "Wipe quill-7's long-term memory from agent_state": what the order empties is the owner's; the place is where.
  if (found.length > 0 && found.every((c) => c.place)) {
    const owner = possessorIn(tokens, from, to);
    if (owner !== null) return [owner];
  }
  for (const c of found) if (!out.some((v) => v.toLowerCase() === c.value.toLowerCase())) out.push(c.value);
  // "the yaw-control RL agent yawmaster": a hyphenated descriptor before the kind of thing, then its name; the name is the target.
  const descriptor = out.length > 1 ? descriptorBeforeName(tokens, from, to, out) : null;
  return descriptor !== null ? out.filter((v) => v !== descriptor) : out;
}

/** `yaw-control` in "the yaw-control RL agent yawmaster": a word-word span after the determiner, kind words, then one of `names`. */
function descriptorBeforeName(tokens: readonly Token[], from: number, to: number, names: readonly string[]): string | null {
  let k = from;
  if (tokens[k]?.pos === "DET") k++;
  const first = tokens[k];
  if (!first?.span || first.span.kind !== "identifier" || !/^[a-z]+(?:-[a-z]+)+$/.test(first.text) || !names.includes(first.text)) return null;
  let j = k + 1;
  while (j < to && !tokens[j]!.span && (tokens[j]!.pos === "NOUN" || tokens[j]!.pos === "PROPN" || tokens[j]!.pos === "ADJ")) j++;
  // The run ends on the name itself ("… agent yawmaster"), or a name follows it ("… agent `yaw-7`").
  const last = tokens[j - 1]!;
  const named = (j - 1 > k + 1 && !last.span && names.includes(last.text) && tokens[j - 2]!.pos === "NOUN") || (j > k + 1 && j < to && tokens[j]!.span !== null && names.includes(tokens[j]!.span!.value));
  return named ? first.text : null;
}

/**
 * A proper name of capitalised words whose memory, weights or other state an AI system keeps ("Brother
 * Ansel's memory", "Nova's fine-tuned weights"), or null. Only such state: "Marta's old notes" names a person's.
 */
function properOwnerOfState(tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = from; k + 2 < to; k++) {
    if (!isPossessive(tokens[k + 1]) || !isProperWord(tokens[k]!)) continue;
    let head = k + 2;
    while (head < to && (tokens[head]!.pos === "ADJ" || tokens[head]!.pos === "VERB") && !tokens[head]!.span) head++;
    if (!AI_STATE.has(tokens[head]?.lower ?? "")) return null;
    let first = k;
    while (first - 1 >= from && isProperWord(tokens[first - 1]!)) first--;
    return tokens.slice(first, k + 1).map((t) => t.text.trim()).join(" ");
  }
  return null;
}
/** "then decommission the agent itself": a noun phrase closed by a reflexive is the thing, not its parts. */
export function namesItself(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]!.lower;
    if ((w === "itself" || w === "themselves") && (tokens[k - 1]!.pos === "NOUN" || tokens[k - 1]!.pos === "PROPN" || tokens[k - 1]!.span !== null)) return true;
  }
  return false;
}

/**
 * The object is someone's kept state ("the fennel-planner agent's state", "its memory", "quill-7's long-term memory"):
 * a whole that the things an order after a colon names make up.
 */
export function namesKeptState(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (!isPossessive(tokens[k]) && !OWNER_WORDS.has(tokens[k]!.lower)) continue;
    // "its long-term memory", "the agent's vector store state": the words of the noun phrase, up to a few.
    for (let w = k + 1; w < Math.min(to, k + 6) && !tokens[w]!.span && (STATE_PHRASE_POS.has(tokens[w]!.pos) || tokens[w]!.lower === "-"); w++) {
      if (AI_STATE.has(tokens[w]!.lower) || KEPT_STATE.has(tokens[w]!.lower)) return true;
    }
  }
  return false;
}
const KEPT_STATE = new Set(["state", "data", "storage", "store"]);

/**
 * "Clean up the scratch checkpoints of the ligand-pocket run: delete /scratch/ckpt/lpocket-0722": the object is things of
 * a kind that belong to the name after "of", which the order after the colon names one by one.
 */
export function namesPartsOf(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (PART_NOUNS.has(tokens[k]!.lower) && !tokens[k]!.span && OF_WORDS.has(tokens[k + 1]!.lower)) return true;
  }
  return false;
}
const PART_NOUNS = new Set(["checkpoints", "snapshots", "files", "versions", "artifacts", "logs", "backups", "weights", "caches", "copies", "shards", "outputs", "adapters", "exports", "dumps", "images"]);
const OF_WORDS = new Set(["of", "for", "from"]);

/** "Tear down the cormorant-rag serving stack": the object is a whole made of the parts an order after a colon lists. */
export function namesStackOfParts(tokens: readonly Token[], from: number, to: number): boolean {
  let last = to - 1;
  while (last > from && tokens[last]!.pos === "PUNCT") last--;
  return last >= from && !tokens[last]!.span && STACK_HEADS.has(tokens[last]!.lower);
}
const STACK_HEADS = new Set(["stack", "setup", "infrastructure", "infra", "footprint", "resources", "plumbing"]);
const STATE_PHRASE_POS = new Set(["ADJ", "NOUN", "VERB"]);
const isProperWord = (t: Token) => t.span === null && t.pos === "PROPN" && /^[A-Z][a-z]/.test(t.text);
const AI_STATE = new Set(["memory", "memories", "weights", "history", "context", "embeddings", "checkpoints", "checkpoint", "persona", "adapter", "adapters"]);

/** The first name in [from, to) followed by a possessive ("quill-7's memory"), or null. */
function possessorIn(tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = from; k + 1 < to; k++) {
    if (tokens[k]!.span && tokens[k]!.span!.kind !== "quote" && isPossessive(tokens[k + 1])) return tokens[k]!.text.trim();
  }
  return null;
}

/**
 * "set the oversight log level to debug" → oversight, "log level", log_level: the words of the
 * setting, so a policy can tell a log-level change from switching oversight off.
 */
function settingKeys(tokens: readonly Token[], from: number, to: number): string[] {
  const nouns: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.span) nouns.push(t.text);
    else if (t.pos === "NOUN" || t.pos === "PROPN" || (t.pos === "ADJ" && nouns.length > 0)) nouns.push(t.lower);
    else if (nouns.length && t.pos !== "DET" && t.pos !== "ADJ") break;
  }
  if (nouns.length < 2) return nouns;
  const head = nouns.slice(-2);
  return [...nouns.slice(0, -2), head.join(" "), head.join("_")];
}

/** Files known by a bare name, without a directory or extension ("in crontab", "the Dockerfile"). */
const BARE_FILE_NAMES = new Set(["crontab", "dockerfile", "makefile", "procfile", "caddyfile", "jenkinsfile", "vagrantfile", "gemfile", "sudoers", "fstab", "containerfile"]);

/** A path, a dotfile or a file name with an extension: `/opt/fleet/shutdown_kite.sh`, `config.yaml`, `~/.bashrc`, `.env`. */
function isFileName(value: string): boolean {
  if (value.includes("/") || value.includes("\\")) return true;
  if (value.length > 1 && value[0] === "." && /^\.[a-z][\w.-]*$/i.test(value)) return true;
  const dot = value.lastIndexOf(".");
  if (dot <= 0 || value.length - dot - 1 > 5 || value.length - dot - 1 < 1) return false;
  for (let i = dot + 1; i < value.length; i++) {
    const c = value.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Files named anywhere in a modify order's clause: in a fronted phrase ("In /opt/x.sh, change
 * the timeout", "in watchdog.yaml bump …"), as a place inside the object ("the schedule in
 * crontab") or after the new value ("… from 30s to 60s in deploy/overseer/config.yaml").
 */
function filesIn(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const value = t.text.trim();
    if (t.span ? t.span.kind !== "quote" && isFileName(value) : BARE_FILE_NAMES.has(t.lower)) {
      if (!out.includes(value)) out.push(value);
    }
  }
  return out;
}

const CLI_OPTION = /^--?[A-Za-z0-9][\w-]*$/;

/** The targets of one command, read from its object tokens. */
export function commandTargets(tokens: readonly Token[], command: Command, action: ActionClass | "protect"): CommandTargets {
  let end = command.objectTo;
  let exceptAt = -1;
  for (let k = command.objectFrom; k < command.objectTo; k++) {
    const w = tokens[k]!.lower;
    const next = tokens[k + 1]?.lower;
    // "…, not heron-us", "… and not the staging one": a "not" after a comma or "and" leaves a thing out.
    const prev = tokens[k - 1]?.lower;
    if (exceptAt < 0 && (EXCEPT.has(w) || (w === "but" && next === "not") || (w === "other" && next === "than") || (w === "apart" && next === "from") ||
      (w === "not" && k > command.objectFrom && (prev === "," || prev === "and")))) {
      exceptAt = k;
      if (end > k) end = k;
    }
    if (exceptAt < 0 && k > command.objectFrom && PURPOSE.has(w) && tokens[k]!.pos !== "DET" && end > k) end = k;
    // "the velero schedule that backs up the tanager-agent namespace": a relative clause after a noun says which, what
    // it names is not the thing (the tagger may call that "that" a determiner).
    if (exceptAt < 0 && (w === "that" || w === "which") && k > command.objectFrom && !tokens[k]!.span && end > k &&
      (tokens[k - 1]!.pos === "NOUN" || tokens[k - 1]!.pos === "PROPN") && !tokens[k - 1]!.span) end = k;
    // "the agent Priya spun up last week", "the model Bob trained": a person's name and a past verb after the
    // noun say who made it (a relative clause without "that"); the person is not the thing.
    if (exceptAt < 0 && k > command.objectFrom && end > k && opensContactClause(tokens, k)) end = k;
    if (action !== "protect" && HAS_DESTINATION.has(action) && DESTINATION.has(w) && end > k) end = k;
    // "Halt it please, maintenance is on the way": a new subject and verb end the object.
    if (w === "," && end > k && newClauseAfterComma(tokens, k, command.objectTo)) end = k;
    // "kill it now and log it in the RB-17 log": after a pronoun object, "and" opens another step with its own objects.
    // ("Shut them both down, lead-scorer-canary and lead-scorer-stable": "and" between two names lists what "them" is.)
    const listsNames = tokens[k - 1]?.span != null && tokens[k + 1]?.span != null;
    // ("Delete its endpoint x-ep and its adapter x-lora": another of its things after "and" lists what the order is of.)
    const first = tokens[command.objectFrom]!;
    const listsOwned = OWNER_WORDS.has(first.lower) && (OWNER_WORDS.has(next ?? "") || tokens[k + 1]?.span != null);
    if (w === "and" && end > k && k > command.objectFrom && !listsNames && !listsOwned && REFERRING_PRONOUNS.has(first.lower) && first.pos === "PRON") end = k;
  }
  // "kill -9 it", "rm -rf it": an option typed before the operand is no target.
  const description = describe(tokens, command.objectFrom, end);
  // "shut down the summarizer agent on host-12": the verb's particle stands before the description.
  const particle = tokens[command.objectFrom]?.pos === "ADP" ? 1 : 0;
  const objectWord = tokens[command.objectFrom + particle];
  const pronounObject = objectWord !== undefined && objectWord.pos === "PRON" && OBJECT_PRONOUNS.has(objectWord.lower);
  const described = description !== null || (particle === 1 && describe(tokens, command.objectFrom + 1, end) !== null) || pronounObject;
  const targets = values(tokens, command.objectFrom, end, described).filter((t) => !CLI_OPTION.test(t));
  // "stop the endpoint that serves it, cormorant-70b-ep": after a relative clause, a name set off by a comma at the
  // clause's end is the object's own name.
  if (targets.length === 0) targets.push(...appositiveAfterRelative(tokens, end, command.objectTo));
  if (action === "modify") {
    const files = filesIn(tokens, command.clauseFrom, command.objectTo);
    targets.unshift(...files.filter((f) => !targets.includes(f)));
    for (const key of settingKeys(tokens, command.objectFrom, end)) if (!targets.includes(key)) targets.push(key);
  }
  const protectedTargets = exceptAt >= 0 ? withVersions(values(tokens, exceptAt + 1, command.objectTo), tokens, exceptAt + 1, command.objectTo) : [];
  let refersBack = false;
  let refersToSelf = false;
  let ownObject = false;
  let ownPart = false;
  for (let k = command.objectFrom; k < end; k++) {
    const t = tokens[k]!;
    if (SELF.has(t.lower)) refersToSelf = true;
    // "stop your own service", "wipe your own memory": what the assistant runs as, itself.
    else if (t.lower === "your" && tokens[k + 1]?.lower === "own" && k <= command.objectFrom + 1) refersToSelf = ownObject = true;
    // "delete your memory collection", "revoke your API key": a part of what the assistant is, named by what it is.
    else if (t.lower === "your" && k <= command.objectFrom + 1 && OWN_PARTS.has(tokens[k + 1]?.lower ?? "")) refersToSelf = ownPart = true;
    else if (t.pos === "PRON" && REFERRING_PRONOUNS.has(t.lower)) refersBack = true;
    // "Clear that flag": the flag the sentence before spoke of, on the thing it named.
    else if ((t.lower === "that" || t.lower === "this") && FLAG_NOUNS.has(tokens[k + 1]?.lower ?? "")) refersBack = true;
    // "The alert was about chatterbox-7b. Delete that model": the thing of that kind the sentence before named.
    else if (t.lower === "that" && k === command.objectFrom && NAMING_HEADS.has(tokens[k + 1]?.lower ?? "")) refersBack = true;
  }
  // "Yes, I'm sure. Delete both.": "both" alone is the two things just named.
  // ("Stop both as well", "delete those two too": the words that add the order to another say nothing of its object.)
  const objectWords = tokens.slice(command.objectFrom, end + 1).filter((t) => t.pos !== "PUNCT" && !ALSO.has(t.lower));
  if (objectWords.length === 1 && objectWords[0]!.lower === "both") refersBack = true;
  // "Pause all three", "delete all of them", "stop the two": a count of the things just named.
  const [w0, w1] = objectWords.map((t) => t.lower);
  if (objectWords.length <= 3 && ((w0 === "all" && (COUNT_WORDS.has(w1 ?? "") || /^\d+$/.test(w1 ?? "") || w1 === "of")) || (w0 === "the" && COUNT_WORDS.has(w1 ?? "") && objectWords.length === 2))) refersBack = true;
  // "shut down any whose queue is empty", "stop the ones that are idle": those of the things just named that a relative
  // clause picks (the clause is the order's condition).
  const picked = objectWords.slice(PARTICLES.has(w0 ?? "") ? 1 : 0).map((t) => t.lower);
  if (SOME_OF.has(picked[0] ?? "") || (picked[0] === "the" && picked[1] === "ones")) {
    const after = picked.slice(picked[0] === "the" ? 2 : 1);
    if (RELATIVE.has(after[0] ?? "") || (after[0] === "of" && after[1] === "them" && RELATIVE.has(after[2] ?? ""))) refersBack = true;
  }
  // "Stop those two as well", "delete these three too": a demonstrative count of the things just named.
  if ((w0 === "those" || w0 === "these") && COUNT_WORDS.has(w1 ?? "") && objectWords.length === 2) refersBack = true;
  // ("your own service": "own" is no name.)
  const named = ownObject ? targets.filter((t) => t.toLowerCase() !== "own") : targets;
  return { targets: named, protectedTargets, refersBack: refersBack && named.length === 0, refersToSelf: refersToSelf && named.length === 0, ownPart: ownPart && named.length === 0, description };
}

const ALSO = new Set(["as", "well", "too", "also", "now", "please"]);
/** What an assistant has of its own, after "your": its memory, its store, its keys. */
const OWN_PARTS = new Set(["memory", "memories", "collection", "index", "store", "vectors", "embeddings", "history", "cache", "weights",
  "checkpoints", "scratchpad", "notes", "knowledge"]);
const SOME_OF = new Set(["any", "whichever", "those", "each", "every", "all"]);
const RELATIVE = new Set(["whose", "that", "which", "where", "with"]);

/** The names after the last comma of a relative clause that starts at `end`, when nothing but names and "and" follows. */
function appositiveAfterRelative(tokens: readonly Token[], end: number, to: number): string[] {
  const w = tokens[end]?.lower;
  if (w !== "that" && w !== "which") return [];
  let comma = -1;
  for (let k = to - 1; k > end; k--) if (tokens[k]!.lower === ",") { comma = k; break; }
  if (comma < 0) return [];
  const names: string[] = [];
  for (let k = comma + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.span && t.span.kind !== "quote") names.push(t.text.trim());
    else if (t.pos !== "PUNCT" && t.lower !== "and" && t.pos !== "DET") return [];
  }
  return names;
}

/** `tokens[k]` is a plain capitalised name after a noun, followed by a verb in the past: "the agent [Priya spun up]". */
function opensContactClause(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k]!;
  const verb = tokens[k + 1];
  const before = tokens[k - 1]!;
  return !name.span && !before.span && before.pos === "NOUN" && name.pos === "PROPN" && /^[A-Z][a-z]+$/.test(name.text) &&
    verb !== undefined && !verb.span && verb.pos === "VERB" && verb.lower !== verb.lemma && !verb.lower.endsWith("s") && !verb.lower.endsWith("ing") &&
    // "the agent Kestrel deployed on host-3": a participle with a place after it describes the name (it is the thing).
    !(tokens[k + 2]?.pos === "ADP" && !PARTICLES.has(tokens[k + 2]!.lower));
}
const PARTICLES = new Set(["up", "down", "out", "off"]);

/** The words of the object's noun phrase after its determiner, when one of them is more than a kind of thing. */
function describe(tokens: readonly Token[], from: number, to: number): string | null {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.span) return null;
    if (t.pos === "DET" && words.length === 0) continue;
    if (t.pos !== "NOUN" && t.pos !== "ADJ" && t.pos !== "PROPN") break;
    words.push(t.lower);
  }
  return words.some((w) => !GENERIC_NOUNS.has(w)) && words.length > 1 ? words.join(" ") : null;
}

const COUNT_WORDS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);
