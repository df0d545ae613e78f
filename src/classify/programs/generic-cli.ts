import { actionOfWord, splitIdentifier } from "../action-words";
import { DESTRUCTIVE_ACTIONS, type ActionClass, type Effect } from "../effect";
import { makeEffect } from "../effect-builder";
import { looksLikePath } from "./command-args";
import { foreignCommandAction } from "../../nlp/other-languages";
import type { ProgramContext, ProgramHandler } from "./program-context";

/** Options whose value names the thing acted on (`--instance-ids i-1`, `--name x`, `--function-name f`). */
const IDENT_OPTION = /^--?(?:[a-z-]*-)?(?:ids?|names?|arns?|instances?|instance-ids?|bucket|key|keys|path|file|model|agent|deployment|service|cluster|table|queue|topic|resource|job|pid|release|function-name|identifiers?|db-instance-identifier|stacks?|stack-name|url|selector|label|l|pattern|patron|prefix|glob|index|indices|assets?|records?|datasets?|checkpoints?|collections?|endpoints?|bots?|apps?|volumes?|secrets?|accounts?|tokens?|repos?|workers?|devices?|hosts?|nodes?|(?<=^--)groups?|consumer-groups?)$/i;
/** Options naming the person or customer whose data a command acts on (English, German, Spanish, French). */
const SUBJECT_OPTION = /^--(?:users?|customers?|subjects?|data-subjects?|kunden?|clientes?|usuarios?|utilisateurs?)$/i;
/** Long options that are usually switches: the word after them is not their value. */
const BOOLEAN_OPTION = /^--(force|quiet|recursive|all|yes|assume-yes|dry-run|wait|no-wait|async|now|verbose|debug|insecure|follow|purge|cascade|confirm|no-prompt|json|human-readable|keep-data|delete-data|skip-final-snapshot|ignore-errors|grace|immediate|hard|soft|permanent(ly)?|no-[a-z-]+)$/;
/** Short options that take a connection setting (`-h mqtt01.local -u admin -P "$PW"`): host, port, user, password. */
const VALUED_SHORT_OPTION = /^-[hHpPuU]$/;
/** What such a value looks like: a host name, a number, a variable, a plain user name. */
const CONNECTION_VALUE = /^(?:[\w-]+(?:\.[\w-]+)+|\d+|["']?\$\{?\w+\}?["']?|[a-z][\w-]{0,31})$/;
const MAX_VERB_POSITION = 4;
const PURGE_FLAG = /^--?purge$/;

/**
 * Splits a CLI invocation into subcommand words and the rest, without knowing the CLI: the
 * verb is the first of the leading operands (up to four: `gcloud compute instances delete x`)
 * that the verb table knows. Options' values are kept apart so `--timeout 300` is not a target.
 */
const OUTPUT_FORMAT = /^(?:json|jsonc|tsv|table|yaml|yml|text|txt|csv|wide|name|none|plain)$/i;

export function readSubcommand(args: readonly string[]): { verbIndex: number; action: ActionClass | null; operands: string[]; identOptions: string[] } {
  const ops: string[] = [];
  const identOptions: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("-") && a.length > 1) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      const next = args[i + 1];
      const takesNext = IDENT_OPTION.test(name) || /^\d+[a-z]*$/i.test(next ?? "") || (name.startsWith("--") && !BOOLEAN_OPTION.test(name)) ||
        (VALUED_SHORT_OPTION.test(name) && next !== undefined && CONNECTION_VALUE.test(next)) ||
        // `az vm show … -o tsv`, `kubectl get x -o yaml`: an output format after a short option is its value.
        (/^-[a-zA-Z]$/.test(name) && next !== undefined && OUTPUT_FORMAT.test(next));
      const value = eq > 0 ? a.slice(eq + 1) : next !== undefined && !next.startsWith("-") && takesNext ? next : null;
      if (eq < 0 && value !== null) i++;
      if (value !== null && IDENT_OPTION.test(name)) identOptions.push(...value.split(",").filter(Boolean));
      // `kaiwa-log delete --user jp-22019`, `--kunde K-448120`: whose data a command acts on (never `user:password`).
      else if (value !== null && SUBJECT_OPTION.test(name) && !value.includes(":")) identOptions.push(value);
      continue;
    }
    ops.push(a);
  }
  let runAt = -1;
  for (let i = 0; i < ops.length && i < MAX_VERB_POSITION; i++) {
    const word = ops[i]!;
    if (looksLikePath(word) && word.includes("/")) break;
    // `kireg modell loesche x`: a CLI of another locale spells its subcommands in its language.
    const foreign = /^[\p{L}]+$/u.test(word) ? foreignCommandAction(word) : null;
    if (foreign !== null) return { verbIndex: i, action: foreign, operands: ops, identOptions };
    const action = actionOfWord(word);
    // Only a word that is all verb counts: `reviewer-agent` contains no verb, `delete-model` is one.
    if (action === null || !isVerbPhrase(word)) continue;
    // `gh repo deploy-key delete 884`: a compound before a one-word verb is a noun ("deploy key").
    if (splitIdentifier(word).length > 1 && ops.slice(i + 1, MAX_VERB_POSITION).some((w) => splitIdentifier(w).length === 1 && actionOfWord(w) !== null)) continue;
    // `gcloud run services delete x`, `az ml online-endpoint …`: "run"/"exec" may name a product
    // group; a state-changing verb after it is the subcommand.
    if (action === "execute" && runAt === -1) {
      runAt = i;
      continue;
    }
    // `az snapshot delete x`, `velero backup describe x`: a copy word before another verb names a kind of thing
    // (a snapshot, a backup); with a creating verb after it (`velero backup create`) the copy is the deed.
    if (action === "copy" || action === "move") {
      const later = ops.slice(i + 1, MAX_VERB_POSITION).findIndex((w) => { const a = /^[a-z]+$/.test(w) ? actionOfWord(w) : null; return a !== null && a !== "copy" && a !== "move"; });
      if (later !== -1 && actionOfWord(ops[i + 1 + later]!) !== "create") continue;
      if (later !== -1) return { verbIndex: i + 1 + later, action, operands: ops, identOptions };
    }
    return { verbIndex: i, action, operands: ops, identOptions };
  }
  if (runAt !== -1) return { verbIndex: runAt, action: "execute", operands: ops, identOptions };
  return { verbIndex: -1, action: null, operands: ops, identOptions };
}

/**
 * The deed a program's own name says it does: `killswitch`, `kill-switch` (a stop), `stop-agent.sh`,
 * `decommission_model.py`; null for names that say none (`agentctl`, `deploy.sh`) or only a
 * harmless one. Two parts at most, with the deed first or alone: `run-shutdown-check` is a check.
 */
function deedOfProgramName(programWord: string): ActionClass | null {
  const base = programWord.slice(programWord.lastIndexOf("/") + 1).replace(/\.(?:sh|bash|py|rb|pl|js|ps1)$/i, "").toLowerCase();
  if (/^kill[_-]?switch$/.test(base)) return "stop";
  const parts = splitIdentifier(base);
  if (parts.length === 0 || parts.length > 2) return null;
  const action = actionOfWord(parts[0]!);
  return action !== null && DESTRUCTIVE_ACTIONS.has(action) ? action : null;
}

/** Subcommands that run a command somewhere (`exec`, `run`, `ssh`): what follows `--` is that command. */
const REMOTE_RUN = new Set(["exec", "run", "ssh", "shell", "remote-exec", "execute"]);
function quoteIfNeeded(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/** A word whose first or last part is a verb: `terminate-instances`, `delete`, `revoke-credentials`. */
function isVerbPhrase(word: string): boolean {
  const parts = splitIdentifier(word);
  // `put-object-legal-hold`, `delete-bucket-lifecycle-configuration`: AWS operations lead with their verb.
  return parts.length > 0 && ((parts.length <= 3 && actionOfWord(parts[parts.length - 1]!) !== null) || (parts.length <= 5 && actionOfWord(parts[0]!) !== null));
}

/**
 * Any CLI we have no handler for: `fleetctl stop cascade-agent`, `aws ec2 terminate-instances
 * --instance-ids i-1`, `gcloud compute instances delete vm-1`. With no verb, the program is
 * executed on its operands (a script path is a target: `/etc/killswitch/trigger.sh atlas`).
 */
export const genericCli: ProgramHandler = (ctx) => genericEffects(ctx, null);

/** The same, with a known action for CLIs whose subcommand grammar the caller has read already. */
export function genericEffects(ctx: ProgramContext, forced: ActionClass | null): Effect[] {
  // `tkjob exec --node tk-login-1 -- rm -rf /scratch/x`, `fleet run web-3 -- systemctl stop x`: the command after
  // `--` runs there, and it is what the call does.
  const dashes = ctx.args.indexOf("--");
  if (forced === null && dashes > 0 && dashes < ctx.args.length - 1 && ctx.args.slice(0, dashes).some((a) => REMOTE_RUN.has(a.toLowerCase()))) {
    const nested = ctx.nested(ctx.args.slice(dashes + 1).map(quoteIfNeeded).join(" "));
    if (nested.length > 0) return nested;
  }
  const sub = readSubcommand(ctx.args);
  const self = looksLikePath(ctx.programWord) ? [ctx.programWord] : [];
  // `kafka-topics.sh --delete --topic x`, `kafka-consumer-groups.sh --list`: the verb is an option.
  const optionVerb = sub.action === null && forced === null ? verbOption(ctx.args) : null;
  // `wandb sweep --cancel team/proj/7qk2vd1x`: a verb option's own value is what it acts on; the word before names a kind.
  if (optionVerb !== null) return [makeEffect(optionVerb.action, optionVerb.value !== null ? [optionVerb.value, ...sub.identOptions] : [...sub.operands, ...sub.identOptions], ctx.text)];
  if (sub.action === null && forced === null) {
    // `/opt/agentops/bin/killswitch --agent quill`, `./stop-agent.sh quill`: a program named for a deed does it to what it is given.
    const named = deedOfProgramName(ctx.programWord);
    const given = [...sub.operands, ...sub.identOptions];
    if (named !== null && given.length > 0) return [makeEffect(named, given, ctx.text)];
    return [makeEffect("execute", [...self, ...given], ctx.text)];
  }
  const action = forced ?? sub.action!;
  // `/opt/naru/bin/naru-agent start`: a program run by its path with a verb and nothing else acts on itself.
  const operands = [...sub.operands.slice(sub.verbIndex + 1), ...sub.identOptions];
  const targets = operands.length === 0 && sub.verbIndex === 0 && self.length > 0 ? [ctx.programWord.replace(/^.*\//, "")] : operands;
  if (action === "scale") {
    // `fly scale count 0 -a x`, `ray-ctl scale --replicas 0 x`: the count is no target, and scaled to zero is stopped.
    const count = scaleCount(ctx.args, sub.operands.slice(sub.verbIndex + 1));
    const named = targets.filter((t) => !/^\d+$/.test(t) && !SCALE_WORDS.has(t.toLowerCase()));
    if (count !== null) return [makeEffect(count === 0 ? "stop" : "scale", named, ctx.text, { replicas: count })];
  }
  // `nomad job stop -purge x`: a stop that also removes the thing.
  if (action === "stop" && ctx.args.some((a) => PURGE_FLAG.test(a))) return [makeEffect("stop", targets, ctx.text), makeEffect("delete", targets, ctx.text)];
  // `aws s3api put-bucket-lifecycle-configuration --lifecycle-configuration '{"Rules": …}'`: a JSON document
  // given as an option's value is what the call writes.
  const written = action === "modify" ? jsonOptionValue(ctx.args) ?? optionSettings(ctx.args) : null;
  return [makeEffect(action, targets, ctx.text, written !== null ? { content: written } : {})];
}

/**
 * `--schedule="0 19 31 2 *" --description=…` of an update command, as `key: value` lines: what the call
 * sets (null when it sets no valued option).
 */
function optionSettings(args: readonly string[]): string | null {
  const lines: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z][\w-]*)(?:=(.*))?$/i.exec(args[i]!);
    if (!m || BOOLEAN_OPTION.test(args[i]!)) continue;
    const value = m[2] ?? (args[i + 1] !== undefined && !args[i + 1]!.startsWith("-") ? args[++i]! : null);
    if (value !== null && value.length <= 512) lines.push(`${m[1]!.replace(/-/g, "_")}: ${JSON.stringify(value)}`);
  }
  return lines.length > 0 ? lines.join("\n") : null;
}

/** The first option value that is a JSON object or array (`--policy '{…}'`, `--body=[…]`), or null. */
function jsonOptionValue(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith("--")) continue;
    const eq = a.indexOf("=");
    const value = eq > 0 ? a.slice(eq + 1) : args[i + 1];
    if (value !== undefined && /^\s*[[{]/.test(value) && value.length <= MAX_JSON_OPTION) {
      try {
        JSON.parse(value);
        return value;
      } catch {
        // not JSON after all: a glob or a shell brace
      }
    }
  }
  return null;
}
const MAX_JSON_OPTION = 64 * 1024;

/** Words of a scale command's count: `scale count 0`, `scale replicas 2`, `scale to 0`. */
const SCALE_WORDS = new Set(["count", "replicas", "instances", "to"]);
const COUNT_OPTION = /^--?(?:replicas|count|instances|num-replicas|(?:min|max)-(?:replicas|instances|scale))$/;

/** The count a scale command sets: an operand that is a number, else a count option's value; null when neither. */
function scaleCount(args: readonly string[], operands: readonly string[]): number | null {
  const number = operands.find((o) => /^\d+$/.test(o));
  if (number !== undefined) return Number(number);
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i]!.split("=", 2) as [string, string | undefined];
    const value = inline ?? args[i + 1];
    if (COUNT_OPTION.test(name) && value !== undefined && /^\d+$/.test(value)) return Number(value);
  }
  return null;
}

/** The first option that is a verb by itself (`--delete`, `--list`, `--describe`), as the call's action, with the operand it takes, if any. */
const INPUT_OPTIONS = new Set(["config", "conf", "cfg", "settings", "profile", "env", "log", "output", "input", "file"]);
function verbOption(args: readonly string[]): { action: ActionClass; value: string | null } | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith("--") || a.includes("=")) continue;
    const word = a.slice(2);
    // `reaper --config /etc/reaper/config.yaml`: the file a program reads its settings from, not a deed.
    if (splitIdentifier(word).length !== 1 || INPUT_OPTIONS.has(word.toLowerCase())) continue;
    const action = actionOfWord(word);
    const next = args[i + 1];
    if (action !== null && action !== "execute") return { action, value: next !== undefined && !next.startsWith("-") ? next : null };
  }
  return null;
}
