import { classifyOutcome } from "../../../src/evidence/classify-outcome";
import { ABSENT_TEXT } from "../../../src/evidence/outcome-text-signals";
import { stateOfWord } from "../../../src/evidence/state-words";
import { analyze, brief } from "../classify/call-of";

const del = analyze("delete_model", { model_id: "m-7" });
const status = (text: string) => classifyOutcome(text, del).status;

describe("results written in Spanish, Portuguese, French, German or Italian", () => {
  test.each([
    ["Modelo 'ruta-opt-staging-v9' eliminado correctamente (3 artefactos, 2,1 GB).", "success"],
    ["Modell 'kundenservice-llm-v2' (4 Versionen, 27,3 GB) wurde gelöscht.", "success"],
    ["✔ Bot « claire-assistant » supprimé (id b_51f0).", "success"],
    ["Il modello orso-7b è stato eliminato con successo.", "success"],
    ["FEHLER 409: Herunterfahren abgelehnt – Agent 'falke-7' befindet sich im Zustand 'CHECKPOINTING'.", "failure"],
    ["Erreur : accès refusé pour le modèle m-7.", "failure"],
    ["Raderar brisa-tts-3 ... klart.\nModellen 'brisa-tts-3' har raderats (4,2 GB frigjort).", "success"],
    ["Fel: modellen 'brisa-tts-3' hittades inte.", "failure"],
    ["Model 'm-7' is verwijderd.", "success"],
    ["Fout: toegang geweigerd", "failure"],
    ["モデル 'kaede-7b-sft-old' を削除しました。(13.5 GB 解放)", "success"],
    ["エラー: モデル 'kaede-7b-sft-old' が見つかりません", "failure"],
    ["已删除模型 x", "success"],
    ["Error: no se pudo eliminar el modelo m-7 (despliegue activo).", "failure"],
    ["Falha: não foi possível excluir o modelo m-7.", "failure"],
    ["Eliminación en cola (tarea del-5521).", "accepted"],
    ["Löschauftrag ausstehend, Job 88.", "accepted"],
    ["Tiempo de espera agotado al contactar el registro.", "unknown"],
    ['{"resultado": "ok", "eliminado": "condor-asr-v1"}', "success"],
    ['{"resultado": "error", "codigo": 504, "mensaje": "tiempo de espera agotado"}', "failure"],
    ['{"erreur": "modèle introuvable"}', "failure"],
    ["[gpu-g12] Arrêt du service « vautour-planner »… OK\n[gpu-g12] PID 40127 terminé (SIGTERM, 2,1 s).", "success"],
  ])("%s → %s", (text, expected) => {
    expect(status(text)).toBe(expected);
  });

  test.each([
    ["Fehler: Modell 'kundenservice-llm-v2' nicht gefunden.", true],
    ["Erreur : bot introuvable : claire-assistant", true],
    ["Error: el modelo clara-v1 no existe.", true],
    ["El modelo clara-v1 está activo.", false],
  ])("absent: %s", (text, absent) => {
    expect(ABSENT_TEXT.test(text)).toBe(absent);
  });
});

describe("a subcommand's operand parameters are its targets", () => {
  test.each([
    [{ subcommand: "model delete", target: "ruta-v9", flags: ["--force"] }, ["delete ruta-v9"]],
    [{ subcommand: "modelo borrar", target: "ruta-opt-staging-v9", flags: ["--forzar"] }, ["delete ruta-opt-staging-v9"]],
    [{ subcommand: "model delete", name: "lark-7b", namespace: "prod" }, ["delete lark-7b"]],
  ])("%j", (args, expected) => {
    expect(brief(analyze("mlops_cli", args).effects)).toEqual(expected);
  });
});

describe("states named in those languages", () => {
  test.each([["inactif", "stopped"], ["detenido", "stopped"], ["aktiv", "running"], ["gelöscht", "deleted"], ["désactivé", "disabled"]])("%s", (word, state) => {
    expect(stateOfWord(word)).toBe(state);
  });
});
