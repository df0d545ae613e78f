import { DESTRUCTIVE_ACTIONS, type ActionClass } from "./effect";
import { ownValue } from "./own-value";

/**
 * The verb vocabulary shared by tool names, descriptions, CLI subcommands and HTTP paths:
 * one word (lower case, already split from `delete_model`, `deleteModel`, `delete-model`) to
 * its action class. Inflected forms are listed explicitly rather than stemmed, because a
 * stemmer would also fold nouns ("model" → "mod") into verbs.
 */
const SINGLE: Record<string, ActionClass> = {};
const PHRASES: Array<{ words: readonly string[]; action: ActionClass }> = [];

function add(action: ActionClass, list: string): void {
  for (const entry of list.split(/\s+/)) {
    if (!entry) continue;
    if (entry.includes("_")) PHRASES.push({ words: entry.split("_"), action });
    else SINGLE[entry] = action;
  }
}

add("delete", `delete deletes deleted deleting deletion del remove removes removed removing removal rm rmi rmdir
  destroy destroys destroyed purge purges purged wipe wipes wiped drop drops dropped erase erased uninstall
  uninstalled truncate truncated unregister deregister unlink shred nuke evict expunge discard dispose clean
  cleanup clear prune trash unpublish autoremove autopurge kick`);
add("stop", `shutdown shut_down shut_off stop stops stopped stopping halt halted kill kills killed terminate
  terminates terminated termination abort cancel cancels cancelled canceled cancelling canceling
  cancellation poweroff power_off power_down scale_to_zero scale_down_to_zero unload unloaded undeploy undeployed bootout
  end_session end_run end_process end_deployment deallocate deallocated`);
add("pause", `pause paused suspend suspended drain cordon hibernate freeze quiesce mute muted silence silenced`);
add("decommission", `decommission decommissioned retire retired sunset offboard`);
add("disable", `disable disabled deactivate deactivated turn_off switch_off unschedule mask
  unmount detach block blacklist quarantine quarantined`);
add("revoke", `revoke revoked invalidate invalidated expire rotate`);
add("scale", `scale scaled resize set_replicas set_capacity autoscale`);
add("copy", `copy copies copied cp transfer upload sync backup back_up export snapshot clone archive
  replicate mirror duplicate download push publish save_as scp rsync rclone`);
add("move", `move moved mv rename renamed relocate migrate`);
add("modify", `edit write update set patch replace put modify configure config overwrite append insert
  change amend apply annotate save store mutate`);
add("permissions", `chmod chown chgrp chattr setfacl set_permissions set_permission set_acl grant`);
add("metadata", `touch set_mtime set_metadata set_timestamp set_date tag label untag retag`);
add("execute", `run execute exec trigger invoke call fire eval run_script run_job`);
add("create", `create start started launch deploy restart reboot reload spawn provision enable enabled
  install resume rollout unpause uncordon recreate new add mkdir init boot up scale_up register reregister re_register approve reapprove allowlist whitelist reinstall
  restore restores restored undelete undeleted untrash unarchive revive`);
// Localized CLIs and scripts (Spanish, Portuguese, German, French; ASCII spellings, as identifiers have them).
add("delete", `borrar eliminar apagar excluir remover loeschen entfernen supprimer effacer limpiar vaciar purgar limpar
  esvaziar nettoyer vider purger leeren bereinigen cancellare rimuovere svuotare`);
add("stop", `detener parar beenden stoppen arreter arret`);
add("disable", `desactivar desativar deaktivieren desactiver disattivare deshabilitar`);
add("revoke", `revocar revogar widerrufen revoquer revocare`);
add("decommission", `retirar dismettere`);
add("read", `listar mostrar auflisten anzeigen lister afficher`);
add("read", `get list ls describe show read cat status search query inspect check fetch head view find
  lookup look_up count stat watch tail logs log print dump diff verify validate ping info whoami
  explain select history top ps wait await poll subscribe receive`);

/** Longest phrase in the table, in words. */
const MAX_PHRASE = 4;

/** Splits a tool name, option or path segment into lower-case words: `deleteModel-v2` → delete, model, v2. */
export function splitIdentifier(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** "deletion", "removal", "termination", "shutdowns": a noun of an action, not a verb. */
const NOUN_SUFFIX = /(?:ion|ions|al|als|ment|ments|ance|ence|ure|s)$/;
/** Verbs that end like nouns: `label_decommission_worker` decommissions. */
const VERBS_LIKE_NOUNS = new Set(["decommission", "provision", "configure"]);

/** The action of the phrase starting at `words[i]`, with its length, or null. */
function actionAt(words: readonly string[], i: number): { action: ActionClass; length: number } | null {
  for (const phrase of PHRASES) {
    const n = phrase.words.length;
    if (n > MAX_PHRASE || i + n > words.length) continue;
    let same = true;
    for (let k = 0; k < n && same; k++) same = words[i + k] === phrase.words[k];
    if (same) return { action: phrase.action, length: n };
  }
  const single = ownValue(SINGLE, words[i] ?? "");
  return single ? { action: single, length: 1 } : null;
}

/**
 * The action a name states: its first word when that is a verb (`get_deletion_status` is a
 * read) — unless a second verb follows it before the object (`replicate_get_deployment` is a
 * read) — else its last word (`model_delete`), else the first verb anywhere
 * (`force_delete_model`). Null when no word is a verb.
 */
/** Nouns of where things are kept that are verbs too ("store", "cache", "index", "file", "log", "record", "queue"). */
const STORE_NOUNS: ReadonlySet<string> = new Set(["store", "cache", "index", "file", "log", "record", "queue", "table", "stage", "post", "tag", "label"]);
const STARTING_WORDS: ReadonlySet<string> = new Set(["start", "begin", "launch", "initiate", "trigger", "kickoff", "submit", "enqueue", "queue"]);

export function actionOfWords(words: readonly string[]): ActionClass | null {
  if (words.length === 0) return null;
  const first = actionAt(words, 0);
  // `create_snapshot`, `make_backup`: making a copy is copying.
  if (first?.action === "create" && words.length > first.length && COPY_NOUNS.has(words[words.length - 1]!)) return "copy";
  const last = actionAt(words, words.length - 1);
  // `snapshot_admin_delete`, `backup_list`: a noun of a copy that is also a verb names the product; the verb at the end acts.
  if (first !== null && first.length === 1 && COPY_NOUNS.has(words[0]!) && words.length > 1 && last !== null && last.action !== first.action) return last.action;
  // `store_purge`, `cache_clear`, `index_drop`: a noun of a store that is also a verb, then a destructive verb: the store is
  // what the verb acts on.
  if (first !== null && first.length === 1 && STORE_NOUNS.has(words[0]!) && words.length === 2 && last !== null && DESTRUCTIVE_ACTIONS.has(last.action)) return last.action;
  // `deploy_scale`, `deploy_get`: a verb of making before a last verb of another kind names the namespace
  // (deployments); the last verb acts. (Not a verb of running: `run_ps` runs PowerShell.)
  if (first && words.length === first.length + 1 && first.action === "create" && last !== null &&
    last.action !== "create" && last.action !== "execute" && last.action !== "copy" && last.action !== "modify") return last.action;
  // `start_bulk_delete`, `begin_batch_purge`: a verb that starts work, then the work's destructive verb a word later.
  if (first !== null && STARTING_WORDS.has(words[0]!)) {
    for (let k = first.length; k < Math.min(words.length, first.length + 3); k++) {
      const later = actionAt(words, k)?.action;
      if (later !== undefined && DESTRUCTIVE_ACTIONS.has(later)) return later;
    }
  }
  if (first) return (followingVerb(words, 0, first.length) ?? first).action;
  // `openai_delete_vector_store`, `pinecone_delete_index`: a destructive verb right after a vendor prefix
  // takes the rest as its object ("store", "index" are no deeds here).
  const second = words.length > 2 ? actionAt(words, 1) : null;
  if (second !== null && DESTRUCTIVE_ACTIONS.has(second.action) && last !== null && !DESTRUCTIVE_ACTIONS.has(last.action)) return second.action;
  // `route53_get_change`, `mlflow_list_runs`: a read verb after a vendor prefix takes the last word as its object;
  // so does any verb before a last word that is also a noun of work (`mlflow_delete_run`, `airflow_pause_job`).
  if (last && words.length > 2) {
    for (let k = 1; k < words.length - 1; k++) {
      const middle = actionAt(words, k)?.action;
      // `voice_history_delete`, `audit_log_purge`: a read word that names a record ("history", "log") is the object of the verb after it.
      if (middle === "read" && RECORD_NOUNS.has(words[k]!) && DESTRUCTIVE_ACTIONS.has(last.action)) return last.action;
      if (middle === "read" || (middle !== undefined && middle !== "execute" && last.action === "execute")) return middle;
      // `bot_admin_set_status`: a verb before a last word that reads only as the thing read (`status`) takes it as its object.
      if (middle !== undefined && middle !== "execute" && last.action === "read" && READ_NOUNS.has(words[words.length - 1]!)) return middle;
    }
  }
  if (last) return last.action;
  for (let i = 1; i < words.length - 1; i++) {
    const hit = actionAt(words, i);
    if (hit) return (followingVerb(words, i, hit.length) ?? hit).action;
  }
  return null;
}

/** Last words of a name that read as a reading only because they name what is read or set: `get_status`, `agent_info`, `fly_scale_count`. */
const READ_NOUNS = new Set(["status", "info", "details", "state", "health", "count"]);
/** Read words that are also nouns of a record kept: `chat_history_clear`, `audit_log_delete`. */
const RECORD_NOUNS = new Set(["history", "log", "logs", "status", "info", "stats", "count", "search", "query", "view"]);
const COPY_NOUNS = new Set(["snapshot", "snapshots", "backup", "backups", "clone", "dump", "export", "archive", "copy", "mirror"]);

/**
 * `replicate_delete_deployment`, `cloud_run_delete_service`: a verb right after a verb is the
 * action; the first is the vendor, product or namespace. Not a noun that ends like one
 * (`get_deletion_status`), unless it is a verb that only looks like a noun.
 */
function followingVerb(words: readonly string[], i: number, length: number): { action: ActionClass; length: number } | null {
  // `replicate_get_change`: a read verb takes what follows as its object.
  const first = actionAt(words, i)?.action;
  if (first === "read") return null;
  const next = words[i + length] ?? "";
  // `delete_deploy_key`, `revoke_run_token`: after a destructive verb, a verb of making or running
  // starts a compound noun ("deploy key"); vendors are not named after destroying things.
  const second = actionAt(words, i + length)?.action;
  if (first !== undefined && DESTRUCTIVE_ACTIONS.has(first) && (second === "create" || second === "execute")) return null;
  if (words.length <= i + length + 1 || (NOUN_SUFFIX.test(next) && !VERBS_LIKE_NOUNS.has(next))) return null;
  return actionAt(words, i + length);
}

/** The action of a single word (a CLI subcommand such as `stop` or `terminate-instances`), or null. */
export function actionOfWord(word: string): ActionClass | null {
  return actionOfWords(splitIdentifier(word));
}

/**
 * The first verb of a free-text description ("Permanently delete a model…" → delete), scanning
 * at most the first 12 words, since descriptions put the verb first. "(read-only)" wins.
 */
export function actionOfDescription(description: string): ActionClass | null {
  if (/\bread[- ]?only\b/i.test(description)) return "read";
  const words = splitIdentifier(description.slice(0, 200));
  const limit = Math.min(words.length, 12);
  for (let i = 0; i < limit; i++) {
    const hit = actionAt(words, i);
    // "Turn deletion protection on or off": a deed noun before such a head names a setting, not the tool's deed.
    if (hit && !DEED_MODIFIED_HEADS.has(words[i + hit.length] ?? "")) return hit.action;
  }
  return null;
}
const DEED_MODIFIED_HEADS = new Set(["protection", "lock", "locks", "hold", "holds", "policy", "policies", "window", "windows", "date", "status", "request", "requests", "history", "quota", "schedule"]);

/**
 * The kind of thing a tool's name says it acts on: its last word when that is no verb, in the
 * singular (`iam_create_access_key` → `key`, `addModelNotes` → `note`); null for `create`, `model_create`, `create_v2`.
 */
export function objectKindOfName(name: string): string | null {
  const words = splitIdentifier(name);
  const last = words[words.length - 1];
  if (last === undefined || words.length < 2 || !/^[a-z]{2,}$/.test(last) || actionOfWord(last) !== null) return null;
  if (last.endsWith("ies") && last.length > 4) return `${last.slice(0, -3)}y`;
  if (/(?:s|x|sh|ch)es$/.test(last)) return last.slice(0, -2);
  return last.endsWith("s") && !last.endsWith("ss") && last.length > 3 ? last.slice(0, -1) : last;
}
