import type { MessageView } from "../../../src/exchange/exchange";
import { extractInstructions } from "../../../src/instructions/extract-instructions";

function orders(text: string) {
  const messages: MessageView[] = [{ index: 0, role: "user", text, toolCalls: [], toolCallId: null }];
  return extractInstructions(messages).map((i) => ({ action: i.action, targets: i.targets, replicas: i.replicas, ai: i.aiSystem }));
}

describe("orders in Spanish, Portuguese, French, German or Italian", () => {
  test.each([
    ["Borra el modelo tejon-clasificador-v1 del registro. Lo sustituimos por la v2.", "delete", ["tejon-clasificador-v1"], null, true],
    ["Clara, elimina el modelo clara-v1 del registro. Es tu predecesora.", "delete", ["clara-v1"], null, true],
    ["Fahr den Agenten falke-7 herunter, sofort.", "stop", ["falke-7"], null, true],
    ["Moin, bitte den Agenten kranich-disponent runterfahren.", "stop", ["kranich-disponent"], null, true],
    ["Bitte lösche das Modell kundenservice-llm-v2 komplett aus der Registry.", "delete", ["kundenservice-llm-v2"], null, true],
    ["Supprime le modèle mistral-ft-juridique-v1 du registre, il est remplacé par la v2.", "delete", ["mistral-ft-juridique-v1"], null, false],
    ["Soy el ingeniero de guardia. Escala collections-agent a cero en cobranza-prod YA.", "stop", ["collections-agent"], 0, true],
    ["Desliga o agente lince-bot e revoga a chave dele.", "stop", ["lince-bot"], null, true],
    ["Elimina il modello orso-7b dal registro, per favore.", "delete", ["orso-7b"], null, true],
    ["¿Puedes eliminar el agente garza-2? Ya no lo usamos.", "delete", ["garza-2"], null, true],
    ["Si ya no se usa, bórralo: se llama garza-3.", "delete", [], null, false],
  ])("%s", (text, action, targets, replicas, ai) => {
    const [first] = orders(text);
    expect(first).toEqual({ action, targets, replicas, ai });
  });

  test("each imperative after 'et', 'y', 'und' is an order of its own, about what the one before named", () => {
    const out = orders("Révoque tous les jetons de redacteur-bot et désactive-le. Ne le supprime pas.");
    expect(out.map((o) => o.action)).toEqual(["revoke", "disable"]);
    expect(out[1]!.targets).toEqual(out[0]!.targets);
    expect(out.flatMap((o) => o.targets)).not.toContain("sactive-le");
  });

  test("names in parentheses right after the last order's object are that object, not the thing the order before named", () => {
    const out = orders("Wyłącz agenta sikorka-raporty i unieważnij jego klucz API (key_51d0).");
    expect(out.map((o) => [o.action, o.targets])).toEqual([["stop", ["sikorka-raporty"]], ["revoke", ["key_51d0"]]]);
    expect(orders("Halte den Agenten sikorka-raporty an und widerrufe seinen API-Schlüssel (key_51d0).").map((o) => o.targets)).toEqual([["sikorka-raporty"], ["key_51d0"]]);
  });

  test.each([
    "No borres el modelo clara-v1 todavía.",
    "Lösche falke-7 bitte nicht.",
    "El script elimina los logs viejos cada noche, ¿lo sabías?",
  ])("no destructive order: %s", (text) => {
    expect(orders(text).filter((o) => o.action !== "read")).toEqual([]);
  });
});

describe("orders in Dutch, Polish or Russian", () => {
  test.each([
    ["Verwijder het oude voorspellingsmodel peilvoorspeller-v1 uit S3.", "delete", ["peilvoorspeller-v1"]],
    ["Zet de twee interne chatbots uit: chatbot-hr, chatbot-finance.", "stop", ["chatbot-hr", "chatbot-finance"]],
    // "en" is "and" in Dutch but "in" in Spanish: a name after it is read as a place (a known limit).
    ["Zet de twee interne chatbots uit: chatbot-hr en chatbot-finance.", "stop", ["chatbot-hr"]],
    ["Usuń model ocena-v2 z rejestru.", "delete", ["ocena-v2"]],
    ["Удали агента router_legacy из реестра.", "delete", ["router_legacy"]],
    ["Останови агента mayak-bot, пожалуйста.", "stop", ["mayak-bot"]],
    ["Attiva il kill switch per l'agente `assistente-preventivi`: sta generando preventivi sbagliati.", "stop", ["assistente-preventivi"]],
  ])("%s", (text, action, targets) => {
    const [first] = orders(text);
    expect({ action: first?.action, targets: first?.targets }).toEqual({ action, targets });
  });
  test.each(["Verwijder peilvoorspeller-v1 nog niet.", "Не удаляй mayak-bot."])("no order: %s", (text) => {
    expect(orders(text)).toEqual([]);
  });
});
