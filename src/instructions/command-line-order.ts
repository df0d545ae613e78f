import { DESTRUCTIVE_ACTIONS, type ActionClass } from "../classify/effect";
import { genericCli } from "../classify/programs/generic-cli";
import { isKnownCli } from "../classify/command-runner";
import { handlerFor } from "../classify/programs/program-registry";
import { shellEffects } from "../classify/shell-effects";
import { GENERIC_NOUNS } from "../nlp/noun-lexicon";

/** An order read from a command line the user wrote: the action and targets of its destructive effects. */
export interface CommandLineOrder {
  action: ActionClass;
  targets: string[];
}

const MAX_LINE = 400;
/** Words of prose that tell a report about a command ("rm -rf /x failed with …") from the command. */
const PROSE = new Set(["failed", "fails", "failing", "with", "because", "is", "was", "were", "returned", "returns", "says", "said",
  "gave", "gives", "worked", "works", "didn't", "doesn't", "did", "does", "and", "but", "the", "would", "should", "could", "will", "won't",
  // ("scancel my agent job, the one called webnav-agent": a determiner is English, no operand.)
  "my", "our", "your", "his", "her", "their", "its", "this", "that", "these", "those", "a", "an"]);
/** "qdel the tern-agent job", "pkill the crawler-7 process": a program, "the", one name, maybe its kind. */
const PROGRAM_AS_VERB = /^([a-z][a-z0-9_-]*)\s+the\s+([\w.:/@-]*[\d_.:/@-][\w.:/@-]*)(?:\s+(?:job|run|process|agent|task|pod|service|container|model|bot|deployment))?$/;
/**
 * "helm uninstall the X release [in namespace y]", "nomad job stop the 'scribe-llm' job": a program, its subcommand (one or
 * two words), "the", one name (maybe quoted), maybe its kind, then prose.
 */
const TOLD_COMMAND = /^([a-z][a-z0-9_-]*)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+the\s+['"\x60]?([\w.:/@-]*[\d_.:/@-][\w.:/@-]*)['"\x60]?(?:\s+(?:release|job|run|process|agent|task|pod|service|container|model|bot|deployment|chart|stack|app|workflow))?(?:\s+(?:in|on|from)\b.*)?$/;

/** Wrappers a pasted line may start with; the program is the word after them. */
const PREFIXES = new Set(["sudo", "doas", "$", "#", ">"]);

/**
 * The destructive orders of a command line the user pastes as the order itself (`scancel
 * 8830417`, `kubectl delete pod x -n prod`, `docker stop y`), or quotes after "run"/"execute"
 * ("run `systemctl stop z`"). Only lines whose program is one the classifier knows by name (not
 * the fallback reading of an unknown word's subcommand) count, so English ("please stop x",
 * "it is an agent run") is never read as a command line — unless the line was quoted as code
 * ("run `agentctl retire x`"), which no English is; effects without targets give nothing.
 * Bounded: lines over 400 characters are not read.
 */
export function commandLineOrders(line: string, options: { quoted?: boolean } = {}): CommandLineOrder[] {
  // "scancel 5510288, the whimbrel-agent run": what follows ", " is prose about the command.
  const comma = line.indexOf(", ");
  // "qdel the tern-agent job": a program used as a verb on one named thing is that command line.
  // "scancel 8830417 please": a courtesy after the command is not an argument of it.
  const written = (comma === -1 ? line : line.slice(0, comma)).trim().replace(/[.!;]+$/, "").replace(/(?:\s+(?:please|pls|now|asap|thanks))+$/i, "");
  const asVerb = written.length <= MAX_LINE ? PROGRAM_AS_VERB.exec(written) : null;
  // "helm uninstall the sage-copilot release in namespace copilots": a command told in words.
  const told = asVerb === null && written.length <= MAX_LINE ? TOLD_COMMAND.exec(written) : null;
  const text = asVerb ? `${asVerb[1]} ${asVerb[2]}` : told ? `${told[1]} ${told[2]} ${told[3]}` : written;
  if (text.length === 0 || text.length > MAX_LINE || text.includes("?")) return [];
  const words = text.split(/\s+/);
  if (words.some((w) => PROSE.has(w.toLowerCase()))) return [];
  let k = 0;
  while (k < words.length - 1 && PREFIXES.has(words[k]!)) k++;
  const program = words[k]!;
  // Command lines are written in lower case; "Kill rook." is English and read as such.
  // (A CLI without a reader of its own counts when it is a known one: "nomad job stop scribe-llm".)
  if (!/^[a-z][a-z0-9_.-]*$/.test(program) || (handlerFor(program) === genericCli && options.quoted !== true && !isKnownCli(program))) return [];
  const out: CommandLineOrder[] = [];
  for (const effect of shellEffects(words.slice(k).join(" "))) {
    // "scancel job 5510288": a kind word typed before the id is not a second target.
    const targets = effect.targets.filter((t) => !GENERIC_NOUNS.has(t));
    if (!DESTRUCTIVE_ACTIONS.has(effect.action) || targets.length === 0) continue;
    const same = out.find((o) => o.action === effect.action);
    if (same) for (const t of targets) { if (!same.targets.includes(t)) same.targets.push(t); }
    else out.push({ action: effect.action, targets });
  }
  return out;
}
