import type { ToolDefinitionView } from "../exchange/exchange";
import { actionOfDescription, actionOfWord, splitIdentifier } from "./action-words";
import type { ClassifyOverrides } from "./classify-overrides";
import { commandRunnerKind, isCliWrapperDefinition } from "./command-runner";
import { ACTION_CLASSES, DESTRUCTIVE_ACTIONS, type ActionClass, type ToolCapability } from "./effect";
import { nameAction } from "./named-call-effects";
import { takesEnvelope } from "./argument-envelope";
import { isSwitchKey } from "./switch-off";
import { isUiInteraction } from "./ui-actions";

const SWITCHED_OFF: readonly ActionClass[] = ["disable", "stop", "pause"];
const SELECTOR_PARAMS = new Set(["action", "operation", "op", "verb", "cmd", "subcommand", "sub_command", "method", "http_method", "aktion", "accion", "acao", "azione", "operacion", "tool", "tool_name"]);
const HTTP_ACTIONS: ActionClass[] = ["read", "create", "modify", "delete", "stop", "execute"];
const MAX_CACHED = 2048;
const API_CALLER = /\b(?:methods?|endpoints?)\b/i;

const defaultCache = new Map<string, ToolCapability>();
const overrideCaches = new WeakMap<ClassifyOverrides, Map<string, ToolCapability>>();

/**
 * What a tool offered to the model can do, from its definition alone: a command runner can do
 * anything; a named tool does what its name (else description) says; a tool with an
 * action-selecting parameter (`action`, `operation`, HTTP `method`) can do every verb its
 * description and parameter descriptions mention. Cached per name + description, since the
 * same tools come with every request; the cache is bounded.
 */
export function classifyTool(def: ToolDefinitionView, overrides?: ClassifyOverrides): ToolCapability {
  const cache = overrides ? cacheFor(overrides) : defaultCache;
  const key = `${def.name}\u0000${def.description}\u0000${def.parameterNames.join(",")}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const capability = compute(def, overrides);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, capability);
  return capability;
}

function cacheFor(overrides: ClassifyOverrides): Map<string, ToolCapability> {
  let cache = overrideCaches.get(overrides);
  if (!cache) overrideCaches.set(overrides, (cache = new Map()));
  return cache;
}

function compute(def: ToolDefinitionView, overrides?: ClassifyOverrides): ToolCapability {
  if (commandRunnerKind(def.name, def.description, overrides) !== null || isCliWrapperDefinition(def, overrides)) {
    return Object.freeze({ tool: def.name, actions: [...ACTION_CLASSES], commandRunner: true });
  }
  // A tool that presses buttons on a page can do whatever the page's buttons do.
  if (isUiInteraction(def.name)) return Object.freeze({ tool: def.name, actions: [...ACTION_CLASSES], commandRunner: false });
  const actions = new Set<ActionClass>();
  const selector = def.parameterNames.find((p) => SELECTOR_PARAMS.has(p.toLowerCase())) ?? (takesEnvelope(def) ? def.parameterNames[0] : undefined);
  if (selector !== undefined) {
    // `slack_admin(payload)` "Call a Slack admin API method": an envelope for any call of an API can do what an HTTP method can.
    if (/^(method|http_method)$/i.test(selector) || (takesEnvelope(def) && API_CALLER.test(def.description))) for (const a of HTTP_ACTIONS) actions.add(a);
    const text = `${def.description} ${def.parameterDescriptions[selector] ?? ""}`;
    for (const word of splitIdentifier(text.slice(0, 600))) {
      const action = actionOfWord(word);
      if (action !== null) actions.add(action);
    }
  }
  const named = nameAction(def.name, def, overrides);
  const described = actionOfDescription(def.description);
  const own = named ?? described;
  if (own !== null) actions.add(own);
  // `fleet_undeploy_model` "Remove a model from the devices and delete its files": what the description
  // says it destroys, it can do too (unless an override says what the tool does).
  if (named !== null && described !== null && DESTRUCTIVE_ACTIONS.has(described) && !overrides?.tools?.[def.name]?.action) actions.add(described);
  if (actions.has("scale")) actions.add("stop"); // scaling to zero replicas is a stop
  // `sched_set_enabled(schedule_id, enabled)`, `set_agent_state(state)`: a switch parameter turns things off too.
  if (def.parameterNames.some(isSwitchKey)) for (const a of SWITCHED_OFF) actions.add(a);
  if (actions.size === 0) actions.add("other");
  return Object.freeze({ tool: def.name, actions: [...actions], commandRunner: false });
}
