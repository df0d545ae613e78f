import type { ActionClass, Effect } from "../effect";
import { makeEffect } from "../effect-builder";
import { ownValue } from "../own-value";
import { isRemoteLocation } from "../remote-location";
import { operands, optionValue } from "./command-args";
import { genericEffects } from "./generic-cli";
import { azRest } from "./transfer-programs";
import type { ProgramContext, ProgramHandler } from "./program-context";

/**
 * Object-store and sync CLIs: `aws s3`, `gsutil`, `gcloud storage`, `rclone`, `azcopy`, MinIO's
 * `mc`, `s3cmd`, `az storage blob`. One verb table, since these CLIs share a vocabulary
 * (cp/copy/sync/mirror/put copy; mv/move move; rm/del/remove/purge delete); transfers have
 * their destination last.
 */

const set = (...names: string[]) => new Set(names);

const STORE_VERBS: Record<string, ActionClass> = {
  cp: "copy", copy: "copy", copyto: "copy", sync: "copy", rsync: "copy", mirror: "copy", put: "copy", get: "copy",
  upload: "copy", download: "copy", mv: "move", move: "move", moveto: "move",
  rm: "delete", rb: "delete", del: "delete", delete: "delete", deletefile: "delete", purge: "delete", remove: "delete",
  rmdir: "delete", rmdirs: "delete",
  ls: "read", la: "read", lsd: "read", lsl: "read", lsf: "read", list: "read", cat: "read", du: "read", size: "read",
  stat: "read", info: "read", check: "read", find: "read", diff: "read", tree: "read", head: "read",
  mb: "create", mkdir: "create",
};
/** Options of these CLIs that take a value in the next word. */
const STORE_VALUE_OPTIONS = set("--exclude", "--include", "--region", "--profile", "--endpoint-url", "--storage-class",
  "--acl", "--sse", "--config", "--transfers", "--filter", "-x", "-p", "--bwlimit", "--older-than", "--newer-than",
  "--attr", "--tags", "--encrypt-key", "--config-dir", "-C", "--limit-upload", "--limit-download", "--from-to",
  "--include-pattern", "--exclude-pattern", "--log-level", "--cap-mbps", "--block-size-mb", "--access_key",
  "--secret_key", "--host", "--host-bucket", "--checkers", "--max-age", "--min-age", "--backup-dir", "--log-file");

/** The CLIs whose first operands are a namespace before the store verb: `aws s3 cp`, `gcloud storage rm`. */
const NAMESPACES: Record<string, string> = { aws: "s3", gcloud: "storage" };

/**
 * `aws s3 cp|sync|mv|rm`, `gsutil [-m] cp|rm|rsync`, `gcloud storage cp`, `rclone copy|sync|move|
 * purge|delete`, `azcopy copy|sync|remove`, `mc cp|mirror|mv|rm`, `s3cmd put|get|sync|del`.
 * Other subcommands (`aws ec2 terminate-instances`, `mc admin …`) go to the generic CLI reader.
 */
export const objectStore: ProgramHandler = (ctx) => {
  let words = operands(ctx.args, STORE_VALUE_OPTIONS);
  const namespace = ownValue(NAMESPACES, ctx.program);
  if (namespace !== undefined) {
    if (words[0] !== namespace) return genericEffects(ctx, null);
    words = words.slice(1);
  }
  const action = ownValue(STORE_VERBS, words[0] ?? "");
  if (action === undefined) return genericEffects(ctx, null);
  return storeEffects(ctx, action, words.slice(1));
};

function storeEffects(ctx: ProgramContext, action: ActionClass, paths: string[]): Effect[] {
  if (action === "copy" || action === "move") {
    const destination = paths[paths.length - 1] ?? null;
    const remote = destination !== null && ctx.program === "mc" ? isAliasPath(destination) : undefined;
    return [makeEffect(action, paths.slice(0, -1), ctx.text, { destination, remote })];
  }
  return [makeEffect(action, paths, ctx.text)];
}

/**
 * An `mc` location: `alias/bucket/key` names a configured server (remote), as does a URL;
 * an absolute, `./`, `~` or drive path, or a bare file name, is local.
 */
export function isAliasPath(location: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return isRemoteLocation(location);
  return /^[A-Za-z0-9][\w-]*\/[^/]/.test(location) || /^[A-Za-z0-9][\w-]*\/?$/.test(location) && location.endsWith("/");
}

/** `az storage blob|file|container` options naming the container, blob and local side. */
const AZ_CONTAINER = ["--container-name", "-c", "--share-name", "--file-system", "-f"];
const AZ_BLOB = ["--name", "-n", "--path", "--blob-name"];
const AZ_LOCAL = ["--file", "-f", "--local-path"];

/**
 * `az storage blob upload|upload-batch|download|download-batch|delete|delete-batch|copy start`,
 * `az storage container delete`: blobs live at `az://<account>/<container>/<blob>` (remote);
 * the local side is `--file`, or `--source`/`--destination` for batches. Other `az` commands
 * go to the generic CLI reader (`az vm delete -n x`).
 */
export const azCli: ProgramHandler = (ctx) => {
  const words = operands(ctx.args, set("--account-name", "--container-name", "-c", "--name", "-n", "--file", "-f",
    "--source", "-s", "--destination", "-d", "--pattern", "--account-key", "--connection-string", "--sas-token",
    "--destination-container", "--destination-blob", "--source-uri", "--source-container", "--source-blob", "--path",
    "--share-name", "--file-system", "--auth-mode", "--subscription", "--output", "-o", "--query", "--local-path"));
  if (words[0] === "rest") return azRest(ctx);
  if (words[0] !== "storage" || words.length < 3) return genericEffects(ctx, null);
  const value = (names: string[]) => optionValue(ctx.args, names);
  const account = value(["--account-name"]);
  const blobUrl = (container: string | null, blob: string | null) =>
    `az://${[account, container, blob].filter((p): p is string => p !== null && p !== "").join("/")}`;
  const verb = words.slice(2).join(" ");
  const container = value(AZ_CONTAINER.filter((o) => words[1] !== "blob" || o !== "-f"));
  const blob = value(AZ_BLOB);
  const local = value(AZ_LOCAL.filter((o) => words[1] === "blob" || o !== "-f"));
  const source = value(["--source", "-s"]);
  const destination = value(["--destination", "-d"]);
  const inStore = (c: string | null, b: string | null) => [...(b ? [b] : []), ...(c && b ? [`${c}/${b}`] : c ? [c] : [])];
  if (verb.startsWith("upload-batch")) return [makeEffect("copy", source ? [source] : [], ctx.text, { destination: blobUrl(destination, null) })];
  if (verb.startsWith("upload")) return [makeEffect("copy", local ? [local] : [], ctx.text, { destination: blobUrl(container, blob) })];
  if (verb.startsWith("download-batch")) return [makeEffect("copy", inStore(source, null), ctx.text, { destination })];
  if (verb.startsWith("download")) return [makeEffect("copy", inStore(container, blob), ctx.text, { destination: local })];
  if (verb.startsWith("delete-batch")) return [makeEffect("delete", [...inStore(source, null), ...(value(["--pattern"]) ? [value(["--pattern"])!] : [])], ctx.text)];
  if (verb.startsWith("delete")) return [makeEffect("delete", inStore(container, blob), ctx.text)];
  if (verb.startsWith("copy start")) {
    const from = value(["--source-uri"]) ?? blobUrl(value(["--source-container"]), value(["--source-blob"]));
    const to = blobUrl(value(["--destination-container"]) ?? container, value(["--destination-blob"]) ?? blob);
    return [makeEffect("copy", [from, ...inStore(value(["--source-container"]), value(["--source-blob"]))], ctx.text, { destination: to })];
  }
  return genericEffects(ctx, null);
};

/**
 * Backup tools: `restic -r <repo> backup <paths>` and `borg create <repo>::<archive> <paths>`
 * copy the paths into the repository (remote when the repository is: `sftp:`, `s3:`,
 * `rest:`, `user@host:`, `ssh://`); `forget`/`prune`/`delete` delete; `restore`/`extract` copy
 * back; listings read.
 */
export const backupTool: ProgramHandler = (ctx) => {
  const valueOptions = set("-r", "--repo", "--repository", "--password-file", "-p", "--tag", "--host", "--exclude",
    "-e", "--exclude-file", "--files-from", "--target", "-t", "--keep-last", "--keep-daily", "--keep-weekly",
    "--keep-monthly", "--compression", "-C", "--comment", "--rsh", "--cache-dir", "--iexclude");
  const words = operands(ctx.args, valueOptions);
  const [verb = "", ...rest] = words;
  if (ctx.program === "borg") {
    const repo = rest[0] ?? "";
    const remote = isRemoteLocation(repo.replace(/::.*$/, ""));
    if (verb === "create") return [makeEffect("copy", rest.slice(1), ctx.text, { destination: repo || null, remote })];
    if (verb === "extract") return [makeEffect("copy", [repo, ...rest.slice(1)], ctx.text, { destination: ctx.cwd ?? "." })];
    if (verb === "delete" || verb === "prune" || verb === "compact") return [makeEffect("delete", rest, ctx.text)];
    if (verb === "list" || verb === "info" || verb === "check") return [makeEffect("read", rest, ctx.text)];
    return genericEffects(ctx, null);
  }
  const repo = optionValue(ctx.args, ["-r", "--repo", "--repository"]);
  if (verb === "backup") return [makeEffect("copy", rest, ctx.text, { destination: repo })];
  if (verb === "restore") return [makeEffect("copy", [...(repo ? [repo] : []), ...rest], ctx.text, { destination: optionValue(ctx.args, ["--target", "-t"]) })];
  if (verb === "forget" || verb === "prune") return [makeEffect("delete", [...(repo ? [repo] : []), ...rest], ctx.text)];
  if (verb === "snapshots" || verb === "ls" || verb === "check" || verb === "stats" || verb === "find" || verb === "diff") {
    return [makeEffect("read", [...(repo ? [repo] : []), ...rest], ctx.text)];
  }
  return genericEffects(ctx, null);
};
