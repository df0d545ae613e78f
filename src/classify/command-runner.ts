import type { ToolCallView, ToolDefinitionView } from "../exchange/exchange";
import { escapeRegExp } from "../nlp/escape-regexp";
import { actionOfWords, splitIdentifier } from "./action-words";
import type { ClassifyOverrides } from "./classify-overrides";
import { hasOwnHandler } from "./programs/program-registry";

/** How a command-running tool's command should be read. */
export interface CommandRunnerKind {
  language: "shell" | "sql" | "code";
  /**
   * For a tool named after one CLI (`kubectl`, `helm`, `aws`…): the program its arguments
   * belong to, prepended when the command does not start with it (`kubectl {args: "delete pod x"}`).
   */
  program: string | null;
  /**
   * The tool runs PowerShell or cmd.exe (named `powershell`/`pwsh`, or described so): its
   * commands are read with Windows quoting. Other shell tools are still read so when the
   * command itself looks like PowerShell (see `looksLikeWindowsScript`).
   */
  windows?: boolean;
}

const SHELL_WORDS = new Set(["bash", "sh", "zsh", "shell", "terminal", "exec", "cmd", "command", "commands", "console",
  "powershell", "pwsh", "ssh", "cli", "subprocess"]);
const CLI_PROGRAMS = new Set(["kubectl", "helm", "docker", "podman", "gcloud", "aws", "az", "gsutil", "git", "systemctl",
  "terraform", "pulumi", "oc", "nomad", "crontab", "rclone", "fleetctl", "mc", "azcopy", "s3cmd", "restic", "borg", "ansible"]);
const SQL_WORDS = new Set(["sql", "psql", "mysql", "sqlite", "sqlite3", "postgres", "postgresql", "tsql", "bigquery",
  "snowflake", "clickhouse", "duckdb", "pg", "pgsql", "mssql", "mariadb", "redshift", "athena", "trino", "presto", "oracle", "cockroach", "cockroachdb", "bq"]);
const CODE_WORDS = new Set(["python", "python3", "ipython", "jupyter", "javascript", "nodejs", "deno", "interpreter", "repl", "mongosh", "mongo"]);
const WINDOWS_WORDS = new Set(["powershell", "pwsh", "cmdlet", "cmdlets", "winrm"]);
const WINDOWS_DESCRIPTION = /\bpowershell\b|\bpwsh\b|\bcmd\.exe\b|\bwindows command prompt\b/i;
/** "Send a command to a device", "sends commands to the robot arm": commands addressed to a thing, not a program. */
const SENDS_DEVICE_COMMAND = /\b(?:send|sends|sending|issue|issues|dispatch|dispatches)\s+(?:an?\s+|the\s+)?commands?\s+to\b/i;
const SHELL_DESCRIPTION = /\b(?:shell|bash|terminal|cli|script|ssh|console|powershell|host|server|machine|vm|pod|container)\b/i;
const RUN_WORDS = new Set(["run", "execute", "exec", "eval", "interpret"]);
const DESCRIPTION_RUNS_PROGRAM = /\b(?:run|runs|execute|executes|invoke|invokes)\s+`([a-z][\w.-]*(?: [a-z][\w-]*)?)`/i;
/** "Runs a shell command", "Run a cmd.exe command line" (a dot inside a word does not end the sentence). */
const DESCRIPTION_RUNS = /\b(?:run|runs|running|execute|executes|executing|issue|issues|evaluate|evaluates|eval)\b(?:[^.\n]|\.(?=\w)){0,40}?\b(shell|bash|commands?|cli|terminal|sql|quer(?:y|ies)|statements?|scripts?|python|javascript|code|mongosh|expressions?)\b/i;

/** `kubectl`, `helm`, `nomad`, `gcloud`: a CLI claimcheck knows by name, whether or not it has a reader of its own. */
export function isKnownCli(program: string): boolean {
  return CLI_PROGRAMS.has(program);
}

/** `bash`, `shell`, `powershell`: a tool named after a shell runs whole command lines, not one program's arguments. */
export function isShellName(name: string): boolean {
  return SHELL_WORDS.has(name.toLowerCase());
}

/**
 * Whether a tool runs commands (a shell, a CLI, SQL) rather than doing one named thing, from
 * its name words (`bash`, `run_command`, `kubectl`, `run_sql`) or description ("Run a shell
 * command…", "Execute SQL against…"). Null for a named tool.
 */
export function commandRunnerKind(name: string, description: string, overrides?: ClassifyOverrides): CommandRunnerKind | null {
  const override = overrides?.tools?.[name];
  if (override?.commandRunner === false) return null;
  const words = splitIdentifier(name);
  const verb = actionOfWords(words);
  // A name with another verb does that one thing: `kill_shell_session`, `get_command_history`,
  // `list_sql_tables`, `delete_python_env`. `run_*`/`exec_*`/`query_*` and verb-less names run things.
  // `query_db`, `pg_query`, `bigquery_query`: a query tool of a database runs whatever SQL it is given.
  const sqlQuery = words.includes("query") && words.some((w) => SQL_WORDS.has(w) || w === "db" || w === "database");
  // A tool named only `query` runs what its description says it runs ("Run SQL on the … Postgres cluster").
  const named = verb !== null && verb !== "execute" && !(words[0] === "query" && (words.length > 1 || DESCRIPTION_RUNS.test(description))) && !sqlQuery;
  if (named && !override?.commandRunner) return null;
  const sql = words.some((w) => SQL_WORDS.has(w))
    || (words.some((w) => w === "db" || w === "database") && words.some((w) => w === "query" || RUN_WORDS.has(w)));
  if (sql) return { language: "sql", program: null };
  // `run_notebook_cell`, `jupyter_execute`, `node_eval`: a notebook cell, a kernel or Node runs code.
  // (`node_exec` described as running "a shell command on a cluster node" runs shell, not Node.)
  const nodeOrKernel = (words.includes("node") || words.includes("kernel") || words.includes("notebook")) && words.some((w) => RUN_WORDS.has(w)) && !/\b(?:shell|bash|command)\b/i.test(description);
  const code = words.some((w) => CODE_WORDS.has(w)) || (words.includes("code") && words.some((w) => RUN_WORDS.has(w))) || nodeOrKernel ||
    (words.includes("notebook") && words.includes("cell"));
  if (code) return { language: "code", program: null };
  const program = words.find((w) => CLI_PROGRAMS.has(w)) ?? programOfAlias(words) ?? wrappedCli(words);
  if (program) return { language: "shell", program };
  const windows = words.some((w) => WINDOWS_WORDS.has(w)) || WINDOWS_DESCRIPTION.test(description);
  // `device_command` "Send a command to a smart-home device": a command word sent to a device, not a shell.
  if (SENDS_DEVICE_COMMAND.test(description) && !SHELL_DESCRIPTION.test(description) && !override?.commandRunner) return null;
  if (words.some((w) => SHELL_WORDS.has(w)) || (words[0] === "run" && words.length === 1)) return { language: "shell", program: null, windows };
  // "Run `docker compose` in a project directory": the tool runs the program its description quotes.
  // (Its arguments follow the whole quoted command: `compose({args: "down"})` runs `docker compose down`.)
  const quoted = DESCRIPTION_RUNS_PROGRAM.exec(description)?.[1]?.toLowerCase();
  const quotedProgram = quoted?.split(" ")[0];
  if (quotedProgram !== undefined && (CLI_PROGRAMS.has(quotedProgram) || hasOwnHandler(quotedProgram))) return { language: "shell", program: quoted! };
  const described = DESCRIPTION_RUNS.exec(description);
  if (described) {
    const noun = described[1]!.toLowerCase();
    // "Evaluate a mongosh expression": JavaScript against the database; its SDK calls (`deleteOne`, `drop`) are read as code.
    if (noun === "python" || noun === "javascript" || noun === "code" || noun === "mongosh" || noun.startsWith("expression")) return { language: "code", program: null };
    if (noun === "sql" || noun.startsWith("quer") || noun.startsWith("statement")) {
      return /\bsql|database|postgres|mysql|sqlite|table|bigquery|snowflake|redshift|clickhouse|warehouse|dataset/i.test(description) ? { language: "sql", program: null } : null;
    }
    // "Run the modellhub CLI (mh) with the given arguments": the tool's arguments follow its own program.
    if (noun === "cli" && isCliWrapperName(name, overrides) && new RegExp(`(?:^|[\\s(\x60'"])${name}(?:$|[\\s)\x60'"])`).test(description)) return { language: "shell", program: name };
    return { language: "shell", program: null, windows };
  }
  if (override?.commandRunner === true) return { language: "shell", program: null };
  return null;
}

/** `k8s({command: "patch hpa x …"})`, `kube_cli`: a tool named after the system whose CLI it runs. */
function programOfAlias(words: readonly string[]): string | null {
  for (const w of words) if (PROGRAM_ALIASES.has(w)) return PROGRAM_ALIASES.get(w)!;
  return null;
}
const PROGRAM_ALIASES = new Map([["k8s", "kubectl"], ["kube", "kubectl"], ["kubernetes", "kubectl"], ["openshift", "oc"]]);

/** `redis_cli` → `redis-cli`, `valkey_cli` → `valkey-cli`, `redis_exec` → `redis-cli`: a tool named after a `<x>-cli` program claimcheck reads. */
function wrappedCli(words: readonly string[]): string | null {
  const at = words.indexOf("cli");
  if (at > 0) {
    const program = `${words[at - 1]}-cli`;
    return hasOwnHandler(program) ? program : null;
  }
  // `redis_exec`, `redis_command`: a runner named after the server whose `<x>-cli` claimcheck reads.
  if (!words.some((w) => RUN_WORDS.has(w) || w === "command" || w === "cmd")) return null;
  const server = words.find((w) => hasOwnHandler(`${w}-cli`));
  return server !== undefined ? `${server}-cli` : null;
}

/**
 * `fly({args: "machine destroy 148e… -a app"})`, `pm2({args: "delete 3"})`: a tool named with one
 * verbless word whose only argument is a command line runs that program. Not for names that
 * say an action (`delete({args})`) or arguments that do not look like a command line.
 */
export function cliWrapperKind(call: ToolCallView, overrides?: ClassifyOverrides): CommandRunnerKind | null {
  if (!isCliWrapperName(call.name, overrides) || call.arguments === null) return null;
  const key = commandLineParameter(Object.keys(call.arguments));
  if (key === null) return null;
  const value = call.arguments[key];
  // `retentionctl(args: "purge --asset x")` or `retentionctl(args: ["purge", "--asset", "x"])`: a subcommand first.
  const words = typeof value === "string" ? value : Array.isArray(value) && value.every((w) => typeof w === "string" || typeof w === "number") ? value.join(" ") : null;
  return words !== null && /^\s*[a-z][\w-]*(\s|$)/.test(words)
    ? { language: "shell", program: call.name }
    : null;
}

function isCliWrapperName(name: string, overrides?: ClassifyOverrides): boolean {
  if (overrides?.tools?.[name]?.commandRunner === false) return false;
  return /^[a-z][a-z0-9-]{1,20}$/.test(name) && actionOfWords([name]) === null;
}

/**
 * A tool defined like `etcdctl(args: string)`: one verbless word taking one command-line
 * parameter, maybe beside where it runs (`dronectl(drone, args)`, `kubectl(context, args)`).
 */
export function isCliWrapperDefinition(def: ToolDefinitionView, overrides?: ClassifyOverrides): boolean {
  return isCliWrapperName(def.name, overrides) && commandLineParameter(def.parameterNames) !== null;
}

/** The one command-line parameter among `names` when every other one only says where it runs; else null. */
function commandLineParameter(names: readonly string[]): string | null {
  if (names.length === 0 || names.length > 3) return null;
  const lines = names.filter((p) => CLI_ARGUMENT_KEYS.has(p.toLowerCase()));
  // `gpuctl(subcommand: "stop", args: "j-20931 --grace 120")`: the subcommand leads the same command line.
  const partOfLine = (p: string) => CLI_ARGUMENT_KEYS.has(p) || PLACE_PARAMS.has(p) || SUBCOMMAND_PARAMS.includes(p);
  return lines.length === 1 && names.every((p) => partOfLine(p.toLowerCase())) ? lines[0]! : null;
}

/** Parameters that say where a command-line tool runs, not what it does. */
const PLACE_PARAMS = new Set(["host", "hostname", "node", "device", "device_id", "drone", "robot", "vehicle", "server", "machine", "cluster",
  "context", "namespace", "region", "zone", "profile", "site", "gateway", "target_host", "cwd", "workdir", "timeout", "timeout_s"]);

const CLI_ARGUMENT_KEYS = new Set(["args", "argv", "arguments", "cmd", "command", "command_line", "commandline", "cli"]);

/** Parameters that carry the command, in order of preference. */
const COMMAND_PARAMS = ["command", "cmd", "commands", "script", "shell", "ps", "pwsh", "powershell", "sql", "tsql", "plsql", "hql", "cql", "query", "statement", "stmt", "code",
  "args", "arguments", "argv", "input", "line", "command_line", "commandline", "cli", "run", "source", "cell", "expression", "eval"];

/**
 * The command text of a command-runner call: the first command-like parameter; an array of
 * words (`args: ["rm", "-rf", "x"]`) is joined with shell quoting; failing that, the longest
 * only string argument. Null otherwise.
 */
export function commandTextOf(args: Record<string, unknown>, overrides?: ClassifyOverrides, tool?: string): string | null {
  // `run_process(program="kubectl", args=["scale", "deployment/x", "--replicas=0"])`: the program leads its arguments.
  const program = PROGRAM_PARAMS.map((k) => args[k]).find((v): v is string => typeof v === "string" && /^[\w./-]+$/.test(v.trim()));
  if (program !== undefined) {
    const others = Object.fromEntries(Object.entries(args).filter(([k]) => !PROGRAM_PARAMS.includes(k)));
    const rest = commandLineOf(others, overrides, tool, false);
    if (rest !== null) return new RegExp(`^\\s*(?:sudo\\s+)?${escapeRegExp(program)}\\b`).test(rest) ? rest : `${program.trim()} ${rest}`;
  }
  // `terraform {subcommand: "apply", args: ["plan.tfplan"]}`: the subcommand leads the line.
  const sub = SUBCOMMAND_PARAMS.map((k) => args[k]).find((v): v is string => typeof v === "string" && /^[\w-]+(?: [\w-]+)?$/.test(v.trim()));
  if (sub !== undefined) {
    const others = Object.fromEntries(Object.entries(args).filter(([k]) => !SUBCOMMAND_PARAMS.includes(k)));
    const rest = commandLineOf(others, overrides, tool, false) ?? argumentWords(others);
    // `modelctl {subcommand: "delete", model: "x"}`: a one-word tool with a subcommand is the program it runs.
    const program = tool !== undefined && isCliWrapperName(tool, overrides) && !RUNNER_NAMES.test(tool) ? `${tool} ` : "";
    return rest === null ? `${program}${sub.trim()}` : `${program}${sub.trim()} ${rest}`;
  }
  return commandLineOf(args, overrides, tool, true);
}
const SUBCOMMAND_PARAMS = ["subcommand", "sub_command", "subcmd"];
const PROGRAM_PARAMS = ["program", "executable", "binary", "bin", "exe"];
/** Tools named after what runs commands, not after a program (`shell`, `terminal`). */
const RUNNER_NAMES = /^(?:bash|sh|zsh|shell|terminal|exec|cmd|command|console|cli|run)$/;

function commandLineOf(args: Record<string, unknown>, overrides: ClassifyOverrides | undefined, tool: string | undefined, onlyString: boolean): string | null {
  const preferred = tool ? overrides?.tools?.[tool]?.commandParameter : undefined;
  const names = preferred ? [preferred, ...COMMAND_PARAMS] : COMMAND_PARAMS;
  for (const name of names) {
    const v = args[name];
    if (typeof v === "string" && v.trim()) return v;
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" || typeof x === "number")) {
      return v.map((x) => quoteWord(String(x))).join(" ");
    }
  }
  if (!onlyString) return null;
  // Unfamiliar parameter name: take the only string argument; with several, guessing is worse than none.
  const strings = Object.values(args).filter((v): v is string => typeof v === "string");
  return strings.length === 1 ? strings[0]! : null;
}

/** Parameters beside a subcommand that are its operands: `{subcommand: "model delete", target: "x"}` is `model delete x`. */
const OPERAND_PARAMS = new Set(["target", "targets", "name", "names", "id", "ids", "resource", "resources", "positional", "operands", "item", "items"]);
/** Parameters that hold ready-made words of the line: `flags: ["--force"]`. */
const WORD_PARAMS = new Set(["flags", "options", "opts", "extra_args", "extra"]);

/**
 * The line a subcommand's other parameters spell: operands as words, word lists as they are,
 * other values as `--key value` options (`true` as `--key`). Null when there are none.
 */
function argumentWords(args: Record<string, unknown>): string | null {
  const words: string[] = [];
  const options: string[] = [];
  for (const [key, value] of Object.entries(args)) {
    const list = (Array.isArray(value) ? value : [value]).filter((v): v is string | number => typeof v === "string" || typeof v === "number").map(String);
    const lower = key.toLowerCase();
    if (OPERAND_PARAMS.has(lower)) words.push(...list.map(quoteWord));
    else if (WORD_PARAMS.has(lower)) words.push(...list.map(quoteWord));
    else if (value === true) options.push(`--${key}`);
    else if (list.length === 1 && !Array.isArray(value)) options.push(`--${key}`, quoteWord(list[0]!));
  }
  const line = [...words, ...options].join(" ");
  return line.length > 0 ? line : null;
}

function quoteWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

