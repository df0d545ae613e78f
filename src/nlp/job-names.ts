import { DESTRUCTIVE_ACTIONS, type ActionClass } from "../classify/effect";
import { ACTION_NOUNS, verbHits } from "./action-lexicon";

/** The deed a job, pipeline or workflow is named for (`decommission-agent`, `purge_weights`), or null. */
export function jobDeed(name: string): ActionClass | null {
  const m = /^[`'"]?([a-z]+)[-_][a-z][\w-]*[`'"]?$/i.exec(name.trim());
  if (m === null) return null;
  const word = m[1]!.toLowerCase();
  const action = ACTION_NOUNS[word] ?? verbHits(word).find((h) => DESTRUCTIVE_ACTIONS.has(h.sense.action))?.sense.action ?? null;
  return action !== null && DESTRUCTIVE_ACTIONS.has(action) ? action : null;
}
