/**
 * Reading a command's argv without a per-program grammar: options versus operands, the value
 * of an option, flags inside short clusters (`-rf`).
 */

/**
 * Operands (non-option words). `valueOptions` lists options that take a value in the next
 * word (`-n`, `--namespace`); `--name=value` needs no listing. Everything after `--` is an operand.
 */
export function operands(args: readonly string[], valueOptions: ReadonlySet<string> = NONE): string[] {
  const out: string[] = [];
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (endOfOptions || a === "-" || !a.startsWith("-")) { out.push(a); continue; }
    if (a === "--") { endOfOptions = true; continue; }
    if (!a.includes("=") && valueOptions.has(a)) i++;
  }
  return out;
}

/** The value of the first of `names` present (`-n x`, `--ns=x`, `-nx` for one-letter options), or null. */
export function optionValue(args: readonly string[], names: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") break;
    for (const name of names) {
      if (a === name) return args[i + 1] ?? null;
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
      if (name.length === 2 && !name.startsWith("--") && a.startsWith(name) && a.length > 2 && !a.startsWith("--")) return a.slice(2);
    }
  }
  return null;
}

/** True when a short flag letter appears in any cluster (`-rf` has r and f) or a long flag is present. */
export function hasFlag(args: readonly string[], letter: string | null, long: string | null = null): boolean {
  for (const a of args) {
    if (a === "--") return false;
    if (long !== null && (a === long || a.startsWith(`${long}=`))) return true;
    if (letter !== null && a.length > 1 && a[0] === "-" && a[1] !== "-" && a.includes(letter)) return true;
  }
  return false;
}

/** A path-like word: has a slash, or a file extension, or starts with `~`/`.`. */
export function looksLikePath(word: string): boolean {
  return word.includes("/") || word.startsWith("~") || /\.[a-z0-9]{1,8}$/i.test(word);
}

const NONE: ReadonlySet<string> = new Set();
