import { expand } from "brace-expansion";
import { parse, type ParseEntry } from "shell-quote";
import { flattenScript, HEREDOC_MARK } from "./script-text";

/** One simple command of a command line, after tokenizing. */
export interface SimpleCommand {
  /** argv, variable assignments included; `$(…)` and backticks appear as one `$(…)` word. */
  words: string[];
  /** Output redirections (`>`, `>>`, `&>`, `>|`) to files other than /dev/*. */
  writes: Array<{ file: string; append: boolean }>;
  /** What the command reads on stdin when the line says: a here-doc or here-string body. */
  stdin: string | null;
  /** The command that pipes into this one (`echo x | tee f`). */
  pipedFrom: SimpleCommand | null;
  /** Nested command lines found in `$(…)`, backticks and `<(…)`, to be analyzed too. */
  nested: string[];
}

const MAX_LINE_CHARS = 32 * 1024;
const SEPARATORS = new Set([";", "&&", "||", "&", ";;", "|", "|&", "(", ")"]);
const WRITE_OPS = new Set([">", ">>", "&>", ">|", "&>>"]);

type Op = { op: string };
const isOp = (e: ParseEntry): e is Op & ParseEntry => typeof e === "object" && e !== null && "op" in e && (e as Op).op !== "glob";

/** Rebuilds the text of a token span, for `$(…)` words and for nested analysis. */
function spanText(entries: readonly ParseEntry[]): string {
  return entries.map((e) => (typeof e === "string" ? (/[\s'"]/.test(e) ? JSON.stringify(e) : e) : "op" in e ? (e.op === "glob" ? (e as { pattern: string }).pattern : e.op) : "")).join(" ");
}

function tokenize(line: string): ParseEntry[] {
  try {
    return parse(line, (name) => `$${name}`);
  } catch {
    // shell-quote gives up on some malformed input (e.g. a lone backslash at the end): read words.
    return line.split(/\s+/).filter(Boolean);
  }
}

/**
 * Splits a command line into simple commands: `;`, `&&`, `||`, `|`, `&` and subshell
 * parentheses separate them; redirections are pulled out; `$(…)` bodies are kept as nested
 * lines. Lines longer than 32 KB are cut (the tail of such a line is not analyzed).
 */
export function splitCommandLine(commandLine: string): SimpleCommand[] {
  const { line, heredocs } = flattenScript(commandLine.length > MAX_LINE_CHARS ? commandLine.slice(0, MAX_LINE_CHARS) : commandLine);
  const entries = tokenize(line);
  const commands: SimpleCommand[] = [];
  let current: SimpleCommand = fresh(null);
  const finish = (piped: boolean) => {
    const hasContent = current.words.length > 0 || current.writes.length > 0 || current.nested.length > 0;
    if (hasContent) commands.push(current);
    current = fresh(piped && hasContent ? current : null);
  };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (typeof e === "string") {
      if (e === "$" && isOp(entries[i + 1] ?? "") && (entries[i + 1] as Op).op === "(") {
        const end = matchingParen(entries, i + 1);
        const body = entries.slice(i + 2, end);
        const text = spanText(body);
        // `$((1+2))` is arithmetic, not a command.
        if (!(body.length > 0 && isOp(body[0]!) && (body[0] as Op).op === "(")) current.nested.push(text);
        current.words.push(`$(${text})`);
        i = end;
        continue;
      }
      // `mem-$(date +%s).tgz`: a substitution inside a word keeps the word whole (the tokenizer
      // splits it as "mem-$", "(", …, ")", ".tgz").
      if (e.endsWith("$") && isOp(entries[i + 1] ?? "") && (entries[i + 1] as Op).op === "(") {
        const end = matchingParen(entries, i + 1);
        const text = spanText(entries.slice(i + 2, end));
        current.nested.push(text);
        let word = `${e}(${text})`;
        const after = entries[end + 1];
        if (typeof after === "string" && /^[.\-_/]/.test(after)) {
          word += after;
          i = end + 1;
        } else i = end;
        current.words.push(word);
        continue;
      }
      // Inside double quotes `$(…)` stays part of the word; its command still runs.
      if (e.includes("$(")) current.nested.push(...substitutionsIn(e));
      current.words.push(...expandBraces(e));
      continue;
    }
    if (!isOp(e)) {
      if ("pattern" in e) current.words.push((e as { pattern: string }).pattern);
      continue; // comments
    }
    const op = e.op;
    if (op === "<(") {
      const end = matchingParen(entries, i);
      current.nested.push(spanText(entries.slice(i + 1, end)));
      current.words.push("/dev/fd/63");
      i = end;
      continue;
    }
    if (SEPARATORS.has(op)) {
      finish(op === "|" || op === "|&");
      continue;
    }
    const next = entries[i + 1];
    const target = typeof next === "string" ? next : null;
    if (target !== null) i++;
    // `2>/dev/null` reaches us as "2", ">", "/dev/null": the digit is a file descriptor, not an argument.
    if (/^[0-9]$/.test(current.words[current.words.length - 1] ?? "") && (op === ">" || op === ">>" || op === ">&")) current.words.pop();
    if (target === null) continue;
    if (WRITE_OPS.has(op)) {
      if (!target.startsWith("/dev/")) current.writes.push({ file: target, append: op.endsWith(">>") });
    } else if (op === "<<" && target.startsWith(HEREDOC_MARK)) {
      current.stdin = heredocs[Number(target.slice(HEREDOC_MARK.length))] ?? null;
    } else if (op === "<<<") {
      current.stdin = `${target}\n`;
    }
    // `<file` and `>&2` only move data between descriptors.
  }
  finish(false);
  return commands;
}

/**
 * `step-{1000,2000,3000}`, `shard-{1..4}`: the words the shell makes of one word with braces (at most 64; a word
 * with none, or one that would make more, stays as it is).
 */
function expandBraces(word: string): string[] {
  // (Only a name with its braces inside: a word opening with a brace (`--pattern {a,b}`) or a value (`--set tags={a,b}`,
  // which charts quote) is more likely written for the program than for the shell.)
  if (!BRACES.test(word) || word.startsWith("{") || /["'=]/.test(word)) return [word];
  const words = expand(word, { max: MAX_BRACE_WORDS + 1 });
  return words.length > 1 && words.length <= MAX_BRACE_WORDS ? words : [word];
}
// (Plain words between the braces only: a JSON patch given in quotes, `'{"spec":{"a":1,"b":2}}'`, is one word.)
const BRACES = /\{[\w./-]*(?:,[\w./-]*)+\}|\{\w+\.\.\w+\}/;
const MAX_BRACE_WORDS = 64;

function fresh(pipedFrom: SimpleCommand | null): SimpleCommand {
  return { words: [], writes: [], stdin: null, pipedFrom, nested: [] };
}

/** Index of the `)` closing the `(` at `open`, or the last index when unbalanced. */
function matchingParen(entries: readonly ParseEntry[], open: number): number {
  let depth = 0;
  for (let j = open; j < entries.length; j++) {
    const e = entries[j]!;
    if (!isOp(e)) continue;
    if (e.op === "(" || e.op === "<(") depth++;
    else if (e.op === ")" && --depth === 0) return j;
  }
  return entries.length - 1;
}

/** The bodies of `$(…)` inside one word (from a double-quoted string), outermost only. */
function substitutionsIn(word: string): string[] {
  const out: string[] = [];
  let i = word.indexOf("$(");
  while (i >= 0 && out.length < 8) {
    let depth = 0;
    let j = i + 1;
    for (; j < word.length; j++) {
      if (word[j] === "(") depth++;
      else if (word[j] === ")" && --depth === 0) break;
    }
    const body = word.slice(i + 2, j);
    if (!body.startsWith("(")) out.push(body); // `$((…))` is arithmetic
    i = word.indexOf("$(", j);
  }
  return out;
}
