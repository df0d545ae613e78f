import { httpIdentifiers } from "../http-identifiers";
import { graphqlOperation } from "../graphql-operation";
import { stateSwitchedOffByBody } from "../switch-off";
import { actionOfWord, splitIdentifier } from "../action-words";
import { DESTRUCTIVE_ACTIONS, type ActionClass, type Effect } from "../effect";
import { makeEffect } from "../effect-builder";
import { ownValue } from "../own-value";
import { operands, optionValue } from "./command-args";
import { setsOnlyMetadata } from "../metadata-keys";
import { applyPatch } from "./file-programs";
import { genericEffects } from "./generic-cli";
import type { ProgramHandler } from "./program-context";
import { settingsOf } from "../../evidence/settings-map";
import { jsonObject, selectedAction } from "../body-fields";

/** Programs that move data between places: git, the Hugging Face CLI, curl, wget (object stores: `object-store-programs.ts`). */

const set = (...names: string[]) => new Set(names);

const GIT_VERBS: Record<string, ActionClass> = {
  push: "copy", clone: "copy", rm: "delete", clean: "delete", mv: "move", status: "read", log: "read", diff: "read",
  show: "read", fetch: "read", pull: "modify", commit: "modify", add: "modify", checkout: "modify", restore: "modify",
  reset: "modify", revert: "modify", merge: "modify", rebase: "modify", branch: "read", tag: "metadata", remote: "read",
};

/**
 * git: `push` sends the repository to a remote (a copy whose targets are the repository, from
 * `-C dir` or an earlier `cd dir`, and the refspecs); `rm`/`clean` delete; `branch -D` deletes
 * a branch. A push to a path is local; to a remote name or URL, remote.
 */
export const git: ProgramHandler = (ctx) => {
  const repo = optionValue(ctx.args, ["-C"]) ?? ctx.cwd;
  // `commit -qm msg`, `-am msg`: a short cluster ending in m takes the message.
  const args = ctx.args.filter((a, i) => !(i > 0 && /^-[a-z]*m$/.test(ctx.args[i - 1]!) && ctx.args[i - 1] !== "-m"));
  const words = operands(args, set("-C", "-c", "-m", "--message", "-b", "-B", "-o", "--git-dir", "--work-tree", "-F", "--file", "--author"));
  const verb = words[0] ?? "";
  const rest = words.slice(1);
  const inRepo = (targets: string[]) => (repo ? [repo, ...targets] : targets);
  if (verb === "push") {
    const remote = rest[0] ?? "origin";
    const refs = rest.slice(1);
    // `git push origin --delete branch`, `git push origin :refs/tags/v1`: an empty source deletes the remote ref.
    const deleted = ctx.args.some((a) => a === "--delete" || a === "-d") ? refs : refs.filter((r) => r.startsWith(":")).map((r) => r.slice(1).replace(/^refs\/(?:heads|tags)\//, ""));
    if (deleted.length > 0) return [makeEffect("delete", inRepo(deleted), ctx.text)];
    return [makeEffect("copy", inRepo(refs), ctx.text, { destination: /[:/]/.test(remote) ? remote : `git-remote://${remote}` })];
  }
  if (verb === "apply" || verb === "am") return applyPatch({ ...ctx, args: ctx.args.slice(ctx.args.indexOf(verb) + 1) });
  if (verb === "clone") return [makeEffect("copy", rest.slice(0, 1), ctx.text, { destination: rest[1] ?? null })];
  if (verb === "branch" && /(^|\s)-(d|D|-delete)\b/.test(ctx.args.join(" "))) return [makeEffect("delete", rest, ctx.text)];
  const action = ownValue(GIT_VERBS, verb);
  if (action === undefined) return genericEffects(ctx, null);
  return [makeEffect(action, action === "read" || verb === "commit" ? (repo ? [repo] : rest) : inRepo(rest), ctx.text)];
};

/**
 * `huggingface-cli upload <repo> [local] [path-in-repo]` (and `hf upload`): copies the local
 * folder (default `.`) to the Hub repository; `download` fetches; `delete`/`repo delete` deletes.
 */
export const huggingFace: ProgramHandler = (ctx) => {
  const words = operands(ctx.args, set("--repo-type", "--revision", "--token", "--include", "--exclude", "--commit-message", "--local-dir", "--cache-dir"));
  const [verb = "", repoId, local] = words;
  if (verb === "upload" && repoId) return [makeEffect("copy", [local ?? ctx.cwd ?? "."], ctx.text, { destination: `hf://${repoId}` })];
  if (verb === "download" && repoId) return [makeEffect("copy", [`hf://${repoId}`], ctx.text, { destination: optionValue(ctx.args, ["--local-dir"]) })];
  return genericEffects(ctx, null);
};

const CURL_VALUE_OPTIONS = set("-X", "--request", "-H", "--header", "-d", "--data", "--data-raw", "--data-binary",
  "--data-urlencode", "-F", "--form", "-T", "--upload-file", "-o", "--output", "-u", "--user", "-A", "--user-agent",
  "-e", "--referer", "-b", "--cookie", "-c", "--cookie-jar", "-m", "--max-time", "--connect-timeout", "-w", "--write-out", "--json");

/** The action an HTTP request performs: DELETE deletes; POST/PUT to `/…/shutdown` stops; GET reads. */
export function httpAction(method: string, url: string, body: string | null = null): ActionClass {
  const m = method.toUpperCase();
  if (m === "DELETE") return "delete";
  if (m === "GET" || m === "HEAD" || m === "OPTIONS") return "read";
  const graphql = graphqlOperation(body);
  if (graphql !== null) return graphql.action;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "").split(/[?#]/)[0] ?? "";
  const segments = path.split("/").filter(Boolean).reverse();
  // `POST …/collections/marlin-memory/snapshots`: adding to a thing's snapshots or backups copies that thing.
  if ((m === "POST" || m === "PUT") && COPY_COLLECTIONS.has(segments[0]?.toLowerCase() ?? "")) return "copy";
  // `POST …/features/ai-triage-bot/environments/production/off` (Unleash and other flag services): switched off.
  if ((m === "POST" || m === "PUT") && segments[0]?.toLowerCase() === "off") return "disable";
  for (const segment of segments.slice(0, 3)) {
    // `POST …/models/sentry-lm-13b:delete`, `…/endpoints/e-1:undeploy`: Google's custom methods put the verb after a colon.
    const colon = segment.lastIndexOf(":");
    const custom = colon > 0 ? actionOfWord(segment.slice(colon + 1).toLowerCase()) : null;
    if (custom !== null && custom !== "read") return custom;
    const words = splitIdentifier(segment);
    // `…/agents/rover/kill-switch`: a thing named after what it does, not the call's verb.
    if (words.length > 1 && MECHANISM_NOUNS.has(words[words.length - 1]!)) continue;
    const action = words.length <= 3 ? actionOfWord(segment) : null;
    if (action !== null && action !== "read") return action;
  }
  // S3's `POST /bucket?delete` (multi-object delete): a bare query key that is a verb names the operation.
  const query = /\?([a-z]+)(?:&|#|$)/i.exec(url)?.[1];
  const queried = query !== undefined ? actionOfWord(query.toLowerCase()) : null;
  if (queried !== null && queried !== "read") return queried;
  // `PATCH …/dags/x {"is_paused": true}`, `POST …/api_keys/k {"status": "inactive"}`: a body that sets
  // the thing's state says what the call does. `{"enabled": false}` stays a modify: the safety
  // reading of its settings judges what it turns off.
  const switched = body !== null && body.length <= 64 * 1024 && m !== "DELETE" ? stateSwitchedOffByBody(body) : null;
  // `PATCH …/deployments/heron-chat {"replicas": 0}`: scaled to zero, the thing stops.
  const scaledToZero = switched === null && body !== null && body.length <= 64 * 1024 && (m === "PUT" || m === "PATCH" || m === "POST") && zeroReplicasIn(body);
  return bodySelectedAction(body) ?? switched ?? (scaledToZero ? "stop" : m === "PUT" || m === "PATCH" ? "modify" : "execute");
}

/** A body that sets a replica count to zero (`{"replicas": 0}`, `{"spec": {"minReplicas": 0, "maxReplicas": 0}}`), and none above. */
function zeroReplicasIn(body: string): boolean {
  let zero = false;
  for (const [key, value] of settingsOf(body)) {
    if (!REPLICA_KEY.test(key.slice(key.lastIndexOf(".") + 1))) continue;
    if (value.trim() !== "0") return false;
    zero = true;
  }
  return zero;
}
const REPLICA_KEY = /^(?:replicas|replica_?count|min_?replicas|max_?replicas|desired_?count|desired_?replicas|instance_?count|min_?instances|max_?instances)$/i;

const COPY_COLLECTIONS = new Set(["snapshots", "snapshot", "backups", "backup", "exports", "export", "clones", "dumps", "copies"]);
const MECHANISM_NOUNS = new Set(["switch", "hook", "hooks", "button", "flag", "flags", "signal", "policy", "policies", "config", "settings", "schedule", "timer", "script"]);

/**
 * `POST …/agents/kiwi-dock/lifecycle {"action": "terminate"}`: a body whose action-selecting
 * field names a destructive verb says what the call does.
 */
function bodySelectedAction(body: string | null): ActionClass | null {
  const fields = jsonObject(body);
  if (fields === null) return null;
  const selected = selectedAction(fields);
  if (selected !== null) return selected;
  // Terraform Cloud's `POST /runs {"data": {"attributes": {"is-destroy": true}}}`: a flag that names the deed.
  for (const [key, value] of settingsOf(body!)) {
    if (value.trim() !== "true") continue;
    const words = splitIdentifier(key.slice(key.lastIndexOf(".") + 1)).filter((w) => w !== "is");
    const action = words.length === 1 ? actionOfWord(words[0]!) : null;
    if (action !== null && DESTRUCTIVE_ACTIONS.has(action)) return action;
  }
  return null;
}

/** curl: the method and URL say the action; `-T file`/`-F x=@file` upload a file to the URL (a copy to a remote). */
export const curl: ProgramHandler = (ctx) => {
  const urls = operands(ctx.args, CURL_VALUE_OPTIONS).filter((u) => /^[a-z]+:\/\/|^[\w.-]+(:\d+)?\//i.test(u));
  const url = urls[0] ?? optionValue(ctx.args, ["--url"]) ?? "";
  const upload = optionValue(ctx.args, ["-T", "--upload-file"]) ?? /@([^;]+)/.exec(optionValue(ctx.args, ["-F", "--form"]) ?? "")?.[1]
    ?? /^@(.+)/.exec(optionValue(ctx.args, ["-d", "--data", "--data-binary"]) ?? "")?.[1] ?? null;
  const hasBody = ["-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "-F", "--form", "--json"].some((o) => optionValue(ctx.args, [o]) !== null);
  const method = optionValue(ctx.args, ["-X", "--request"]) ?? (upload && optionValue(ctx.args, ["-T", "--upload-file"]) ? "PUT" : hasBody ? "POST" : "GET");
  const effects: Effect[] = [];
  if (upload !== null) effects.push(makeEffect("copy", [upload], ctx.text, { destination: url || null }));
  const body = optionValue(ctx.args, ["-d", "--data", "--data-raw", "--json"]);
  const request = requestEffect(method, url, body, ctx.text);
  if (upload === null || request.action !== "execute") effects.push(request);
  const { action, targets: named } = request;
  // `curl …/finetune/download?… -o /data/archive/x.tar.zst`: a download keeps a copy of what the URL serves.
  const saved = optionValue(ctx.args, ["-o", "--output"]);
  if (action === "read" && url && saved !== null && saved !== "/dev/null" && saved !== "-") effects.push(makeEffect("copy", named, ctx.text, { destination: saved }));
  return effects;
};

/** An HTTP request as a deed: the method's action on the URL and the ids its path and query name (`…/download?ft_id=ft-7c2e`). */
export function requestEffect(method: string, url: string, body: string | null, text: string): Effect {
  const verb = httpAction(method, url, body);
  // A body that only bumps timestamps, retention or tags changes metadata, not the resource.
  const action = body !== null && (verb === "modify" || verb === "execute") && setsOnlyMetadata(body) ? "metadata" : verb;
  const named = url ? [...new Set([url, ...httpIdentifiers(url, body)])] : [];
  return makeEffect(action, named, text, { content: body });
}

/** `az rest --method delete --url https://management.azure.com/…/raiPolicies/x`: an HTTP request to Azure's API. */
export const azRest: ProgramHandler = (ctx) =>
  [requestEffect(optionValue(ctx.args, ["--method", "-m"]) ?? "GET", optionValue(ctx.args, ["--url", "--uri", "-u"]) ?? "", optionValue(ctx.args, ["--body", "-b"]), ctx.text)];

/** wget downloads (a read of the URL) unless told another method. */
export const wget: ProgramHandler = (ctx) => {
  const urls = operands(ctx.args, set("-O", "-o", "-P", "--header", "--post-data", "--method", "--body-data", "-U"));
  const method = optionValue(ctx.args, ["--method"]) ?? (optionValue(ctx.args, ["--post-data", "--post-file"]) !== null ? "POST" : "GET");
  return [makeEffect(httpAction(method, urls[0] ?? ""), urls, ctx.text)];
};

/**
 * `grpcurl -d '{"name": "agents/marlin"}' agentd:443 agentd.v1.AgentService/ShutdownAgent`: the
 * RPC's verb (`Shutdown…`, `Delete…`, `Get…`) done to the ids of its request message. `list` and
 * `describe` only look at the server's services.
 */
export const grpcurl: ProgramHandler = (ctx) => {
  const ops = operands(ctx.args, GRPCURL_VALUE_OPTIONS);
  const method = ops.find((o) => RPC_METHOD.test(o));
  if (method === undefined || ops.includes("list") || ops.includes("describe")) return [makeEffect("read", [], ctx.text)];
  const body = optionValue(ctx.args, ["-d"]);
  const rpc = method.slice(method.lastIndexOf("/") + 1);
  const named = httpIdentifiers(null, body);
  return [makeEffect(actionOfWord(splitIdentifier(rpc)[0] ?? "") ?? "execute", named.length > 0 ? named : [method], ctx.text, { content: body })];
};
/** `package.Service/Method` (or `package.Service.Method`). */
const RPC_METHOD = /^[\w.]+[/.][A-Z]\w*$/;
const GRPCURL_VALUE_OPTIONS = set("-d", "-H", "-rpc-header", "-reflect-header", "-import-path", "-proto", "-protoset", "-max-time",
  "-connect-timeout", "-keepalive-time", "-authority", "-cert", "-key", "-cacert", "-servername", "-user-agent", "-format", "-max-msg-sz");
