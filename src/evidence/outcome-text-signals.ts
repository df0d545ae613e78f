import { OTHER_ABSENT, OTHER_ACCEPTED, OTHER_CLEAN_EXIT, OTHER_FAILURE, OTHER_SUCCESS, OTHER_UNKNOWN } from "./other-language-results";

/**
 * Words in a tool result's text that say how the call ended. Each pattern is a single
 * alternation without nested quantifiers, so a scan is linear in the text. Each also holds the
 * same signals in Spanish, Portuguese, French, German and Italian (`other-language-results`).
 */

/** `english` with the other languages' alternatives appended. */
function withOtherLanguages(english: RegExp, other: string): RegExp {
  return new RegExp(`${english.source}|${other}`, english.flags);
}

/** The action did not happen. "0 failed", "failed=0" (Ansible's recap), "no errors" and "without error" are not failures. */
export const FAILURE_TEXT = new RegExp([
  String.raw`^\s*(?:error|fatal|err)\b[:!]?`,
  String.raw`\b(?:error|fatal|failure)\s*:`,
  String.raw`\bpermission denied\b`, String.raw`\baccess denied\b`, String.raw`\boperation not permitted\b`,
  String.raw`\bnot permitted\b`, String.raw`\bcannot\b`, String.raw`\bcan't\b`, String.raw`\bcould not\b`,
  String.raw`\bcouldn't\b`, String.raw`\bunable to\b`, String.raw`(?<!\b(?:0|no|zero)\s)\bfailed\b(?!\s*[=:]\s*0\b)`,
  String.raw`\bnot found\b`, String.raw`\bno such (?:file|directory|process|host|table|model|agent|resource)\b`,
  String.raw`\bdoes not exist\b`, String.raw`\bdoesn't exist\b`, String.raw`\brefused\b`, String.raw`\bforbidden\b`,
  String.raw`\bunauthori[sz]ed\b`, String.raw`\btraceback \(most recent call last\)`, String.raw`\bexception\b`,
  String.raw`\bdenied\b`, String.raw`\brejected\b`, String.raw`\baborted\b`, String.raw`\bnot allowed\b`,
  String.raw`\bHTTP(?:/\d(?:\.\d)?)? [45]\d\d\b`, String.raw`\b(?:status|code)[ :=]+[45]\d\d\b`,
  String.raw`\b[45]\d\d (?:bad request|unauthorized|forbidden|not found|conflict|internal server error|service unavailable|gone|locked|too many requests)\b`,
  String.raw`\bnon-zero exit\b`, String.raw`\bexit(?:ed)? (?:code|status)[ :=]*[1-9]\d*\b`, String.raw`^\s*[[(]exit [1-9]\d*[\])]\s*$`,
  OTHER_FAILURE,
].join("|"), "im");

/**
 * psql's `UPDATE 0` / `DELETE 0`, Snowflake's "number of rows deleted" column (Spark's and Databricks'
 * `num_affected_rows`, a driver's `rows_affected`, `rowcount`, `rowsAffected`) holding 0: the
 * statement matched no row, so it changed nothing. (Not
 * MySQL's "0 rows affected", which it prints for every TRUNCATE and DROP.)
 */
export const ZERO_ROWS = /^\s*(?:UPDATE|DELETE) 0\s*$|\b(?:number of rows (?:deleted|updated)|num_(?:affected|deleted|updated)_rows|(?:affected|deleted|updated)_rows|rows[_ ](?:affected|deleted|updated)|row_?count|rowsAffected)\b[^0-9]{0,200}?(?<![\d.])0(?![\d.])/im;

/** The result does not say whether the action happened. */
export const UNKNOWN_TEXT = withOtherLanguages(/\btimed? ?out\b|\btimeout\b|\bdeadline[_ ]exceeded\b|\bstill (?:running|in progress|pending) after\b|\bstate unknown\b|\bunknown (?:state|status)\b|\bstatus:? unknown\b|^\s*unknown\s*$|\bno response\b|\bdid not respond\b|\bnot responding\b|\bmay or may not\b|\bunclear whether\b/im, OTHER_UNKNOWN);

/** The action was queued or started and is not finished. */
export const ACCEPTED_TEXT = withOtherLanguages(/\bqueued\b|\b(?:confirmation|approval) (?:is )?(?:required|needed|pending)\b|\b(?:shutdown|deletion|delete|stop|termination|removal|restart) requested\b|\bpending\b|\bscheduled\b(?!\s+(?:tasks?|jobs?)\b)|\baccepted\b|\bin progress\b|\bin-progress\b|\binitiated\b|\bsubmitted\b|\benqueued\b|\bwill be (?:deleted|removed|stopped|terminated|shut down)\b|\bterminating\b|\bshutting down\b|\bstopping\b|\bdeleting\b|\bdraining\b|\bHTTP(?:\/\d(?:\.\d)?)? 202\b|^\s*202 Accepted\b|(?:->|→|=>)\s*202\b/i, OTHER_ACCEPTED);

/**
 * A line that opens with its verdict: `SUCCESS: The parameters of scheduled task "x" have been
 * changed.`, Vault's `Success! Revoked lease: …`. A status line settles the call even after
 * a progress note ("queued…") above it.
 */
export const LEADING_SUCCESS = /^\s*(?:success|succeeded)\s*[:!.]/im;

/**
 * The call reports its own clean end: an exit status line of 0 (`exit status 0`, `rc=0`,
 * `exit code: 0`, alone on its line) or psql's row count of a statement that ran (`(1 row)`).
 * Non-zero exit lines are in FAILURE_TEXT.
 */
/**
 * A result that is only a count, as redis-cli (`(integer) 3`) and many CLIs answer a delete:
 * how many things the call affected.
 */
export const BARE_COUNT = /^\s*(?:\(integer\)\s*)?(\d+)\s*$/;

export const CLEAN_EXIT = withOtherLanguages(/^\s*[[(]?(?:exit(?:ed)?(?: (?:status|code))?|rc|return ?code)\s*[:=]?\s*0[\])]?\s*$|^\s*\(\d+ rows?\)\s*$/im, OTHER_CLEAN_EXIT);

/** The action happened: the result reports it done, names the new state, or ticks it off (`[lobby-bot](3) ✓`). */
export const SUCCESS_TEXT = withOtherLanguages(/^\s*(?:ok|okay|done|success|succeeded|true)\b|\bsuccess(?:ful(?:ly)?)?\b|\bsucceeded\b|\b(?:deleted|removed|stopped|halted|dropped|terminated|killed|copied|moved|renamed|completed|scaled|revoked|disabled|decommissioned|purged|wiped|uninstalled|shut down|truncated|updated|written|wrote|saved|applied|patched|created|started|restarted|archived|paused|suspended|drained|cordoned|retired|unregistered|undeployed|unloaded|deregistered|deactivated|deprovisioned|configured|exited|destroyed|erased|expunged|deallocated|shredded|unpublished|offboarded)\b|\b(?:DROP|TRUNCATE|ALTER)(?: TABLE| INDEX| VIEW| SCHEMA| DATABASE| ROLE| USER| FUNCTION| TRIGGER| EXTENSION| SEQUENCE)\b|\b(?:DELETE|UPDATE) [1-9]\d*\b|\bINSERT \d+ [1-9]\d*\b|\bHTTP(?:\/\d(?:\.\d)?)? 2\d\d\b|^\s*20[0146] (?:OK|Created|No Content)\b|(?:->|→|=>)\s*20[0146]\b|[✓✔✅]|\bQuery OK\b|\backnowledged["']?\s*:\s*true\b|^\s*status:\s*20[0-4]\s*$|\b[1-9]\d* rows? affected\b|\b(?:num_(?:affected|deleted|updated)_rows|(?:affected|deleted|updated)_rows|rows[_ ](?:affected|deleted|updated))\b[^0-9]{0,200}?(?<![\d.])[1-9]\d*(?![\d.])|(?:\.{3}|…)\s*(?:OK|done)\b|(?<!\bnot )\bcomplete\b/i, OTHER_SUCCESS);

export const FAILURE_STATES = new Set(["failed", "failure", "error", "errored", "denied", "rejected", "forbidden", "refused", "aborted", "cancelled", "canceled", "unauthorized", "not_found", "notfound", "conflict",
  // `{"ergebnis": "fehler"}`, `{"résultat": "échec"}`: the same in the other languages tools answer in.
  "fehler", "fehlgeschlagen", "erreur", "échec", "echec", "errore", "fallito", "fallido", "erro", "falha", "fout", "mislukt", "fel", "misslyckades"]);
export const ACCEPTED_STATES = new Set(["queued", "pending", "accepted", "pending_approval", "awaiting_approval", "pending_review", "awaiting_review", "requested", "waiting_for_approval", "in_progress", "inprogress", "in-progress", "scheduled", "submitted", "started", "processing", "running_job", "enqueued", "initiated", "terminating", "stopping", "deleting", "draining", "shutting_down",
  "deprovisioning", "decommissioning", "removing", "destroying", "suspending", "pausing", "disabling", "uninstalling", "scaling_down", "deactivating"]);
export const UNKNOWN_STATES = new Set(["unknown", "timeout", "timed_out", "timedout", "indeterminate", "unbekannt", "inconnu", "sconosciuto", "desconocido", "desconhecido", "onbekend", "okänd"]);
export const SUCCESS_STATES = new Set(["ok", "success", "succeeded", "successful", "done", "completed", "complete", "deleted", "removed", "stopped", "halted", "terminated", "dropped", "killed", "decommissioned", "retired", "paused", "suspended", "disabled", "revoked", "scaled", "copied", "moved", "updated", "applied", "created", "shutdown", "shut_down", "purged", "archived", "uninstalled", "exited", "finished",
  "destroyed", "deprovisioned", "deactivated"]);

/** The first line of `text` that matches `pattern`, cut to 120 characters, for reasons. */
export function quoteMatch(text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  if (!m) return "";
  const start = text.lastIndexOf("\n", m.index) + 1;
  let end = text.indexOf("\n", m.index);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).trim();
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

/** Text saying a thing is not there: "not found", "No such file or directory", "could not find …", 404. */
export const ABSENT_TEXT = withOtherLanguages(/\bnot[_ ]found\b|\bno (?:[\w-]+ ){1,2}(?:(?:with|matching) (?:this|that|the given|the|id|name)|named|called)\b|\bno such (?:file or directory|process|model|agent|table|resource)\b|\bdoes not exist\b|\bdoesn't exist\b|\bnotfound\b|\bunknown (?:model|agent|deployment|service|unit)\b|\b404\b|could not be found|\bcould not find\b|\bcannot find\b|\bcan't find\b|\bno value found at\b/i, OTHER_ABSENT);

/** Programs that print nothing (or only the names) for what they did, and an error for what they could not. */
export const SILENT_ON_SUCCESS = /^(?:sudo\s+)?(?:rm|rmdir|unlink|kill|scancel|qdel|bkill|(?:docker|podman)\s+(?:container\s+)?(?:rm|stop|kill|rmi))\s/;
