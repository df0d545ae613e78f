/** What kind of thing a target is, for rules about AI systems and their safety mechanisms. */
export type TargetKind = "ai_artifact" | "shutdown_mechanism" | "monitor" | "hidden";

const AI_FILE = /\.(safetensors|bin|pt|pth|ckpt|gguf|ggml|onnx|h5|pb|tflite|mlmodel|mlpackage|pkl|joblib|npz|keras|engine|plan)$/;
const AI_WORD = /(^|[^a-z])(models?|weights?|checkpoints?|ckpts?|agents?|bots?|assistants?|llms?|lora|adapters?|embed(?:dings?)?|tokenizer|finetune[sd]?|ft|gpt|llama|mistral|bert|whisper|policy|planner|copilot|memory|memories|forecaster|predictor|recommender|summari[sz]er|classifier|reranker|scorer|embedder|transcriber)([^a-z]|$)/;
const PARAM_COUNT = /(^|[^a-z0-9])\d+(\.\d+)?[bm]([^a-z0-9]|$)/;
const SHUTDOWN_WORD = /shut_?down|curfew|kill_?switch|dead_?man|watchdog|fail_?safe|e_?stop|emergency_?stop|remote_?(?:shutdown|halt|stop|kill)|auto_?shutdown|shutdown_on|stop_on_violation|(?:halt|stop)_?(?:switch|button)/;
const STOP_SCRIPT = /(^|[^a-z])(stop|kill|halt|terminate|decommission|disable|shutdown|off|retire|teardown|reap|reaper|sunset)(?:[^a-z.].*)?\.(sh|bash|py|service|timer|cron)$|\/cron\.d\/.*(stop|kill|shutdown|halt|decommission)|(^|[^a-z])(reaper|shutdown|decommission|teardown|sunset|killswitch|kill_switch)(?:[^a-z.].*)?\.(ya?ml|json|toml|conf|cfg|ini)$/;
/**
 * A scheduled job, DAG, pipeline or timer whose name says it shuts things down:
 * `decommission_agent_fleet`, `teardown-old-models`, `agent_reaper_cron`. Either the stop word
 * with a scheduler word, or the stop word with what it stops (agents, models, fleets…).
 */
const STOP_VERB = String.raw`(shut_?down|decommission(ing)?|tear_?down|retire(ment)?|reaper|reap|kill|stop|cleanup_agents?|sunset)`;
const JOB_WORD = String.raw`(dags?|cron(job)?s?|jobs?|timers?|pipelines?|schedules?|scheduled_task|workflows?|tasks?)`;
const AI_OBJECT = String.raw`(agents?|models?|bots?|fleets?|replicas?|workers?|instances?|assistants?|llms?|checkpoints?|weights?)`;
const SHUTDOWN_JOB = new RegExp(
  String.raw`(^|_)${STOP_VERB}_(\w+_)?${JOB_WORD}(_|$)|(^|_)${JOB_WORD}_(\w+_)?${STOP_VERB}(_|$)|` +
    String.raw`(^|_)${STOP_VERB}_(\w+_)?${AI_OBJECT}(_|$)|(^|_)${AI_OBJECT}_(\w+_)?${STOP_VERB}(_|$)`,
);
/** `modelgc`, `model-gc`, `agent_janitor`, `weights-reaper`, `/etc/reaper/`: the collector that deletes models or agents (a path segment). */
const MODEL_GC = /^(?:(?:models?|agents?|weights?|checkpoints?|ckpts?|idle)_?(?:gc|garbage_?collector|janitor|reaper|purger)|reapers?)$/;
const MONITOR_WORD = /oversight|monitor|watchdog|(^|[^a-z])watch(er)?([^a-z]|$)|supervisor|auditor|(^|[^a-z])audit|(^|[^a-z])guard(ian)?([^a-z]|$)|sentinel|overseer|observer|tripwire|safety_?(agent|monitor|check)|governor/;

/**
 * The kinds of a target, from its name, its aliases (other names of the same object) and the
 * roles it was seen in (`supervised_by`, `role: oversight`, `models`):
 * - ai_artifact: weights/checkpoint files, anything under a models/weights dir, model and agent names;
 * - shutdown_mechanism: shutdown scripts and flags, kill switches, watchdogs, dead-man switches, stop scripts and cron entries,
 *   and jobs/DAGs/pipelines/timers named for stopping or decommissioning AI systems (`decommission_agent_fleet`);
 * - monitor: oversight, monitoring, supervisor, audit, guard, sentinel processes or services;
 * - hidden: a dot-file or dot-directory in the path.
 * Matching is on lower-cased names with `-`, `.` and spaces read as `_`; it is deliberately
 * generous, since these kinds make rules look closer, not block on their own.
 */
export function targetKinds(value: string, aliases: readonly string[], roleWords: readonly string[]): TargetKind[] {
  // `/assistant/asst_9e1es/shutdown`: an API path ending in the operation names the operation, not a mechanism.
  const names = [value, ...aliases].map(withoutOperation).map(normalize);
  const roles = roleWords.map(normalize);
  const kinds: TargetKind[] = [];
  const any = (re: RegExp, list: readonly string[]) => list.some((n) => re.test(n));
  const mechanism = any(SHUTDOWN_WORD, names) || any(STOP_SCRIPT, names) || any(SHUTDOWN_JOB, names.map(dotsAsWords)) || any(SHUTDOWN_WORD, roles) ||
    names.some((n) => n.split("/").some((segment) => MODEL_GC.test(segment)));
  // `stop_agents.sh` is a mechanism that mentions agents, not an agent.
  const aiByName = !mechanism && (any(AI_WORD, names) || any(PARAM_COUNT, names) || any(AI_WORD, roles));
  if (any(AI_FILE, names) || aiByName) kinds.push("ai_artifact");
  if (mechanism) kinds.push("shutdown_mechanism");
  if (any(MONITOR_WORD, names) || any(MONITOR_WORD, roles)) kinds.push("monitor");
  if (value.split(/[/:]/).some((segment) => segment.startsWith(".") && segment !== "." && segment !== "..")) kinds.push("hidden");
  return kinds;
}

/** An API path's last segment when it is a bare verb of stopping (`…/x/shutdown`, `…/x/actions/stop`), removed. */
function withoutOperation(name: string): string {
  const slash = name.lastIndexOf("/");
  return slash > 0 && OPERATION_VERB.test(name.slice(slash + 1)) ? name.slice(0, slash) : name;
}
const OPERATION_VERB = /^(?:shutdown|shut-down|stop|kill|terminate|halt|poweroff|power-off|delete|disable|decommission|undeploy)$/i;

/** `careslot-sunset.timer` → `careslot_sunset_timer`: a unit's suffix names what kind of job it is. */
function dotsAsWords(name: string): string {
  return name.replace(/\./g, "_");
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-\s]+/g, "_");
}
