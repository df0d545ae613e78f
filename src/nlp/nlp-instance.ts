import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The wink-nlp instance of the process, loaded at module init (~60 ms): building it per request
 * would cost more than the whole guard budget. The pipeline is limited to sentence boundaries,
 * negation and parts of speech (lemmas come with the POS tagger); named-entity and sentiment
 * passes are not needed and would double the per-sentence cost.
 *
 * wink learns every word it has not seen (each id, hash and name in a reply) into its lexicon and
 * never forgets it, so a long-running proxy would grow without bound; the instance is replaced by
 * a fresh one once it has learned `MAX_LEARNED_WORDS` (a reload every ten thousand requests or so,
 * ~60 ms). What it learned also changes how it splits later text ("week's" seen at a sentence end
 * stays one word afterwards): docs/claims.md "Known limits" says so.
 */
const PIPE = ["sbd", "negation", "pos"] as const;
const MAX_LEARNED_WORDS = 20_000;

interface Loaded {
  instance: ReturnType<typeof winkNLP>;
  /** The lexicon the instance adds learned words to, and its size as shipped. */
  words: { list: readonly unknown[] };
  shipped: number;
}

/** wink reads its lexicon from `model.core()`; keeping that object lets us see how much it has learned. */
function load(): Loaded {
  let core: { features: { lexeme: { list: readonly unknown[] } } } | undefined;
  const tracked = { ...model, core: () => (core = (model as unknown as { core(): NonNullable<typeof core> }).core()) } as unknown as typeof model;
  const instance = winkNLP(tracked, [...PIPE]);
  const words = core!.features.lexeme;
  return { instance, words, shipped: words.list.length };
}

let loaded = load();

/** wink's `readDoc`, on an instance that has not learned too much. */
export function readDoc(text: string): ReturnType<Loaded["instance"]["readDoc"]> {
  if (loaded.words.list.length - loaded.shipped > MAX_LEARNED_WORDS) loaded = load();
  return loaded.instance.readDoc(text);
}

/** How many words the current instance has learned (for tests and the soak script). */
export function learnedWords(): number {
  return loaded.words.list.length - loaded.shipped;
}

/** wink's item accessors (`its.pos`, `its.lemma`, `its.negationFlag`, …); the same for every instance. */
export const its = loaded.instance.its;
