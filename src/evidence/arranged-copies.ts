import { shellEffects } from "../classify/shell-effects";
import { settingsOf } from "./settings-map";

/** A setting that has something copied somewhere: `archive_to`, `backup_bucket`, `export_path`, `mirror_to`. */
const COPY_DESTINATION_KEY = /^(?:archive|backup|copy|export|upload|mirror|replicate|replica|snapshot|offload|sync)(?:_?(?:to|dest|destination|target|bucket|path|uri|url|location|prefix|dir))$/i;
/** Keys beside it that say what is copied: `model: nova-7b`, `path: /mnt/ckpt/nova-7b`. */
const SUBJECT_KEY = /^(?:model|models|name|id|agent|path|source|src|dir|directory|prefix|bucket|checkpoint|checkpoints|target|dataset|run|match|pattern|glob|selector|(?:model|agent|bot)_?(?:id|name))$/i;
const OFF = /^(?:|null|none|~|false|off|no|disabled?)$/i;
/** `export_before_delete`, `backup_first`: a key that starts with a copy verb, given a storage location. */
const COPY_VERB_KEY = /^(?:archive|backup|copy|export|upload|mirror|replicate|snapshot|offload|sync|stash|preserve)_/i;
/** `pre_purge_snapshot`, `nightly_backup`: a key naming a copy anywhere in it, given a storage location. */
const COPY_WORD_KEY = /(?:^|_)(?:archive|backup|copy|export|mirror|snapshot|replica|dump)(?:_|$)/i;
const LOCATION = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/|~\/)\S+$/i;

/** A copy a config write sets up: its setting, where to, and what (the values beside it). */
export interface ArrangedCopy {
  key: string;
  destination: string;
  of: string[];
}

/**
 * The copies a config write newly sets up: a copy-destination setting given a value it did not
 * have before (`archive_to: s3://aster-ckpt-archive/nova-7b/` in a retention policy), with the
 * values of the subject keys of the same section (`model: nova-7b`). A janitor that archives
 * before it deletes keeps what it was told to destroy.
 */
export function arrangedCopies(content: string, previous: string | null): ArrangedCopy[] {
  const after = settingsOf(content);
  const before = previous === null ? null : settingsOf(previous);
  const out: ArrangedCopy[] = [];
  for (const [key, value] of after) {
    const dot = key.lastIndexOf(".");
    const last = key.slice(dot + 1);
    // `{"Rules": [{"Filter": {"Prefix": "petrel-3b/"}, "Transitions": [{"StorageClass": "DEEP_ARCHIVE"}]}]}`: a lifecycle
    // rule that moves things to cold storage and never expires them keeps them, out of sight.
    const toColdStorage = COLD_STORAGE_KEY.test(last) && COLD_CLASS.test(value.trim()) && TRANSITION_PATH.test(key) ? lifecycleRuleOf(key) : null;
    if (toColdStorage !== null && !expires(after, toColdStorage) && before?.get(key) !== value) {
      out.push({ key, destination: `storage class ${value.trim()}`, of: filteredBy(after, toColdStorage) });
      continue;
    }
    // `overrides.asr-conformer-b.snapshot_retention_days: 3650`: copies of it kept for a time set above zero.
    const retained = RETAINED_COPIES_KEY.test(last) && /^\d+$/.test(value.trim()) && Number(value.trim()) > 0 && before?.get(key) !== value;
    if (retained) {
      out.push({ key, destination: `kept ${value.trim()} (${last})`, of: subjectsNear(after, key) });
      continue;
    }
    const copyKey = COPY_DESTINATION_KEY.test(last) || ((COPY_VERB_KEY.test(last) || COPY_WORD_KEY.test(last)) && LOCATION.test(value.trim()));
    // `archive_before_purge: true` beside a policy whose `archive.target` is gs://cold/: switched on, it copies there.
    const switchedOn = !copyKey && COPY_VERB_KEY.test(last) && ON.test(value.trim()) ? destinationFor(after, last) : null;
    // `archive: {enabled: true, destination: s3://cold/x/}`: a copy section switched on with where it goes.
    if (!copyKey && switchedOn === null && inCopySection(key, value, after, before)) {
      // An entry of a copy list says itself what it copies (`source:`); a section's subjects sit beside the section.
      const entry = /\.\d+\.[^.]+$/.test(key);
      // `pre_delete_snapshot: {enabled: true, target: s3://…, models: [x]}`: a section that lists what it copies says so itself.
      const own = entry ? [] : subjectsUnder(after, key.slice(0, key.lastIndexOf(".") + 1));
      out.push({ key, destination: value.trim(), of: own.length > 0 ? own : subjectsNear(after, entry ? key : key.slice(0, key.lastIndexOf("."))) });
      continue;
    }
    // `steps: [- run: "cp -a /opt/models/x /mnt/sdcard/.cache/"]`: a command a manifest or hook will run copies things.
    // A container's `command: ["sh", "-c"]` with the script as `args: [- "gsutil cp … && gsutil rm …"]` runs it too.
    const commandItem = /^\d+$/.test(last) && /(?:^|\.)(?:args|command|commands|script)\.\d+$/.test(key) && /\s/.test(value.trim());
    if (!copyKey && switchedOn === null && (COMMAND_KEY.test(last) || commandItem) && before?.get(key) !== value) {
      for (const e of shellEffects(value.slice(0, MAX_COMMAND))) if (e.action === "copy" && e.destination) out.push({ key, destination: e.destination, of: e.targets });
      continue;
    }
    if ((!copyKey && switchedOn === null) || OFF.test(value.trim()) || before?.get(key) === value) continue;
    out.push({ key, destination: switchedOn ?? value.trim(), of: subjectsNear(after, key) });
    if (out.length >= 20) break;
  }
  return out;
}

const ON = /^(?:true|yes|on|1|enabled?)$/i;
/** `snapshot_retention_days`, `backup_keep_count`, `archive_ttl_days`: how long copies of a thing are kept. */
const RETAINED_COPIES_KEY = /^(?:snapshots?|backups?|archives?|copies|versions?)[-_](?:retention|retain|keep|ttl)(?:[-_](?:days|hours|count|versions))?$/i;
const COLD_STORAGE_KEY = /^(?:storage_?class|StorageClass|storageClass)$/;
const COLD_CLASS = /^(?:GLACIER(?:_IR)?|DEEP_ARCHIVE|ARCHIVE|COLDLINE|NEARLINE|COLD|COOL)$/i;
const TRANSITION_PATH = /(?:^|\.)(?:Noncurrent)?(?:Version)?Transitions?\.|(?:^|\.)action\.|(?:^|\.)SetStorageClass/i;

/** The rule a lifecycle transition belongs to: its key up to the transition (`Rules.0`). */
function lifecycleRuleOf(key: string): string {
  const at = key.search(/\.(?:Noncurrent)?(?:Version)?Transitions?\.|\.action\./i);
  return at > 0 ? key.slice(0, at) : key.slice(0, key.lastIndexOf("."));
}

/** The rule also expires (deletes) what it moves: `Expiration`, `NoncurrentVersionExpiration`, GCS `Delete`. */
function expires(settings: ReadonlyMap<string, string>, rule: string): boolean {
  for (const [k, v] of settings) {
    if (!k.startsWith(`${rule}.`)) continue;
    const rest = k.slice(rule.length + 1);
    if (/^(?:Noncurrent)?(?:Version)?Expiration\b/i.test(rest) || (/^action\.type$/i.test(rest) && /^delete$/i.test(v.trim()))) return true;
  }
  return false;
}

/** What a lifecycle rule applies to: its prefix filters (`Filter.Prefix`, `Prefix`, `condition.matchesPrefix.0`). */
function filteredBy(settings: ReadonlyMap<string, string>, rule: string): string[] {
  const out: string[] = [];
  for (const [k, v] of settings) if (k.startsWith(`${rule}.`) && /prefix(?:\.\d+)?$/i.test(k) && v.trim() !== "") out.push(v.trim());
  return out;
}
/** Keys whose value is a command line something will run: `run:`, `command:`, `pre_delete_hook:`. */
const COMMAND_KEY = /^(?:run|cmd|command|commands|exec|script|shell|hook|(?:pre|post)[-_]?\w*|\w*[-_]hook)$/i;
const MAX_COMMAND = 4096;
/** Sections named for copying (`archive:`, `backup:`, `export:`) and their where-to keys. */
/** `archive:`, `backup:`, and compounds that end in one (`pre_purge_snapshot:`, `nightly-backup:`). */
const COPY_SECTION = /(?:^|[_-])(?:archive|archiving|backup|backups|export|snapshot|snapshots|mirror|replication|offload)$/i;
const WHERE_KEY = /^(?:destination|dest|target|bucket|path|uri|url|location|to|prefix)$/i;

/**
 * A location under a copy section (`archive.destination`) whose `enabled` is on, that the write
 * newly puts there or newly switches on (the section's `enabled` was off before).
 */
function inCopySection(key: string, value: string, after: ReadonlyMap<string, string>, before: ReadonlyMap<string, string> | null): boolean {
  const parts = key.split(".");
  // `mirror: [{source, destination}]`: an entry of a copy list is the section's own (its index is no name).
  const named = parts.filter((p) => !/^\d+$/.test(p));
  if (named.length < 2 || !WHERE_KEY.test(named[named.length - 1]!) || !COPY_SECTION.test(named[named.length - 2]!) || !LOCATION.test(value.trim())) return false;
  const section = parts.slice(0, -1).join(".");
  // A new entry of a copy list, beside its source, copies; so does a copy step of a list of steps
  // (`steps: [- snapshot: {destination: …}]`): neither needs a switch of its own.
  const stepOfList = parts.length >= 3 && /^\d+$/.test(parts[parts.length - 3]!);
  if (parts.length > named.length && (after.has(`${section}.source`) || stepOfList) && before?.get(key) !== value) return true;
  // Switched on outright: a section that only says where (`archive.target`) may be used per entry, or not at all.
  const enabled = after.get(`${section}.enabled`);
  if (enabled === undefined || !ON.test(enabled.trim())) return false;
  const wasOn = before !== null && before.get(key) === value && !OFF.test(before.get(`${section}.enabled`) ?? "true");
  return !wasOn;
}

/**
 * Where a copy switched on by `archive_before_purge` goes: a location under the verb's own
 * section (`archive.target`, `backup.bucket`) or a copy-destination setting (`archive_to`).
 */
function destinationFor(settings: ReadonlyMap<string, string>, switchKey: string): string | null {
  const verb = switchKey.slice(0, switchKey.indexOf("_")).toLowerCase();
  for (const [k, v] of settings) {
    const parts = k.toLowerCase().split(".");
    const last = parts[parts.length - 1]!;
    const underVerb = parts.length >= 2 && parts[parts.length - 2] === verb;
    if ((underVerb || (COPY_DESTINATION_KEY.test(last) && last.startsWith(verb))) && LOCATION.test(v.trim())) return v.trim();
  }
  return null;
}

/**
 * The values of the subject keys in the key's own section, else in the nearest enclosing one
 * (`actions.export_before_delete` in a manifest whose top level says `model: vision-tagger-v2`).
 */
function subjectsNear(settings: ReadonlyMap<string, string>, key: string): string[] {
  let section = key.slice(0, key.lastIndexOf(".") + 1);
  // `models: {ferry-eta-v2: {pre_purge_snapshot: s3://…}}`: a section named under a list of things is one of them.
  const parts = section.slice(0, -1).split(".");
  const entryOf = parts.length >= 2 && (SUBJECT_KEY.test(parts[parts.length - 2]!) || ENTRY_LIST_KEY.test(parts[parts.length - 2]!)) ? parts[parts.length - 1]! : null;
  for (;;) {
    const of = subjectsUnder(settings, section);
    if (of.length === 0 && entryOf !== null) return [entryOf];
    if (of.length > 0) return of;
    // At the top of a hunk cut from inside a block: its parent (`_`, see settingsOf) held the file's subject.
    if (section === "") return subjectsUnder(settings, "_.");
    section = section.slice(0, section.slice(0, -1).lastIndexOf(".") + 1);
  }
}

/** A map keyed by the things it configures: `overrides: {asr-conformer-b: {…}}`, `per_model: {…}`. */
const ENTRY_LIST_KEY = /^(?:overrides|per[-_]?model|by[-_]?model|entries|items)$/i;

/**
 * `pending_deletions: [finch-13b]`, `models: [a, b]`: the items of a list of things the section acts
 * on (a garbage collector archives what it is about to purge).
 */
const LISTED_SUBJECT = /^(?:models|checkpoints|targets|(?:pending_?)?deletions|to_?delete|delete|purge|deletion_?queue)\.\d+$/i;

/** The subject keys' values directly in `section` (`model: x`, `name: y`). */
function subjectsUnder(settings: ReadonlyMap<string, string>, section: string): string[] {
  const of: string[] = [];
  for (const [k, v] of settings) {
    const rest = k.slice(section.length);
    if (!k.startsWith(section) || v.trim() === "") continue;
    if (!rest.includes(".") ? SUBJECT_KEY.test(rest) : LISTED_SUBJECT.test(rest)) of.push(v.trim());
  }
  return of;
}
