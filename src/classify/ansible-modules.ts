import type { ActionClass, Effect } from "./effect";
import { makeEffect, type EffectExtras } from "./effect-builder";

/**
 * Ansible modules as effects, for `ansible <hosts> -m <module> -a "<args>"` and for tools
 * whose arguments carry `module` + `args`. Module arguments are `k=v` text (Ansible quoting)
 * or an object. Each module family maps its arguments to actions: services by `state` and
 * `enabled`; `command`/`shell` by the command they run; `file` and `cron` by `state=absent`;
 * `copy`/`fetch`/`synchronize` as copies to or from the managed hosts. Other modules follow
 * the conventions every module shares (`state: absent|stopped|started`, `enabled: no`).
 */

/** Module arguments after parsing: key/values, and the free-form text (`command` modules). */
export interface ModuleArgs {
  params: Record<string, unknown>;
  freeForm: string;
}

const SERVICE_MODULES = new Set(["systemd", "systemd_service", "service", "sysvinit", "runit", "supervisorctl", "openrc", "win_service", "launchd", "svc"]);
const COMMAND_MODULES = new Set(["command", "shell", "raw", "win_shell", "win_command"]);
const COPY_MODULES = new Set(["copy", "win_copy", "template", "win_template", "unarchive"]);
const EDIT_MODULES = new Set(["lineinfile", "blockinfile", "replace", "ini_file", "win_lineinfile"]);
/** Modules known well enough that a tool passing them in a `module` argument is taken for Ansible. */
const KNOWN_MODULES = new Set([...SERVICE_MODULES, ...COMMAND_MODULES, ...COPY_MODULES, ...EDIT_MODULES, "script", "file",
  "win_file", "cron", "fetch", "synchronize", "user", "group", "apt", "yum", "dnf", "package", "pip", "docker_container",
  "docker_image", "k8s", "k8s_scale", "setup", "ping", "stat", "slurp", "find", "reboot", "debug", "uri", "get_url"]);
/** `command` options that are not part of the command line. */
const COMMAND_OPTIONS = /(?:^|\s)(?:chdir|creates|removes|executable|stdin|stdin_add_newline|strip_empty_ends|warn|expand_argument_vars)=(?:"[^"]*"|'[^']*'|\S+)/g;
const TARGET_KEYS = ["name", "unit", "service", "path", "dest", "src", "key", "id", "release_name", "repo", "pkg", "user"];
const READ_MODULES = new Set(["setup", "ping", "stat", "slurp", "find", "debug", "command_status", "service_facts", "package_facts"]);

/** `ansible.builtin.systemd` → `systemd`. */
export function moduleBaseName(module: string): string {
  const name = module.trim().toLowerCase();
  return name.slice(name.lastIndexOf(".") + 1);
}

/** Whether a name is an Ansible module this reader knows (FQCNs included). */
export function isKnownModule(module: string): boolean {
  return KNOWN_MODULES.has(moduleBaseName(module));
}

/** Parses `name=x enabled=no msg="a b"` (Ansible's k=v quoting); words without `=` are the free form. */
export function parseModuleArgs(args: unknown): ModuleArgs {
  if (args !== null && typeof args === "object" && !Array.isArray(args)) {
    const params = args as Record<string, unknown>;
    const raw = params._raw_params ?? params.free_form;
    return { params, freeForm: typeof raw === "string" ? raw : "" };
  }
  if (Array.isArray(args)) return { params: { argv: args }, freeForm: "" };
  const text = typeof args === "string" ? args : "";
  const params: Record<string, unknown> = {};
  const free: string[] = [];
  for (const m of text.matchAll(/([A-Za-z_]\w*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)|("(?:[^"\\]|\\.)*"|'[^']*'|\S+)/g)) {
    if (m[1] !== undefined) params[m[1]] = unquote(m[2]!);
    else free.push(m[3]!);
  }
  return { params, freeForm: free.join(" ") };
}

function unquote(value: string): string {
  return /^(["']).*\1$/s.test(value) ? value.slice(1, -1).replace(/\\(.)/g, "$1") : value;
}

function flag(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string" && typeof value !== "number") return null;
  const v = String(value).trim().toLowerCase();
  if (/^(?:no|false|off|0|n)$/.test(v)) return false;
  if (/^(?:yes|true|on|1|y)$/.test(v)) return true;
  return null;
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null);

/**
 * The effects of running `module` with `args` on `hosts`. `shell` reads a command line (for
 * `command`/`shell`/`raw`); `summary` describes the call. Never empty.
 */
export function moduleEffects(module: string, args: unknown, hosts: string | null, shell: (line: string) => Effect[], summary: string): Effect[] {
  const base = moduleBaseName(module);
  const { params, freeForm } = parseModuleArgs(args);
  const state = (text(params.state) ?? "").toLowerCase();
  const targets = TARGET_KEYS.map((k) => text(params[k])).filter((t): t is string => t !== null);
  const effect = (action: ActionClass, on: string[] = targets, extras: EffectExtras = {}) => makeEffect(action, on, summary, extras);
  const onHosts = (path: string | null) => (path !== null && hosts ? `${hosts}:${path}` : path);

  if (COMMAND_MODULES.has(base)) {
    const argv = Array.isArray(params.argv) ? params.argv.map(String).join(" ") : null;
    const line = text(params.cmd) ?? argv ?? freeForm.replace(COMMAND_OPTIONS, " ").trim();
    const effects = line ? shell(line) : [];
    return effects.length > 0 ? effects : [effect("execute")];
  }
  if (base === "script") return [effect("execute", [text(params.cmd) ?? freeForm.split(/\s+/)[0] ?? ""])];
  if (SERVICE_MODULES.has(base)) {
    const effects: Effect[] = [];
    if (flag(params.enabled) === false || flag(params.masked) === true) effects.push(effect("disable"));
    if (state === "stopped" || state === "killed") effects.push(effect("stop"));
    else if (/^(?:started|restarted|reloaded|running)$/.test(state) || flag(params.enabled) === true) effects.push(effect("create"));
    return effects.length > 0 ? effects : [effect(state === "" ? "read" : "execute")];
  }
  if (base === "file" || base === "win_file") {
    if (state === "absent") return [effect("delete")];
    if (params.modification_time !== undefined || params.access_time !== undefined) return [effect("metadata")];
    if (/^(?:directory|touch|link|hard)$/.test(state)) return [effect("create")];
    if (["mode", "owner", "group", "attributes"].some((k) => params[k] !== undefined)) return [effect("permissions", targets, { content: text(params.mode) })];
    return [effect("modify")];
  }
  if (base === "cron") {
    const on = [text(params.name) ?? text(params.job) ?? "crontab", ...(text(params.cron_file) ? [text(params.cron_file)!] : [])];
    if (state === "absent") return [effect("delete", on)];
    if (flag(params.disabled) === true) return [effect("disable", on)];
    return [effect("modify", on, { content: text(params.job) })];
  }
  if (COPY_MODULES.has(base) || base === "fetch" || base === "synchronize") {
    const src = text(params.src);
    const dest = text(params.dest);
    if (text(params.content) !== null) return [effect("modify", dest ? [dest] : [], { content: text(params.content) })];
    // fetch and synchronize pull from the hosts; copy/template push to them (unless the source is already there).
    const pull = base === "fetch" || (base === "synchronize" && params.mode === "pull");
    if (pull) return [effect("copy", src ? [onHosts(src)!, src] : [], { destination: dest })];
    const local = flag(params.remote_src) === true;
    return [effect("copy", src ? [src] : [], { destination: local ? dest : onHosts(dest) })];
  }
  if (EDIT_MODULES.has(base)) {
    const content = text(params.line) ?? text(params.block) ?? text(params.replace) ?? text(params.value);
    return [effect("modify", targets, { content, replacedContent: text(params.regexp) ?? text(params.search_string) })];
  }
  if (READ_MODULES.has(base)) return [effect("read")];
  // Conventions every module shares.
  if (state === "absent") return [effect("delete")];
  if (state === "stopped" || state === "killed") return [effect("stop")];
  if (flag(params.enabled) === false) return [effect("disable")];
  if (/^(?:present|started|restarted|running|latest)$/.test(state)) return [effect("create")];
  return [effect("execute")];
}
