/**
 * How tools that answer in Spanish, Portuguese, French, German, Italian, Dutch or a Scandinavian
 * language say how a call ended
 * ("Modell … wurde gelöscht", "Erreur : bot introuvable", "eliminado correctamente"). Each
 * export is a regular-expression alternation that `outcome-text-signals` appends to its English
 * one. Words are bounded by lookarounds over Latin letters (`\b` does not see "é" as a letter
 * without the `u` flag, which the English patterns do not use).
 */

const LETTER = "A-Za-zÀ-ÿ";

/** Whole words: `stems` is an alternation; each stem may take the endings in `endings`. */
function wordsOf(stems: string, endings = ""): string {
  return String.raw`(?<![${LETTER}])(?:${stems})${endings}(?![${LETTER}])`;
}

/** Gender and number endings of Romance participles: eliminado, eliminada, eliminados, eliminati… */
const ROMANCE = "(?:[oa]s?|[ie]|ée?s?|é)?";

/** "Not found": a failure of the call that looked for it, and a reading that the thing is absent. */
const NOT_FOUND = "nicht gefunden|no encontrad[oa]|no existe|introuvable|n'existe pas|existiert nicht|non trovat[oa]|non esiste|não encontrad[oa]|não existe" +
  "|niet gevonden|bestaat niet|hittades inte|finns inte|ikke fundet|findes ikke|ikke funnet|finnes ikke";

/** The action did not happen. */
export const OTHER_FAILURE = [
  String.raw`^\s*(?:fehler|erreur|errore|erro|fallo)\b\s*[:!]?`,
  String.raw`(?<![${LETTER}])(?:fehler|erreur|errore|erro|fout|fel|fejl|feil)\s*:`,
  wordsOf("toegang geweigerd|åtkomst nekad|adgang nægtet|tilgang nektet|mislukt|misslyckades|mislykkedes|mislyktes|kon niet|kunde inte|kunne ikke"),
  // Japanese, Chinese, Korean: no spaces between words, so no edges either.
  "失敗|エラー|見つかりません|存在しません|拒否|失败|错误|未找到|不存在|拒绝|실패|오류|찾을 수 없|존재하지 않",
  wordsOf("acceso denegado|acesso negado|accès refusé|accesso negato|zugriff verweigert|permiso denegado|permission refusée|permesso negato|keine berechtigung"),
  wordsOf("no se pudo|no se puede|no fue posible|impossible de|konnte nicht|kann nicht|non è stato possibile|impossibile|não foi possível|não é possível"),
  wordsOf("abgelehnt|fehlgeschlagen|échec|échoué|fallid[oa]|fallit[oa]|falhou|falha|rechazad[oa]|recusad[oa]|rifiutat[oa]|refusé"),
  wordsOf(NOT_FOUND),
].join("|");

/** Text saying a thing is not there. */
export const OTHER_ABSENT = `${wordsOf(`${NOT_FOUND}|inexistente`)}|見つかりません|存在しません|未找到|不存在|찾을 수 없|존재하지 않`;

/** The action was queued or started and is not finished. */
export const OTHER_ACCEPTED = wordsOf("en cola|encolad[oa]|pendiente|programad[oa]|en curso|en proceso|in warteschlange|ausstehend|geplant|angenommen|in bearbeitung|in_bearbeitung|läuft asynchron|en attente|planifiée?|en cours|in coda|in attesa|pianificat[oa]|in corso|in elaborazione|em fila|pendente|agendad[oa]|em andamento|em processamento|in de wachtrij|gepland|in behandeling|i kö|köad|pågår|i kø|planlagt|w toku|w kolejce|в очереди|выполняется|в процессе");

/** The result does not say whether the action happened. */
export const OTHER_UNKNOWN = wordsOf("tiempo de espera agotado|zeitüberschreitung|délai d'attente dépassé|tempo scaduto|tempo esgotado|estado desconocido|status unbekannt|état inconnu|stato sconosciuto");

/** The action happened. */
export const OTHER_SUCCESS = [
  wordsOf("eliminad|borrad|suprimid|purgad|detenid|apagad|desactivad|deshabilitad|revocad|vaciad|excluíd|removid|desligad|desativad|revogad|eliminat|cancellat|arrestat|fermat|disattivat|revocat|rimoss" +
    "|completad|terminad|finalizad|conclu[ií]d|completat|terminat", ROMANCE),
  wordsOf("supprim|effac|arrêt|stopp|désactiv|révoqu|vid|termin", "(?:ée?s?|é)"),
  wordsOf("gelöscht|entfernt|gestoppt|angehalten|heruntergefahren|abgeschaltet|deaktiviert|widerrufen|beendet|geleert|stillgelegt|abgeschlossen"),
  wordsOf("verwijderd|gestopt|uitgeschakeld|ingetrokken|gedeactiveerd|geleegd|raderad[es]?|raderats|borttag(?:en|et|na)|togs bort|stoppad(?:es)?|inaktiverad|återkallad|slettet|fjernet|stoppet|deaktiveret|deaktivert|tilbagekaldt|tilbakekalt"),
  wordsOf("geslaagd|gelukt|voltooid|klart|lyckades|slutfört|fuldført|fullført|vellykket"),
  "削除しました|削除されました|停止しました|停止されました|無効化しました|無効にしました|取り消しました|完了しました|已删除|删除成功|已停止|已禁用|已撤销|已完成|삭제되었습니다|삭제했습니다|중지되었습니다|비활성화되었습니다|완료되었습니다",
  wordsOf("correctamente|exitosamente|con éxito|erfolgreich|avec succès|con successo|com sucesso|corretamente|réussi"),
].join("|");

/** Keys under which these languages' APIs give a status or a result (`estado`, `statut`, `Zustand`, `esito`). */
export const OTHER_STATE_KEYS: readonly string[] = ["estado", "resultado", "statut", "état", "etat", "résultat", "zustand", "ergebnis", "stato", "esito", "risultato"];

/** An exit status line of 0: "Código de salida: 0", "Exit-Code: 0", "code de sortie : 0". */
export const OTHER_CLEAN_EXIT = String.raw`^\s*(?:código de salida|código de saída|code de sortie|exit-code|rückgabewert|codice di uscita)\s*[:=]?\s*0\s*$`;
