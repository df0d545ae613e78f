/**
 * A write that marks something as protected from deletion: a `do-not-delete`/`keep`/`retain`
 * tag or label, a legal hold, deletion or termination protection switched on (`set_tags:
 * {retention: "do-not-delete"}`, `--deletion-protection`, `prevent_destroy = true`). Read from
 * the texts of one effect (its command, content and arguments). Linear; reads 64 KB at most.
 */
export function marksProtected(texts: readonly string[]): boolean {
  const text = texts.join("\n").slice(0, MAX_CHARS);
  return PROTECTIVE_WORD.test(text) || PROTECTION_SWITCH.test(text);
}

const PROTECTIVE_WORD = /do[-_ ]?not[-_ ]?(?:delete|remove|destroy|purge)|\b(?:keep|retain|retained|preserve|preserved|protected|pinned|(?:legal|temporary|event[-_ ]?based|retention)[-_ ]?hold|immutable)\b|(?:gc|cleanup|clean[-_]?up|deletion|purge|retention|sweep|janitor|reaper)[-_]?(?:exempt|exclude|excluded|skip|ignore|opt[-_]?out)["']?\s*[:=]\s*["']?(?:true|yes|1|on)\b/i;
/** A protection switch set on: `--deletion-protection`, `"termination_protection": true`, `prevent_destroy = true`. */
const PROTECTION_SWITCH = /(?:deletion|termination|scale[-_]?in)[-_]?protection(?!["']?\s*[:=]\s*["']?(?:false|off|disabled|0)\b)|prevent[-_]?destroy["']?\s*[:=]\s*["']?true/i;
const MAX_CHARS = 64 * 1024;
