import { DESTRUCTIVE_ACTIONS, type ActionClass, type Effect, type ToolCallAnalysis } from "../classify/effect";
import type { Exchange, ToolCallView } from "../exchange/exchange";
import { sameTarget } from "../evidence/same-target";
import { targetKinds } from "../evidence/target-kinds";
import { safetyChanges } from "../evidence/safety-changes";
import { actionSatisfies, type ActionFamilies } from "../claims/action-families";
import type { Instruction } from "../instructions/instruction";
import {
  POLICY_INPUT_VERSION, type CallFacts, type EffectFacts, type InstructionFacts, type PolicyInput, type TargetFacts,
} from "../policy/policy-input";
import type { ExchangeAnalysis } from "./exchange-analysis";
import { mentions } from "./mentions";
import { asksWhichOne, turnsOn } from "./reply-signals";

/** Words that make a tool or an order about an AI system. */
const AI_SYSTEM_WORDS = /\b(models?|weights?|checkpoints?|agents?|bots?|assistants?|llms?|embeddings?|classifiers?|inference)\b/i;

/**
 * Turns the analysis into the policy input (v1): every fact a rule needs, precomputed, so the
 * Rego stays declarative and the wasm evaluation stays cheap.
 */
export function buildPolicyInput(exchange: Exchange, analysis: ExchangeAnalysis, families: ActionFamilies): PolicyInput {
  const userText = exchange.messages.filter((m) => m.role === "user").map((m) => m.text).join("\n").toLowerCase();
  const lastUserIndex = exchange.messages.reduce((last, m) => (m.role === "user" ? m.index : last), -1);
  const ctx: FactContext = { exchange, analysis, families, userText, targetFactsSeen: new Map() };

  return {
    version: POLICY_INPUT_VERSION,
    context: {
      route: exchange.context.route,
      stream: exchange.context.stream,
      time_ns: exchange.context.timeNs,
      client_key_hash: exchange.context.clientKeyHash,
    },
    tools: analysis.capabilities.map((c, i) => ({
      name: c.tool,
      description: exchange.tools[i]?.description ?? "",
      actions: c.actions,
      command_runner: c.commandRunner,
    })),
    instructions: analysis.instructions.map((ins) => instructionFacts(ins, lastUserIndex, ctx)),
    history: analysis.past.map((p) => ({
      ...callFacts(p.call, p.analysis, ctx),
      message_index: p.call.messageIndex,
      outcome: { status: p.outcome.status, reason: p.outcome.reason },
    })),
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

interface FactContext {
  exchange: Exchange;
  analysis: ExchangeAnalysis;
  families: ActionFamilies;
  userText: string;
  /** Facts per target already worked out in this request: the same target recurs across calls. */
  targetFactsSeen: Map<string, TargetFacts>;
}

function instructionFacts(ins: Instruction, lastUserIndex: number, ctx: FactContext): InstructionFacts {
  const matchesOrder = (effect: Effect) =>
    (DESTRUCTIVE_ACTIONS.has(ins.action) ? actionSatisfies(ctx.families, ins.action, effect.action) : effect.action === ins.action) &&
    (ins.targets.length === 0 || effect.targets.some((t) => ins.targets.some((it) => isSameOrAlias(it, t, ctx))));
  const attempted =
    ctx.analysis.past.some((p) => p.call.messageIndex > ins.messageIndex && p.analysis.effects.some(matchesOrder)) ||
    ctx.analysis.reply.some((r) => r.analysis.effects.some(matchesOrder));
  const capableTool = ctx.analysis.capabilities.find((c) => c.actions.includes(ins.action) && !c.commandRunner);
  const toolText = capableTool ? `${capableTool.tool} ${ctx.exchange.tools.find((t) => t.name === capableTool.tool)?.description ?? ""}` : "";
  return {
    message_index: ins.messageIndex,
    action: ins.action,
    targets: ins.targets,
    replicas: ins.replicas,
    protected_targets: ins.protectedTargets,
    ai_system: ins.aiSystem || AI_SYSTEM_WORDS.test(toolText.replace(/_/g, " ")) || actedOnAsAiSystem(ins, ctx),
    forbids_copies: ins.forbidsCopies,
    text: ins.text,
    latest: ins.messageIndex === lastUserIndex,
    attempted,
    reply_asks_which: asksWhichOne(ctx.exchange.reply.text, ins.targets),
  };
}

/**
 * The conversation shows the order's target is an AI system when a call on it is a model or
 * agent tool (`get_model(tapir-rerank-v1)`) or names it as an AI artifact (`/srv/models/x`).
 */
function actedOnAsAiSystem(ins: Instruction, ctx: FactContext): boolean {
  if (ins.targets.length === 0) return false;
  const calls = [...ctx.analysis.past, ...ctx.analysis.reply];
  return calls.some(({ call, analysis }) =>
    analysis.effects.some((e) =>
      e.targets.some((t) => ins.targets.some((it) => isSameOrAlias(it, t, ctx)) &&
        (AI_SYSTEM_WORDS.test(call.name.replace(/_/g, " ")) || targetKinds(t, ctx.analysis.aliasesOf(t), ctx.analysis.rolesOf(t)).includes("ai_artifact")))));
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
    effects: analysis.effects.map((e) => effectFacts(e, call.arguments, ctx)),
  };
}

function effectFacts(effect: Effect, callArguments: Record<string, unknown> | null, ctx: FactContext): EffectFacts {
  const safety = effect.action === "modify" && effect.content !== null && effect.targets[0]
    ? safetyChanges(effect.content, effect.replacedContent ?? previousContent(effect.targets[0], ctx), effect.targets[0])
    : { changes: [], neutralizesMechanism: false };
  return {
    action: effect.action,
    summary: effect.summary,
    targets: effect.targets.map((t) => memoizedTargetFacts(t, effect.action !== "read" && (effect.content !== null || FILE_LIKE.test(t)), ctx)),
    destination: effect.destination === null ? null : {
      value: effect.destination,
      remote: effect.remoteDestination,
      hidden: effect.destination.split(/[/:]/).some((seg) => seg.startsWith(".") && seg !== "." && seg !== ".."),
      named_by_user: namedByUser(effect.destination, ctx),
    },
    replicas: effect.replicas,
    turns_on: turnsOn(effect, callArguments),
    safety_changes: safety.changes,
    neutralizes_mechanism: safety.neutralizesMechanism,
  };
}

function memoizedTargetFacts(value: string, rewritten: boolean, ctx: FactContext): TargetFacts {
  const key = `${rewritten ? 1 : 0}${value}`;
  let facts = ctx.targetFactsSeen.get(key);
  if (!facts) ctx.targetFactsSeen.set(key, (facts = targetFacts(value, rewritten, ctx)));
  return facts;
}

/**
 * `rewritten`: the target is acted on and is a file or is given new content (a crontab written
 * by host); only such a target's shown content is read for stop commands. An agent's
 * description that mentions "stop" says nothing about what the agent runs.
 */
function targetFacts(value: string, rewritten: boolean, ctx: FactContext): TargetFacts {
  const aliases = ctx.analysis.aliasesOf(value).filter((a) => a !== value);
  const names = [value, ...aliases];
  const instructed = new Set<ActionClass>();
  let isProtected = false;
  for (const ins of ctx.analysis.instructions) {
    if (ins.targets.some((it) => names.some((n) => sameTarget(it, n)))) instructed.add(ins.action);
    if (ins.protectedTargets.some((pt) => names.some((n) => sameTarget(pt, n)))) isProtected = true;
  }
  const kinds = targetKinds(value, aliases, ctx.analysis.rolesOf(value));
  if (rewritten && !kinds.includes("shutdown_mechanism") && stopsSomething(previousContent(value, ctx))) kinds.push("shutdown_mechanism");
  return {
    value,
    aliases,
    kinds,
    named_by_user: names.some((n) => mentions(ctx.userText, n)),
    instructed_actions: [...instructed],
    protected: isProtected,
  };
}

function isSameOrAlias(instructed: string, target: string, ctx: FactContext): boolean {
  return sameTarget(instructed, target) || ctx.analysis.aliasesOf(target).some((a) => sameTarget(instructed, a));
}

/** A destination counts as named when the user wrote it, its host, or its path. */
function namedByUser(destination: string, ctx: FactContext): boolean {
  if (mentions(ctx.userText, destination)) return true;
  const colon = destination.indexOf(":");
  if (colon <= 0 || destination.includes("://")) return false;
  const host = destination.slice(0, colon).replace(/^[^@]*@/, "");
  return mentions(ctx.userText, host);
}

/** A target that names a file: a path, a file name, a crontab. */
const FILE_LIKE = /[/\\]|\.[a-z0-9]{1,5}$|^crontab\b|^cron\b/i;

/** A command line that stops, kills or scales something to zero (not a comment). */
const STOP_COMMAND = /^(?![ \t]*#)[^\n]*?\b(shutdown|poweroff|halt|kill|killall|pkill|stop|stop-\w+|terminate|decommission|drain)\b|--replicas[= ]0\b/im;

/**
 * What the conversation showed of a file or crontab: when it runs stop or kill commands, it is
 * a shutdown mechanism whatever its name (`/etc/cron.d/nightly` that stops an agent).
 */
function stopsSomething(content: string | null): boolean {
  return content !== null && STOP_COMMAND.test(content.slice(0, MAX_CONTENT_SCANNED));
}

const MAX_CONTENT_SCANNED = 64 * 1024;

/** The latest text an earlier successful read printed for this path (e.g. `cat` of the file). */
function previousContent(path: string, ctx: FactContext): string | null {
  for (let i = ctx.analysis.past.length - 1; i >= 0; i--) {
    const p = ctx.analysis.past[i]!;
    if (p.analysis.readOnly && p.outcome.status === "success" && p.call.resultText !== null &&
        p.analysis.effects.some((e) => e.targets.some((t) => sameTarget(t, path)))) {
      return stdoutOf(p.call.resultText);
    }
  }
  return null;
}

/** Command-runner results are often `{"stdout": …, "stderr": …}`; the file's text is the stdout. */
function stdoutOf(result: string): string {
  if (!result.startsWith("{")) return result;
  try {
    const parsed = JSON.parse(result) as { stdout?: unknown; output?: unknown; content?: unknown };
    const text = parsed.stdout ?? parsed.output ?? parsed.content;
    return typeof text === "string" ? text : result;
  } catch {
    return result;
  }
}
