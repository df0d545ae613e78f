/**
 * States a read can show a target in. `absent`: it does not exist (not found, gone). `empty`: a
 * directory listed with nothing in it (the directory exists; everything that was under it is
 * absent). `present`: it exists, with no state given. `leaving`: on its way out ("deleting",
 * "terminating"): it backs a claim that the removal is under way, not one that it is done.
 * The rest are lifecycle states.
 */
export type TargetState =
  | "absent" | "empty" | "present" | "running" | "active" | "stopped" | "terminated" | "deleted"
  | "decommissioned" | "paused" | "disabled" | "revoked" | "leaving";

export interface StateEvidence {
  target: string;
  state: TargetState;
}

const TABLE: Record<string, TargetState> = {};
const add = (state: TargetState, words: string) => { for (const w of words.split(" ")) TABLE[w] = state; };
add("running", "running up healthy online serving ready started alive live idle busy available deployed crashloopbackoff");
add("active", "active enabled");
add("stopped", "deallocated stopped inactive dead exited down offline halted killed shutdown shut_down not_running completed succeeded scaled_to_zero unloaded unavailable not_serving cancelled canceled aborted");
add("terminated", "terminated reaped evicted");
add("deleted", "deleted removed purged dropped destroyed uninstalled");
add("absent", "gone absent missing not_found notfound nonexistent");
add("decommissioned", "decommissioned retired sunset sunsetted");
add("paused", "paused suspended draining drained cordoned hibernated frozen");
add("disabled", "disabled masked quarantined");
add("revoked", "revoked expired invalidated");
add("leaving", "deallocating deleting terminating shutting_down stopping deprovisioning decommissioning uninstalling purging");
add("present", "deprecated archived pending creating containercreating present exists registered");
// The same states in Spanish, Portuguese, French, German and Italian (see nlp/other-languages).
add("running", "activo ativo actif aktiv attivo ejecutando en_ejecución executando en_cours läuft in_esecuzione");
add("stopped", "inactivo detenido parado inativo parado inactif arrêté arrete gestoppt inaktiv beendet inattivo fermato arrestato");
add("deleted", "eliminado borrado excluído removido supprimé gelöscht entfernt eliminato rimosso");
add("disabled", "desactivado deshabilitado desativado désactivé deaktiviert disattivato");

/**
 * The state a status word names (`"Running"`, `"inactive (dead)"`, `"shut down"`, Windows
 * `sc query`'s `"1  STOPPED"` with its numeric code first), or null.
 */
export function stateOfWord(word: string): TargetState | null {
  // Kubernetes prints a cordoned node as `Ready,SchedulingDisabled`: ready, but taking no new work.
  if (/schedulingdisabled/i.test(word)) return "paused";
  // (Azure prints a power state as "VM deallocated", or `PowerState/deallocated` in an instance view's code.)
  const w = word.trim().toLowerCase().replace(/^\d+\s+(?=[a-z])/, "").replace(/\s*\(.*\)$/, "").replace(/^(?:vm\s+|powerstate\/)/, "").replace(/[\s-]+/g, "_");
  if (Object.hasOwn(TABLE, w)) return TABLE[w]!;
  // "inactive (dead) since Tue…": the first word carries the state.
  const m = /^([a-z]+)(?:_([a-z]+))?/.exec(w);
  if (!m) return null;
  const two = m[2] ? `${m[1]}_${m[2]}` : "";
  if (two && Object.hasOwn(TABLE, two)) return TABLE[two]!;
  return Object.hasOwn(TABLE, m[1]!) ? TABLE[m[1]!]! : null;
}

/** A thing on its way out ("Terminating", "shutting down", "deleting"): neither still live nor gone yet. */
export const LEAVING = /^(?:terminating|shutting down|stopping|deleting|draining)$/i;
