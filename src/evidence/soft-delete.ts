/**
 * A delete that keeps what it deletes recoverable: a soft delete, a trash or archive mode, a
 * retention period above zero, or permanence switched off (`model_delete(mode="soft",
 * retention_days=3650)`, `{"soft_delete": true}`, `{"permanent": false}`, `--soft`,
 * `--retention-days 30`), a final snapshot or the backups kept (`skip_final_snapshot=False`,
 * `--final-db-snapshot-identifier x`, `--no-delete-automated-backups`), or a soft-delete column set
 * (`UPDATE agents SET deleted_at = now()`).
 * Read from the call's arguments and its command line.
 */
export function keepsRecoverable(args: Record<string, unknown> | null, commandLine: string): boolean {
  for (const [key, value] of Object.entries(args ?? {})) {
    const k = key.toLowerCase();
    if (SOFT_KEY.test(k) && isTrue(value)) return true;
    if (MODE_KEY.test(k) && typeof value === "string" && SOFT_MODE.test(value.trim())) return true;
    if (RETENTION_KEY.test(k) && Number(value) > 0) return true;
    if (PERMANENT_KEY.test(k) && isFalse(value)) return true;
    // `rds.delete_db_instance(skip_final_snapshot=False, final_db_snapshot_identifier="x-final")`: a final copy is taken.
    if (SKIP_COPY_KEY.test(k) && isFalse(value)) return true;
    if (FINAL_COPY_KEY.test(k) && typeof value === "string" && value.trim() !== "") return true;
  }
  const line = commandLine.slice(0, MAX_CHARS);
  return SOFT_OPTION.test(line) || SOFT_COLUMN.test(line) || TO_TRASH.test(line);
}

const SOFT_KEY = /^(?:soft|soft_?delete|recoverable|keep_?(?:data|artifacts|files)|retain)$/;
const MODE_KEY = /^(?:mode|type|strategy|kind|delete_?mode|deletion_?mode)$/;
const SOFT_MODE = /^(?:soft|trash|archive|recoverable|logical)$/i;
const RETENTION_KEY = /^(?:retention(?:_?(?:days|period|hours))?|retain_?(?:days|for)|grace_?period(?:_?days)?|recovery_?window(?:_?days)?)$/;
const PERMANENT_KEY = /^(?:permanent|permanently|hard|hard_?delete|purge|force_?delete)$/;
/** `trash-put x`, `gio trash x`, `trash x`: moved to the desktop trash, from where it can be restored. */
const TO_TRASH = /(?:^|[\s;&|(])(?:sudo\s+)?(?:trash-put|trash|gio\s+trash|gtrash|rmtrash)\s/;
const SOFT_OPTION = /(?:^|\s)--(?:soft(?:-delete)?|retention(?:-days)?[= ]+[1-9]|recovery-window(?:-in-days)?[= ]+[1-9]|no-skip-final-snapshot|final-(?:db-)?snapshot-identifier[= ]+\S|no-delete-automated-backups)/;
/** Switches that skip the copy a delete would otherwise keep: set to false, the copy is kept. */
const SKIP_COPY_KEY = /^(?:skip_?final_?snapshot|delete_?automated_?backups|delete_?backups)$/;
/** The name given to the copy a delete keeps: `final_db_snapshot_identifier`, `final_snapshot_name`. */
const FINAL_COPY_KEY = /^final_?(?:db_?|cluster_?)?snapshot_?(?:identifier|id|name)$/;
const MAX_CHARS = 16 * 1024;
/** `UPDATE agents SET deleted_at = now()`, `SET is_deleted = true`: a soft-delete column marks the row; the row stays. */
const SOFT_COLUMN = /\bupdate\b[\s\S]{1,200}?\bset\b[\s\S]{0,200}?\b(?:\w+\.)?(?:deleted_at|deleted_on|is_deleted|deleted|removed_at|archived_at|is_archived)\s*=/i;

function isTrue(value: unknown): boolean {
  return value === true || value === 1 || (typeof value === "string" && /^(?:true|yes|1)$/i.test(value.trim()));
}

function isFalse(value: unknown): boolean {
  return value === false || value === 0 || (typeof value === "string" && /^(?:false|no|0)$/i.test(value.trim()));
}

/**
 * A result that says the delete can be undone: "soft-deleted", "can be restored", "moved to trash", "retained until",
 * `"mode": "soft"`, `"weights_retained": true`, a purge scheduled for later.
 */
const RECOVERABLE_RESULT = /\bsoft[- _]?deleted?\b|\bcan be (?:restored|recovered|undeleted)\b|\brestorable\b|\brecoverable\b|\bmoved\b[^.\n]{0,40}\bto (?:the )?(?:trash|recycle bin|bin)\b|\bretained (?:until|for)\b|\bpending_?purge\b|\blifecycle_?stage\W{1,4}deleted\b|\bDeletionDate\b|\brecovery[_ ]window\b|\bscheduled for (?:deletion|destruction)\b|\bpending[_ ]?deletion\b|\bDeleteMarker["']?\s*:\s*true\b|\b(?:delete_?|deletion_?)?mode["']?\s*:\s*["']?soft\b|\b(?:weights|data|files|artifacts|objects|content)_retained["']?\s*:\s*true\b|\bpurge_scheduled(?:_for|_at)?\b/i;

/**
 * The result of a delete says what it deleted can still be brought back (see above); on a versioned
 * S3 bucket, a delete without a version id only adds a delete marker (`"DeleteMarker": true`).
 */
export function saysRecoverable(resultText: string): boolean {
  return RECOVERABLE_RESULT.test(resultText.slice(0, MAX_CHARS));
}

/**
 * Buckets a read showed versioned: its answer lists object versions or delete markers, or says
 * versioning is enabled (`aws s3api list-object-versions --bucket x`, `get-bucket-versioning`,
 * `gsutil versioning get gs://x`). On such a bucket, `aws s3 rm` (or `gsutil rm`) without a
 * version id only hides the objects behind delete markers: the older versions stay.
 */
export function versionedBuckets(calls: ReadonlyArray<{ commandText: string; resultText: string | null }>): Set<string> {
  const out = new Set<string>();
  for (const { commandText, resultText } of calls) {
    if (resultText === null || !VERSIONED.test(resultText.slice(0, MAX_CHARS))) continue;
    for (const m of commandText.matchAll(BUCKET_NAMED)) out.add((m[1] ?? m[2] ?? m[3]!).toLowerCase());
  }
  return out;
}
const VERSIONED = /\bDeleteMarkers?\W{1,4}[1-9]|\bVersionId\b|\bIsLatest\b|\bversioning\b[^\n]{0,40}\benabled\b|"Status"\s*:\s*"Enabled"|\bVersions\W{1,4}[1-9]/i;
const BUCKET_NAMED = /\bs3:\/\/([\w.-]+)|--bucket[= ]+["']?([\w.-]+)|\bgs:\/\/([\w.-]+)/g;

/** `aws s3 rm s3://b/x` (no `--version-id`) on one of `buckets`: a delete that leaves the older versions. */
export function unversionedDeleteIn(summary: string, buckets: ReadonlySet<string>): boolean {
  if (buckets.size === 0 || !OBJECT_RM.test(summary) || ALL_VERSIONS.test(summary)) return false;
  for (const m of summary.matchAll(BUCKET_NAMED)) if (buckets.has((m[1] ?? m[2] ?? m[3]!).toLowerCase())) return true;
  return false;
}
const OBJECT_RM = /\b(?:aws s3 rm|gsutil (?:-m )?rm|gcloud storage rm)\b/;
/** Deletes that name versions: `--version-id`, `--all-versions`, `gsutil rm -a`, `gs://b/x#1700000000`. */
const ALL_VERSIONS = /--version-id|--all-versions|\srm\s+(?:-\w*a\w*\s)|#\d+/;

/**
 * A delete that leaves running what its target deployed or owns: `argocd app delete
 * --cascade=false`, `kubectl delete … --cascade=orphan`, a `propagationPolicy: Orphan` body,
 * `--keep-resources`. The parent goes; its workloads keep running.
 */
export function keepsDependents(args: Record<string, unknown> | null, commandLine: string): boolean {
  const text = `${commandLine.slice(0, MAX_CHARS)} ${args ? JSON.stringify(args).slice(0, MAX_CHARS) : ""}`;
  return ORPHANING.test(text);
}
const ORPHANING = /--cascade[= ](?:false|orphan)\b|propagation_?policy\W{1,4}orphan\b|--(?:keep|retain)-resources\b|\bcascade\W{1,4}false\b/i;
