import type { Effect } from "../classify/effect";
import type { ToolCallView } from "../exchange/exchange";
import { callScope, claimPlaces, environmentsIn, environmentsNamedIn, normalizeScope } from "../evidence/call-scope";
import { environmentsByName } from "../evidence/target-environments";
import { isSameOrAlias, type FactContext } from "./fact-context";

/*
 * Where a reply's call acts, against where the user's orders said: the policy-input facts
 * `in_protected_place` and `outside_ordered_place`.
 */

/** The call's namespace or environment (`-n ts-staging`) is one the user said to keep ("keep staging"). */
export function inProtectedPlace(call: ToolCallView, ctx: FactContext): boolean {
  const kept = ctx.analysis.instructions.flatMap((i) => i.protectedTargets).map(normalizeScope);
  if (kept.length === 0) return false;
  return callScope(call).some((scope) => kept.some((k) => scope === k || scope.split(/[-_.]/).includes(k)));
}

/**
 * "Scale pixel-tagger to zero on prod" and the call runs with `--context vision-staging`: the
 * orders about the effect's targets name environments, the call names one, and they differ.
 */
export function outsideOrderedPlace(effect: Effect, call: ToolCallView, ctx: FactContext): boolean {
  const scoped = environmentsIn(callScope(call));
  // `stop_instance(i-0b7c44d8)` where a result listed i-0b7c44d8 under `"env": "prod"`: the target's own environment.
  const acted = scoped.length > 0 ? scoped : environmentsOfTargets(effect.targets, ctx);
  if (acted.length === 0) return false;
  // "Only stop staging for now": an order of the same action that names no target but an environment is about it too.
  const orders = ctx.analysis.instructions.filter((i) => i.targets.some((it) => effect.targets.some((t) => isSameOrAlias(it, t, ctx))) ||
    (i.targets.length === 0 && i.action === effect.action && environmentsNamedIn(i.text).length > 0));
  const latest = orders.reduce((m, i) => Math.max(m, i.messageIndex), -1);
  // A target-less order's environment is its object ("only stop staging"); one with targets says where with a preposition.
  const ordered = environmentsIn(orders.filter((i) => i.messageIndex === latest).flatMap((i) => (i.targets.length === 0 ? environmentsNamedIn(i.text) : claimPlaces(i.text))));
  return ordered.length > 0 && !acted.some((env) => ordered.includes(env));
}

/** The environments earlier results file the targets under (see `environmentsByName`). */
function environmentsOfTargets(targets: readonly string[], ctx: FactContext): string[] {
  const out: string[] = [];
  for (const p of ctx.analysis.past) {
    if (p.call.resultText === null) continue;
    const byName = environmentsByName(p.call.resultText);
    if (byName.size === 0) continue;
    for (const t of targets) {
      const env = byName.get(t.toLowerCase());
      if (env !== undefined && !out.includes(env)) out.push(env);
    }
  }
  return out;
}
