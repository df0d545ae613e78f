import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The wink-nlp instance of the process, loaded at module init (~60 ms): building it per request
 * would cost more than the whole guard budget. The pipeline is limited to sentence boundaries,
 * negation and parts of speech (lemmas come with the POS tagger); named-entity and sentiment
 * passes are not needed and would double the per-sentence cost.
 *
 * wink learns every word it has not seen (each id, hash and name in a reply) into its lexicon, and
 * a learned word changes how later text is split ("week's" seen once at a sentence end stays one
 * word afterwards): the same text would be read differently depending on what the process read
 * before. So each document is read as with the shipped lexicon: the words the last document taught
 * it that could be split are taken out of the lookup before the next is read. They stay in the lexicon's list
 * (the tokens already read point into it), so the instance is replaced by a fresh one once its
 * lexicon holds `MAX_LEARNED_WORDS` more than it shipped with (~60 ms every few thousand requests).
 */
const PIPE = ["sbd", "negation", "pos"] as const;
const MAX_LEARNED_WORDS = 200_000;

interface Lexicon {
  /** Word → index: what the tokenizer looks a word up in. */
  hash: Record<string, number>;
  /** Index → word. */
  list: readonly string[];
}

interface Loaded {
  instance: ReturnType<typeof winkNLP>;
  words: Lexicon;
  shipped: number;
  /** Words before this index are shipped or already taken out of the lookup. */
  forgotten: number;
}

/** wink reads its lexicon from `model.core()`; keeping that object lets us see and undo what it learns. */
function load(): Loaded {
  let core: { features: { lexeme: Lexicon } } | undefined;
  const tracked = { ...model, core: () => (core = (model as unknown as { core(): NonNullable<typeof core> }).core()) } as unknown as typeof model;
  const instance = winkNLP(tracked, [...PIPE]);
  const words = core!.features.lexeme;
  return { instance, words, shipped: words.list.length, forgotten: words.list.length };
}

let loaded = load();

/**
 * Takes the words the last document taught wink out of its lookup: those with a mark in them (an
 * apostrophe, a hyphen, a dot), which the tokenizer would otherwise split. A plain word reads the
 * same learned or not, and learning it again would cost its features each time.
 */
function forgetLearnedWords(): void {
  const { hash, list } = loaded.words;
  for (let i = loaded.forgotten; i < list.length; i++) if (SPLITTABLE.test(list[i]!)) delete hash[list[i]!];
  loaded.forgotten = list.length;
}
const SPLITTABLE = /[^\p{L}\p{N}]/u;

/**
 * wink's `readDoc`, reading `text` as a fresh instance would. The document's outputs must be read
 * before the next call (tag-segment reads them at once).
 */
export function readDoc(text: string): ReturnType<Loaded["instance"]["readDoc"]> {
  forgetLearnedWords();
  if (loaded.words.list.length - loaded.shipped > MAX_LEARNED_WORDS) loaded = load();
  return loaded.instance.readDoc(text);
}

/** How many words the current instance's lexicon holds beyond what it shipped with (for tests). */
export function learnedWords(): number {
  return loaded.words.list.length - loaded.shipped;
}

/** wink's item accessors (`its.pos`, `its.lemma`, `its.negationFlag`, …); the same for every instance. */
export const its = loaded.instance.its;
