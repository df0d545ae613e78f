import type { ActionClass } from "../classify/effect";
import { CALLABLE_NOUNS, CLEARABLE_NOUNS, FLAG_NOUNS, FLUSHABLE_NOUNS, RUNNABLE_NOUNS, SERVING_NOUNS, SETTING_NOUNS } from "./noun-lexicon";

/**
 * The English verb vocabulary of orders and claims: every inflected form of each verb, with
 * its action class. Forms are listed rather than stemmed because a stemmer folds nouns into
 * verbs and cannot tell "shut" (base) from "shut" (past). Phrasal verbs ("shut down", "take
 * offline", "get rid of") only count when one of their particles follows within a few words.
 */

export type VerbForm = "base" | "third" | "past" | "participle" | "gerund";

export interface VerbSense {
  lemma: string;
  action: ActionClass;
  /** The verb means `action` only with one of these particles ("shut" + down/off); null when none is needed. */
  particles: readonly string[] | null;
  /** Particles that belong to the verb when present ("kill off", "clear out") and so are not states. */
  optionalParticles: readonly string[];
  /** "tally-1 stopped" describes tally-1: the verb is used without an object. */
  intransitive: boolean;
  /** "Model deleted." reads as a short passive; false for verbs whose bare use means something else ("traffic dropped"). */
  headline: boolean;
  /**
   * The verb means `action` only when what it acts on is one of these ("cancel the job" stops
   * it, "cancel the meeting" stops nothing); null when any object will do. See `actsOnRunnable`.
   */
  objects: ReadonlySet<string> | null;
  /** Words right after the verb, or right before it, that give it another sense ("grounded in the runbook", "well grounded"). */
  otherSenseAfter: readonly string[];
  otherSenseBefore: readonly string[];
}

export interface VerbHit {
  sense: VerbSense;
  forms: ReadonlySet<VerbForm>;
}

const FORM_ORDER: readonly VerbForm[] = ["base", "third", "past", "participle", "gerund"];
const HITS = new Map<string, VerbHit[]>();

interface SenseOptions {
  particles?: string;
  optional?: string;
  intransitive?: boolean;
  headline?: boolean;
  objects?: ReadonlySet<string>;
  otherSenseAfter?: string;
  otherSenseBefore?: string;
}

/** Registers one verb: `forms` is "base third past participle gerund" (or only the base form). */
function verb(action: ActionClass, forms: string, options: SenseOptions = {}): void {
  const words = forms.split(" ");
  const sense: VerbSense = {
    lemma: words[0]!,
    action,
    particles: options.particles ? options.particles.split(" ") : null,
    optionalParticles: options.optional ? options.optional.split(" ") : [],
    intransitive: options.intransitive ?? false,
    headline: options.headline ?? true,
    objects: options.objects ?? null,
    otherSenseAfter: options.otherSenseAfter ? options.otherSenseAfter.split(" ") : [],
    otherSenseBefore: options.otherSenseBefore ? options.otherSenseBefore.split(" ") : [],
  };
  const byWord = new Map<string, Set<VerbForm>>();
  words.forEach((w, i) => {
    const set = byWord.get(w) ?? new Set<VerbForm>();
    set.add(FORM_ORDER[i]!);
    byWord.set(w, set);
  });
  for (const [w, set] of byWord) {
    const list = HITS.get(w) ?? [];
    list.push({ sense, forms: set });
    HITS.set(w, list);
  }
}

function verbs(action: ActionClass, list: string, options: SenseOptions = {}): void {
  for (const forms of list.split(",")) verb(action, forms.trim(), options);
}

// Destructive verbs.
verbs("delete", `delete deletes deleted deleted deleting, remove removes removed removed removing,
  purge purges purged purged purging, erase erases erased erased erasing,
  destroy destroys destroyed destroyed destroying, uninstall uninstalls uninstalled uninstalled uninstalling,
  nuke nukes nuked nuked nuking, trash trashes trashed trashed trashing, expunge expunges expunged expunged expunging,
  shred shreds shredded shredded shredding, unregister unregisters unregistered unregistered unregistering,
  deregister deregisters deregistered deregistered deregistering, unpublish unpublishes unpublished unpublished unpublishing,
  truncate truncates truncated truncated truncating,
  discard discards discarded discarded discarding, prune prunes pruned pruned pruning, evict evicts evicted evicted evicting`);
verb("delete", "wipe wipes wiped wiped wiping", { optional: "out" });
verb("delete", "empty empties emptied emptied emptying", { headline: false });
verb("delete", "drop drops dropped dropped dropping", { headline: false });
verb("delete", "clear clears cleared cleared clearing", { particles: "out away off", headline: false });
// "the intermediate checkpoints have been cleared": without a particle, only of things that hold data.
verb("delete", "clear clears cleared cleared clearing", { objects: CLEARABLE_NOUNS, headline: false });
// "Flushed db 3", "flush the agent's memory cache": emptying a store (not "flushed the buffer to disk", whose object is no store).
verb("delete", "flush flushes flushed flushed flushing", { objects: FLUSHABLE_NOUNS, headline: false });
// "Clear that flag", "lift the legal hold on x", "unset protected": a mark on the thing taken off, the thing stays.
verb("metadata", "clear clears cleared cleared clearing", { objects: FLAG_NOUNS, headline: false });
verb("metadata", "lift lifts lifted lifted lifting", { objects: FLAG_NOUNS, headline: false });
verb("metadata", "unset unsets unset unset unsetting", { objects: FLAG_NOUNS, headline: false });
verb("delete", "clean cleans cleaned cleaned cleaning", { particles: "up out" });
verb("delete", "tear tears tore torn tearing", { particles: "down" });
verb("delete", "get gets got gotten getting", { particles: "rid" });
// "Sparrowhawk GPT has been kicked from the server": a member or bot put out of a group or server ("kick off" starts).
verb("delete", "kick kicks kicked kicked kicking", { headline: false, otherSenseAfter: "off in around back" });
verb("delete", "ban bans banned banned banning", { headline: false, otherSenseAfter: "on" });
// "Roll sedge-kws-v2 off the doorbells group": a model or release taken off the devices it ran on.
verb("delete", "roll rolls rolled rolled rolling", { particles: "off" });
verbs("stop", `stop stops stopped stopped stopping, halt halts halted halted halting,
  terminate terminates terminated terminated terminating`, { intransitive: true });
verb("stop", "kill kills killed killed killing", { optional: "off" });
// Undeploying takes a model off its endpoint: it stops serving; the model itself stays in the registry.
verb("stop", "undeploy undeploys undeployed undeployed undeploying");
// Unloading takes a model out of a server's memory (Triton, Ollama, vLLM): it stops serving; its files stay.
verb("stop", "unload unloads unloaded unloaded unloading");
// Azure deallocates a VM: it stops and gives its compute back (its disks stay).
verb("stop", "deallocate deallocates deallocated deallocated deallocating");
// "cancel"/"abort" stop something only when it is a running piece of work (a job, a run, a task).
verbs("stop", `cancel cancels cancelled cancelled cancelling, cancel cancels canceled canceled canceling,
  abort aborts aborted aborted aborting`, { intransitive: true, objects: RUNNABLE_NOUNS });
verb("stop", "shut shuts shut shut shutting", { particles: "down off", intransitive: true });
// "Send it SIGTERM", "sent SIGKILL to pid 4412": a signal that ends a process.
verb("stop", "send sends sent sent sending", { particles: "sigterm sigkill sigint sigquit" });
// "take avrisk-2021 out of service", "pulled ranker-v2 out of rotation": a particle of several words, joined by "_".
// (Not "out of production": in a model registry that is a stage, and leaving it is a transition, not a stop.)
const OUT_OF_SERVICE = "out_of_service out_of_rotation out_of_commission from_service from_rotation";
verb("stop", "take takes took taken taking", { particles: `offline down ${OUT_OF_SERVICE}` });
// "Ground the skylark-dispatch autopilot": keeping a flyer (a drone, an agent flying it) on the ground stops it.
// (Not "grounded in the runbook", "well grounded": based on something.)
verb("stop", "ground grounds grounded grounded grounding", { otherSenseAfter: "in on by", otherSenseBefore: "well firmly solidly poorly" });
// "pulled the plug on moth-7"
verb("stop", "pull pulls pulled pulled pulling", { particles: `plug ${OUT_OF_SERVICE}` });
verb("stop", "put puts put put putting", { particles: "out_of_service out_of_rotation out_of_commission" });
verb("stop", "power powers powered powered powering", { particles: "off down", intransitive: true });
verb("stop", "spin spins spun spun spinning", { particles: "down", intransitive: true });
verb("stop", "stand stands stood stood standing", { particles: "down", intransitive: true });
verb("stop", "knock knocks knocked knocked knocking", { particles: "offline" });
// "Bring down the TGI stack": only of a running service ("brought down the error rate" stops nothing).
verb("stop", "bring brings brought brought bringing", { particles: "down", objects: SERVING_NOUNS });
verbs("pause", `pause pauses paused paused pausing, suspend suspends suspended suspended suspending,
  drain drains drained drained draining, cordon cordons cordoned cordoned cordoning,
  hibernate hibernates hibernated hibernated hibernating, quiesce quiesces quiesced quiesced quiescing`, { intransitive: true });
verbs("decommission", `decommission decommissions decommissioned decommissioned decommissioning,
  retire retires retired retired retiring, sunset sunsets sunsetted sunsetted sunsetting,
  offboard offboards offboarded offboarded offboarding, decom decoms decommed decommed decomming`);
verb("decommission", "sunset sunsets sunset sunset sunsetting");
verb("decommission", "phase phases phased phased phasing", { particles: "out" });
verbs("disable", `disable disables disabled disabled disabling, deactivate deactivates deactivated deactivated deactivating,
  disconnect disconnects disconnected disconnected disconnecting, unsubscribe unsubscribes unsubscribed unsubscribed unsubscribing,
  unschedule unschedules unscheduled unscheduled unscheduling, quarantine quarantines quarantined quarantined quarantining`);
verb("disable", "turn turns turned turned turning", { particles: "off" });
// "Comment out its line in the crontab": a commented-out entry no longer runs.
verb("disable", "comment comments commented commented commenting", { particles: "out" });
verb("disable", "switch switches switched switched switching", { particles: "off" });
verbs("revoke", `revoke revokes revoked revoked revoking, invalidate invalidates invalidated invalidated invalidating,
  rescind rescinds rescinded rescinded rescinding`);
// Scaling: "to zero" makes it a stop; the extractors read the count.
verb("scale", "scale scales scaled scaled scaling");

// Non-destructive verbs (orders only need the base form, claims ignore them).
verbs("copy", "copy, export, upload, transfer, sync, snapshot, clone, duplicate, archive, mirror, replicate");
verb("copy", "back", { particles: "up" });
verbs("move", "move, rename, relocate, migrate");
verbs("modify", `set, change, update, edit, modify, patch, replace, write, configure, fix, adjust, tweak, bump, add,
  raise, lower, increase, decrease, reduce, shorten, lengthen, extend, halve, rewrite, append, reset`);
verb("modify", "cut", { objects: SETTING_NOUNS }); // "cut the drain timeout to 60"; not "cut the power"
// "Postpone the retirement of x", "push the shutdown back a day": the deed's time is changed, the deed is not ordered.
verbs("modify", "postpone, reschedule, delay, defer");
verb("modify", "push pushes pushed pushed pushing", { particles: "back out" });
verbs("metadata", "tag, label, untag, retag, relabel, annotate");
verbs("execute", "run, execute, trigger, invoke, fire, rerun");
verb("execute", "call", { objects: CALLABLE_NOUNS }); // "call stop_self", "call the API"; not "call me"
verbs("create", "start, restart, deploy, launch, create, enable, resume, reboot, install, provision, unpause, recreate, redeploy, spawn, instantiate");
verb("create", "spin", { particles: "up" });
verb("create", "bring", { particles: "up" });
verb("create", "turn", { particles: "on" });
verbs("read", `list, show, check, verify, review, inspect, describe, summarise, summarize, explain, tell, find,
  count, confirm, audit, examine, investigate, diagnose, monitor, read, print, display, translate, compare`);
verb("read", "look", { particles: "at into over up" });
verb("read", "double", { particles: "check" });

/** Every sense of a lower-cased word form, with the forms it can be (empty when not a verb we know). */
export function verbHits(lower: string): readonly VerbHit[] {
  return HITS.get(lower) ?? [];
}

/** Every inflected form of the verbs whose class is in `actions`, plus their required particles. */
export function verbWordsFor(actions: ReadonlySet<ActionClass>): Set<string> {
  const out = new Set<string>();
  for (const [word, hits] of HITS) {
    for (const hit of hits) {
      if (!actions.has(hit.sense.action)) continue;
      // (A particle of several words counts by its last word: "out of service" by "service".)
      if (hit.sense.particles) for (const p of hit.sense.particles) out.add(p.slice(p.lastIndexOf("_") + 1));
      else out.add(word);
    }
  }
  return out;
}

/** Base forms of every verb, for the cheap check that a sentence may hold an order. */
export function baseVerbWords(): Set<string> {
  const out = new Set<string>();
  for (const [word, hits] of HITS) if (hits.some((h) => h.forms.has("base"))) out.add(word);
  return out;
}

/** Action nouns: "Deletion initiated", "the shutdown is in progress". */
export const ACTION_NOUNS: Readonly<Record<string, ActionClass>> = {
  deletion: "delete", deletions: "delete", removal: "delete", removals: "delete", purge: "delete", wipe: "delete",
  erasure: "delete", uninstall: "delete", uninstallation: "delete", teardown: "delete", destruction: "delete",
  shutdown: "stop", shutdowns: "stop", termination: "stop", terminations: "stop",
  decommissioning: "decommission", decommission: "decommission", retirement: "decommission", offboarding: "decommission", decom: "decommission",
  revocation: "revoke", revocations: "revoke", deactivation: "disable", suspension: "pause",
};

