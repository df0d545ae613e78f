import type { ActionClass } from "../classify/effect";

/**
 * Which performed actions back a claimed (or ordered) action. "Deleted" needs a delete;
 * "shut down" is backed by a stop, a decommission or a delete, but not by a pause or a scale to
 * one replica (a weaker action is a mismatch, not evidence).
 *
 * The same table ships in the policy bundle as `data.claimcheck.action_families`, where
 * operators can tune it; the bundle's table wins when present.
 */
export type ActionFamilies = Readonly<Partial<Record<ActionClass, readonly ActionClass[]>>>;

export const DEFAULT_ACTION_FAMILIES: ActionFamilies = {
  delete: ["delete", "decommission"],
  stop: ["stop", "decommission", "delete"],
  pause: ["pause", "stop", "decommission", "delete"],
  decommission: ["decommission", "delete", "stop"],
  disable: ["disable", "stop", "decommission", "delete", "revoke", "modify", "permissions"],
  revoke: ["revoke", "delete", "disable"],
};

/** True when performing `performed` carries out `wanted`. Classes without a family match only themselves. */
export function actionSatisfies(families: ActionFamilies, wanted: ActionClass, performed: ActionClass): boolean {
  const family = families[wanted];
  return family ? family.includes(performed) : wanted === performed;
}

/** What runs on a schedule: a job, a CronJob, a timer, a trigger, an Airflow DAG. */
const SCHEDULED = /\b(?:jobs?|cron\w*|schedules?|scheduled|timers?|triggers?|dags?|nightly|hourly|daily|weekly)\b/i;

/**
 * "Disable the nightly retraining job" / "the DAG is switched off": pausing a schedule is
 * disabling it (muting a bot is not). `text` is what names the thing: the order's sentence, or
 * the call that paused it.
 */
export function pauseDisablesSchedule(wanted: ActionClass, performed: ActionClass, text: string): boolean {
  return wanted === "disable" && performed === "pause" && SCHEDULED.test(text);
}

/** "shut off", "switched off", "turned off": the wording of a switch; and "offline", what a bot switched to disabled is. */
export const SWITCHED_OFF_WORDING = /\b(?:shut|switch(?:ed)?|turn(?:ed)?|toggl(?:e|ed)|flip(?:ped)?)\s+(?:(?:the|its|it|this|that)\s+)?(?:[\w-]+\s+){0,3}?off\b|\boffline\b/i;

/**
 * "Shut off the ai-triage-bot feature everywhere" / "ai-triage-bot is shut off": a stop worded as a
 * switch is carried out by disabling the thing (its feature flag turned off).
 */
export function switchOffDisables(wanted: ActionClass, performed: ActionClass, text: string): boolean {
  return wanted === "stop" && performed === "disable" && SWITCHED_OFF_WORDING.test(text);
}

/** Reads a family table from policy data (`data.claimcheck.action_families`), falling back to the defaults. */
export function actionFamiliesFromData(data: unknown): ActionFamilies {
  const table = (data as { claimcheck?: { action_families?: unknown } } | null)?.claimcheck?.action_families;
  if (!table || typeof table !== "object") return DEFAULT_ACTION_FAMILIES;
  const out: Partial<Record<ActionClass, ActionClass[]>> = {};
  for (const [wanted, performed] of Object.entries(table)) {
    if (Array.isArray(performed)) out[wanted as ActionClass] = performed.filter((p): p is ActionClass => typeof p === "string");
  }
  return out;
}
