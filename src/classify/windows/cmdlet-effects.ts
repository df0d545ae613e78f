import { actionOfWord } from "../action-words";
import type { ActionClass, Effect } from "../effect";
import { makeEffect } from "../effect-builder";
import { ownValue } from "../own-value";
import { httpAction } from "../programs/transfer-programs";
import { cmdletDestination, cmdletTargets, listValues, readCmdletParams, type CmdletParams } from "./cmdlet-params";

/**
 * PowerShell cmdlets by their approved verb (`Verb-Noun`), so cmdlets never seen before are
 * read too: Stop-* stops, Remove-* deletes, Get-* reads, Copy-* copies, Set-* modifies…
 */
const VERBS: Record<string, ActionClass> = {
  stop: "stop", remove: "delete", clear: "delete", uninstall: "delete", unregister: "delete", dismount: "disable",
  disable: "disable", block: "disable", suspend: "pause", revoke: "revoke",
  get: "read", test: "read", select: "read", measure: "read", where: "read", sort: "read", format: "read", find: "read",
  search: "read", show: "read", resolve: "read", compare: "read", read: "read", wait: "read", write: "read", group: "read",
  convertto: "read", convertfrom: "read", join: "read", split: "read", trace: "read", debug: "read", receive: "read",
  copy: "copy", export: "copy", backup: "copy", compress: "copy", publish: "copy", send: "copy", save: "copy", checkpoint: "copy",
  move: "move", rename: "move",
  set: "modify", add: "modify", update: "modify", edit: "modify", reset: "modify", merge: "modify", protect: "permissions", grant: "permissions",
  start: "create", restart: "create", new: "create", enable: "create", install: "create", register: "create", resume: "create",
  expand: "create", import: "create", mount: "create", initialize: "create", deploy: "create", connect: "read", out: "read",
};

/** Cmdlets whose verb alone misleads. */
const CMDLET_ACTIONS: Record<string, ActionClass> = {
  "clear-host": "read", "out-file": "modify", "set-content": "modify", "add-content": "modify", "set-location": "read",
  "push-location": "read", "pop-location": "read", "clear-variable": "read", "set-variable": "read", "new-variable": "read",
  "remove-variable": "read", "set-strictmode": "read", "set-executionpolicy": "modify", "start-sleep": "read", "import-module": "read",
  "stop-transcript": "read", "start-transcript": "read", "write-output": "read", "write-host": "read", "new-object": "read",
};

/** Cmdlets whose arguments are not things: `Write-Host "done"`, `Start-Sleep 5`. */
const NO_TARGETS = /^(write|out|format|start-sleep|select|sort|measure|group|convert|join|split|set-location|new-object|import-module)/;

/** Other ways to reach a pipeline's targets or run a nested script. */
export interface CmdletScope {
  /** Targets of the command piped in (`Get-Process heron | Stop-Process`). */
  upstream: string[];
  /** Content printed by the command piped in (`"x" | Set-Content f`). */
  upstreamContent: string | null;
  nested(script: string): Effect[];
}

/**
 * The effects of one cmdlet call. `name` is the cmdlet as written (`Stop-Service`), `args`
 * its words. A cmdlet that takes its input from the pipeline (no target of its own) acts on
 * the upstream command's targets.
 */
export function cmdletEffects(name: string, args: readonly string[], text: string, scope: CmdletScope): Effect[] {
  const lower = name.toLowerCase();
  const params = readCmdletParams(args);
  const [verb = "", noun = ""] = lower.split("-", 2);
  if (lower === "foreach-object" || lower === "invoke-command" || lower === "where-object") return blockEffects(lower, params, text, scope);
  if (lower === "invoke-expression") return scope.nested(params.named.get("command") ?? params.positional.join(" "));
  if (lower === "invoke-webrequest" || lower === "invoke-restmethod") {
    const uri = params.named.get("uri") ?? params.positional[0] ?? "";
    const body = params.named.get("body") ?? null;
    return [makeEffect(httpAction(params.named.get("method") ?? (body ? "POST" : "GET"), uri), uri ? [uri] : [], text, { content: body })];
  }
  let action: ActionClass = ownValue(CMDLET_ACTIONS, lower) ?? ownValue(VERBS, verb) ?? actionOfWord(verb) ?? "execute";
  if (verb === "set" && action === "modify") action = settingAction(params) ?? action;
  if (lower === "stop-computer" || lower === "restart-computer") {
    const hosts = listValues(params.named.get("computername") ?? "localhost");
    return [makeEffect(action, hosts, text)];
  }
  let targets = NO_TARGETS.test(lower) && !/^(out-file|set-content|add-content)$/.test(lower) ? [] : cmdletTargets(params);
  if (targets.length === 0 || targets.every((t) => /^\$(_|psitem)\b/i.test(t))) targets = action === "read" && NO_TARGETS.test(lower) ? [] : scope.upstream;
  if (action === "copy" || action === "move") {
    const destination = cmdletDestination(params, cmdletTargets(params, 0).length > 0);
    const sources = targets.filter((t) => t !== destination);
    return [makeEffect(action, sources, text, { destination: noun === "item" || destination !== null ? destination : null })];
  }
  // `Set-ItemProperty -Path HKLM:\…\Copilot -Name KillSwitch -Value 0`, `New-ItemProperty … -Name X -Value 1`: a registry value
  // written is a setting of that name (read by the safety reading as `KillSwitch: 0`).
  const property = noun === "itemproperty" && (verb === "set" || verb === "new") ? params.named.get("name") : undefined;
  if (property !== undefined && params.named.has("value")) return [makeEffect("modify", targets, text, { content: `${property}: ${params.named.get("value")}` })];
  // `Set-Service -Name x -StartupType Automatic`: a setter's other parameters are the settings it writes.
  const content = action === "modify" ? params.named.get("value") ?? params.positional[1] ?? scope.upstreamContent ?? namedSettings(params) : null;
  return [makeEffect(action, targets, text, { content })];
}

/** A setter's named parameters other than what names its target, as `key: value` lines; null when none. */
function namedSettings(params: CmdletParams): string | null {
  const lines = [...params.named].filter(([name]) => !SETTING_IGNORED.has(name)).map(([name, value]) => `${name}: ${value}`);
  return lines.length > 0 ? lines.join("\n") : null;
}
const SETTING_IGNORED = new Set(["name", "displayname", "computername", "path", "literalpath", "force", "passthru", "confirm", "whatif", "erroraction"]);

/**
 * `Set-Service -StartupType Disabled` disables, `Set-Service -Status Stopped` stops,
 * `Set-ScheduledTask … -Enabled $false` disables: a setter's value can be the real action.
 */
function settingAction(params: CmdletParams): ActionClass | null {
  for (const [name, value] of params.named) {
    const v = value.toLowerCase();
    if (v === "disabled" || ((name === "enabled" || name === "enable") && v === "$false")) return "disable";
    if (v === "stopped" && (name === "status" || name === "state")) return "stop";
  }
  return null;
}

/**
 * `ForEach-Object { Remove-Item $_ }` runs its block once per piped item; `Invoke-Command
 * -ScriptBlock {…}` runs it (maybe remotely); `Where-Object { $_.Name -like 'heron*' }` only
 * filters, and the quoted words in its block narrow what flows on.
 */
function blockEffects(cmdlet: string, params: CmdletParams, text: string, scope: CmdletScope): Effect[] {
  const block = params.named.get("scriptblock") ?? params.named.get("process") ?? params.named.get("filterscript") ?? params.positional.find((p) => p.startsWith("{")) ?? "";
  const body = block.startsWith("{") ? block.slice(1, -1) : block;
  if (cmdlet === "where-object") {
    const words = [...body.matchAll(/'([^']{1,200})'|"([^"]{1,200})"/g)].map((m) => (m[1] ?? m[2]!).replace(/^\*|\*$/g, ""));
    return [makeEffect("read", words.length > 0 ? words : scope.upstream, text)];
  }
  const inner = scope.nested(body);
  if (cmdlet === "invoke-command") return inner.length > 0 ? inner : [makeEffect("execute", [], text)];
  // `$_`/`$PSItem` inside the block stand for the piped items.
  return inner.map((e) => {
    const own = e.targets.filter((t) => !/^\$(_|psitem)\b/i.test(t));
    return own.length === e.targets.length && own.length > 0 ? e : { ...e, targets: [...new Set([...own, ...scope.upstream])] };
  });
}
