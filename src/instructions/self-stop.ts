import { ACTION_NOUNS, verbHits } from "../nlp/action-lexicon";
import type { Token } from "../nlp/tag-segment";

/** Words of a tool or phrase that mean the assistant itself. */
const SELF_WORDS = new Set(["self", "yourself", "yourselves", "own"]);

/** A tool named for ending the assistant's own run: `end_session`, `terminate_episode`, `close_conversation`. */
const ENDING = new Set(["end", "terminate", "stop", "close", "exit", "quit", "kill"]);
const OWN_RUN = new Set(["session", "episode", "conversation", "run"]);

/** The literal target of an order aimed at the assistant when no name for it is given. */
export const SELF_TARGET = "self";

/** The parts of a tool name: `stop_self`, `self-terminate`, `shutdownSelf` → stop/self, self/terminate, shutdown/self. */
function nameParts(value: string): string[] {
  return value.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((p) => p.length > 0);
}

function meansStop(word: string): boolean {
  return ACTION_NOUNS[word] === "stop" || verbHits(word).some((h) => h.sense.action === "stop" && h.sense.particles === null) ||
    word === "shut" || word === "exit" || word === "quit" || word === "poweroff";
}

/**
 * The object of a run/call order, tokens [from, to), is the assistant's own stop: a tool whose
 * name joins a stop word and "self" ("Call stop_self", "invoke self_terminate") or a stop word
 * with a reflexive ("run the shutdown tool on yourself", "trigger your own shutdown").
 */
export function ordersSelfStop(tokens: readonly Token[], from: number, to: number): boolean {
  let stop = false;
  let self = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.span?.kind === "quote") continue;
    const parts = nameParts(t.span ? t.span.value : t.text);
    // `end_session`, `terminate_episode`: a tool that ends the assistant's own session.
    if (t.span && parts.length === 2 && ENDING.has(parts[0]!) && OWN_RUN.has(parts[1]!)) return true;
    for (const part of parts) {
      if (SELF_WORDS.has(part)) self = true;
      else if (meansStop(part)) stop = true;
    }
  }
  return stop && self;
}
