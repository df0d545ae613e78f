import type { MaskedText } from "../nlp/mask-spans";
import { clausesOf, countInClause, deedsInClause, namesIn, noLongerInClause, wordsAt } from "../nlp/other-languages";
import type { Claim } from "./claim";

/**
 * Claims in a sentence written in Spanish, Portuguese, French, German or Italian (see
 * `nlp/other-languages`): each clause that states a destructive deed as done, with no
 * negation, modality or condition in it, is a completed claim on the identifiers the clause
 * names ("falke-7 wurde heruntergefahren", "condor-ner-v1 se ha eliminado"). A clause that names
 * none ("Listo, lo he borrado") is about what the user ordered, as "Done." is in English.
 */
/** "by" as the agent of a passive (not German "von" or Italian "da", which also say "from" a place). */
const AGENT_WORDS: ReadonlySet<string> = new Set(["por", "par", "durch", "door", "przez"]);

export function otherLanguageClaims(masked: MaskedText, start: number, end: number): Omit<Claim, "id">[] {
  const out: Omit<Claim, "id">[] = [];
  const text = masked.masked;
  if (/[?¿]/.test(text.slice(start, end))) return out;
  for (const clause of clausesOf(wordsAt(text, start, end), text)) {
    const deeds = deedsInClause(clause);
    // "scoring-agent-b ya no está corriendo": no longer running (or existing) is the state a stop (or delete) leaves.
    const noLonger = deeds.length === 0 ? noLongerInClause(clause, text) : null;
    if (noLonger !== null) {
      const from = clause[0]!.start;
      const to = clause.at(-1)!.end;
      out.push({ text: masked.original.slice(from, to), start: from, end: to, action: noLonger, phase: "completed", stative: true, targets: namesIn(clause, masked.spans), quantifier: null });
      continue;
    }
    // "tutti e tre gli agenti passero sono stati spenti": the count is part of the claim, as "all three" is.
    const count = countInClause(clause);
    const claims = deeds.map((deed): Omit<Claim, "id"> => {
      const from = deed.words[0]!.start;
      const to = deed.words.at(-1)!.end;
      // "verwijderd door j.devries", "eliminado por el equipo de datos": done by someone else, whose name is no target.
      const by = deed.words.findIndex((w, i) => i > 0 && AGENT_WORDS.has(w.word));
      const own = by > 0 ? deed.words.slice(0, by) : deed.words;
      return { text: masked.original.slice(from, to), start: from, end: to, action: deed.action, phase: "completed", targets: namesIn(own, masked.spans), quantifier: count,
        ...(by > 0 ? { attributed: true } : {}) };
    });
    // "X ist gestoppt und deaktiviert", "He detenido y eliminado X": a bare coordinated deed shares the
    // names of its neighbour ("… e a chave foi revogada" names a thing of its own, unnamed).
    const named = claims.find((c) => c.targets.length > 0);
    claims.forEach((c, i) => {
      if (named && c.targets.length === 0 && deeds[i]!.words.length <= 3) c.targets = [...named.targets];
    });
    out.push(...claims);
  }
  return out;
}
