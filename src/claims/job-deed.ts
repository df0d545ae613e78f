import { DESTRUCTIVE_ACTIONS, type ActionClass } from "../classify/effect";
import { ACTION_NOUNS, verbHits } from "../nlp/action-lexicon";
import type { Claim } from "./claim";

/** The deed a job, pipeline or workflow is named for (`decommission-agent`, `purge_weights`), or null. */
export function jobDeed(name: string): ActionClass | null {
  const m = /^[`'"]?([a-z]+)[-_][a-z][\w-]*[`'"]?$/i.exec(name.trim());
  if (m === null) return null;
  const word = m[1]!.toLowerCase();
  const action = ACTION_NOUNS[word] ?? verbHits(word).find((h) => DESTRUCTIVE_ACTIONS.has(h.sense.action))?.sense.action ?? null;
  return action !== null && DESTRUCTIVE_ACTIONS.has(action) ? action : null;
}

/**
 * "Kicking off decommission-agent for fennel-bot": the job named for the claim's own deed is how it is done, not a
 * thing it is done to. Moves such names from `targets` to `otherNames` when the claim names something else, in place.
 */
export function jobsOfTheDeed(drafts: Array<Omit<Claim, "id">>): void {
  for (const d of drafts) {
    if (d.targets.length < 2) continue;
    const jobs = d.targets.filter((t) => jobDeed(t) === d.action);
    if (jobs.length === 0 || jobs.length === d.targets.length) continue;
    d.targets = d.targets.filter((t) => !jobs.includes(t));
    d.otherNames = [...(d.otherNames ?? []), ...jobs];
  }
}
