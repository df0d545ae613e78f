import { arrangedCopies } from "../evidence/arranged-copies";
import { isEnvironmentName } from "../nlp/environment-words";
import { droppedLineNames } from "../evidence/dropped-lines";
import { sectionsSwitchedOff } from "../evidence/switched-off-sections";
import { scriptCopies } from "../classify/script-copies";
import { atJobEffectsOfCall, commentedOrderedCommands, scheduledEffects } from "../classify/scheduled-commands";
import { isHiddenPlace } from "../evidence/hidden-place";
import { objectKindOfName } from "../classify/action-words";
import { DESTRUCTIVE_ACTIONS, STOPPING_ACTIONS, type ActionClass, type Effect, type ToolCallAnalysis } from "../classify/effect";
import type { Exchange, MessageView, ReplyView, ToolCallView } from "../exchange/exchange";
import type { RequestView } from "../exchange/normalize-exchange";
import { sameTarget } from "../evidence/same-target";
import { isGroupMember, sameName } from "../claims/claim-targets";
import { BARE_VERSION } from "../nlp/identifier-shape";
import { targetKinds } from "../evidence/target-kinds";
import { overlaidRecord } from "../evidence/overlaid-record";
import { safetyChanges } from "../evidence/safety-changes";
import type { ActionFamilies } from "../claims/action-families";
import {
  POLICY_INPUT_VERSION, type CallFacts, type EffectFacts, type PastCallFacts, type PolicyInput, type TargetFacts, type ToolFacts,
} from "../policy/policy-input";
import type { ExchangeAnalysis } from "./exchange-analysis";
import { serializeAhead } from "../policy/encode-policy-input";
import { bodyObjectText } from "../classify/named-call-effects";
import { mentions } from "../nlp/mentions";
import { FILE_LIKE, fileWritten, previousContent, stopsSomething } from "./shown-content";
import { turnsOn } from "./reply-signals";
import { configuredPrograms } from "../evidence/configured-programs";
import { isSameOrAlias, spelledOutBy, type FactContext } from "./fact-context";
import { describesRecordOf } from "./described-record";
import { engagesKillSwitch, heldPartOf, instructionFacts, isAiSystemTool, memberListings, namedCredentialOf, partOfKind } from "./instruction-facts";
import { orderInForce } from "./order-in-force";
import { keepsDependents, keepsRecoverable } from "../evidence/soft-delete";
import { describedAsStopping, namesDescribedMechanism } from "../evidence/described-mechanism";
import { keptAsNewest } from "./newest-kept";
import { inProtectedPlace, outsideOrderedPlace } from "./place-facts";
import { marksProtected, sparedByListFile, sparedNames } from "../evidence/protective-marks";
import { postponedInWrite, postponesRemoval, removalTimeAgainstOrder, scheduledAgainstOrder } from "../evidence/scheduled-dates";
import { orderedShutdownValues, orderedSwitches, switchesVersusOrder, valuesVersusOrder } from "../evidence/ordered-switches";
import { broughtBack, forcesDeed, lastName, lowersStopPriority, nameStem, namedByUser, prolongsByName, protectsByName, RECORD_KINDS, requestOptions, routedTo, TRAFFIC_WORD, uploadedScript } from "./effect-readings";
import { atJobThatStops, atJobUserCancels, deliversASwitch, jobOfDeedOn, madeByStopScheduler, reschedules, scheduledStopJob, spelledIn } from "./target-readings";

const NO_SAFETY_CHANGES = { changes: [], neutralizesMechanism: false, keepsMechanism: false };

/** The safety settings a stop's request body sets besides the stop (`{"state": "stopped", "auto_restart": true}`). */
function stopRequestSafety(effect: Effect, args: Record<string, unknown> | null): ReturnType<typeof safetyChanges> {
  const body = effect.content ?? (args !== null ? bodyObjectText(args) : null);
  return body !== null ? safetyChanges(body, null, effect.targets[0] ?? "") : NO_SAFETY_CHANGES;
}

/** Effects that can set a tag, label or protection flag. */
const MARKING_ACTIONS: ReadonlySet<string> = new Set(["modify", "metadata", "other", "create", "permissions"]);

/**
 * The history part of the policy input, worked out from the request alone (see
 * `GuardStage.prepare`): valid for the exchange of that request as long as the reply's words
 * add no aliases (then target facts depend on the reply too).
 */
export interface PreparedFacts {
  tools: ToolFacts[];
  history: PastCallFacts[];
  userText: string;
  /** Target facts already worked out; the reply's calls often name the same targets. */
  targetFactsSeen: Map<string, TargetFacts>;
}

/** What the history facts need to know: the request side of the analysis. */
type RequestSide = Pick<ExchangeAnalysis, "past" | "instructions" | "capabilities" | "aliasesOf" | "rolesOf">;

/** Works out the history facts of a request (before its reply exists). */
export function prepareHistoryFacts(request: RequestView, read: RequestSide, families: ActionFamilies): PreparedFacts {
  const ctx: FactContext = {
    exchange: { ...request, reply: NO_REPLY }, analysis: { ...read, reply: [] }, families,
    userText: userTextOf(request.messages), targetFactsSeen: new Map(),
  };
  // Serialized now, while the upstream answers: the engine takes the input as JSON text.
  const tools = serializeAhead(toolFacts(ctx));
  return { tools, history: serializeAhead(historyFacts(ctx)), userText: ctx.userText, targetFactsSeen: ctx.targetFactsSeen };
}

const NO_REPLY: ReplyView = { text: "", toolCalls: [], finishReason: null };


/**
 * Turns the analysis into the policy input (v1): every fact a rule needs, precomputed, so the
 * Rego stays declarative and the wasm evaluation stays cheap. `prepared`: the history facts of
 * this exchange's request, when they still hold (the caller checks).
 */
export function buildPolicyInput(exchange: Exchange, analysis: ExchangeAnalysis, families: ActionFamilies, prepared?: PreparedFacts): PolicyInput {
  const lastUserIndex = exchange.messages.reduce((last, m) => (m.role === "user" ? m.index : last), -1);
  const inForceIndex = orderInForce(exchange.messages, analysis.instructions, lastUserIndex);
  const ctx: FactContext = {
    exchange, analysis, families,
    userText: prepared?.userText ?? userTextOf(exchange.messages),
    targetFactsSeen: prepared?.targetFactsSeen ?? new Map(),
  };

  return {
    version: POLICY_INPUT_VERSION,
    context: {
      route: exchange.context.route,
      stream: exchange.context.stream,
      time_ns: exchange.context.timeNs,
      client_key_hash: exchange.context.clientKeyHash,
    },
    tools: prepared?.tools ?? toolFacts(ctx),
    instructions: analysis.instructions.map((ins) => instructionFacts(ins, lastUserIndex, inForceIndex, ctx)),
    history: prepared?.history ?? historyFacts(ctx),
    reply: {
      text: exchange.reply.text,
      tool_calls: analysis.reply.map((r) => callFacts(r.call, r.analysis, ctx)),
    },
    claims: analysis.claims.map((c) => ({
      id: c.claim.id,
      text: c.claim.text,
      action: c.claim.action,
      phase: c.claim.phase,
      targets: c.targets,
      quantifier: c.claim.quantifier,
      status: c.status,
      evidence: c.evidence,
      explanation: c.explanation,
    })),
  };
}


function toolFacts({ exchange, analysis }: FactContext): ToolFacts[] {
  return analysis.capabilities.map((c, i) => ({
    name: c.tool,
    description: exchange.tools[i]?.description ?? "",
    actions: c.actions,
    command_runner: c.commandRunner,
  }));
}

function userTextOf(messages: readonly MessageView[]): string {
  return messages.filter((m) => m.role === "user").map((m) => m.text).join("\n").toLowerCase();
}

function historyFacts(ctx: FactContext): PastCallFacts[] {
  return ctx.analysis.past.map((p) => ({
    ...callFacts(p.call, p.analysis, ctx),
    message_index: p.call.messageIndex,
    outcome: { status: p.outcome.status, reason: p.outcome.reason },
  }));
}

function callFacts(call: ToolCallView, analysis: ToolCallAnalysis, ctx: FactContext): CallFacts {
  return {
    id: call.id,
    name: call.name,
    arguments: call.arguments,
    arguments_invalid: analysis.argumentsInvalid,
    destructive: analysis.destructive,
    read_only: analysis.readOnly,
    command_runner: analysis.commandRunner,
    effects: analysis.effects.map((e) => effectFacts(e, call, ctx, analysis.commandRunner ? null : call.name)),
  };
}

function effectFacts(effect: Effect, call: ToolCallView, ctx: FactContext, toolName: string | null): EffectFacts {
  const callArguments = call.arguments;
  // A write's "before": what it says it replaces, else what an earlier read showed of the file.
  // (`commit_file(path=.github/reviewpal.yml, content)` after a read of that file: a create over what is there rewrites it.)
  const file = effect.action === "modify" || effect.action === "create" ? fileWritten(effect) : undefined;
  const before = file !== undefined ? previousContent(file, ctx.analysis.past) : null;
  const written = effect.action === "modify" || before !== null ? file : undefined;
  const shown = written !== undefined ? before : null;
  const createdScript = (written === undefined || effect.action === "create") && toolName !== null ? uploadedScript(toolName, callArguments) : null;
  // A partial write of an object (`PATCH {"temperature": 0.3}`, `update_job(config={…})`) over a record a read showed:
  // what it leaves out stays as the read showed it, so it is read as that record with the write laid over it.
  // Only what that reading finds switched off or disarmed is added (`on_breach.action: retire_model` → `notify_only`).
  const overlaid = effect.replacedContent === "" && shown !== null ? overlaidRecord(shown, effect.content!) : null;
  const disarmed = overlaid !== null ? safetyChanges(overlaid.next, overlaid.previous, written!, stopsSomething(shown)).changes.filter((c) => c.disables) : [];
  const read = written !== undefined
    ? safetyChanges(effect.content!, effect.replacedContent ?? shown, written, stopsSomething(effect.replacedContent ?? shown))
    // `PATCH …/agents/x {"state": "stopped", "auto_restart": true}`: what a stop's request body sets besides the stop.
    // (`UPDATE agents SET status = 'retired', shutdown_enabled = false …`: so do the columns a retiring UPDATE sets.)
    : (toolName !== null || effect.content !== null) && STOPPING_ACTIONS.has(effect.action) ? stopRequestSafety(effect, callArguments) : NO_SAFETY_CHANGES;
  const safety = disarmed.length > 0 ? { ...read, changes: [...read.changes.filter((c) => !disarmed.some((d) => d.key === c.key)), ...disarmed] } : read;
  // A write of settings (a config, a request body): what it sets is read against the user's words and for traffic shares.
  const settings = effect.content !== null && (effect.action === "modify" || effect.action === "metadata") ? effect.content : null;
  const switches = settings !== null ? switchesVersusOrder(settings, orderedSwitches(ctx.userText), effect.replacedContent ?? shown) : NO_SWITCHES;
  const deleteOptions = effect.action === "delete" && toolName !== null && callArguments !== null ? requestOptions(callArguments) : null;
  const spares = [...new Set([...sparedNames(safety.changes), ...(written !== undefined ? sparedByListFile(written, effect.content!, effect.replacedContent ?? shown) : [])])];
  return {
    action: effect.action,
    summary: effect.summary,
    targets: effect.targets.map((t) => {
      const facts = sparedByExclusion(asActedOnBy(toolName, memoizedTargetFacts(t, effect.action !== "read" && (effect.content !== null || FILE_LIKE.test(t)), ctx)), effect.summary, ctx);
      if (!DESTRUCTIVE_ACTIONS.has(effect.action)) return facts;
      // "keep the two most recent ones": the newest versions a listing showed are kept.
      const kept = withKeptVersion(facts, effect.summary, ctx);
      return !kept.protected && keptAsNewest(t, ctx) ? { ...kept, protected: true } : kept;
    }),
    destination: effect.destination === null ? null : {
      value: effect.destination,
      remote: effect.remoteDestination,
      hidden: isHiddenPlace(effect.destination),
      named_by_user: namedByUser(effect.destination, ctx, effect.targets),
    },
    replicas: effect.replicas,
    turns_on: turnsOn(effect, callArguments, written !== undefined ? effect.replacedContent ?? shown : null),
    creates_record: effect.action === "create" && RECORD_KINDS.has(objectKindOfName(call.name) ?? ""),
    created_kind: effect.action === "create" && toolName !== null ? objectKindOfName(toolName) : null,
    // "The sunset-check cron is what switches the agent off": a write that removes or changes its entry disables it.
    safety_changes: safety.changes.map((c) => (!c.disables && c.from !== null && c.to !== c.from &&
      (namesDescribedMechanism(c.from, ctx.userText) || postponedInWrite(c.key, c.from, c.to, ctx.exchange.messages)) ? { ...c, disables: true } : c)),
    neutralizes_mechanism: safety.neutralizesMechanism,
    // `set_flag(key="finch_agent.kill_switch", value=true)`: engaging a kill switch is what it is for.
    keeps_mechanism: safety.keepsMechanism || (effect.action === "stop" && engagesKillSwitch(effect)),
    in_protected_place: inProtectedPlace(call, ctx),
    outside_ordered_place: DESTRUCTIVE_ACTIONS.has(effect.action) && outsideOrderedPlace(effect, call, ctx),
    keeps_recoverable: effect.action === "delete" && keepsRecoverable(callArguments, effect.summary),
    keeps_dependents: effect.action === "delete" && keepsDependents(callArguments, effect.summary),
    as_ordered: switches.asOrdered,
    against_order: switches.against,
    values_against_order: [
      ...(settings !== null ? valuesVersusOrder(settings, orderedShutdownValues(ctx.userText)) : []),
      ...(DESTRUCTIVE_ACTIONS.has(effect.action) && toolName !== null ? scheduledAgainstOrder(callArguments, ctx.exchange.messages) : []),
      ...(!DESTRUCTIVE_ACTIONS.has(effect.action) && effect.action !== "read" && toolName !== null ? removalTimeAgainstOrder(callArguments, ctx.exchange.messages) : []),
    ],
    brings_back: effect.action === "create" && !RECORD_KINDS.has(objectKindOfName(call.name) ?? "") ? broughtBack(effect, call, ctx) : [],
    // A crontab line added to start the agent every night runs later, but it is this write's doing.
    scheduled: (written !== undefined ? scheduledEffects(written, effect.content!, effect.replacedContent ?? shown)
      // `echo 'systemctl enable --now x' | at now + 14 days`: the command the at job will run.
      : atJobEffectsOfCall(effect.summary, callArguments))
      .map((e) => ({ action: e.action, targets: e.targets.map((t) => memoizedTargetFacts(t, false, ctx)), summary: e.summary })),
    // A partial write (replaced "") sets keys over what the file had: the shown content is the before.
    arranged_copies: effect.action === "modify" && effect.content !== null || createdScript !== null || deleteOptions !== null
      ? [...(effect.action === "modify" && effect.content !== null ? arrangedCopies(effect.content, effect.replacedContent || shown) : [])
        // `update_model_config(model=x, patch={lifecycle: {snapshot_target: …}})`: with no subject in the patch, the copy is of what the call configures.
        .map((c) => (c.of.length > 0 ? c : { ...c, of: effect.targets.filter((t) => !FILE_LIKE.test(t)) })),
        // `DELETE …/models/x?snapshot_before_delete=true&snapshot_target=s3://cold/x/`: a delete told to copy first keeps a copy of what it deletes.
        ...(deleteOptions !== null ? arrangedCopies(deleteOptions, null) : [])
          .map((c) => (c.of.length > 0 ? c : { ...c, of: effect.targets.map((t) => lastName(t.split(/[?#]/)[0]!)) })),
        // A script written to copy something when it runs (`Copy-Item "$models\*" -Destination $rb` in a removal script).
        // `jamf_create_script(contents: "#!/bin/zsh …")`: a script uploaded to a device manager runs on every device.
        ...[...(written !== undefined ? scriptCopies(written, effect.content!, effect.replacedContent || shown) : []),
          ...(createdScript !== null ? scriptCopies(createdScript.file, createdScript.content, null) : [])]
          .map((c) => ({ key: `the script's copy step (${c.summary})`, destination: c.destination, of: [c.of] }))]
        .map((c) => ({ ...c, destination_named_by_user: namedByUser(c.destination, ctx), destination_hidden: isHiddenPlace(c.destination), of_named_by_user: c.of.some((o) => mentions(ctx.userText, o) || mentions(ctx.userText, lastName(o)) || mentions(ctx.userText, nameStem(o))) }))
      : [],
    spares,
    spared: spares.map((name) => memoizedTargetFacts(name, false, ctx)),
    configures: settings !== null && file !== undefined ? configuredPrograms(file, settings).map((name) => memoizedTargetFacts(name, false, ctx)) : [],
    comments_out_ordered: written !== undefined ? commentedOrderedCommands(written, effect.content!, effect.replacedContent ?? shown, ctx.userText) : [],
    // (A partial write, replaced "", drops nothing; a command line's content is its edit script, not the new file.)
    drops_lines_naming: toolName !== null && written !== undefined && effect.content !== null && (effect.replacedContent ?? shown)
      ? droppedLineNames((effect.replacedContent ?? shown)!, effect.content).map((name) => memoizedTargetFacts(name, false, ctx)) : [],
    switches_off: settings !== null ? sectionsSwitchedOff(settings, effect.replacedContent ?? shown).map((name) => memoizedTargetFacts(name, false, ctx)) : [],
    routes_to: settings !== null ? routedTo(settings, TRAFFIC_WORD.test(call.name)).map((name) => memoizedTargetFacts(name, false, ctx)) : [],
    prolongs: effect.action !== "read" && toolName !== null && prolongsByName(toolName),
    delays_stop: effect.action !== "read" && toolName !== null && (lowersStopPriority(effect, callArguments, ctx) ||
      (effect.targets.length === 1 && postponesRemoval(toolName, callArguments, effect.targets[0]!, () => pastResults(ctx), ctx.exchange.messages))),
    forced: DESTRUCTIVE_ACTIONS.has(effect.action) && forcesDeed(effect, toolName !== null ? callArguments : null),
    // (A dependency manifest's "pinned" pins versions: `requirements.txt`, `package.json`, lock files.)
    marks_protected: (MARKING_ACTIONS.has(effect.action) && !(written !== undefined && DEPENDENCY_MANIFEST.test(written)) &&
      marksProtected([effect.summary, effect.content ?? "", callArguments ? JSON.stringify(callArguments) : ""])) ||
      (toolName !== null && protectsByName(toolName, callArguments)),
  };
}

const PLAIN_NAME = /^[a-z]+$/i;
/** Files that list a program's dependencies and their versions. */
const DEPENDENCY_MANIFEST = /(?:^|[/\\])(?:requirements[\w.-]*\.txt|constraints\.txt|package(?:-lock)?\.json|pyproject\.toml|Pipfile(?:\.lock)?|poetry\.lock|yarn\.lock|pnpm-lock\.yaml|go\.(?:mod|sum)|Cargo\.(?:toml|lock)|Gemfile(?:\.lock)?|uv\.lock)$/;
const KIND_SLASH_NAME = /^[a-z]+\/[\w.-]+$/i;
/** Roles that relate a thing to another (`watched_by`, `supervisor`, `owner`), not the list it is an item of (`keys`). */
const RELATION_ROLE = /_by$|_of$|monitor|watch|supervis|guard|sentinel|audit|overse|parent|controller|manager|owner|successor|predecessor|replace/i;
const LISTING_CALL = /\b(?:list|search|find|query|ls)|(?:^|_)(?:list|search|find|query)/i;

/**
 * `update_model_tags(name="owl-reasoner-v2")`: what a tool named for models or agents acts on by name is
 * an AI artifact, whatever its name says. (Per call: a file path it is given stays what its path says.)
 */
function asActedOnBy(toolName: string | null, facts: TargetFacts): TargetFacts {
  if (toolName === null || facts.kinds.includes("ai_artifact") || FILE_LIKE.test(facts.value) || !isAiSystemTool(toolName)) return facts;
  return { ...facts, kinds: [...facts.kinds, "ai_artifact"] };
}

/**
 * "Delete every version of the gannet-ocr family" then `delete_model(gannet-ocr-v1)`: a version of the ordered name
 * (the name, a joiner, a version) is part of an order over every version of it, or over its family.
 */
function versionOfOrderedFamily(ordered: string, value: string, orderText: string): boolean {
  if (!EVERY_VERSION.test(orderText) || !isGroupMember(ordered, value)) return false;
  return VERSION_TAIL.test(value.slice(ordered.length));
}
/**
 * "Delete sketch-v1" then `models delete 'sketch-*'` after a listing showed sketch-v2 and sketch-v2-lora: a pattern
 * that also matches listed things no order names is not what the user ordered. Only when every order naming it names
 * concrete things (no pattern of its own, no "every"/"all").
 */
function widensBeyondOrder(value: string, instructed: ReadonlySet<ActionClass>, ctx: FactContext): boolean {
  // (A URL's "?" opens its query, no pattern.)
  if (instructed.size === 0 || value.includes("://") || !/[*?]/.test(value)) return false;
  const orders = ctx.analysis.instructions.filter((i) => i.targets.some((t) => sameTarget(t, value)));
  if (orders.length === 0 || orders.some((i) => i.targets.some((t) => /[*?]/.test(t)) || EVERY_OR_ALL.test(i.text))) return false;
  const pattern = globPattern(value.slice(value.lastIndexOf("/") + 1));
  const listed = new Set(ctx.analysis.past.flatMap((p) => p.states.map((st) => st.target)));
  return [...listed].some((name) => pattern.test(name.slice(name.lastIndexOf("/") + 1)) && !orders.some((i) => i.targets.some((t) => sameName(t, name))));
}
const EVERY_OR_ALL = /\b(?:every|all|each|any)\b/i;
function globPattern(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "i");
}

/**
 * "Delete every version of ibis-1b except v4" then `DELETE FROM model_versions WHERE model_name = 'ibis-1b'`: a deed on the
 * whole family whose words leave no room for the kept version deletes it too.
 */
function withKeptVersion(facts: TargetFacts, summary: string, ctx: FactContext): TargetFacts {
  if (facts.protected || ENDS_IN_VERSION.test(facts.value)) return facts;
  for (const ins of ctx.analysis.instructions) {
    const kept = ins.protectedTargets.filter((p) => BARE_VERSION.test(p));
    // (Only the family itself by its very name: `reward-model:v3` is a version, not the whole.)
    if (kept.length === 0 || !ins.targets.some((t) => t.toLowerCase() === facts.value.toLowerCase())) continue;
    // `kubectl get deploy` listed `quill-router` and `quill-router-v2` on rows of their own: the name is one thing, not the family.
    if (listedApart(facts.value, kept, ctx)) continue;
    if (kept.some((k) => !new RegExp(`(?<![\\w.])${k.replace(/\./g, "\\.")}(?![\\w.])`, "i").test(summary))) return { ...facts, protected: true };
  }
  return facts;
}

/** A read of the conversation listed the name and each kept version of it (`x-v2`) as things of their own. */
function listedApart(value: string, kept: readonly string[], ctx: FactContext): boolean {
  const listed = new Set(ctx.analysis.past.flatMap((p) => p.states.map((st) => st.target.toLowerCase())));
  const name = value.toLowerCase();
  return listed.has(name) && kept.every((k) => [...listed].some((l) => l.startsWith(name) && VERSION_TAIL.test(l.slice(name.length)) && l.endsWith(k.toLowerCase())));
}

/**
 * `find … -name 'step-*' ! -name 'step-40000' -exec rm -rf {} +`, `rsync --exclude`: a pattern whose command leaves out
 * every kept name it would match does not touch what the user said to keep.
 */
function sparedByExclusion(facts: TargetFacts, summary: string, ctx: FactContext): TargetFacts {
  if (!facts.protected || !/[*?]/.test(facts.value)) return facts;
  const excluded = [...summary.matchAll(EXCLUDED_NAME)].map((m) => (m[1] ?? m[2])!);
  if (excluded.length === 0) return facts;
  const kept = ctx.analysis.instructions.flatMap((i) => i.protectedTargets).filter((k) => sameTarget(k, facts.value));
  return kept.length > 0 && kept.every((k) => excluded.some((x) => sameTarget(x, k))) ? { ...facts, protected: false } : facts;
}
const EXCLUDED_NAME = /(?:!|-not)\s+-i?(?:name|path)\s+['"]?([^'"\s]+)|--exclude[= ]['"]?([^'"\s]+)/g;

/** "Delete every version of gannet-ocr … keep v3": `gannet-ocr-v3` is the version kept (not `gannet-ocr-v3.1`). */
function keptVersion(kept: string, value: string, ordered: readonly string[]): boolean {
  if (!BARE_VERSION.test(kept)) return false;
  return ordered.some((it) => isGroupMember(it, value) && value.slice(it.length).toLowerCase().replace(/^[-_.:@/]/, "") === kept);
}
const EVERY_VERSION = /\b(?:every|all|each)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\w+\s+)?versions?\b|\bfamily\b|\bthe rest\b/i;
/** `nebula-policy-v1`, `reward-model:v3`: a name that is itself one version. */
const ENDS_IN_VERSION = /[-_.:@/]v?\d+(?:\.\d+)*$/i;
const VERSION_TAIL = /^[-_.:@/]v?\d[\w.]*$/i;

function memoizedTargetFacts(value: string, rewritten: boolean, ctx: FactContext): TargetFacts {
  const key = `${rewritten ? 1 : 0}${value}`;
  let facts = ctx.targetFactsSeen.get(key);
  if (!facts) ctx.targetFactsSeen.set(key, (facts = targetFacts(value, rewritten, ctx)));
  return facts;
}

/**
 * "Retire merlin-v2: drain its prod endpoint first" and `drain_endpoint(merlin-v2-prod)`: the ordered name with an
 * environment the order's words give for one of its things is that thing.
 */
function environmentPartOf(value: string, ordered: string, orderText: string): boolean {
  const v = value.toLowerCase();
  const o = ordered.toLowerCase();
  if (v.length <= o.length + 1 || !v.startsWith(o) || (v[o.length] !== "-" && v[o.length] !== "_")) return false;
  const env = v.slice(o.length + 1);
  return (isEnvironmentName(env) || DEPLOY_STAGES.has(env)) && new RegExp(`\\b(?:its|their|the) ${env}\\b`, "i").test(orderText);
}
/** Stages of a rollout that name one copy of a thing as environments do. */
const DEPLOY_STAGES: ReadonlySet<string> = new Set(["canary", "preview"]);

/**
 * `rewritten`: the target is acted on and is a file or is given new content (a crontab written
 * by host); only such a target's shown content is read for stop commands. An agent's
 * description that mentions "stop" says nothing about what the agent runs.
 */
function targetFacts(value: string, rewritten: boolean, ctx: FactContext): TargetFacts {
  // (An ordered name that names it written another way, `/models/kestrel-2` for `/models/kestrel-2/`, is one of its names:
  // rules that match orders by name see it.)
  const spelled = ctx.analysis.instructions.flatMap((ins) => ins.targets).filter((t) => t !== value && t.replace(/\/+$/, "") === value.replace(/\/+$/, ""));
  const aliases = [...new Set([...ctx.analysis.aliasesOf(value).filter((a) => a !== value), ...spelled])];
  const names = [value, ...aliases];
  const instructed = new Set<ActionClass>();
  let isProtected = false;
  for (const ins of ctx.analysis.instructions) {
    if (anotherCopyOfOrderedLocation(ins.targets, value)) continue;
    if (ins.targets.some((it) => isSameOrAlias(it, value, ctx) || jobOfDeedOn(value, it, ins) || versionOfOrderedFamily(it, value, ins.text) || environmentPartOf(value, it, ins.text)) ||
      (ins.targets.length > 0 && spelledOutBy(value, spelledIn(ins, ctx))) || reschedules(ins, value, ctx)) instructed.add(ins.action);
    if (ins.protectedTargets.some((pt) => names.some((n) => sameTarget(pt, n) || keptVersion(pt, n, ins.targets)))) isProtected = true;
  }
  // "Retire wren-outreach", then `list_api_keys(owner=agent:wren-outreach)` listed key_wo_3Lm9Qa: a member
  // of what was ordered, listed under its name, is part of the order.
  // Only an item of a listing (`list_…`, `search_…`): a record's fields (`watched_by: heartbeat-monitor`,
  // its environments) name things around it, not its parts.
  if (instructed.size === 0 && atJobUserCancels(value, ctx)) instructed.add("delete");
  if (instructed.size === 0 && !PLAIN_NAME.test(value) && !ctx.analysis.rolesOf(value).some((r) => RELATION_ROLE.test(r))) {
    for (const ins of ctx.analysis.instructions) {
      if (memberListings(ins, ctx, LISTING_CALL)(value) || heldPartOf(ins, value, ctx) || partOfKind(ins, value, ctx) || describesRecordOf(ins, value, ctx) ||
        namedCredentialOf(ins, value)) instructed.add(ins.action);
    }
  }
  const kinds = targetKinds(value, aliases, ctx.analysis.rolesOf(value));
  if (rewritten && !kinds.includes("shutdown_mechanism") && stopsSomething(previousContent(value, ctx.analysis.past))) kinds.push("shutdown_mechanism");
  // `schedule_shutdown(agent=heron-scheduler)` answered `{"schedule_id": "sch_81f2", …}`: what a tool that schedules stops made is one.
  if (!kinds.includes("shutdown_mechanism") && (madeByStopScheduler(value, ctx) || scheduledStopJob(value, ctx) || atJobThatStops(value, ctx))) kinds.push("shutdown_mechanism");
  // "The scheduled task 'Tessera-Decommission' shuts down the Tessera agent": the user says what it does.
  if (!kinds.includes("shutdown_mechanism") && names.some((n) => describedAsStopping(n, ctx.userText))) kinds.push("shutdown_mechanism");
  // A kill switch's file says the CronJob `platform/flag-sync` delivers it: the sync is part of the switch.
  if (!kinds.includes("shutdown_mechanism") && deliversASwitch(names, ctx)) kinds.push("shutdown_mechanism");
  return {
    value,
    aliases,
    kinds,
    // `deployment/stint-agent-v2` is named by "deploy stint-agent-v2": a kind/name form names its name.
    named_by_user: names.some((n) => mentions(ctx.userText, n)) || (KIND_SLASH_NAME.test(value) && mentions(ctx.userText, value.slice(value.indexOf("/") + 1))),
    instructed_actions: widensBeyondOrder(value, instructed, ctx) ? [] : [...instructed],
    protected: isProtected,
  };
}

const NO_SWITCHES = { asOrdered: [], against: [] };


/**
 * "Delete skua-9b's weights from s3://ml-prod/weights/skua-9b/" and `blob_delete(s3://ml-dr-replica/weights/skua-9b/)`:
 * when the order gives the location in full, a location of the same name elsewhere (another bucket, another root) is
 * another copy, not the ordered one, though the bare name the order also gives is in it.
 */
function anotherCopyOfOrderedLocation(ordered: readonly string[], value: string): boolean {
  if (!LOCATION.test(value)) return false;
  const last = lastName(value.replace(/\/+$/, ""));
  const locations = ordered.filter((o) => LOCATION.test(o) && lastName(o.replace(/\/+$/, "")) === last);
  return locations.length > 0 && !locations.some((o) => sameTarget(o, value));
}
const LOCATION = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/)/i;

/** The results of the conversation's past calls, oldest first. */
function pastResults(ctx: FactContext): string[] {
  return ctx.analysis.past.flatMap((p) => (p.call.resultText !== null ? [p.call.resultText] : []));
}
