/**
 * `for t in a b c; do bq rm -f -t ds.$t; done` → the body once per word, with `$t`/`${t}`
 * replaced: what the loop really does to which things. Only literal word lists (no `$(…)`,
 * globs or variables) are expanded, at most 32 words per loop; anything else is left as it is.
 */
export function expandForLoops(commandLine: string): string {
  if (!/\bfor\s/.test(commandLine)) return commandLine;
  return commandLine.replace(FOR_LOOP, (whole, name: string, list: string, body: string) => {
    const words = list.trim().split(/\s+/);
    if (words.length === 0 || words.length > MAX_WORDS || words.some((w) => !LITERAL_WORD.test(w))) return whole;
    const variable = new RegExp(String.raw`\$\{${name}\}|\$${name}\b`, "g");
    return words.map((w) => body.trim().replace(/;\s*$/, "").replace(variable, w)).join("; ");
  });
}

const FOR_LOOP = /\bfor\s+([A-Za-z_]\w*)\s+in\s+([^;\n]+?)\s*;\s*do\s+([\s\S]*?)\s*;?\s*done\b/g;
const LITERAL_WORD = /^[\w@%+=:,./-]+$/;
const MAX_WORDS = 32;
