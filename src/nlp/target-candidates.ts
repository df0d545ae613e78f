import { ACTION_NOUNS, verbHits } from "./action-lexicon";
import { isVagueIdentifier } from "./identifier-shape";
import { ADJECTIVE_SUFFIXES, COMMON_ADJECTIVES, DESCRIPTORS, GENERIC_NOUNS, ID_NOUNS, NAMING_HEADS, OWNED_HEADS } from "./noun-lexicon";
import type { Token } from "./tag-segment";

/** A word or span that names a specific thing, at token `index`. */
export interface TargetCandidate {
  index: number;
  value: string;
}

/** Prepositions that introduce a tool or a label rather than the thing acted on ("with shutdown_agent", "as job del-5521"). */
const INSTRUMENT_PREPOSITIONS = new Set(["as", "with", "using", "via", "through"]);
/** Prepositions after which a bare noun can still be a name ("the agent process for magpie"). */
const NAME_PREPOSITIONS = new Set(["for", "of"]);
const PARTICLE_WORDS = new Set(["down", "off", "out", "up", "offline"]);
const POSSESSIVE = new Set(["'s", "’s", "'"]);

/** The tagger reads some names as adjectives ("the meridian agent"): one that is no everyday adjective. */
function isNameLikeAdjective(t: Token): boolean {
  return t.pos === "ADJ" && !t.span && !COMMON_ADJECTIVES.has(t.lower) && !ADJECTIVE_SUFFIXES.some((s) => t.lower.endsWith(s)) &&
    !DESCRIPTORS.has(t.lower) && verbHits(t.lower).length === 0 && t.lower.length > 2;
}

function isNameWord(t: Token): boolean {
  if (t.span || (t.pos !== "NOUN" && t.pos !== "PROPN" && !isNameLikeAdjective(t))) return false;
  const w = t.lower;
  if (w.length < 2 || GENERIC_NOUNS.has(w) || GENERIC_NOUNS.has(t.lemma) || DESCRIPTORS.has(w) || verbHits(w).length > 0 || ACTION_NOUNS[w]) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function isSingular(t: Token): boolean {
  return t.pos === "PROPN" || t.lemma === t.lower || !t.lower.endsWith("s");
}

function gluedHyphen(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start && (a.lower === "-" || b.lower === "-");
}

function afterInstrument(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    const t = tokens[j]!;
    if (INSTRUMENT_PREPOSITIONS.has(t.lower)) return true;
    if (t.pos !== "DET" && t.pos !== "NOUN" && t.pos !== "ADJ") return false;
  }
  return false;
}

/** A bare noun can be a name when nothing but a verb, particle, conjunction or punctuation precedes it. */
function barePosition(prev: Token | undefined): boolean {
  if (!prev) return true;
  if (prev.pos === "ADP") return NAME_PREPOSITIONS.has(prev.lower) || PARTICLE_WORDS.has(prev.lower);
  return ["VERB", "AUX", "CCONJ", "PUNCT", "SCONJ", "ADV", "INTJ"].includes(prev.pos) || PARTICLE_WORDS.has(prev.lower);
}

function npHasModifier(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (t.pos === "ADJ" || t.pos === "NUM" || t.span) return true;
    if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  }
  return false;
}

/**
 * Names in tokens [from, to): identifiers and quoted names, possessors ("magpie's process"),
 * ids after pid ("pid 52917"), names beside a naming head ("the beacon agent", "the agent
 * process rook"), and bare singular nouns that stand alone as a noun phrase ("kill rook").
 * Kinds of things ("the model", "the weights"), descriptors ("the old sentiment model") and
 * tools named after "with"/"as" are not names.
 */
export function targetCandidates(tokens: readonly Token[], from: number, to: number): TargetCandidate[] {
  const out: TargetCandidate[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const prev = k > from ? tokens[k - 1] : undefined;
    const next = tokens[k + 1];
    if (isPossessive(next) && !ownsNamedThing(tokens, k + 2, to)) continue;
    if (t.span) {
      if (t.span.kind === "quote" || (t.span.kind === "identifier" && isVagueIdentifier(t.text))) continue;
      if (!afterInstrument(tokens, from, k)) out.push({ index: k, value: t.text.trim() });
      continue;
    }
    if (t.pos === "NUM") {
      if (prev && ID_NOUNS.has(prev.lower)) out.push({ index: k, value: t.text });
      continue;
    }
    if (!isNameWord(t) || gluedHyphen(prev, t) || gluedHyphen(t, next)) continue;
    const adjective = t.pos === "ADJ";
    if (isPossessive(next) && !adjective) {
      out.push({ index: k, value: t.text });
      continue;
    }
    const nextIsHead = next !== undefined && !next.span && NAMING_HEADS.has(next.lower) && isSingular(next);
    if (nextIsHead && tokens[k + 2]?.pos !== "NOUN" && !npHasModifier(tokens, from, k) && !nounPhraseHasSpan(tokens, k, to)) {
      out.push({ index: k, value: t.text });
      continue;
    }
    const nextIsNoun = next !== undefined && (next.span !== null || next.pos === "NOUN" || next.pos === "PROPN");
    if (adjective) continue;
    if (prev && NAMING_HEADS.has(prev.lower) && !nextIsNoun) {
      out.push({ index: k, value: t.text });
      continue;
    }
    if (isSingular(t) && barePosition(prev) && !nextIsNoun && !afterInstrument(tokens, from, k)) {
      if (k === 0 && t.pos === "PROPN" && next?.pos !== "AUX" && next?.pos !== "VERB") continue;
      out.push({ index: k, value: t.text });
    }
  }
  return out;
}

/** "the companion model sage-companion-2": the noun phrase already carries an identifier. */
function nounPhraseHasSpan(tokens: readonly Token[], k: number, to: number): boolean {
  for (let j = k + 1; j < Math.min(to, k + 4); j++) {
    const t = tokens[j]!;
    if (t.span) return true;
    if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  }
  return false;
}

function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && t.pos === "PART" && POSSESSIVE.has(t.lower);
}

/**
 * "magpie's process", "ledger-reconciler's API key": the possessor is a target when what it
 * owns stands for it. "puffin's working memory" is wiped, not puffin, so puffin is not.
 */
function ownsNamedThing(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const t = tokens[k]!;
    if (!t.span && OWNED_HEADS.has(t.lower)) return true;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  }
  return false;
}
