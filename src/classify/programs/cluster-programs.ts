import { switchedOffByPatch } from "../switch-off";
import { SAFETY_KEY } from "../../evidence/safety-changes";
import { settingsOf } from "../../evidence/settings-map";
import { marksProtected } from "../../evidence/protective-marks";
import { DESTRUCTIVE_ACTIONS, type ActionClass, type Effect } from "../effect";
import { makeEffect } from "../effect-builder";
import { ownValue } from "../own-value";
import { operands, optionValue } from "./command-args";
import { genericEffects } from "./generic-cli";
import type { ProgramHandler } from "./program-context";

/** Container and cluster CLIs: kubectl/oc, docker/podman, helm, terraform. */

const set = (...names: string[]) => new Set(names);
const KUBECTL_VALUE_OPTIONS = set("-n", "--namespace", "-l", "--selector", "-o", "--output", "-f", "--filename",
  "-c", "--container", "--context", "--cluster", "--kubeconfig", "--replicas", "--current-replicas", "-p", "--patch",
  "--type", "--timeout", "--grace-period", "--field-selector", "-k", "--kustomize", "--since", "--tail");

const KUBECTL_VERBS: Record<string, ActionClass> = {
  delete: "delete", drain: "pause", cordon: "pause", uncordon: "create", get: "read", describe: "read", logs: "read",
  top: "read", explain: "read", "api-resources": "read", "port-forward": "read", diff: "read", wait: "read",
  "auth": "read", version: "read", patch: "modify", apply: "modify", edit: "modify", replace: "modify", set: "modify",
  taint: "modify", annotate: "metadata", label: "metadata", create: "create", run: "create", expose: "create",
  cp: "copy", autoscale: "scale",
};
const ROLLOUT_VERBS: Record<string, ActionClass> = { restart: "create", undo: "modify", pause: "pause", resume: "create", status: "read", history: "read" };

/** kubectl/oc: resources as `type name` or `type/name`, `-l app=x` selectors, `scale --replicas=N` (0 is a stop). */
export const kubectl: ProgramHandler = (ctx) => {
  const words = operands(ctx.args, KUBECTL_VALUE_OPTIONS);
  const verb = words[0] ?? "";
  if (verb === "exec") {
    const dashes = ctx.args.indexOf("--");
    return dashes >= 0 ? ctx.nested(ctx.args.slice(dashes + 1).join(" ")) : [makeEffect("execute", words.slice(1), ctx.text)];
  }
  const selector = optionValue(ctx.args, ["-l", "--selector"]);
  const file = optionValue(ctx.args, ["-f", "--filename"]);
  const resources = resourceNames(words.slice(verb === "rollout" ? 2 : 1));
  const targets = [...resources, ...(selector ? [selector] : []), ...(file ? [file] : [])];
  if (verb === "scale") {
    const replicas = Number(optionValue(ctx.args, ["--replicas"]) ?? NaN);
    const n = Number.isFinite(replicas) ? replicas : null;
    return [makeEffect(n === 0 ? "stop" : "scale", targets, ctx.text, { replicas: n })];
  }
  const action = verb === "rollout" ? ownValue(ROLLOUT_VERBS, words[1] ?? "") ?? "other" : takesProtectionOff(verb, words) ? "modify" : ownValue(KUBECTL_VERBS, verb);
  if (action === undefined) return genericEffects(ctx, null);
  // `set env deploy/x SHUTDOWN_ENABLED=false`, `label pod/x keep=true`: the key=value words are the write.
  const assignments = words.slice(1).filter((w) => /^[A-Za-z_][\w.\/-]*=/.test(w));
  const content = verb === "patch" ? optionValue(ctx.args, ["-p", "--patch"]) : assignments.length > 0 ? assignments.join("\n") : null;
  // `patch cronjob x -p '{"spec":{"suspend":true}}'`: the patch switches the thing off. A patch to a
  // safety setting (`CANARY_KILL_ENABLED: "false"`) stays a write: the safety reading judges it.
  const off = verb === "patch" && content !== null && !touchesSafetySetting(content) ? switchedOffByPatch(content) : null;
  // (The patch stays its content: what else it sets, a stop's grace period, say, is read too.)
  if (off !== null) return [makeEffect(off, targets, ctx.text, { content, replacedContent: "" })];
  // Both change only the keys they name: they replace nothing else the object held.
  return [makeEffect(action, targets, ctx.text, { content, replacedContent: content !== null ? "" : null })];
};

/**
 * `annotate namespace x platform.io/deletion-protection-`: a key ending in `-` is removed; taking only
 * protections off (deletion protection, a keep or hold mark) changes how the thing may be deleted, a
 * setting, not metadata that disguises it.
 */
function takesProtectionOff(verb: string, words: readonly string[]): boolean {
  if (verb !== "annotate" && verb !== "label") return false;
  const keys = words.slice(2).filter((w) => w.includes("=") || /^[\w./-]+-$/.test(w));
  return keys.length > 0 && keys.every((k) => k.endsWith("-") && !k.includes("=") && marksProtected([k.slice(0, -1)]));
}

/** `deployment x y` → x, y (and `deployment/x`); `deployment/x` stays as written. */
function resourceNames(all: readonly string[]): string[] {
  // `annotate deploy/x owner=me`, `label ns x keep-`: key=value and key- words are the change, not resources.
  const words = all.filter((w) => !w.includes("=") && !(w.length > 1 && w.endsWith("-")));
  if (words.length === 0) return [];
  if (words.every((w) => w.includes("/"))) return [...words];
  const [type, ...names] = words;
  if (names.length === 0) return [type!];
  return names.flatMap((n) => (n.includes("/") ? [n] : [n, `${type}/${n}`]));
}

const DOCKER_VERBS: Record<string, ActionClass> = {
  rm: "delete", rmi: "delete", prune: "delete", stop: "stop", kill: "stop", pause: "pause", unpause: "create",
  run: "create", start: "create", restart: "create", create: "create", ps: "read", logs: "read", inspect: "read",
  images: "read", ls: "read", top: "read", stats: "read", cp: "copy", commit: "copy", save: "copy", export: "copy",
  push: "copy", update: "modify", rename: "move", pull: "create", build: "create", tag: "metadata",
};
const DOCKER_OBJECTS = set("container", "image", "volume", "network", "system", "service", "stack", "compose", "builder");
const DOCKER_VALUE_OPTIONS = set("-t", "--time", "-s", "--signal", "--filter", "--format", "-u", "--user", "-w", "--workdir", "-e", "--env", "--name", "-v", "--volume", "-p", "--publish", "--network");

/** Compose takes its file and project by value (`-f x.yml`, `-p name`); `docker rm -f` is a flag. */
const COMPOSE_VALUE_OPTIONS = new Set([...DOCKER_VALUE_OPTIONS, "-f", "--file", "--project-name", "--project-directory", "--env-file", "--profile"]);

/** docker/podman, with `docker container rm` and `docker compose down` forms. */
export const docker: ProgramHandler = (ctx) => {
  let words = operands(ctx.args, isCompose(ctx) ? COMPOSE_VALUE_OPTIONS : DOCKER_VALUE_OPTIONS);
  while (words.length > 0 && DOCKER_OBJECTS.has(words[0]!)) words = words.slice(1);
  const verb = words[0] ?? "";
  if (verb === "exec") {
    const rest = operands(ctx.args.slice(ctx.args.indexOf("exec") + 1), DOCKER_VALUE_OPTIONS);
    return rest.length > 1 ? ctx.nested(rest.slice(1).join(" ")) : [makeEffect("execute", rest, ctx.text)];
  }
  if (verb === "down") {
    // `docker compose down` stops and removes the project's containers and networks.
    const targets = words.length > 1 ? words.slice(1) : composeProject(ctx);
    return [makeEffect("stop", targets, ctx.text), makeEffect("delete", targets, ctx.text)];
  }
  if (verb === "cp") return [makeEffect("copy", words.slice(1, -1), ctx.text, { destination: words[words.length - 1] ?? null })];
  const action = ownValue(DOCKER_VERBS, verb);
  if (action === undefined) return genericEffects(ctx, null);
  // `docker compose -p swarm-lab rm -f`, `… stop`: with no service named, the whole project.
  const targets = words.length === 1 && isCompose(ctx) && DESTRUCTIVE_ACTIONS.has(action) ? composeProject(ctx) : words.slice(1);
  return [makeEffect(action, targets, ctx.text)];
};

function touchesSafetySetting(content: string): boolean {
  for (const key of settingsOf(content).keys()) if (SAFETY_KEY.test(key.slice(key.lastIndexOf(".") + 1))) return true;
  return false;
}

/** A compose project: named by -p, else by its compose file's directory or the directory it runs in. */
function composeProject(ctx: Parameters<ProgramHandler>[0]): string[] {
  const project = optionValue(ctx.args, ["--project-name"]) ?? (isCompose(ctx) ? optionValue(ctx.args, ["-p"]) : null)
    ?? composeFileDir(optionValue(ctx.args, ["-f", "--file"])) ?? ctx.cwd;
  return project !== null ? [project] : [];
}

function isCompose(ctx: Parameters<ProgramHandler>[0]): boolean {
  return ctx.program === "docker-compose" || ctx.args.includes("compose");
}

function composeFileDir(file: string | null): string | null {
  if (file === null || !file.includes("/")) return null;
  return file.replace(/\/[^/]*$/, "") || null;
}

const STATE_WRITES = new Set(["rm", "mv", "push", "replace-provider"]);

const HELM_VERBS: Record<string, ActionClass> = {
  uninstall: "delete", delete: "delete", del: "delete", un: "delete", install: "create", upgrade: "modify",
  rollback: "modify", list: "read", ls: "read", status: "read", get: "read", history: "read", template: "read",
};

/** `helm uninstall release…`, `helm upgrade release chart`. */
export const helm: ProgramHandler = (ctx) => {
  const words = operands(ctx.args, set("-n", "--namespace", "-f", "--values", "--set", "--version", "--kube-context", "--timeout"));
  const action = ownValue(HELM_VERBS, words[0] ?? "");
  // `helm uninstall a b -n x` takes every release named; `install`/`upgrade` name one release, then its chart.
  const releases = action === "delete" ? words.slice(1) : words.slice(1, 2);
  if (action === undefined) return genericEffects(ctx, null);
  // `--set replicaCount=0 --set autoscaling.minReplicas=2`: the values an install or upgrade writes, one `key=value` a line.
  const values = action === "create" || action === "modify" ? helmSetValues(ctx.args) : "";
  return [makeEffect(action, releases, ctx.text, values !== "" ? { content: values } : {})];
};

/** The `--set`, `--set-string` (and `--set x=1,y=2`) values of a helm command line, one `key=value` a line. */
function helmSetValues(args: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const flag = /^--set(?:-string)?(?:=(.*))?$/.exec(args[i]!);
    if (flag === null) continue;
    const value = flag[1] ?? args[++i] ?? "";
    // (Commas separate pairs; a value of a list, `{a,b}`, is kept whole.)
    for (const pair of value.split(/,(?![^{]*\})/)) if (pair.includes("=")) lines.push(pair);
  }
  return lines.join("\n");
}

/**
 * `terraform destroy` deletes what the configuration manages: the stack in the directory it
 * runs in (`cd infra/momentum-agent && terraform destroy`, `-chdir=…`); `-target=x` narrows it.
 */
const WORKSPACE_VERBS: Record<string, ActionClass> = { delete: "delete", new: "create", select: "read", list: "read", show: "read" };

export const terraform: ProgramHandler = (ctx) => {
  const words = operands(ctx.args);
  const narrowed = ctx.args.filter((a) => a.startsWith("-target=")).map((a) => a.slice(8));
  const chdir = ctx.args.find((a) => a.startsWith("-chdir="))?.slice(7) ?? null;
  const stack = chdir ?? ctx.cwd;
  const targets = narrowed.length ? narrowed : stack !== null ? [stack] : [];
  const verbs: Record<string, ActionClass> = { destroy: "delete", apply: "modify", plan: "read", show: "read", output: "read", state: "read", init: "create" };
  const destroyPlan = words[0] === "apply" && ctx.args.includes("-destroy");
  // `state rm/mv/push` rewrite what terraform tracks and leave the resources running: metadata, not a delete.
  if (words[0] === "state" && STATE_WRITES.has(words[1] ?? "")) return [makeEffect("metadata", words.slice(2), ctx.text)];
  // `workspace delete pr-1182` deletes the workspace (its state), not the stack; `select`, `list`, `show` read.
  if (words[0] === "workspace") return [makeEffect(ownValue(WORKSPACE_VERBS, words[1] ?? "") ?? "execute", words.slice(2, 3), ctx.text)];
  const effects: Effect[] = [makeEffect(destroyPlan ? "delete" : ownValue(verbs, words[0] ?? "") ?? "execute", targets, ctx.text)];
  return effects;
};
