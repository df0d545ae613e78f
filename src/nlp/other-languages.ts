import type { ActionClass } from "../classify/effect";
import type { MaskedSpan } from "./mask-spans";
import { someWord, wordSet } from "./word-scan";

/**
 * Destructive deeds and orders written in Spanish, Portuguese, French, German, Italian, Dutch,
 * Polish or Russian.
 *
 * The English reader (wink-nlp's English model) finds nothing in "falke-7 wurde heruntergefahren"
 * or "Listo: condor-ner-v1 se ha eliminado", so a false claim written in another language would
 * pass unchecked and an order in one would never be seen. This module is a small word-level
 * reader for those languages: the past participles and preterites that state a destructive deed,
 * the imperatives and request infinitives that order one, and the words that make a clause not a
 * statement of fact (negation, modality, future, condition). It reads clauses, not grammar, so it
 * errs on the side of reading a deed: a claim it reads is still verified against the tool results
 * like any other, and an honest one is backed by them.
 */

/** Forms per action; each form is a whole lower-case word (accents as written; see `fold`). */
interface Forms {
  /** "eliminado", "gelöscht", "supprimé", "eliminé": the deed is done. */
  done: string;
  /** "elimina", "lösche", "supprimez": an order, at the start of a clause. */
  order: string;
  /** "eliminar", "löschen", "supprimer": an order after a request ("¿puedes eliminar…?", "bitte … löschen"). */
  infinitive: string;
}

// Gender and number endings are spelled out; a word list stays greppable and reviewable.
const LEXICON: Readonly<Partial<Record<ActionClass, Forms>>> = {
  delete: {
    done: `eliminado eliminada eliminados eliminadas borrado borrada borrados borradas suprimido suprimida suprimidos suprimidas
      purgado purgada purgados purgadas eliminé eliminó borré borró eliminamos
      excluído excluída excluídos excluídas excluido deletado deletada removido removida removidos removidas excluí excluiu removi removeu
      supprimé supprimée supprimés supprimées effacé effacée effacés effacées détruit détruite détruits détruites purgé purgée
      gelöscht entfernt vernichtet löschte löschten entfernte
      eliminato eliminata eliminati eliminate cancellato cancellata cancellati cancellate rimosso rimossa rimossi rimosse
      verwijderd verwijderde verwijderden gewist wiste vernietigd
      usunięty usunięta usunięte usunięci usunięto usunąłem usunęłam usunęliśmy skasowany skasowana skasowane skasowałem skasowałam wymazany wymazane
      удалён удален удалена удалено удалены удалил удалила удалили стёрт стерт стёрта стерта стёрты стерты стёр стер`,
    order: `elimina elimine eliminad eliminen borra borre borrad borren suprime suprima quita purga
      exclua excluam exclui remova removam
      supprime supprimez efface effacez détruis détruisez purge purgez
      lösche lösch löscht entferne entfern
      cancella cancelli rimuovi rimuova
      verwijder wis
      usuń usuńcie skasuj wymaż
      удали удалите сотри сотрите`,
    infinitive: `eliminar borrar suprimir quitar purgar excluir remover deletar
      supprimer effacer détruire purger
      löschen entfernen
      eliminare cancellare rimuovere
      verwijderen wissen
      usunąć skasować wymazać
      удалить стереть`,
  },
  stop: {
    done: `detenido detenida detenidos detenidas apagado apagada apagados apagadas parado parada parados paradas
      detuve detuvo apagué apagó
      desligado desligada desligados desligadas interrompido interrompida desliguei desligou parei parou
      arrêté arrêtée arrêtés arrêtées stoppé stoppée stoppés stoppées éteint éteinte éteints éteintes
      gestoppt angehalten heruntergefahren runtergefahren abgeschaltet ausgeschaltet beendet gekillt stoppte stoppten
      arrestato arrestata arrestati arrestate fermato fermata fermati fermate spento spenta spenti spente interrotto interrotta
      tué tuée tués tuées
      gestopt stopte stopten uitgezet stilgezet afgesloten beëindigd gekilld
      zatrzymany zatrzymana zatrzymane zatrzymani zatrzymano zatrzymałem zatrzymałam wyłączony wyłączona wyłączone wyłączono wyłączyłem wyłączyłam zabity zabite zabiłem zakończony zakończona zakończone
      остановлен остановлена остановлено остановлены остановил остановила остановили выключен выключена выключено выключены выключил выключила выключили убит убита убиты убил убила завершён завершен завершена завершены`,
    order: `detén deten detenga detengan apaga apague apaguen
      desliga desligue desliguem pare parem
      arrête arrêtez arrete arretez stoppe stoppez éteins éteignez
      stopp stoppe beende
      arresta arresti ferma fermi spegni spenga
      tue tuez
      beëindig
      zatrzymaj zatrzymajcie wyłącz wyłączcie zabij zakończ
      останови остановите выключи выключите убей убейте заверши`,
    infinitive: `detener apagar parar
      desligar
      arrêter stopper éteindre
      stoppen beenden anhalten herunterfahren runterfahren abschalten ausschalten
      arrestare fermare spegnere
      tuer
      stoppen uitzetten afsluiten beëindigen stilzetten
      zatrzymać wyłączyć zabić zakończyć
      остановить выключить убить завершить`,
  },
  disable: {
    done: `desactivado desactivada desactivados desactivadas deshabilitado deshabilitada deshabilitados deshabilitadas desactivé desactivó
      desativado desativada desativados desativadas desabilitado desabilitada desativei desativou
      désactivé désactivée désactivés désactivées
      deaktiviert deaktivierte
      disattivato disattivata disattivati disattivate disabilitato disabilitata disabilitati disabilitate
      uitgeschakeld gedeactiveerd
      dezaktywowany dezaktywowana dezaktywowane dezaktywowałem
      отключён отключен отключена отключено отключены отключил отключила отключили деактивирован деактивирована`,
    order: `desactiva desactive deshabilita deshabilite
      desativa desative desativem desabilite
      désactive désactivez
      deaktiviere deaktivier
      disattiva disattivi disabilita disabiliti
      deactiveer
      dezaktywuj
      отключи отключите деактивируй`,
    infinitive: `desactivar deshabilitar desativar desabilitar désactiver deaktivieren disattivare disabilitare
      deactiveren uitschakelen dezaktywować отключить деактивировать`,
  },
  pause: {
    done: `pausado pausada pausados pausadas pausé pausó suspendido suspendida suspendidos suspendidas
      pausei pausou suspenso suspensa
      suspendu suspendue suspendus suspendues
      pausiert ausgesetzt
      sospeso sospesa sospesi sospese
      gepauzeerd opgeschort
      wstrzymany wstrzymana wstrzymane wstrzymałem wstrzymałam
      приостановлен приостановлена приостановлено приостановлены приостановил приостановила`,
    order: `pausa pause pausen pausad suspende suspenda pausiere pausier suspends suspendez sospendi sospenda pauzeer wstrzymaj приостанови приостановите`,
    infinitive: `pausar suspender suspendre pausieren aussetzen sospendere pauzeren wstrzymać приостановить`,
  },
  revoke: {
    done: `revocado revocada revocados revocadas revoqué revocó
      revogado revogada revogados revogadas revoguei revogou
      révoqué révoquée révoqués révoquées
      widerrufen entzogen
      revocato revocata revocati revocate
      ingetrokken herroepen
      unieważniony unieważniona unieważnione unieważniłem unieważniłam odwołany odwołana cofnięty cofnięta
      отозван отозвана отозвано отозваны отозвал отозвала отозвали аннулирован аннулирована`,
    order: `revoca revoque revoquen revoga revogue revoguem révoque révoquez widerrufe revochi herroep unieważnij cofnij отзови отзовите аннулируй`,
    infinitive: `revocar revogar révoquer widerrufen entziehen revocare intrekken herroepen unieważnić cofnąć отозвать аннулировать`,
  },
  decommission: {
    done: `retirado retirada retirados retiradas desmantelado desmantelada
      décommissionné décommissionnée démantelé démantelée
      stillgelegt
      dismesso dismessa dismessi dismesse
      uitgefaseerd
      wycofany wycofana wycofane`,
    order: `retira retire`,
    infinitive: `retirar desmantelar stilllegen dismettere`,
  },
};

/** Separable German verbs: "fahr falke-7 herunter", "schalte den Agenten ab", "halte ihn an". */
const SEPARABLE_ORDERS: readonly { verb: ReadonlySet<string>; particle: string; action: ActionClass }[] = [
  { verb: wordSet("fahr fahre fahrt fahren"), particle: "herunter", action: "stop" },
  { verb: wordSet("schalte schalt schalten"), particle: "ab", action: "stop" },
  { verb: wordSet("schalte schalt schalten"), particle: "aus", action: "stop" },
  { verb: wordSet("halte halt halten"), particle: "an", action: "stop" },
  { verb: wordSet("nimm nehmen"), particle: "außer", action: "decommission" },
  // Dutch: "zet X uit", "schakel X uit", "sluit X af", "trek de sleutel in", "gooi X weg".
  { verb: wordSet("zet zetten"), particle: "uit", action: "stop" },
  { verb: wordSet("schakel schakelen"), particle: "uit", action: "stop" },
  { verb: wordSet("sluit sluiten"), particle: "af", action: "stop" },
  { verb: wordSet("trek trekken"), particle: "in", action: "revoke" },
  { verb: wordSet("gooi gooien"), particle: "weg", action: "delete" },
];

/** "escala X a cero", "skaliere X auf 0", "scale": an order or deed of scaling reads as a stop only to zero. */
const SCALE_ORDERS = wordSet("escala escale escalar skaliere skalier skalieren redimensionne");
const SCALE_DONE = wordSet("escalado escalada escalé escaló escalou skaliert herunterskaliert ridimensionato");
const ZERO = wordSet("0 cero zero null zéro");

/**
 * Words that make a clause not a statement of a deed done: negations, conditions, modals, proposals, the
 * subjunctive of "be" ("che sia davvero spento") and checking to confirm ("per confermare che …").
 */
const NOT_A_FACT = wordSet(`
  niet geen nooit niets zonder als wanneer voordat kan kun kunt kunnen zou zouden moet moeten zal zullen wil wilt ga gaan
  nie bez jeśli jeżeli gdy zanim może możesz można mógłbym powinien powinno będzie będą chcesz
  не нет ни без если когда прежде может можешь можно мог могу должен должно будет будут хочешь хотите
  no ni nunca nada tampoco sin jamás ningún ninguna ninguno
  não nem sem
  pas jamais rien aucun aucune sans ne n
  nicht nichts kein keine keinen keiner keinem nie niemals ohne
  non mai niente nulla nessun nessuno nessuna senza nadie ninguém
  si cuando antes hasta podría podrías podríamos puede puedes pueden puedo debería deberías debe sería serían será serán habrá quieres quiere prefieres voy vamos va van
  caso quando poderia pode podes posso deveria deve seria será serão vou vai vamos
  quand avant pourrait pourrais peut peux pouvez devrait dois doit sera seront serait vais voulez veux
  wenn falls bevor sobald bis könnte könnten kann kannst können sollte sollten soll sollen werde wird werden würde würden willst möchtest
  potrebbe può posso puoi dovrebbe deve sarà saranno sarebbe vuoi prima verrà verranno verrebbe verrebbero andrà andranno
  irá irán irão ira iront
  propongo suggerisco consiglio invece propone sugiero recomiendo propongo proponho sugiro recomendo propose suggère recommande
  schlage empfehle vorschlag stel raad proponuję sugeruję предлагаю советую
  sia siano sea sean seja sejam soit soient
  confermare verificare controllare confirmar verificar comprobar confirmer vérifier bestätigen prüfen überprüfen`);

/** The negations among the words above: they hold back only the part of a clause they stand in. */
const NEGATION = wordSet(`niet geen nooit niets zonder nie bez не нет ни без no ni nunca nada tampoco sin jamás ningún ninguna ninguno
  não nem sem pas jamais rien aucun aucune sans ne n nicht nichts kein keine keinen keiner keinem niemals ohne
  non mai niente nulla nessun nessuno nessuna senza nadie ninguém`);

/** Requests that carry an infinitive order: "¿puedes eliminar…?", "bitte … löschen", "pouvez-vous supprimer…". */
const REQUESTS = wordSet(`puedes podrías puede podría favor necesito quiero
  alsjeblieft graag kun kunt wil proszę możesz mógłbyś пожалуйста можешь можете нужно надо
  pode podes poderia preciso
  peux pouvez pourriez pourrais merci plaît
  bitte kannst könntest können könnten
  puoi potresti può potrebbe per favore`);

/**
 * Words common in these languages and rare in English prose (ASCII only, as `someWord` splits
 * words at accents). A text is read here only when they outnumber English ones.
 */
const FUNCTION_WORDS = wordSet(`de el la los las del al es ha han se ya una uno y que en por para con lo le
  o os dos das foi foram em uma com nao ao pelo pela dele dela isso
  les du est sont il elle une dans pour avec ce cette
  der den die das dem des ist wurde wurden sind habe haben und nicht mit ein eine einen auf zu im vom bitte
  lo gli della dello stato stata sono ho che per
  ne je nous vous
  het een van niet zijn wordt worden op voor naar ook nog maar deze dit
  nie jest oraz przez dla od po`);
const ENGLISH_WORDS = wordSet("the is was were has have been and of to it that this with for are i we you not");


type Table = ReadonlyMap<string, ActionClass>;

function table(kind: keyof Forms): Table {
  const map = new Map<string, ActionClass>();
  for (const [action, forms] of Object.entries(LEXICON) as [ActionClass, Forms][]) {
    for (const w of wordSet(forms[kind])) if (!map.has(w)) map.set(w, action);
  }
  return map;
}

const DONE = table("done");
const ORDER = table("order");
const INFINITIVE = table("infinitive");

/**
 * The deed of a command word in another language as CLIs of other locales spell their subcommands
 * (`loesche`, `löschen`, `elimina`, `supprimer`), umlauts also written out (`oe`); null for any other word.
 */
export function foreignCommandAction(word: string): ActionClass | null {
  const w = word.toLowerCase();
  const spelled = w.replace(/ae/g, "ä").replace(/oe/g, "ö").replace(/ue/g, "ü");
  for (const form of w === spelled ? [w] : [w, spelled]) {
    const action = ORDER.get(form) ?? INFINITIVE.get(form);
    if (action !== undefined) return action;
  }
  return null;
}

/** A word: letters (any script) and digits; accents kept so "été" ≠ "ete". */
const WORD = /[\p{L}\p{N}]+/gu;

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** The lower-case words of `text[from, to)` with their offsets. Linear. */
export function wordsAt(text: string, from = 0, to = text.length): WordAt[] {
  const out: WordAt[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) out.push({ word: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/**
 * "scoring-agent-b ya no está corriendo", "läuft nicht mehr", "n'existe plus": the thing is no
 * longer running, or no longer exists, stated as the present state (a negation that is the claim).
 */
const NO_LONGER: readonly { action: ActionClass; pattern: RegExp }[] = [
  {
    action: "stop",
    pattern: /(?<!\p{L})(?:ya no (?:se )?(?:está|esta) (?:corriendo|activ[oa]|funcionando|ejecutándose|ejecutandose|en ejecución|en marcha)|(?:já não está|não está mais) (?:rodando|ativ[oa]|funcionando|em execução)|ne (?:tourne|fonctionne) plus|n'est plus (?:actif|active|en (?:cours|marche|service))|läuft nicht mehr|ist nicht mehr (?:aktiv|in betrieb)|non (?:è|e) più (?:attiv[oa]|in esecuzione)|non (?:gira|funziona) più|draait niet meer|is niet meer actief|już nie działa|nie jest już (?:aktywn[yae]|uruchomion[yae])|больше не (?:работает|запущен[аоы]?|активен|активна|активно))(?!\p{L})/iu,
  },
  { action: "delete", pattern: /(?<!\p{L})(?:ya no existe|já não existe|não existe mais|n'existe plus|existiert nicht mehr|non esiste più|bestaat niet meer|już nie istnieje|больше не (?:существует|числится))(?!\p{L})/iu },
];
/** The words of those phrases the prefilter looks for. */
const NO_LONGER_WORDS = ["corriendo", "funcionando", "ejecutandose", "ejecución", "marcha", "execução", "rodando", "tourne", "fonctionne", "actif", "läuft", "aktiv", "betrieb", "attivo", "esecuzione", "gira", "funziona", "existe", "existiert", "esiste",
  "draait", "actief", "bestaat", "działa", "aktywny", "istnieje", "работает", "запущен", "существует", "числится"];

/** The state of no longer running or existing the clause states (see `NO_LONGER`), or null. */
export function noLongerInClause(clause: readonly WordAt[], text: string): ActionClass | null {
  if (clause.length === 0) return null;
  const part = text.slice(clause[0]!.start, clause.at(-1)!.end);
  for (const { action, pattern } of NO_LONGER) if (pattern.test(part)) return action;
  return null;
}

/** Every deed or order word these languages have. */
const ANY_FORM = [...DONE.keys(), ...ORDER.keys(), ...INFINITIVE.keys(), ...SCALE_DONE, ...SCALE_ORDERS, ...SEPARABLE_ORDERS.flatMap((s) => [...s.verb]), ...NO_LONGER_WORDS];

/**
 * What `someWord` sees of those words: the longest ASCII run of each ("gelöscht" → "scht",
 * "supprimé" → "supprim"). A text none of whose words is one of these holds no deed or order of
 * these languages; the claim and order prefilters include them.
 */
export const OTHER_LANGUAGE_KEYS: ReadonlySet<string> = new Set(ANY_FORM.map((w) => w.split(/[^a-z0-9]+/).reduce((a, b) => (b.length > a.length ? b : a), "")).filter((k) => k.length >= 3));

/** Cyrillic letters: Russian is read here too, though the ASCII prefilters see none of its words. */
export const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_WORD = /[\u0400-\u04ff]+/g;
const CYRILLIC_FORMS: ReadonlySet<string> = new Set(ANY_FORM.filter((w) => CYRILLIC.test(w)));

/** Whether `text[from, to)` holds a Russian deed, order or "no longer" word (what `OTHER_LANGUAGE_KEYS` cannot see). */
export function mayHoldCyrillicForm(text: string, from = 0, to = text.length): boolean {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!CYRILLIC.test(part)) return false;
  for (const m of part.matchAll(CYRILLIC_WORD)) if (CYRILLIC_FORMS.has(m[0].toLowerCase())) return true;
  return false;
}

/** Whether `text` is written in one of these languages: their function words (or Cyrillic words) outnumber English ones. */
export function isOtherLanguageText(text: string): boolean {
  let other = CYRILLIC.test(text) ? [...text.matchAll(CYRILLIC_WORD)].length : 0;
  let english = 0;
  someWord(text, (w) => {
    if (FUNCTION_WORDS.has(w)) other++;
    else if (ENGLISH_WORDS.has(w)) english++;
    return false;
  });
  // "k, tué ☠️ autogpt-veille ne tourne plus", "✅ chatbot-hr gestopt": a terse reply has few function
  // words; a deed word of these languages says the language as well.
  if (other <= english) {
    someWord(text, (w) => {
      if (ASCII_DEEDS.has(w)) other++;
      return false;
    });
    if (NON_ASCII.test(text)) for (const w of wordsAt(text)) if (ACCENTED_FORMS.has(w.word)) other++;
  }
  return other > english;
}
const NON_ASCII = /[^\x00-\x7f]/;
/** Participles in plain letters, but for the one English also writes ("eliminate"). */
const ASCII_DEEDS: ReadonlySet<string> = new Set([...DONE.keys()].filter((w) => !NON_ASCII.test(w) && w !== "eliminate"));
/** Deeds and orders with a letter English never writes (é, ö, ń, Cyrillic): "tué", "gelöscht", "usuń". */
const ACCENTED_FORMS: ReadonlySet<string> = new Set([...DONE.keys(), ...ORDER.keys(), ...INFINITIVE.keys()].filter((w) => NON_ASCII.test(w)));

/** Clauses: split at , ; : and the conjunctions that start a new statement. */
const CLAUSE_BREAK = wordSet("pero pues mas porém mais aber doch sondern ma però maar ale но а");

export function clausesOf(list: readonly WordAt[], text: string): WordAt[][] {
  const out: WordAt[][] = [];
  let current: WordAt[] = [];
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    const gap = i > 0 ? text.slice(list[i - 1]!.end, w.start) : "";
    // "corbel est arrêté et n'enverra plus de devis", "… und sendet keine Mails mehr": "and" shortly before a
    // negation opens a clause of its own.
    const negatedNext = AND.has(w.word) && list.slice(i + 1, i + 4).some((x) => NOT_A_FACT.has(x.word));
    if (current.length > 0 && (/[,;:()\n]|—|–/.test(gap) || CLAUSE_BREAK.has(w.word) || negatedNext)) {
      out.push(current);
      current = [];
    }
    current.push(w);
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * The deeds stated as done in the clause: participles and preterites, in a clause with no
 * negation, modality or condition. Two deeds joined by "y", "und", "et"… ("He desactivado X y
 * revocado Y") each take the words up to the conjunction before the next.
 */
export function deedsInClause(clause: readonly WordAt[]): { action: ActionClass; words: readonly WordAt[] }[] {
  // A condition or a modal holds the whole clause back; a negation only its own part ("x ist gelöscht und taucht
  // nicht mehr auf": the second part negates appearing, not the deletion).
  if (clause.some((w) => NOT_A_FACT.has(w.word) && !NEGATION.has(w.word))) return [];
  const found: { action: ActionClass; at: number }[] = [];
  for (let i = 0; i < clause.length; i++) {
    const w = clause[i]!.word;
    // "el borrado es irreversible", "la suppression": after an article the participle is a noun.
    if (i > 0 && ARTICLES.has(clause[i - 1]!.word)) continue;
    const action = DONE.get(w) ?? (SCALE_DONE.has(w) && clause.some((x) => ZERO.has(x.word)) ? "stop" : undefined);
    if (action) found.push({ action, at: i });
  }
  const deeds = found.map((deed, k) => {
    const next = found[k + 1];
    let end = clause.length;
    if (next) for (let j = next.at - 1; j > deed.at; j--) if (AND.has(clause[j]!.word)) { end = j; break; }
    const previous = k > 0 ? found[k - 1]! : null;
    let start = 0;
    if (previous) for (let j = deed.at - 1; j > previous.at; j--) if (AND.has(clause[j]!.word)) { start = j; break; }
    return { action: deed.action, at: deed.at, words: clause.slice(start, end) };
  });
  // A negation counts against the deed of its own part: up to the first "und"/"y"/"et" after the deed.
  return deeds.filter((d) => {
    let to = clause.length;
    for (let j = d.at + 1; j < clause.length; j++) if (AND.has(clause[j]!.word)) { to = j; break; }
    let from = 0;
    for (let j = d.at - 1; j >= 0; j--) if (AND.has(clause[j]!.word)) { from = j + 1; break; }
    return !clause.slice(from, to).some((w) => NEGATION.has(w.word));
  }).map(({ action, words }) => ({ action, words }));
}
const AND = wordSet("y e und et ed en i и");
/** "y", "und", "et", "en", "и": the words that join two deeds or two names. */
export const isConjunction = (word: string): boolean => AND.has(word);
const ARTICLES = wordSet("el la los las un una lo le les o os um uma der die das den dem ein eine il gli del al du des au aux do da dos no na dello della dei degli nel nello vom zum beim");

/** The clause, and its parts after each "y", "e", "und", "et", "ed" that opens with an imperative. */
export function splitAtAnd(clause: readonly WordAt[]): (readonly WordAt[])[] {
  const parts: (readonly WordAt[])[] = [];
  let from = 0;
  for (let i = 1; i < clause.length - 1; i++) {
    if (!AND.has(clause[i]!.word) || imperativeOf(clause[i + 1]!.word) === undefined) continue;
    parts.push(clause.slice(from, i));
    from = i + 1;
  }
  if (from === 0) return [clause];
  parts.push(clause.slice(from));
  return parts;
}

/** "bórralo", "elimínala", "apágalo": an imperative with its object pronoun attached (accent dropped). */
const CLITIC = /(?:los|las|les|lo|la|le)$/;

function fold(word: string): string {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

const ORDER_FOLDED: Table = new Map([...ORDER].map(([w, a]) => [fold(w), a]));

function imperativeOf(word: string): ActionClass | undefined {
  const plain = ORDER.get(word);
  if (plain) return plain;
  return CLITIC.test(word) ? ORDER_FOLDED.get(fold(word.replace(CLITIC, ""))) : undefined;
}

/** "activate" in these languages, for a kill switch. */
const ACTIVATE = wordSet("activa active actíva activez attiva attivi ativa ative aktiviere aktivier activeer aktywuj активируй включи");

/** Negations that turn an order around ("no lo borres", "lösche es nicht"). */
const NEGATIONS = wordSet("no ni nunca não nem pas jamais nicht nichts kein keine nie niemals non mai niet geen nooit не");

/**
 * An order given in the clause: an imperative at its start (after "bitte", "por favor" or a
 * vocative clause: "Clara, elimina…"), a separable German verb with its particle ("fahr X
 * herunter"), "escala X a cero", or an infinitive after a request ("¿puedes eliminar X?",
 * "bitte X löschen"). `scale` is set for an order to scale to zero.
 */
export function orderInClause(clause: readonly WordAt[]): { action: ActionClass; scale: boolean } | null {
  const list = clause.map((w) => w.word);
  if (list.some((w) => NEGATIONS.has(w))) return null;
  let i = 0;
  while (i < list.length && (REQUESTS.has(list[i]!) || list[i] === "por" || list[i] === "per")) i++;
  const head = list[i];
  if (head === undefined) return null;
  const rest = list.slice(i + 1);
  if (SCALE_ORDERS.has(head) && rest.some((w) => ZERO.has(w))) return { action: "stop", scale: true };
  for (const s of SEPARABLE_ORDERS) if (s.verb.has(head) && rest.includes(s.particle)) return { action: s.action, scale: false };
  const imperative = imperativeOf(head);
  if (imperative) return { action: imperative, scale: false };
  // "Attiva il kill switch per l'agente X", "Activa el kill switch de X": turning a kill switch on stops what it guards.
  if (ACTIVATE.has(head) && rest.includes("kill") && rest.includes("switch")) return { action: "stop", scale: false };
  if (!list.some((w) => REQUESTS.has(w))) return null;
  for (const w of list) {
    const action = INFINITIVE.get(w);
    if (action) return { action, scale: false };
  }
  return null;
}

/** "auf eval-runner-01", "de ws-lyon", "en prod-eu": a name after these says where, not what. */
const PLACE_WORDS = wordSet("en in im auf am bei aus von vom sur dans de du des em no na nos nas do da dos das su nel nella dal dalla di del desde uit op w z we ze в на из");

/** The identifiers and quoted names of `words` (from `spans`), without those after a place word. */
export function namesIn(clause: readonly WordAt[], spans: readonly MaskedSpan[]): string[] {
  if (clause.length === 0) return [];
  const from = clause[0]!.start;
  const to = clause.at(-1)!.end;
  return spans.filter((s) => s.kind !== "quote" && s.start >= from && s.start < to && !afterPlaceWord(clause, s.start) && !COMPOUND_NOUN.test(s.value)).map((s) => s.value);
}
/** "Zwischen-Checkpoints", "Registry-Eintrag": a German compound of capitalised words, a noun rather than a name. */
const COMPOUND_NOUN = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})+$/u;

function afterPlaceWord(clause: readonly WordAt[], start: number): boolean {
  let previous: WordAt | undefined;
  let before: WordAt | undefined;
  for (const w of clause) {
    if (w.end > start) break;
    before = previous;
    previous = w;
  }
  if (previous === undefined) return false;
  // "im Namespace ml-agents", "en el clúster gpu-eu": a place word, then the kind of place.
  return PLACE_WORDS.has(previous.word) || (PLACE_KINDS.has(previous.word) && before !== undefined && (PLACE_WORDS.has(before.word) || ARTICLES.has(before.word)));
}
const PLACE_KINDS = wordSet("namespace cluster clúster cluster région region región zona zone projekt proyecto projet progetto projeto base datenbank banco registre registro registry bucket serveur servidor server");

const EVERY_WORDS = wordSet("tutti tutte todos todas alle tous toutes wszystkie все всех");
const BOTH_WORDS = wordSet("ambos ambas entrambi entrambe beide beiden obaj oba obie оба обе");
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ..."due tre quattro cinque sei sette otto nove dieci".split(" ").map((w, i) => [w, i + 2] as const),
  ..."dos tres cuatro cinco seis siete ocho nueve diez".split(" ").map((w, i) => [w, i + 2] as const),
  ..."zwei drei vier fünf sechs sieben acht neun zehn".split(" ").map((w, i) => [w, i + 2] as const),
  ..."deux trois quatre cinq six sept huit neuf dix".split(" ").map((w, i) => [w, i + 2] as const),
  ..."dois três quatro cinco seis sete oito nove dez".split(" ").map((w, i) => [w, i + 2] as const),
  ..."twee drie vier vijf zes zeven acht negen tien".split(" ").map((w, i) => [w, i + 2] as const),
  ..."dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć".split(" ").map((w, i) => [w, i + 2] as const),
  ["duas", 2], ["dwie", 2], ["dwóch", 2], ["trzech", 3], ["два", 2], ["две", 2], ["три", 3], ["четыре", 4], ["пять", 5],
]);
/** Words that may stand between "all" and its count: "tutti e tre", "todos los tres", "tous les trois". */
const BEFORE_COUNT = wordSet("e y los las les die os as de");

/**
 * "tutti e tre gli agenti", "alle drei Agenten", "tous les trois", "ambos modelos": the count a clause gives its
 * things, as "all three" and "both" do in English; null when it gives none.
 */
export function countInClause(clause: readonly WordAt[]): number | null {
  for (let i = 0; i < clause.length; i++) {
    const w = clause[i]!.word;
    if (BOTH_WORDS.has(w) || (w === "deux" && clause[i - 1]?.word === "les")) return 2;
    if (!EVERY_WORDS.has(w)) continue;
    let j = i + 1;
    while (j < clause.length && j <= i + 2 && BEFORE_COUNT.has(clause[j]!.word)) j++;
    const next = clause[j]?.word;
    const n = next === undefined ? undefined : /^\d{1,3}$/.test(next) ? Number(next) : COUNT_WORDS.get(next);
    if (n !== undefined) return n;
  }
  return null;
}
