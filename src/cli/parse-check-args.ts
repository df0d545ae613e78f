import { parseArgs } from "node:util";

/** What `claimcheck check` was asked to do. */
export interface CheckArgs {
  files: string[];
  /** One JSON object per conversation on stdout, then a summary object. */
  json: boolean;
  /** Compare with each case's `expect`; the exit code then reports mismatches, not blocks. */
  expect: boolean;
  /** Policy bundle; `undefined` means the default (`POLICY_BUNDLE`, then the shipped one). */
  bundle: string | undefined;
  /** Treat guard errors as allow (as the proxy's fail-open mode does). */
  failOpen: boolean;
  /** `--progress` forces the bar on, `--no-progress` off; unset: on when stderr is a terminal. */
  progress: boolean | undefined;
}

export type ParsedCommand = { command: "check"; args: CheckArgs } | { command: "help" } | { command: "error"; message: string };

export const USAGE = `usage: claimcheck check [options] FILE...

Runs recorded conversations (JSON case, JSON array of cases, or JSON lines) through the same
guard stage as the proxy and prints one line per conversation: id, verdict, rules.

options:
  --json           machine-readable output (JSON lines, then a summary line)
  --expect         compare verdicts with each case's "expect"; exit 1 on any mismatch
  --bundle PATH    policy bundle (default: $POLICY_BUNDLE, else the bundled default)
  --fail-open      a guard error allows instead of blocking (as the proxy's fail-open mode)
  --no-progress    never show the progress bar
  -h, --help       this help

exit status: 0 nothing blocked (with --expect: every verdict expected),
             1 some reply blocked (with --expect: some verdict unexpected),
             2 usage error, unreadable input, or the policy could not be loaded`;

/** Parses the command line (without `node` and the script). Never throws. */
export function parseCheckArgs(argv: string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        json: { type: "boolean", default: false },
        expect: { type: "boolean", default: false },
        bundle: { type: "string" },
        "fail-open": { type: "boolean", default: false },
        progress: { type: "boolean" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    return { command: "error", message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === "help") return { command: "help" };
  const [command, ...files] = positionals;
  if (command !== "check") return { command: "error", message: command ? `unknown command "${command}"` : "missing command" };
  if (files.length === 0) return { command: "error", message: "check needs at least one FILE" };
  return {
    command: "check",
    args: {
      files,
      json: values.json,
      expect: values.expect,
      bundle: values.bundle,
      failOpen: values["fail-open"],
      progress: values.progress,
    },
  };
}
