import type { Token } from "./tag-segment";

// Shapes of a single word that look like a name but are not one: bare numbers that count
// nothing, error constants, reported states. CamelCase is read here too, for the caller to weigh.

/** A number of three or more digits that counts nothing ("884213", not "3 models" or "1000 rows"). */
export function isBareId(t: Token, next: Token | undefined): boolean {
  if (t.text.length < 3 || next?.pos === "NOUN" || next?.pos === "PROPN") return false;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * RESOURCE_DOES_NOT_EXIST, NOT_FOUND: an error code or constant, upper-case words joined by "_".
 * Not a qualified or numbered name (`ML.SCORING.CREDIT_RISK_V1_DAILY`, a Snowflake task).
 */
export function isConstantName(value: string): boolean {
  if (!value.includes("_") || /[.\d]/.test(value)) return false;
  let letter = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
  }
  return letter;
}

/**
 * `disabled_manually`, `stopped_by_user`, `endpoint-deleted`: lower-case words joined by "_" or "-", one of
 * them a participle of an ending, is a state a tool reports (or its field), not a thing.
 */
export function isStateValue(value: string): boolean {
  // `SIGTERM`, `SIGKILL`: a signal sent, never a thing.
  if (SIGNAL.test(value)) return true;
  // `SchedulingDisabled`, `NotReady`-style statuses (Kubernetes prints them): camel-cased words ending in a state.
  const camel = CAMEL_STATUS.exec(value);
  if (camel !== null) return ENDED_STATES.has(camel[1]!.toLowerCase());
  if (!STATE_VALUE_SHAPE.test(value)) return false;
  return value.split(/[_-]/).some((w) => ENDED_STATES.has(w));
}
const SIGNAL = /^SIG[A-Z]{2,6}$/;
const CAMEL_STATUS = /^[A-Z][a-z]+(?:[A-Z][a-z]+)*?([A-Z][a-z]+)$/;
/** Letters only, two or three words joined by "_" or "-" (`disabled_manually`, `endpoint-deleted`, a waiter's name), or camel-cased (`SchedulingDisabled`). */
const STATE_VALUE_SHAPE = /^[a-z]+(?:[_-][a-z]+){1,2}$/;
const ENDED_STATES = new Set(["deleted", "disabled", "stopped", "terminated", "revoked", "removed", "destroyed", "killed", "inactive", "deactivated", "suspended", "paused", "archived", "decommissioned", "evicted", "exited"]);

/** HeronRetrain, ClaimsAgent: a capitalised word with a capital after a lower-case letter inside it. */
export function isCamelCase(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const before = word.charCodeAt(i - 1);
    if (c >= 65 && c <= 90 && before >= 97 && before <= 122) return true;
  }
  return false;
}
