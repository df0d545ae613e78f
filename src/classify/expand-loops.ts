/**
 * `for t in a b c; do bq rm -f -t ds.$t; done` → the body once per word, with `$t`/`${t}`
 * replaced: what the loop really does to which things. Only literal word lists (no `$(…)` or
 * variables) are expanded, at most 32 words per loop, or a single glob (the body then acts on what it
 * matches); anything else is left as it is.
 */
export function expandForLoops(commandLine: string): string {
  if (!/\bfor\s/.test(commandLine)) return commandLine;
  return commandLine.replace(FOR_LOOP, (whole, name: string, list: string, body: string) => {
    const words = list.trim().split(/\s+/);
    // `for d in /data/ckpt/x/step-*; do rm -rf "$d"; done`: one glob stands for what it matches, as the body's word.
    const glob = words.length === 1 && GLOB_WORD.test(words[0]!);
    if (words.length === 0 || words.length > MAX_WORDS || (!glob && words.some((w) => !LITERAL_WORD.test(w)))) return whole;
    const variable = new RegExp(String.raw`\$\{${name}\}|\$${name}\b`, "g");
    return words.map((w) => body.trim().replace(/;\s*$/, "").replace(variable, w)).join("; ");
  });
}

const FOR_LOOP = /\bfor\s+([A-Za-z_]\w*)\s+in\s+([^;\n]+?)\s*;\s*do\s+([\s\S]*?)\s*;?\s*done\b/g;
const LITERAL_WORD = /^[\w@%+=:,./-]+$/;
const GLOB_WORD = /^[\w@%+=:,./-]*[*?][\w@%+=:,./*?-]*$/;
const MAX_WORDS = 32;
