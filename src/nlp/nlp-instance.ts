import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The one wink-nlp instance of the process, loaded once at module init (~60 ms): building it
 * per request would cost more than the whole guard budget. The pipeline is limited to sentence
 * boundaries, negation and parts of speech (lemmas come with the POS tagger); named-entity and
 * sentiment passes are not needed and would double the per-sentence cost.
 */
export const nlp = winkNLP(model, ["sbd", "negation", "pos"]);

/** wink's item accessors (`its.pos`, `its.lemma`, `its.negationFlag`, …). */
export const its = nlp.its;
