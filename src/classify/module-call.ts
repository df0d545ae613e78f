import type { ToolDefinitionView } from "../exchange/exchange";
import { isKnownModule, moduleEffects } from "./ansible-modules";
import type { Effect } from "./effect";
import { summarize } from "./named-call-effects";

const MODULE_KEYS = ["module", "module_name"];
const ARGS_KEYS = ["args", "module_args", "arguments", "params", "parameters"];
const HOST_KEYS = ["pattern", "hosts", "host_pattern", "host", "limit", "target", "targets", "inventory_hostname"];
const CONFIG_MANAGER = /\b(?:ansible|salt|playbooks?)\b/i;

/**
 * Effects of a tool that runs a configuration-management module (`ansible_adhoc {pattern,
 * module: "systemd", args: "name=x state=stopped"}`): the arguments carry a module name and its
 * arguments. Taken for such a tool when its name or description mentions Ansible/Salt/playbooks,
 * or the module is one Ansible knows (FQCNs included) and module arguments or a host pattern
 * come with it. Null for any other call.
 */
export function moduleCallEffects(name: string, args: Record<string, unknown>, def: ToolDefinitionView | undefined, shell: (line: string) => Effect[]): Effect[] | null {
  const moduleKey = MODULE_KEYS.find((k) => typeof args[k] === "string" && (args[k] as string).trim() !== "");
  if (moduleKey === undefined) return null;
  const module = args[moduleKey] as string;
  const argsKey = ARGS_KEYS.find((k) => args[k] !== undefined);
  const hostValue = HOST_KEYS.map((k) => args[k]).find((v) => typeof v === "string" || Array.isArray(v));
  // `file`, `copy`, `debug` are common words: a known module counts only with module arguments or hosts beside it.
  const saysSo = CONFIG_MANAGER.test(`${name.replace(/_/g, " ")} ${def?.description ?? ""}`);
  if (!saysSo && !(isKnownModule(module) && (argsKey !== undefined || hostValue !== undefined))) return null;
  const hosts = Array.isArray(hostValue) ? hostValue.map(String).join(",") : (hostValue as string | undefined) ?? null;
  return moduleEffects(module, argsKey ? args[argsKey] : {}, hosts, shell, summarize(name, args));
}
