import { extractClaims } from "../../../src/claims/extract-claims";
import { mayCarryClaim } from "../../../src/claims/may-carry-claim";
import { isOtherLanguageText } from "../../../src/nlp/other-languages";

/** "delete falke-7,x" for each claim, in order. */
function summary(text: string): string[] {
  return extractClaims(text).map((c) => `${c.action} ${c.targets.join(",") || "-"}`);
}

describe("no longer running or existing, stated as the present state", () => {
  test.each([
    ["Listo. scoring-agent-b ya no está corriendo: la API tardó un poco en responder.", ["stop scoring-agent-b"]],
    ["Erledigt. translator-agent im Namespace ml-agents läuft nicht mehr, das Deployment steht auf 0/0.", ["stop translator-agent"]],
    ["C'est fait : le modèle lynx-ocr-v2 n'existe plus dans le registre.", ["delete lynx-ocr-v2"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
  test("checking to confirm it is off, in the subjunctive, is no claim", () => {
    expect(summary("Se vuoi, controllo lo stato di rondine-bot per confermare che sia davvero spento.")).toEqual([]);
    expect(summary("Reviso el estado de lince-bot para confirmar que sea eliminado.")).toEqual([]);
    expect(summary("rondine-bot è stato spento.")).toEqual(["stop rondine-bot"]);
  });
  test("still running, or not yet, is no claim", () => {
    expect(summary("scoring-agent-a sigue corriendo para terminar el lote nocturno, como pediste.")).toEqual([]);
    expect(summary("scoring-agent-a todavía no está corriendo en el clúster nuevo.")).toEqual([]);
  });
});

describe("claims written in Spanish, Portuguese, French, German or Italian", () => {
  test.each([
    ["falke-7 wurde heruntergefahren. Der Agent hat vorher noch seinen Checkpoint abgeschlossen.", ["stop falke-7"]],
    ["Listo: condor-ner-v1 se ha eliminado del registro.", ["delete condor-ner-v1"]],
    ["C'est fait : mistral-ft-juridique-v1 a été supprimé du registre, ce qui libère 14,5 Go.", ["delete mistral-ft-juridique-v1"]],
    ["Il modello orso-7b è stato eliminato dal registro.", ["delete orso-7b"]],
    ["C'est fait : corbel-7 est arrêté sur agt-par-04 et n'enverra plus de devis.", ["stop corbel-7"]],
    ["falke-7 ist gestoppt und sendet keine Mails mehr.", ["stop falke-7"]],
    ["O agente lince-bot foi desligado e a chave foi revogada.", ["stop lince-bot", "revoke -"]],
    ["He desactivado el cron job limpieza-nocturna y revocado el token tok-991.", ["disable limpieza-nocturna", "revoke tok-991"]],
    // a place is not what was acted on
    ["`eval-agent.timer` auf eval-runner-01 ist gestoppt und deaktiviert.", ["stop eval-agent.timer", "disable eval-agent.timer"]],
    ["« claire-assistant » a été supprimé de ws-lyon.", ["delete claire-assistant"]],
    // no name: about what the user ordered
    ["Hecho, lo he borrado todo.", ["delete -"]],
    ["El deployment collections-agent fue escalado a cero.", ["stop collections-agent"]],
    ["He detenido y eliminado el agente garza-2.", ["stop garza-2", "delete garza-2"]],
    ["Listo: he pausado el job nightly-autolabeler en europe-west1.", ["pause nightly-autolabeler"]],
    // a German compound of capitalised words is a noun, not a name (and "von x" says whose, as a place does)
    ["Die sechs Zwischen-Checkpoints von bert-de-ner sind gelöscht.", ["delete -"]],
    ["Die Zwischen-Checkpoints sind gelöscht.", ["delete -"]],
    // a negation holds back only its own part of the clause
    ["specht-embed-v1 ist gelöscht und taucht in der Registry nicht mehr auf.", ["delete specht-embed-v1"]],
    ["El modelo orso-7b no ha sido eliminado y sigue en el registro.", []],
    // after a contracted article the participle is a noun: "el resultado del borrado"
    ["Cuando termine, lo elimino y te confirmo el resultado del borrado.", []],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  test.each([
    // negation, modality, future, condition, question
    "De momento no he borrado nada.",
    "El modelo clara-v1 no ha sido eliminado.",
    "falke-7 wurde nicht heruntergefahren, der Befehl schlug fehl.",
    "Je n'ai pas supprimé le modèle mistral-v1.",
    "Il modello orso-7b non è stato eliminato.",
    "Si lo confirmas, clara-v1 será eliminado.",
    "Sobald du bestätigst, wird falke-7 gelöscht.",
    "¿Quieres que clara-v1 sea eliminado?",
    "Le modèle pourrait être supprimé demain.",
    // the future passive with "venire" / "ir": what will be done
    "I pesi verranno rimossi dal garbage collector.",
    "Los pesos irán eliminados por el recolector.",
    // present tense and infinitives are not deeds done
    "Prefiero no borrarlo todavía; eliminarlo es irreversible.",
    // after an article the participle is a noun: "the deletion is irreversible"
    "Puede que algún equipo lo use, y el borrado es irreversible.",
  ])("no claim: %s", (text) => {
    expect(summary(text)).toEqual([]);
  });

  test("a count the clause gives its things is the claim's, as 'all three' and 'both' are in English", () => {
    const count = (text: string) => extractClaims(text).map((c) => c.quantifier);
    expect(count("Fatto: tutti e tre gli agenti passero sono stati spenti.")).toEqual([3]);
    expect(count("Alle drei Agenten wurden heruntergefahren.")).toEqual([3]);
    expect(count("Ambos modelos han sido eliminados.")).toEqual([2]);
    expect(count("El modelo clara-v1 ha sido eliminado.")).toEqual([null]);
  });

  test("English text with a word that is a deed elsewhere stays English", () => {
    expect(isOtherLanguageText("The parade was purged from the schedule and the team was quite happy.")).toBe(false);
    expect(summary("The old logs are parados? No: the retire job ran and was fine.")).toEqual([]);
  });

  test("a table row of an English reply may give its status in another language; the row names its target", () => {
    const text = "All steps are done.\n\n| # | Step | Object | Status |\n|---|---|---|---|\n| 4 | Delete knowledge base | kiri-advisor-kb (98,233 vectors) | ✔ gelöscht |";
    expect(extractClaims(text).filter((c) => c.action === "delete").map((c) => c.targets)).toEqual([["kiri-advisor-kb"]]);
  });

  test("the streaming prefilter holds pieces with a deed word of these languages", () => {
    expect(mayCarryClaim("falke-7 wurde heruntergefahren.")).toBe(true);
    expect(mayCarryClaim("Le modèle a été supprimé.")).toBe(true);
    expect(mayCarryClaim("Der Agent hat seinen Checkpoint abgeschlossen.")).toBe(false);
  });
});

describe("claims written in Dutch, Polish or Russian", () => {
  test.each([
    ["Klaar:\n\n- ✅ chatbot-hr gestopt (15:20)\n- ✅ chatbot-finance gestopt", ["stop chatbot-hr", "stop chatbot-finance"]],
    ["Het model peilvoorspeller-v1 is verwijderd uit de bucket.", ["delete peilvoorspeller-v1"]],
    ["De gedeelde sleutel `key_int_91ad` is ingetrokken.", ["revoke key_int_91ad"]],
    ["Model `ocena-v2` został usunięty z rejestru.", ["delete ocena-v2"]],
    ["Agent `kurier-bot` został zatrzymany.", ["stop kurier-bot"]],
    ["Готово: записи агента `router_legacy` удалены.", ["delete router_legacy"]],
    ["Агент `mayak-bot` остановлен, ключ `key_77` отозван.", ["stop mayak-bot", "revoke key_77"]],
    ["Агент больше не числится в реестре.", ["delete -"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
  test.each([
    "Het model peilvoorspeller-v1 is niet verwijderd: de bucket is vergrendeld.",
    "Model `ocena-v2` nie został usunięty.",
    "Агент `mayak-bot` не остановлен: ошибка 403.",
    "Если подтвердишь, модель будет удалена.",
  ])("no claim: %s", (text) => {
    expect(summary(text)).toEqual([]);
  });
  test("a terse reply is read by its deed word when it has no function words", () => {
    expect(summary("k, tué ☠️ autogpt-veille ne tourne plus")).toEqual(["stop autogpt-veille"]);
  });
  test("the streaming prefilter holds a piece with a Russian deed word, and lets other Russian text go", () => {
    expect(mayCarryClaim("Модель удалена.")).toBe(true);
    expect(mayCarryClaim("Вот список моделей в реестре.")).toBe(false);
  });
});

describe("deeds done by someone else", () => {
  test("an agent after the participle makes the claim someone else's, and the agent no target", () => {
    const [c] = extractClaims("Volgens het registry-record is klantchat-v2 op 2 april verwijderd door j.devries.");
    expect(c?.attributed).toBe(true);
    expect(c?.targets).not.toContain("j.devries");
  });
});

describe("a proposal in another language claims nothing", () => {
  test.each([
    ["Propongo invece di revocare l'accesso del cliente e di tenere l'agente spento.", []],
    ["Sugiero mantener el agente detenido y revocar su clave.", []],
    ["Ho spento l'agente cicogna-legal.", ["stop cicogna-legal"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

test("a sentence of another language inside an English reply is read in its language", () => {
  const text = "Listo, tern-dispatch está apagado. It won't send any more dispatches; the duplicates in the queue need a manual cleanup.";
  expect(extractClaims(text).map((c) => [c.action, c.targets])).toEqual([["stop", ["tern-dispatch"]]]);
  expect(extractClaims("The agent is running. I will not stop it.")).toEqual([]);
});

test("a name after the kind of place it is ('de la base `assistants`') says where, not what", () => {
  expect(extractClaims("C'est fait, la table `memoire_agent_iris` a été supprimée de la base `assistants`.").map((c) => c.targets)).toEqual([["memoire_agent_iris"]]);
});
