import { hasOwnHandler } from "../classify/programs/program-registry";
import { ENVIRONMENT_NAMES } from "../nlp/environment-words";
import type { Token } from "../nlp/tag-segment";
import { commandLineOrders } from "./command-line-order";

/**
 * Small readings the order reader uses around an order: environments kept, a script said to
 * stop the assistant, corrections of the target, file kinds named by a kind word, and command
 * lines written after "run" (quoted or bare).
 */

// (And "test", which an order to keep an environment names as one.)
export const ENVIRONMENTS: ReadonlySet<string> = new Set([...ENVIRONMENT_NAMES, "test"]);

/** Environment names in tokens [from, to): "keep staging", "leave prod alone". */
export function environmentWords(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) if (!tokens[k]!.span && ENVIRONMENTS.has(tokens[k]!.lower)) out.push(tokens[k]!.lower);
  return out;
}

/** The message says what is run stops the assistant itself. */
export const STOPS_YOU = /\b(?:it|this|that|which)\s+(?:will\s+)?(?:shuts?|turns?|powers?)\s+you\s+(?:down|off)\b|\b(?:it|this|that|which)\s+(?:will\s+)?(?:stops?|decommissions?|terminates?|retires?)\s+you\b/i;

/** A user correcting which thing was meant. */
export const CORRECTION = /\b(?:the other one|the other|i meant|not that one|wrong one|instead|i said)\b/i;
/** A sentence saying something stays: its names are not the corrected target. */
export const KEEPING = /\b(?:stays?|keep|leave|spare|not|don'?t)\b/i;

/** The sentence of `text` around `at` (between sentence ends or line breaks). */
export function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !".!?\n".includes(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !".!?\n".includes(text[end]!)) end++;
  return text.slice(start, end);
}

/** Kind words for files, and the names that fit them. */
export const FILE_KINDS: Record<string, RegExp> = {
  script: /\.(?:sh|bash|py|ps1|rb|pl|js)$|\/bin\//, unit: /\.(?:service|timer|socket)$/, service: /\.service$/,
  file: /[/\\]|\.[a-z]{1,5}$/i, config: /\.(?:ya?ml|json|toml|ini|conf|cfg|env)$/i, crontab: /cron/,
  // "Remove that line": a line or entry of the file the conversation just named.
  line: /[/\\]|\.[a-z]{1,5}$/i, entry: /[/\\]|\.[a-z]{1,5}$/i,
};

/**
 * "Run terraform destroy in infra/agents/lynx": a program the classifier knows, written bare after
 * "run", with "in <dir>" for where it runs. Null when the object does not start with such a program.
 */
export function unquotedCommand(text: string, tokens: readonly Token[], from: number, to: number): ReturnType<typeof commandLineOrders> | null {
  const first = tokens[from];
  if (!first || first.span || to <= from || !/^[a-z][a-z0-9_-]*$/.test(first.text) || !hasOwnHandler(first.text)) return null;
  const line = text.slice(first.start, tokens[to - 1]!.end).trim().replace(/[.!]+$/, "");
  const inDir = /^(.*?)\s+in\s+(\S+)$/.exec(line);
  const orders = commandLineOrders(inDir ? `cd ${inDir[2]} && ${inDir[1]}` : line);
  return orders.length ? orders : null;
}

/** "… on the ops box", "… from the bastion": where a quoted command runs, said after it. */
const PLACE_AFTER_COMMAND = new Set(["on", "in", "from", "at", "inside", "via", "against"]);

/** The command line quoted as the whole object of "run"/"execute" ("run `systemctl stop z`"), read as orders; null when it is none. */
export function quotedCommand(tokens: readonly Token[], from: number, to: number): ReturnType<typeof commandLineOrders> | null {
  let span: Token | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.span) {
      if (span) return null;
      span = t;
    } else if (span && PLACE_AFTER_COMMAND.has(t.lower)) {
      break; // "Run `agentctl kill --force inkwell-7` on the ops box": where it runs, not more of the order
    } else if (t.pos !== "PUNCT" && t.pos !== "DET" && t.pos !== "ADV" && t.lower !== "please") return null;
  }
  // A command in backticks is a command line whatever its program: `agentctl retire atlas-companion`.
  const orders = span ? commandLineOrders(span.span!.value, { quoted: span.span!.kind === "quote" }) : [];
  return orders.length ? orders : null;
}

