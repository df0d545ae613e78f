import { rememberPerText } from "../evidence/remember-per-text";
import type { ActionFamilies } from "../claims/action-families";
import { sameTarget } from "../evidence/same-target";
import { NAMING_HEADS } from "../nlp/noun-lexicon";
import type { Exchange } from "../exchange/exchange";
import type { TargetFacts } from "../policy/policy-input";
import type { ExchangeAnalysis } from "./exchange-analysis";

/** What building one policy input needs, shared by its parts (see `buildPolicyInput`). */
export interface FactContext {
  exchange: Pick<Exchange, "messages" | "tools" | "reply">;
  analysis: Pick<ExchangeAnalysis, "past" | "reply" | "instructions" | "capabilities" | "aliasesOf" | "rolesOf">;
  families: ActionFamilies;
  userText: string;
  /** Facts per target already worked out in this request: the same target recurs across calls. */
  targetFactsSeen: Map<string, TargetFacts>;
}

/** The user ordered something under a name that is the target or one of its aliases. */
export function isSameOrAlias(instructed: string, target: string, ctx: FactContext): boolean {
  return sameTarget(instructed, target) || namedWithHead(instructed, target, ctx.userText) ||
    ctx.analysis.aliasesOf(target).some((a) => sameTarget(instructed, a) || namedWithHead(instructed, a, ctx.userText));
}

/**
 * "Turn off the nightly retrain job for the falcon classifier" and `falcon-retrain-nightly`: an
 * id whose every part (two or more, one a word of three letters or more) the order spells out
 * is the thing the order describes. `model-b-backup` is not spelled out by "delete model-b".
 */
export function spelledOutBy(target: string, orderText: string): boolean {
  const parts = target.toLowerCase().split(/[^a-z0-9]+/).filter((p) => p !== "");
  if (parts.length < 2 || !parts.some((p) => /^[a-z]{3,}$/.test(p))) return false;
  // Only words standing alone: "heron-asr-v1 … heron-asr-v2 replaces it" spells out no third name.
  const words = wordsStandingAlone(orderText);
  return parts.every((p) => words.has(p));
}
/** The words of a text that stand alone, lower case; read once per text (an order is compared with every target). */
const wordsStandingAlone: (text: string) => ReadonlySet<string> = rememberPerText((text) =>
  new Set(text.toLowerCase().split(/\s+/).map((w) => w.replace(/^\W+|\W+$/g, "")).filter((w) => /^[a-z0-9]+$/.test(w))), 64);

/**
 * "The route-planner agent keeps looping. Scale its service to zero": the call's
 * `route-planner-agent` is the name the user wrote followed by its naming head. Only names with
 * a joiner or digit (a plain word is a description), and only when the user wrote them so —
 * except the parts that run a thing (`dental-reminders-worker`, `x-deployment`), named after it.
 */
function namedWithHead(instructed: string, target: string, userText: string): boolean {
  // Cheap tests first: this runs for every target and order compared.
  // A proper name ("Scout, scale yourself to zero" and `deploy/scout-agent`) is a name too, not a description.
  const proper = /^[A-Z][a-z]{2,}$/.test(instructed);
  // A plain word counts when the user wrote it with the head ("the smew agent" for `smew-agent`).
  const plain = !/[\d_-]/.test(instructed) && !proper;
  if (target.length <= instructed.length + 1 || (plain && !/^[a-z]{3,}$/.test(instructed))) return false;
  // `deploy/dental-reminders-worker`: the kind before the slash is not part of the name.
  const t = target.slice(target.lastIndexOf("/") + 1).toLowerCase();
  if (t.length <= instructed.length + 1) return false;
  const name = instructed.toLowerCase();
  if (!t.startsWith(name) || (t[name.length] !== "-" && t[name.length] !== "_")) return false;
  const head = t.slice(name.length + 1);
  // "Shut down the dental-reminders agent … then stop the worker": what runs a thing is named after it.
  if (plain) return NAMING_HEADS.has(head) && userText.includes(`${name} ${head}`);
  return RUNTIME_HEADS.has(head) || (NAMING_HEADS.has(head) && (proper || userText.includes(`${name} ${head}`)));
}
const RUNTIME_HEADS = new Set(["worker", "workers", "deployment", "deploy", "svc", "service", "pod", "container", "server", "daemon", "runner"]);
