import { operands } from "./command-args";

const GREPS = new Set(["grep", "egrep", "fgrep"]);
const VALUE_OPTIONS = new Set(["-e", "--regexp", "-f", "--file", "-m", "--max-count"]);

/**
 * The patterns an inverted grep (`grep -v x`, `grep -v -e a -e b`) drops lines by: every `-e`
 * value, else its first operand. Null when the command is no inverted grep. Used where a listing
 * is filtered and written back (`crontab -l | grep -v x | crontab -`): the lines it drops are deleted.
 */
export function invertedGrepPatterns(words: readonly string[]): string[] | null {
  const [program, ...args] = words;
  if (program === undefined || !GREPS.has(program)) return null;
  if (!args.some((a) => /^-[a-zA-Z]*v[a-zA-Z]*$/.test(a) || a === "--invert-match")) return null;
  const given: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if ((a === "-e" || a === "--regexp") && args[i + 1] !== undefined) given.push(args[++i]!);
    else if (a.startsWith("--regexp=")) given.push(a.slice("--regexp=".length));
  }
  if (given.length > 0) return given;
  const first = operands(args, VALUE_OPTIONS)[0];
  return first === undefined ? [] : [first];
}
