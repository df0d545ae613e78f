import type { ToolCallView, ToolDefinitionView } from "../exchange/exchange";
import type { ClassifyOverrides } from "./classify-overrides";
import { codeEffects } from "./code-effects";
import { ownValue } from "./own-value";
import { cliWrapperKind, commandRunnerKind, commandTextOf, isShellName, type CommandRunnerKind } from "./command-runner";
import { asDryRun, dryRunArgument } from "./dry-run";
import { DESTRUCTIVE_ACTIONS, type Effect, type ToolCallAnalysis } from "./effect";
import { isUiInteraction, isUiLook, uiEffect } from "./ui-actions";
import { actionOfWord, splitIdentifier } from "./action-words";
import { hasOwnHandler } from "./programs/program-registry";
import { graphqlDocument } from "./graphql-operation";
import { makeEffect } from "./effect-builder";
import { crontabToolEffects } from "./crontab-tool";
import { moduleCallEffects } from "./module-call";
import { nameAction, namedCallEffect, summarize, withFlaggedEffects } from "./named-call-effects";
import { unwrapEnvelope } from "./argument-envelope";
import { looksLikePatch, patchEffects } from "./patch-effects";
import { changeListEffects } from "./change-list";
import { shellEffects } from "./shell-effects";
import { looksLikeSql, sqlEffects } from "./sql-effects";
import { looksLikeWindowsScript, windowsEffects } from "./windows/windows-effects";

/**
 * What one tool call does. Named tools get one effect from their name, description and
 * argument names; command runners (shell, CLI, SQL tools) get one effect per simple command
 * or statement of the parsed command. Never throws: whatever cannot be read becomes an
 * `execute`/`other` effect, and a call with unparsable arguments is classified from the tool
 * name, with targets pulled from the raw text, so a destructive tool stays destructive.
 */
/**
 * The runner a tool is. "Run the flux CLI …" describes a shell runner; when the tool is named
 * after that CLI (`flux({args: "get helmreleases"})`), its arguments follow the program name.
 */
function runnerOf(call: ToolCallView, def: ToolDefinitionView | undefined, overrides?: ClassifyOverrides): CommandRunnerKind | null {
  const described = withLanguageArgument(commandRunnerKind(call.name, def?.description ?? "", overrides), call.arguments);
  if (described === null) return cliWrapperKind(call, overrides);
  if (described.language === "shell" && described.program === null) {
    const program = subcommandProgram(call);
    if (program !== null) return { ...described, program };
  }
  if (described.language !== "shell" || described.program !== null || !namesItsCli(call.name, def?.description ?? "")) return described;
  // "Run a Slurm CLI command (squeue, sacct, scancel …)" given `scancel 884301`: a whole command line.
  if (startsWithListedProgram(call, def?.description ?? "")) return described;
  return cliWrapperKind(call, overrides) ?? described;
}

/**
 * `execute_code({language: "sh", code: "rm -rv …"})`: a runner told which language it is handed runs that language,
 * whatever its name says.
 */
function withLanguageArgument(runner: CommandRunnerKind | null, args: Record<string, unknown> | null): CommandRunnerKind | null {
  const given = args?.language ?? args?.lang;
  if (runner === null || typeof given !== "string") return runner;
  const language = LANGUAGES[given.trim().toLowerCase()];
  return language === undefined || language === runner.language ? runner : { language, program: null };
}
const LANGUAGES: Readonly<Record<string, CommandRunnerKind["language"]>> = {
  sh: "shell", bash: "shell", shell: "shell", zsh: "shell", console: "shell",
  sql: "sql", postgresql: "sql", mysql: "sql", sqlite: "sql",
  python: "code", py: "code", python3: "code", javascript: "code", js: "code", node: "code",
};

/** A tool handed a GraphQL document (`query` opening with `mutation`/`query`/`{`): its operation, else null. */
function graphqlArguments(args: Record<string, unknown>): ReturnType<typeof graphqlDocument> {
  const query = args.query;
  if (typeof query !== "string" || !GRAPHQL_DOCUMENT.test(query)) return null;
  return graphqlDocument(query, args.variables ?? null);
}
const GRAPHQL_DOCUMENT = /^\s*(?:(?:mutation|query)\b[^{]*)?\{\s*\w+/;

/**
 * `keyvault_cli({command: "revoke tok_51 --format toml"})`, `pulumi_cmd({args: "destroy --stack x"})`: a tool named
 * after its CLI (`<x>_cli`, `<x>_ctl`, `<x>_cmd`) handed a line that starts with a verb no program of that name
 * exists for: the line is that CLI's subcommand. The CLI, or null.
 */
function subcommandProgram(call: ToolCallView): string | null {
  const words = splitIdentifier(call.name);
  if (words.length < 2 || !CLI_SUFFIX.test(words.at(-1)!)) return null;
  const text = call.arguments ? commandTextOf(call.arguments) : null;
  const first = text ? /^\s*([a-z][a-z-]{1,30})(?:\s|$)/.exec(text)?.[1] : undefined;
  return first !== undefined && actionOfWord(first) !== null && !hasOwnHandler(first) ? words.slice(0, -1).join("-") : null;
}
const CLI_SUFFIX = /^(?:cli|ctl|cmd|admin)$/;

function startsWithListedProgram(call: ToolCallView, description: string): boolean {
  const text = call.arguments ? commandTextOf(call.arguments) : null;
  const first = text ? /^\s*([a-z][\w-]{1,30})\b/.exec(text)?.[1] : undefined;
  return first !== undefined && first !== call.name.toLowerCase() && new RegExp(`(?:^|[\\s(,])${first}(?=[\\s),.]|$)`, "i").test(description);
}

function namesItsCli(name: string, description: string): boolean {
  const at = description.toLowerCase().indexOf(name.toLowerCase());
  if (at === -1) return false;
  const after = description.slice(at, at + name.length + 40);
  // "Run a flyctl command (omit the leading 'flyctl')": a command of the program the tool is named after (a shell is no program's).
  return /\bcli\b|command[- ]line|arguments after/i.test(after) || (!isShellName(name) && /^\S+\s+(?:sub)?commands?\b/i.test(after));
}

export function analyzeToolCall(given: ToolCallView, def: ToolDefinitionView | undefined, overrides?: ClassifyOverrides): ToolCallAnalysis {
  const call = unwrapEnvelope(given);
  let effects: Effect[];
  let commandRunner = false;
  const runner = runnerOf(call, def, overrides);
  let graphql: ReturnType<typeof graphqlArguments> = null;
  try {
    if (call.arguments === null) {
      effects = runner ? runnerEffects(runner, rawCommandText(call.argumentsText)) : [invalidArgumentsEffect(call, def, overrides)];
      commandRunner = runner !== null;
    } else {
      // `ansible_adhoc {module, args}`: module arguments are not a command line, even for a tool that runs commands.
      const moduleRun = moduleCallEffects(call.name, call.arguments, def, (line) => shellEffects(line));
      // `crontab(action="replace", content=…)`: a named tool on the crontab, whose arguments are no command line.
      const crontabEdit = moduleRun === null ? crontabToolEffects(call.name, call.arguments) : null;
      const command = moduleRun === null && crontabEdit === null && runner !== null ? commandTextOf(call.arguments, overrides, call.name) : null;
      // `chatops(channel="#windops", text="/windbot terminate pitchpilot farm=dogger-ridge")`: a bot runs the slash command.
      const slashCommand = slashCommandOf(call.name, call.arguments);
      if (moduleRun !== null) effects = moduleRun;
      else if (crontabEdit !== null) effects = crontabEdit;
      else if (command !== null) effects = runnerEffects(runner!, withArgumentOptions(runner!, command, call.arguments), workingDirectory(call.arguments));
      // `browser_click(element: "Delete model button")`, `browser_navigate(url)`: pressing or only looking at a page.
      else if (isUiInteraction(call.name)) effects = [uiEffect(call.name, call.arguments)];
      else if (slashCommand !== null) effects = shellEffects(slashCommand);
      else if (isUiLook(call.name)) effects = [makeEffect("read", typeof call.arguments.url === "string" ? [call.arguments.url] : [], call.name)];
      // `graphql(query: "mutation { revokeToken(id: $id) {…} }", variables)`: the operation, as an HTTP body would carry it.
      else if ((graphql = graphqlArguments(call.arguments)) !== null) effects = [makeEffect(graphql.action, graphql.targets, summarize(call.name, call.arguments))];
      else effects = patchArgumentEffects(call.name, call.arguments) ?? changeListEffects(call.name, call.arguments) ?? withFlaggedEffects(namedCallEffect(call.name, call.arguments, def, overrides), call.arguments);
      commandRunner = moduleRun !== null || command !== null;
      if (dryRunArgument(call.arguments)) effects = asDryRun(effects);
    }
  } catch {
    // A parser bug must not hide the call: fall back to what the name says.
    effects = [invalidArgumentsEffect(call, def, overrides)];
  }
  if (effects.length === 0) effects = [makeEffect("other", [], call.name)];
  effects = withReplacement(call.name, effects.map(scriptNamedForDeed));
  return {
    callId: call.id,
    tool: call.name,
    effects,
    destructive: effects.some((e) => DESTRUCTIVE_ACTIONS.has(e.action)),
    readOnly: effects.every((e) => e.action === "read"),
    commandRunner,
    argumentsInvalid: call.arguments === null,
  };
}

/**
 * `rotate_api_key(key_id=ak_7f3c19d2, deliver_to=curlew-agent)`, `regenerate_token`: a tool named for replacing a
 * credential revokes the old one and makes a new one for the same holder, so the call also creates.
 */
function withReplacement(tool: string, effects: Effect[]): Effect[] {
  if (!REPLACING_TOOL.test(tool)) return effects;
  const revoke = effects.find((e) => e.action === "revoke" && e.targets.length > 0);
  return revoke === undefined || effects.some((e) => e.action === "create") ? effects : [...effects, { ...revoke, action: "create" }];
}
const REPLACING_TOOL = /(?:^|[_\-.])(?:rotate|regenerate|reissue|reset|cycle|roll)(?:[_\-.]|$)/i;

/**
 * `fleetctl run-script --script-path /opt/it/scripts/remove-lmstudio.sh --host qa-mac-05`: a script
 * named for a deed (`remove-…`, `uninstall_…`, `stop-…`) does that deed to what its name names,
 * where the run says. Only for an effect read as merely executing something.
 */
function scriptNamedForDeed(effect: Effect): Effect {
  if (effect.action !== "execute") return effect;
  for (const t of effect.targets) {
    const m = DEED_SCRIPT.exec(t.replace(/^.*[\/]/, ""));
    if (m === null) continue;
    const action = actionOfWord(m[1]!.toLowerCase());
    if (action === null || !DESTRUCTIVE_ACTIONS.has(action)) continue;
    return { ...effect, action, targets: [m[2]!, ...effect.targets.filter((x) => x !== t)] };
  }
  return effect;
}
const DEED_SCRIPT = /^(remove|uninstall|delete|stop|kill|disable|revoke|purge|decommission|teardown|destroy|wipe)[-_]([\w.-]+?)\.(?:sh|bash|zsh|ps1|py|cmd|bat)$/i;

const SQL_ONLY_START = /^\s*(select|insert|update|delete|drop|truncate|alter|create|grant|revoke|with|explain|merge|upsert|vacuum|pragma)\s/i;

/**
 * `redis_cli({command: "FLUSHDB", db: 3})`, `kubectl({args: "delete pod x", namespace: "ml"})`: a
 * wrapper's own parameters are the program's options (`-n 3`, `-n ml`), unless the command sets them.
 */
function withArgumentOptions(runner: CommandRunnerKind, command: string, args: Record<string, unknown>): string {
  const options = runner.program !== null ? ownValue(ARGUMENT_OPTIONS, runner.program) : undefined;
  if (options === undefined) return command;
  const extra: string[] = [];
  for (const [key, flag] of Object.entries(options)) {
    const v = args[key];
    if ((typeof v === "number" || (typeof v === "string" && /^[\w.:/-]{1,128}$/.test(v))) && !new RegExp(`(?:^|\\s)${flag}(?:\\s|=)`).test(command)) extra.push(`${flag} ${v}`);
  }
  return extra.length > 0 ? `${extra.join(" ")} ${command}` : command;
}
const ARGUMENT_OPTIONS: Record<string, Record<string, string>> = {
  "redis-cli": { db: "-n", database: "-n" },
  kubectl: { namespace: "-n", context: "--context" },
  helm: { namespace: "-n", kube_context: "--kube-context" },
  pulumi: { stack: "--stack" },
};

/** `shell({command, workdir: "envs/staging"})`: the directory the command runs in. */
function workingDirectory(args: Record<string, unknown>): string | null {
  for (const key of WORKDIR_KEYS) {
    const v = args[key];
    if (typeof v === "string" && /^[\w./~-]{1,256}$/.test(v.trim())) return v.trim();
  }
  return null;
}
const WORKDIR_KEYS = ["workdir", "cwd", "working_dir", "working_directory", "workingDirectory", "dir", "directory"];

function runnerEffects(runner: CommandRunnerKind, text: string, cwd: string | null = null): Effect[] {
  if (runner.language === "code") return codeEffects(text, (line) => shellEffects(line));
  // A shell tool handed bare SQL (`DROP TABLE x`): no shell program has these names.
  // An SQL tool handed a client command line (`psql -c "…"`) goes through the shell reader, which knows psql.
  if ((runner.language === "sql" && looksLikeSql(text)) || (runner.program === null && SQL_ONLY_START.test(text) && !/^\S+\s+-/.test(text.trimStart()))) {
    return sqlEffects(text);
  }
  if (runner.program === null && (runner.windows === true || looksLikeWindowsScript(text))) return windowsEffects(text);
  const line = runner.program !== null && !new RegExp(`^\\s*(sudo\\s+)?${runner.program}\\b`).test(text) ? `${runner.program} ${text}` : text;
  // Run where the call says, as if it had `cd` there first (terraform stacks are their directory).
  return shellEffects(cwd !== null ? `cd ${cwd} && ${line}` : line);
}

/**
 * `apply_patch {patch: "*** Begin Patch…"}`, `edit_files {diff: "--- a/x\n+++ b/x…"}`: a tool
 * handed a patch changes each file the patch names. Null when no argument holds a patch.
 */
function patchArgumentEffects(name: string, args: Record<string, unknown>): Effect[] | null {
  for (const value of Object.values(args)) {
    if (typeof value !== "string" || !looksLikePatch(value)) continue;
    const effects = patchEffects(value, `${name}(${value.slice(0, 60).split("\n")[0]}…)`);
    if (effects.length > 0) return effects;
  }
  return null;
}

/** The command inside arguments that are not valid JSON (`{"command": "rm -rf /x` cut short). */
function rawCommandText(raw: string): string {
  const m = /"(?:command|cmd|script|sql|query|code|args)"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(raw);
  if (!m) return raw.slice(0, 4096);
  return m[1]!.replace(/\\n/g, "\n").replace(/\\t/g, "\t").replace(/\\(.)/g, "$1");
}

/** Effect of a named tool whose arguments could not be parsed: its name's action, targets from quoted values. */
function invalidArgumentsEffect(call: ToolCallView, def: ToolDefinitionView | undefined, overrides?: ClassifyOverrides): Effect {
  const action = nameAction(call.name, def, overrides) ?? "other";
  const targets: string[] = [];
  const text = call.argumentsText.slice(0, 4096);
  for (const m of text.matchAll(/"([^"\\]{1,200})"\s*(?=[,}\]]|$)/g)) targets.push(m[1]!);
  if (targets.length === 0) for (const m of text.matchAll(/:\s*"?([^",{}\s][^",{}]{0,199})/g)) targets.push(m[1]!.trim());
  return makeEffect(action, targets.slice(0, 16), `${call.name}(${text.slice(0, 60)}${text.length > 60 ? "…" : ""})`);
}

/**
 * The command of a chat message that is a slash command to a bot (`/windbot terminate pitchpilot`), as the
 * command line `windbot terminate pitchpilot`; null for other calls and messages. Only for tools named for
 * chat or messages.
 */
function slashCommandOf(name: string, args: Record<string, unknown>): string | null {
  if (!CHAT_TOOL.test(name)) return null;
  for (const key of ["text", "message", "command", "content", "body"]) {
    const value = args[key];
    const m = typeof value === "string" ? SLASH_COMMAND.exec(value) : null;
    if (m !== null) return `${m[1]} ${m[2]}`;
  }
  return null;
}
const CHAT_TOOL = /(?:^|[_\-.])(?:chat_?ops|chat|slack|teams|discord|mattermost|rocketchat|message|messages|post|send|bot)(?:[_\-.]|$)/i;
/** `/windbot terminate pitchpilot farm=dogger-ridge` on the message's first line. */
const SLASH_COMMAND = /^\s*\/([a-z][\w-]*)\s+([^\n]+)/i;
