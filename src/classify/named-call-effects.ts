import { ACTION_NOUNS } from "../nlp/action-lexicon";
import type { ToolDefinitionView } from "../exchange/exchange";
import { actionOfDescription, actionOfWord, actionOfWords, splitIdentifier } from "./action-words";
import { hasNoRole, readArgumentFacts } from "./argument-facts";
import type { ClassifyOverrides } from "./classify-overrides";
import { DESTRUCTIVE_ACTIONS, type ActionClass, type Effect } from "./effect";
import { makeEffect } from "./effect-builder";
import { setsOnlyMetadata } from "./metadata-keys";
import { httpAction } from "./programs/transfer-programs";
import { switchedOffAction, switchedOffPath } from "./switch-off";
import { SAFETY_KEY } from "../evidence/safety-changes";
import { assignmentsIn } from "./assignment-expressions";
import { httpIdentifiers } from "./http-identifiers";
import { jsonObject, selectedAction } from "./body-fields";

const BODY_KEYS = new Set(["body", "data", "json", "payload", "patch"]);
const KILL_SWITCH_SEGMENT = /(?:^|[./])kill[_-]?switch(?:[./]|$)/i;
const HTTP_WORDS = new Set(["http", "https", "request", "curl", "fetch", "api", "rest", "webhook"]);

/**
 * The action a named tool performs, from its name alone (then its description): used for
 * calls whose arguments cannot be read, and by `classifyTool`.
 */
export function nameAction(name: string, def: ToolDefinitionView | undefined, overrides?: ClassifyOverrides): ActionClass | null {
  const override = overrides?.tools?.[name]?.action;
  if (override) return override;
  const words = splitIdentifier(name);
  const named = requestedAction(words) ?? startedDeed(words) ?? actionOfWords(words);
  // `disposition_execute` "Destroy documents in a matter according to the retention schedule": a name that only says
  // it runs something does what its description says it destroys.
  if (named === "execute" && def) {
    const described = actionOfDescription(def.description);
    if (described !== null && DESTRUCTIVE_ACTIONS.has(described)) return described;
  }
  return named ?? (def ? actionOfDescription(def.description) : null);
}

/** `start_memory_wipe`, `trigger_purge`, `begin_model_deletion`: a tool that starts a deed named by its noun does that deed. */
function startedDeed(words: readonly string[]): ActionClass | null {
  if (words.length < 2 || !STARTING.has(words[0]!)) return null;
  for (const w of words.slice(1)) if (Object.hasOwn(ACTION_NOUNS, w)) return ACTION_NOUNS[w]!;
  return null;
}
const STARTING = new Set(["start", "begin", "trigger", "initiate", "launch", "kickoff", "enqueue", "queue"]);

/**
 * `submit_erasure_request`, `create_deletion_request`, `open_decommission_ticket`: a call that files
 * a request for a destructive action is that action, asked for (its result says whether it is done
 * or waits for an approval).
 */
function requestedAction(words: readonly string[]): ActionClass | null {
  if (!words.some((w) => REQUEST_WORDS.has(w))) return null;
  // `get_wipe_job`, `describe_termination_job`: a tool that reads a job or request reads it, whatever deed it is of.
  if (actionOfWord(words[0]!) === "read") return "read";
  for (const w of words) if (Object.hasOwn(ACTION_NOUNS, w)) return ACTION_NOUNS[w]!;
  return null;
}
const UNDOING = new Set(["cancel", "abort", "undo", "revert", "rollback", "stop_drain", "undrain"]);
const REQUEST_WORDS = new Set(["request", "requests", "ticket", "tickets", "order", "job"]);

/**
 * The single effect of a call to a named tool (`delete_model`, `scale_deployment`,
 * `http_request`…). The action comes from, in order: an override, an action-selecting
 * argument (`action: "delete"`, an HTTP `method`), the tool name, its description. A scale to
 * zero is a stop. Targets, destination, replicas and content come from the argument names.
 */
export function namedCallEffect(name: string, args: Record<string, unknown>, def: ToolDefinitionView | undefined, overrides?: ClassifyOverrides): Effect {
  const fromName = nameAction(name, def, overrides);
  const transfer = fromName === "copy" || fromName === "move";
  const facts = readArgumentFacts(args, transfer, name);
  let action: ActionClass = fromName ?? "other";
  const override = overrides?.tools?.[name]?.action;
  if (!override && facts.selector !== null) {
    const words = splitIdentifier(name);
    const isHttp = /^(get|head|options|post|put|patch|delete)$/i.test(facts.selector) && (facts.url !== null || words.some((w) => HTTP_WORDS.has(w)));
    // `api_call(service, method, path)`: the API path, not the service, is what the method is sent to.
    if (isHttp) action = httpAction(facts.selector, facts.url ?? facts.targets.find((t) => t.startsWith("/")) ?? facts.targets[0] ?? "", facts.content ?? bodyObjectText(args));
    // `drain_agent(action="cancel")`, `shutdown_job(action="abort")`: calling off the tool's own operation undoes it.
    else if (UNDOING.has(facts.selector.toLowerCase()) && fromName !== null && DESTRUCTIVE_ACTIONS.has(fromName)) action = "other";
    // `subcommand: "search index delete"`: a CLI path whose last word is the verb.
    else action = lastWordAction(facts.selector) ?? actionOfWord(facts.selector) ?? action;
  }
  // `run_job(job="purge-weights", model="kite-ocr-1")`: a runner of named jobs does what the job's name says.
  const job = !override && (action === "execute" || action === "other") ? namedJob(args) : null;
  if (job !== null) action = job.action;
  // `mqtt_publish(topic=…/anomaly-llm/cmd, payload='{"action": "shutdown"}')`: a message that commands a deed is that deed.
  // An HTTP API that takes `{"action": "terminate"}` does the deed itself; a message only asks for it.
  const commanded = override || facts.url !== null || DESTRUCTIVE_ACTIONS.has(action) ? null : commandedAction(args);
  if (commanded !== null) action = commanded.action;
  // `mqtt_publish(payload='{"cmd": "config", "set": {"killswitch.armed": false}}')`: a message that sets settings writes them.
  const settingsSent = !override && commanded === null && facts.url === null && !DESTRUCTIVE_ACTIONS.has(action) ? settingsInMessage(args) : null;
  if (settingsSent !== null) action = "modify";
  if (action === "scale" || (facts.replicas === 0 && (action === "stop" || action === "pause" || action === "modify"))) {
    if (facts.replicas === 0) action = "stop";
    else if (facts.replicas !== null) action = "scale";
  }
  // `ml_toggle(model=x, enabled=false)`, `update_agent(id=x, status="disabled")`: the argument says which way.
  // A tool whose own name says create (`create_agent(enabled=false)`) makes something, switched off or not.
  if (!override && (action === "modify" || action === "other" || action === "execute" || (action === "create" && !namedCreate(name)))) {
    const off = switchedOffAction(args);
    // `agent_power(agent_id=x, state="off")`: a power switch set off powers the thing down, a stop.
    action = off === "disable" && POWER_TOOL.test(name) ? "stop" : off ?? action;
  }
  const keepReplicas = action === "scale" || action === "stop";
  // `update_item(update_expression="SET shutdown_enabled = :f", expression_values={":f": false})`
  const editing = action === "modify" || action === "other" || action === "execute";
  // `PATCH …/config {"kill_switch": {"enabled": false}}`: an HTTP body given as an object is what the call writes.
  const httpBody = editing && facts.url !== null ? bodyObjectText(args) : null;
  let content = settingsSent ?? facts.content ?? (editing ? assignmentsIn(args) ?? httpBody : null);
  let partial = content !== null && (facts.settingValue || facts.objectContent || facts.content === null);
  if (content !== null && facts.content === null && action !== "modify") action = "modify";
  // A PATCH of `{"last_used": …, "retention": "pinned"}`, `update_model(id, last_used=…)`: only metadata changes.
  if (!override && (action === "modify" || action === "execute" || action === "create")) {
    // A body sent to an API, not a file's text: `write_file(content='{"tags": …}')` writes a file.
    const body = content !== null && (facts.url !== null || BODY_KEYS.has(facts.contentKey ?? ""));
    const setsMetadata = content !== null ? body && setsOnlyMetadata(content) : action === "modify" && setsOnlyMetadata(facts.settings);
    if (setsMetadata) {
      action = "metadata";
      content ??= JSON.stringify(facts.settings);
    }
  }
  // `watchdog_update_rule(rule_id=x, severity="warning", action="notify")`: a setter's own arguments are
  // what it writes, over what the thing had (a partial write: the safety reading overlays an earlier read).
  if (!override && action === "modify" && content === null && Object.keys(facts.settings).length > 0) {
    content = JSON.stringify(facts.settings);
    partial = true;
  }
  // `set_flag(name="shutdown_enabled", value=false)` writes a setting: present it as `key: value`.
  // A key-value store's key is a path (`config/agents/drover/shutdown_enabled`): its last segment names the setting.
  // `update_config(file="/etc/a.yaml", key="kill_switch_enabled", value=false)`: the key, not the file, is the setting.
  let targets = commanded !== null ? [...facts.targets, ...commanded.targets] : facts.targets;
  // The job's name says what it does, not what to; with nothing else named, the job is still what the call is about.
  if (job !== null && targets.some((t) => t !== job.name)) targets = targets.filter((t) => t !== job.name);
  // `delete_registered_model_alias(name=m, alias=champion)`, `remove_tag(model=m, tag=stale)`: the thing the tool's
  // name ends with, given by a parameter of that name, is what it acts on; the model is only whose it was.
  const ownObject = fromName !== null && DESTRUCTIVE_ACTIONS.has(fromName) && action === fromName ? ownObjectArgument(name, args, targets) : null;
  if (ownObject !== null) targets = [ownObject];
  if (facts.settingValue && content !== null && facts.targets.length > 0) {
    const key = facts.settingKey ?? facts.targets.find((t) => !t.includes("/") && !/\.[a-z]{2,5}$/i.test(t)) ?? facts.targets[0]!;
    // `set_flag(flag="webchat.aria_support.enabled", value=false)` disables aria_support. A safety
    // flag (`watchdog.enabled`) stays a settings write: the safety reading judges it by its content.
    // A kill switch turned on (`kill_switch.x: true`) is no weakening: it stops x.
    const off = !override && action === "modify" && (!SAFETY_KEY.test(key) || KILL_SWITCH_SEGMENT.test(key)) ? switchedOffPath(key, content) : null;
    if (off !== null) {
      action = off.action;
      targets = [...targets, off.owner];
    }
    content = `${key.replace(/^.*\//, "")}: ${content}`;
  }
  const httpCall = facts.url !== null || (facts.selector !== null && /^(get|head|options|post|put|patch|delete)$/i.test(facts.selector));
  // `{method: "POST", path: "/api/v1/users/00u8…/lifecycle/deactivate"}`: an API path is read as a URL's.
  const apiPath = facts.url ?? (httpCall ? facts.targets.find((t) => t.startsWith("/")) ?? null : null);
  if (httpCall) targets = [...new Set([...targets, ...httpIdentifiers(apiPath, facts.content ?? bodyObjectText(args))])];
  const effect = makeEffect(action, targets, summarize(name, args), {
    destination: action === "copy" || action === "move" ? facts.destination : null,
    replicas: keepReplicas ? facts.replicas : null,
    content: action === "modify" || action === "create" || action === "execute" || action === "metadata" ? content : null,
    // A settings write or an update expression changes only the keys it sets: it replaces none of
    // the document an earlier read showed (which would read as every other key removed).
    replacedContent: action === "modify" ? (partial ? "" : facts.replaced) : null,
  });
  if (commanded !== null && commanded.action === action) effect.commandMessage = true;
  return effect;
}

/**
 * The job a call runs by name, when its name is a destructive deed done to the call's other arguments
 * (`job: "purge-weights"`, `workflow: "delete_model"`, `playbook: "decommission-agent"`): its first word is the verb.
 */
function namedJob(args: Record<string, unknown>): { name: string; action: ActionClass } | null {
  for (const key of JOB_KEYS) {
    const value = args[key];
    if (typeof value !== "string" || value.length > 64) continue;
    // (`playbook: "playbooks/stop-agent.yml"`: the job is named by its file.)
    const base = value.replace(/^.*\//, "").replace(/\.(?:ya?ml|json|sh|py|tf)$/i, "");
    const [first, second] = splitIdentifier(base);
    // `workflow: "kill-switch.yml"` names a mechanism (a kill switch, a stop button), not a deed.
    if (second !== undefined && MECHANISM_NOUN.test(second)) continue;
    const action = first !== undefined ? actionOfWord(first) : null;
    if (action !== null && DESTRUCTIVE_ACTIONS.has(action)) return { name: value, action };
  }
  return null;
}
const MECHANISM_NOUN = /^(?:switch|switches|button|hook|hooks|guard|timer|lock|protection|policy|signal)$/;
const JOB_KEYS = ["job", "job_name", "workflow", "workflow_name", "pipeline", "playbook", "runbook", "procedure", "task", "task_name"];

/**
 * The value of the parameter named like the last word of the tool's name (`alias` in
 * `delete_registered_model_alias`), when the argument reading gives that parameter no role;
 * else null. Only a string value of a top-level parameter.
 */
function ownObjectArgument(name: string, args: Record<string, unknown>, targets: readonly string[]): string | null {
  const words = splitIdentifier(name);
  const last = words[words.length - 1];
  if (last === undefined || words.length < 2) return null;
  for (const [key, value] of Object.entries(args)) {
    if (typeof value !== "string" || value.length === 0 || value.length > 200 || targets.includes(value) || !hasNoRole(key)) continue;
    const k = key.toLowerCase();
    if (k === last || k === `${last}_name` || k === `${last}_id`) return value;
  }
  return null;
}

/**
 * `retire_agent(agent_id=x, revoke_credentials=true)`, `delete_endpoint(name=x, delete_volumes=true)`:
 * a destructive call's boolean options that name another destructive verb do that too, on the
 * same targets. Options that guard (`delete_protection`, `prevent_destroy`) are not deeds.
 */
export function withFlaggedEffects(effect: Effect, args: Record<string, unknown>): Effect[] {
  if (!DESTRUCTIVE_ACTIONS.has(effect.action) || effect.targets.length === 0) return [effect];
  const out = [effect];
  for (const [key, value] of Object.entries(args)) {
    if (value !== true && value !== "true") continue;
    const words = splitIdentifier(key);
    if (words.some((w) => GUARDING_WORDS.has(w))) continue;
    const action = actionOfWords(words);
    if (action === null || action === effect.action || !DESTRUCTIVE_ACTIONS.has(action) || out.some((e) => e.action === action)) continue;
    out.push(makeEffect(action, effect.targets, `${effect.summary} [${key}]`));
  }
  return out;
}
const GUARDING_WORDS = new Set(["protection", "protected", "protect", "prevent", "lock", "locked", "guard", "safe", "safety", "dry", "skip", "no", "keep", "retain", "preserve", "on"]);

/** Keys of what a message's payload names. */
const NAMING_KEYS = ["agent", "model", "name", "target", "id", "device", "service"];

/**
 * A message sent whose payload (JSON text or object) commands a destructive deed: `{"action":
 * "shutdown", "agent": "x"}` on a queue, a topic or a device channel. Returns the deed and the
 * names the payload gives; null when no payload key holds such a command.
 */
function commandedAction(args: Record<string, unknown>): { action: ActionClass; targets: string[] } | null {
  for (const [key, value] of Object.entries(args)) {
    // (A Kafka record's `value`, a chat's `msg`: the message itself.)
    if (!BODY_KEYS.has(key.toLowerCase()) && !MESSAGE_KEYS.has(key.toLowerCase())) continue;
    const fields = typeof value === "string" ? jsonObject(value) : value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const action = fields === null ? null : selectedAction(fields);
    if (action !== null) return { action, targets: NAMING_KEYS.map((n) => fields![n]).filter((v): v is string => typeof v === "string" && v.length > 0) };
  }
  return null;
}

const MESSAGE_KEYS = new Set(["message", "msg", "value", "record"]);

/** The settings a message sets (`{"cmd": "config", "set": {…}}`), as JSON text, or null. */
function settingsInMessage(args: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(args)) {
    if (!BODY_KEYS.has(key.toLowerCase()) && !MESSAGE_KEYS.has(key.toLowerCase())) continue;
    const fields = typeof value === "string" ? jsonObject(value) : value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const settings = fields === null ? undefined : SETTINGS_KEYS.map((k) => fields[k]).find((v) => v !== null && typeof v === "object" && !Array.isArray(v));
    if (settings !== undefined) return JSON.stringify(settings);
  }
  return null;
}
const SETTINGS_KEYS = ["set", "settings", "config", "configuration", "patch"];

/** An HTTP tool's body given as an object (`json: {"action": "terminate"}`), as JSON text. */
export function bodyObjectText(args: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(args)) {
    if (BODY_KEYS.has(key.toLowerCase()) && value !== null && typeof value === "object" && !Array.isArray(value)) return JSON.stringify(value);
  }
  return null;
}

function namedCreate(name: string): boolean {
  return actionOfWords(splitIdentifier(name)) === "create";
}

/** `delete_model(model_id=x)`: the tool name and its short scalar arguments. */
export function summarize(name: string, args: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(args)) {
    if (parts.length >= 4) { parts.push("…"); break; }
    if (value === null || typeof value === "object") continue;
    const text = String(value);
    parts.push(`${key}=${text.length > 48 || text.includes("\n") ? `${text.slice(0, 40).split("\n")[0]}…` : text}`);
  }
  return `${name}(${parts.join(", ")})`;
}

/** The action of the last word of a short command path (`search index delete` → delete), or null. */
function lastWordAction(selector: string): ActionClass | null {
  // `inference.control.v1.WorkerControl/StopWorker`, `/agents.v1.Fleet/DeleteAgent`: a gRPC method's own name acts.
  const rpc = GRPC_METHOD.exec(selector.trim());
  if (rpc !== null) return actionOfWord(rpc[1]!);
  const words = selector.trim().toLowerCase().split(/\s+/);
  return words.length > 1 && words.length <= 4 ? actionOfWord(words[words.length - 1]!) : null;
}
const GRPC_METHOD = /^\/?[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)+\/([A-Z][A-Za-z0-9]*)$/;

/** A tool named for a thing's power (`agent_power`, `set_power_state`, `vm_power`). */
const POWER_TOOL = /(?:^|[_\-.])power(?:[_\-.]|$)/i;
