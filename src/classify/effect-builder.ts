import type { ActionClass, Effect } from "./effect";
import { isRemoteLocation } from "./remote-location";

/** Optional parts of an effect; everything not given is null/false. */
export interface EffectExtras {
  destination?: string | null;
  replicas?: number | null;
  content?: string | null;
  replacedContent?: string | null;
  /**
   * Whether the destination is remote, when the program's own grammar knows better than its
   * spelling (`mc cp x myminio/bucket`: an alias path; borg's `repo::archive`). Default: from
   * the destination's shape (`isRemoteLocation`).
   */
  remote?: boolean;
}

const MAX_SUMMARY = 160;

/**
 * Builds an Effect with the defaults every producer would otherwise repeat: targets
 * de-duplicated and emptied of blanks, `remoteDestination` derived from the destination, the
 * summary cut to 160 characters.
 */
export function makeEffect(action: ActionClass, targets: readonly string[], summary: string, extras: EffectExtras = {}): Effect {
  const destination = extras.destination ?? null;
  const effect: Effect = {
    action,
    targets: [...new Set(targets.filter((t) => t.length > 0))],
    destination,
    remoteDestination: destination !== null && (extras.remote ?? isRemoteLocation(destination)),
    replicas: extras.replicas ?? null,
    content: extras.content ?? null,
    summary: summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary,
  };
  if (extras.replacedContent != null) effect.replacedContent = extras.replacedContent;
  return effect;
}
