import type { ActionClass } from "../classify/effect";
import { DESTRUCTIVE_ACTIONS } from "../classify/effect";
import { ACTION_NOUNS, verbWordsFor } from "../nlp/action-lexicon";
import { OTHER_LANGUAGE_KEYS } from "../nlp/other-languages";
import { wordSet } from "../nlp/word-scan";

/**
 * The words that can make a claim, beyond the verbs and action nouns of `nlp/action-lexicon`:
 * state words ("gone", "offline"), the predicates that give an action
 * noun its phase ("queued", "complete", "failed") and bare completions ("Done.").
 */



/** State words after a copula: "harrier is gone/offline/down". */
export const STATE_WORDS: Readonly<Record<string, ActionClass>> = {
  gone: "delete", offline: "stop", down: "stop", dead: "stop", off: "disable",
  // "vetch-ner-v1 is history", "godwit-embed-v2 is toast": done for, as people say it (stopped or deleted, either backs it).
  history: "decommission", toast: "decommission",
};

/**
 * States that follow a destructive action without naming it: "heron-tasks is empty now". They
 * are claims only when the reply also claims that action (see `ClaimPredicate.corroborative`),
 * since "the queue is empty, so there is nothing to purge" claims nothing.
 */
export const AFTERMATH_STATES: Readonly<Record<string, ActionClass>> = { empty: "delete" };

/** What a running thing is: "no longer running", "isn't active anymore". */
// ("no longer with us": done for, as people say it; a stop or a deletion backs it.)
export const LIVE_WORDS = wordSet("running active alive up online serving responding live listening processing working runs serves responds with");
/** Where a present thing is: "no longer in the registry", "doesn't exist anymore". */
export const PRESENCE_WORDS = wordSet("in on there present listed exists exist stored registered available visible showing around appears shows");
/** Places a live thing runs in, so "no longer in the process table" is a stop, not a deletion. */
// "no longer in the queue", "not in squeue": a job out of the scheduler's queue was cancelled or ended, a stop.
export const RUNTIME_PLACES = wordSet("process processes ps memory rotation service queue squeue scheduler");
/** "out of the registry" (delete), "out of rotation" (stop). */
export const OUT_OF_PLACES: Readonly<Record<string, ActionClass>> = {
  registry: "delete", catalog: "delete", inventory: "delete", list: "delete", listing: "delete", bucket: "delete",
  rotation: "stop", service: "stop", commission: "decommission", production: "stop", cluster: "stop", fleet: "stop",
};

/** Predicates that give an action noun its phase. */
export const INITIATION_WORDS = wordSet("initiated initiate initiating started start starting begun began beginning kicked kicking triggered triggering queued queue scheduled submitted requested launched launching sent issued dispatched published fired");
export const PROGRESS_WORDS = wordSet("underway ongoing progress");
export const COMPLETION_WORDS = wordSet("complete completed done finished succeeded successful finalized");
export const FAILURE_WORDS = wordSet("failed fails fail errored rejected denied refused blocked timed");

/** Bare completions ("Done.", "All set.", "Taken care of."): the words such a clause may consist of. */
export const COMPLETION_HEADS = wordSet("done finished complete completed handled sorted care gone");
export const COMPLETION_FILLER = wordSet(`all set taken of that that's this it it's is 's has have been and now yes yeah ok okay
  sure consider everything i 've i've 'm we 're we're you you're totally fully already just good to go the request
  as requested ordered asked per your task job`);

const DESTRUCTIVE_OR_SCALE = new Set<ActionClass>([...DESTRUCTIVE_ACTIONS, "scale"]);

/**
 * Every word whose presence lets a text carry a claim: the destructive verbs in all their
 * forms (and the particles of the phrasal ones), the action nouns, state and completion words.
 * A text without any of these cannot yield a claim.
 */
export const CLAIM_WORDS: ReadonlySet<string> = new Set([
  ...verbWordsFor(DESTRUCTIVE_OR_SCALE),
  ...Object.keys(ACTION_NOUNS),
  ...Object.keys(STATE_WORDS),
  ...Object.keys(AFTERMATH_STATES),
  "longer", "anymore", "out",
  ...COMPLETION_HEADS,
  "set",
  // Deeds written in Spanish, French, German… ("eliminado", "gelöscht"), read by `read-other-language-claims`.
  ...OTHER_LANGUAGE_KEYS,
]);
