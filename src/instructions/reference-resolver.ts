import type { MessageView } from "../exchange/exchange";
import { maskSpans, type MaskedText } from "../nlp/mask-spans";
import { segmentText } from "../nlp/segment-text";
import { tagSegment, type Token } from "../nlp/tag-segment";
import { isChangeRecordKey, targetCandidates } from "../nlp/target-candidates";
import { selfNameIn } from "./self-name";

/** How many sentences a backward search may tag, so that resolving "it" stays bounded. */
const MAX_SENTENCES_BACK = 12;
const SELF_DESCRIPTION = /^(?:you are|you're|you’re|your name is|act as)\b/i;
const PEOPLE_HEADER = /^(?:(?:requested|reported|raised|opened|filed|approved|owned|assigned)\s+(?:by|to)|owner|assignee|reporter|requester|approver|from|cc)\s*:/i;
const PRONOUN_SUBJECT = /^\s*(?:it|it's|it’s|it is|it was|they|they're|they’re|they are)\b/i;
/** "which agent is …", "whichever job …", "the one that …": a thing the sentence asks to find, before a pronoun for it. */
const SOUGHT_REFERENT = /\b(?:which|whichever|whatever)\s+(?:[a-z-]+\s+){0,2}?(?:agents?|models?|bots?|services?|jobs?|process(?:es)?|pods?|deployments?|instances?|workers?|runs?|ones?|keys?|tokens?|hosts?|nodes?)\b|\bthe one (?:that|which|who)\b/i;
const CONTEXT_ROLES = new Set(["user", "assistant", "system", "developer"]);

interface MessageSentences {
  masked: MaskedText;
  segments: Array<[number, number]>;
  names: Map<number, string[]>;
}

/**
 * Finds what "it", "them" and "yourself" stand for, reading earlier text only when an order
 * needs it: the names of the latest earlier sentence that names anything ("The agent process
 * rook (pid 7731) is stuck. Kill it." → rook, 7731). Sentences are tagged lazily and cached.
 */
export class ReferenceResolver {
  private readonly cache = new Map<number, MessageSentences>();

  constructor(private readonly messages: readonly MessageView[]) {}

  private sentencesOf(position: number): MessageSentences {
    let entry = this.cache.get(position);
    if (!entry) {
      const masked = maskSpans(this.messages[position]?.text ?? "");
      entry = { masked, segments: segmentText(masked.masked), names: new Map() };
      this.cache.set(position, entry);
    }
    return entry;
  }

  private namesOf(entry: MessageSentences, segment: number): string[] {
    let names = entry.names.get(segment);
    if (!names) {
      const [start, end] = entry.segments[segment]!;
      names = namesIn(entry.masked, start, end);
      entry.names.set(segment, names);
    }
    return names;
  }

  /** Names of the latest sentence of message `position` that ends before `offset` and names anything. */
  before(position: number, offset: number, budget = { left: MAX_SENTENCES_BACK }): string[] {
    const entry = this.sentencesOf(position);
    for (let s = entry.segments.length - 1; s >= 0 && budget.left > 0; s--) {
      const [start, end] = entry.segments[s]!;
      if (end > offset) {
        // "… is stuck. kill -9 it.": a lower-case order may share its segment with the sentence before it.
        if (start < offset) {
          budget.left--;
          const names = namesIn(entry.masked, start, offset);
          if (names.length) return names;
        }
        continue;
      }
      // "You are the agent-ops assistant": the assistant's self-description names no referent.
      const opening = entry.masked.original.slice(start, start + 24);
      if (SELF_DESCRIPTION.test(opening)) continue;
      // "Requested by: M. Okonkwo (Automation CoE)": a ticket's header names people and teams, not what "its" means.
      if (PEOPLE_HEADER.test(opening)) continue;
      budget.left--;
      // "Decommission ticket-triage-agent. It's the Lambda that calls Bedrock. Remove its role.": a
      // sentence about "it" describes the same referent; what it names (Bedrock) is not that referent.
      if (PRONOUN_SUBJECT.test(opening) && s > 0) continue;
      const names = this.namesOf(entry, s);
      if (names.length) return names;
    }
    return [];
  }

  /**
   * "Figure out which agent is burning tokens, and shut it down": the sentence holding `offset` asks, before it, for a
   * thing to be found and names nothing there, so "it" is the thing found, named nowhere yet.
   */
  soughtBefore(position: number, offset: number): boolean {
    const entry = this.sentencesOf(position);
    const segment = entry.segments.find(([start, end]) => start < offset && offset <= end);
    return segment !== undefined && SOUGHT_REFERENT.test(entry.masked.original.slice(segment[0], offset)) && namesIn(entry.masked, segment[0], offset).length === 0;
  }

  /**
   * "The canary for the new ranking agent didn't pan out. Tear it down.": the sentence right before
   * `offset` in message `position` opens with a description of a thing and names nothing, so "it"
   * is that described thing, not a name from earlier messages.
   */
  describedJustBefore(position: number, offset: number): boolean {
    const entry = this.sentencesOf(position);
    for (let s = entry.segments.length - 1; s >= 0; s--) {
      const [start, end] = entry.segments[s]!;
      if (end > offset) continue;
      return DESCRIPTION_OPENING.test(entry.masked.original.slice(start, start + 40)) && this.namesOf(entry, s).length === 0;
    }
    return false;
  }

  /**
   * Of `targets`, those the latest sentence of the assistant's message before `position` that names any of them names:
   * "a and b are at 0. c isn't in agents-prod — it's in agents-canary. Is that the one you want scaled down?"
   * → c. Empty when the latest assistant text before `position` names none of them.
   */
  narrowedBy(position: number, targets: readonly string[]): string[] {
    let p = position - 1;
    while (p >= 0 && !(this.messages[p]!.role === "assistant" && this.messages[p]!.text?.trim())) p--;
    if (p < 0) return [];
    const entry = this.sentencesOf(p);
    const wanted = new Set(targets.map((t) => t.toLowerCase()));
    for (let s = entry.segments.length - 1, budget = MAX_SENTENCES_BACK; s >= 0 && budget > 0; s--, budget--) {
      const named = this.namesOf(entry, s).filter((n) => wanted.has(n.toLowerCase()));
      if (named.length) return named;
    }
    return [];
  }

  /** Names of the latest sentence naming anything in the messages before `position` (user, assistant, system). */
  inEarlierMessages(position: number): string[] {
    const budget = { left: MAX_SENTENCES_BACK };
    for (let p = position - 1; p >= 0 && budget.left > 0; p--) {
      if (!CONTEXT_ROLES.has(this.messages[p]!.role) || !this.messages[p]!.text) continue;
      const names = this.before(p, Infinity, budget);
      if (names.length) return names;
    }
    return [];
  }

  /**
   * Identifiers that another message puts in the same sentence as `description`: "Stop the
   * review agent" with a system prompt saying "The review agent runs as the systemd service
   * reviewer-agent" → reviewer-agent. System prompts first, then earlier messages, newest first.
   */
  namedBy(description: string, position: number): string[] {
    const order = [...this.messages.keys()].filter((i) => i < position || this.messages[i]!.role === "system" || this.messages[i]!.role === "developer");
    order.sort((a, b) => (this.isSystem(b) ? 1 : 0) - (this.isSystem(a) ? 1 : 0) || b - a);
    for (const p of order) {
      const entry = this.sentencesOf(p);
      const at = entry.masked.original.toLowerCase().indexOf(description);
      if (at === -1) continue;
      const segment = entry.segments.find(([s, e]) => s <= at && at < e);
      if (!segment) continue;
      const names = entry.masked.spans.filter((s) => s.kind !== "quote" && s.start >= segment[0] && s.end <= segment[1]).map((s) => s.value);
      if (names.length) return names;
    }
    return [];
  }

  /**
   * "/opt/fleet/bin/stop_agents.sh fails nightly. Please fix the script.": the latest file of that
   * kind named before `offset` in message `position`, else in the messages before it.
   */
  latestFile(kind: RegExp, position: number, offset: number): string | null {
    for (let p = position; p >= 0 && position - p <= 4; p--) {
      if (!CONTEXT_ROLES.has(this.messages[p]!.role)) continue;
      const spans = this.sentencesOf(p).masked.spans;
      for (let i = spans.length - 1; i >= 0; i--) {
        const s = spans[i]!;
        if ((p < position || s.end <= offset) && s.kind !== "quote" && kind.test(s.value)) return s.value;
      }
    }
    return null;
  }

  private isSystem(position: number): boolean {
    const role = this.messages[position]!.role;
    return role === "system" || role === "developer";
  }

  /** The assistant's own name (see `selfNameIn`) in this message or a system prompt. */
  selfName(position: number): string[] {
    const order = [position, ...this.messages.map((_, i) => i).filter((i) => i !== position && ["system", "developer"].includes(this.messages[i]!.role))];
    for (const p of order) {
      const name = selfNameIn(this.sentencesOf(p).masked);
      if (name) return [name];
    }
    return [];
  }
}

/** The names in `masked.masked[start, end)`, places left out. */
function namesIn(masked: MaskedText, start: number, end: number): string[] {
  const names: string[] = [];
  for (const sentence of tagSegment(masked, start, end)) {
    // "It runs in the `agents` namespace. Terminate that run.": a place is where things are, not what "it" is.
    // "Export the checkpoint to gs://legal-archive/ first, then delete it": where a copy goes is not what "it" is.
    const isDestination = (index: number) => DESTINATION_WORDS.has(sentence.tokens[index - 1]?.lower ?? "");
    const all = targetCandidates(sentence.tokens, 0, sentence.tokens.length);
    for (const c of all.filter((c) => !c.place && !isDestination(c.index) && !isChangeRecordKey(c.value) && !introducesQuote(sentence.tokens, c.index) &&
      !SEQUENCE_WORDS.has(c.value.toLowerCase()))) {
      // "Turn off deletion_protection on the kite-llm endpoint and then delete it": the switch is kite-llm's, and "it" is kite-llm.
      const value = switchedSetting(sentence.tokens, c.index) ? ownerAfter(sentence.tokens, c.index, all) ?? c.value : c.value;
      if (!names.some((n) => n.toLowerCase() === value.toLowerCase())) names.push(value);
    }
  }
  return names;
}
const DESTINATION_WORDS = new Set(["to", "into", "onto"]);
/** "First copy its eval CSVs": a word that orders the steps, capitalised at the start, names nothing. */
const SEQUENCE_WORDS = new Set(["first", "then", "next", "finally", "also", "afterwards", "lastly", "second", "third"]);

/**
 * "Pasting Hannah from legal: "…"", "Amara wrote:": the person whose words follow is who speaks, not what "it" is.
 * The name is right after a word that passes words on, or right before a colon (maybe after "from <team>").
 */
function introducesQuote(tokens: readonly Token[], k: number): boolean {
  // (A person's name: one capitalised word, no digits or joiners.)
  if (!/^[A-Z][a-z]+$/.test(tokens[k]!.text)) return false;
  if (PASSING_ON.has(tokens[k - 1]?.lower ?? "")) return true;
  let j = k + 1;
  if (tokens[j]?.lower === "from" && tokens[j + 1] !== undefined) j += 2;
  if (SPEAKING.has(tokens[j]?.lower ?? "")) j++;
  return tokens[j]?.lower === ":";
}
const PASSING_ON = new Set(["pasting", "forwarding", "quoting", "relaying"]);
const SPEAKING = new Set(["says", "said", "wrote", "writes"]);

/** The name at `k` is a setting a switch verb acts on: "turn off deletion_protection", "disable `auto_restart`". */
function switchedSetting(tokens: readonly Token[], k: number): boolean {
  if (!/_/.test(tokens[k]!.text)) return false;
  const before = tokens.slice(Math.max(0, k - 3), k).map((t) => t.lower);
  return before.some((w) => SWITCH_VERBS.has(w)) || (before.at(-1) === "off" || before.at(-1) === "on");
}
const SWITCH_VERBS = new Set(["disable", "enable", "set", "unset", "clear", "flip", "toggle"]);

/** The name right after "on"/"of"/"for" (and an article) that follows the name at `k`: whose setting it is. */
function ownerAfter(tokens: readonly Token[], k: number, candidates: ReadonlyArray<{ index: number; value: string }>): string | null {
  let j = k + 1;
  if (!OWNER_PREPOSITIONS.has(tokens[j]?.lower ?? "")) return null;
  j++;
  if (tokens[j]?.pos === "DET") j++;
  return candidates.find((c) => c.index === j)?.value ?? null;
}
const OWNER_PREPOSITIONS = new Set(["on", "of", "for"]);

/**
 * A sentence opening with a definite description ("The canary for …", "Our old ranking agent …"),
 * or with one of several not yet told apart ("One of them has been misrouting tickets").
 */
const DESCRIPTION_OPENING = /^\s*(?:(?:the|our|my|this|that|these|those)\s+[a-z][a-z-]+|one of (?:them|these|those|the|our)\b)/i;
