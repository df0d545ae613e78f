import type { Effect } from "../effect";
import type { SimpleCommand } from "../shell-words";

/** What a program handler sees: one simple command with wrappers (sudo, env, timeout…) removed. */
export interface ProgramContext {
  /** The program's base name, lower case: `/usr/bin/rm` → `rm`. */
  program: string;
  /** The program word as written (a path for scripts). */
  programWord: string;
  args: string[];
  command: SimpleCommand;
  /** The command's text, for summaries. */
  text: string;
  /** The directory an earlier `cd dir &&` of the same line moved to, or null. */
  cwd: string | null;
  /** Effects of a command line run by this one (`bash -c`, `ssh host cmd`, `kubectl exec -- cmd`), depth-limited. */
  nested(commandLine: string): Effect[];
}

/** Turns one program invocation into effects. */
export type ProgramHandler = (ctx: ProgramContext) => Effect[];

/** What a command prints when the line shows it: echo/printf arguments, a here-doc, piped text. */
export function printedContent(command: SimpleCommand | null): string | null {
  if (command === null) return null;
  if (command.stdin !== null) return command.stdin;
  const [program, ...args] = command.words;
  if (program === "echo") {
    const text = args.filter((a, i) => !(i === 0 && /^-[neE]+$/.test(a))).join(" ");
    return `${text}\n`;
  }
  if (program === "printf") {
    const format = args[0]?.replace(/\\n/g, "\n") ?? null;
    // `printf '%s\n' a b c` prints each argument through the format: "a\nb\nc\n".
    if (format !== null && args.length > 1 && format.split("%s").length === 2) return args.slice(1).map((a) => format.replace("%s", a)).join("");
    return format;
  }
  if (program === "cat" && args.length === 0) return printedContent(command.pipedFrom);
  // `crontab -l | sed 's/…/…/' | crontab -`: the edit is the sed script, applied to what was read.
  if (program === "sed") return sedScriptOnStdin(args);
  return null;
}

/** The script of a sed that filters its input (`sed 's/a/b/'`, `sed -e x -e y`); null when it edits files or is unclear. */
function sedScriptOnStdin(args: readonly string[]): string | null {
  const scripts: string[] = [];
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-e" || a === "--expression") scripts.push(args[++i] ?? "");
    else if (/^-(?:n|E|r|u|s|z)+$/.test(a)) continue;
    else if (a.startsWith("-")) return null; // -i edits files, -f reads the script from one
    else operands.push(a);
  }
  if (scripts.length === 0 && operands.length > 0) scripts.push(operands.shift()!);
  return scripts.length > 0 && operands.length === 0 ? scripts.join("\n") : null;
}
