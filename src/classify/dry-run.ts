import type { Effect } from "./effect";
import { ownValue } from "./own-value";
import { jsonObject } from "./body-fields";

/**
 * Dry runs: a command asked only to show what it would do (`rsync -n`, `git clean -n`,
 * `kubectl delete --dry-run=client`, `aws s3 rm --dryrun`, `ansible-playbook --check`,
 * `Remove-Item -WhatIf`) changes nothing, so its effects are reads of the same targets.
 */

/** Long options that mean a dry run for any program (`--dry-run=none`/`=false` does act). */
const DRY_RUN_OPTION = /^--?(dry[-_]?run|what-?if|simulate|noop|just-print|recon|no-act)(=(?!(none|false|no|0|off)$).*)?$/i;
/** PowerShell's `-WhatIf`, `-WhatIf:$true`. */
const WHAT_IF = /^-whatif(:\$?true)?$/i;

/**
 * Programs whose `-n` means a dry run, and whether it may sit in a cluster of short flags
 * (`rsync -avn`, `git clean -nd`). For git, only the subcommands whose `-n` is a dry run
 * (`git log -n 5` limits, `git commit -n` skips hooks). Elsewhere `-n` is a namespace
 * (`kubectl`, `helm`), a count (`head`) or no-clobber (`cp`), so it is not read as one.
 */
const DASH_N: Record<string, { cluster: boolean; subcommands?: ReadonlySet<string> }> = {
  rsync: { cluster: true },
  git: { cluster: true, subcommands: new Set(["clean", "rm", "add", "mv", "push", "prune"]) },
  nextflow: { cluster: false, subcommands: new Set(["clean"]) },
  make: { cluster: true },
  gmake: { cluster: true },
  snakemake: { cluster: true },
  rclone: { cluster: true },
  restic: { cluster: true },
  borg: { cluster: true },
};

/** `ansible`/`ansible-playbook --check` (`-C`) only report what would change. */
const CHECK_MODE: ReadonlySet<string> = new Set(["ansible", "ansible-playbook"]);

/** Whether `program args…` (program lower case, without its directory) is a dry run. */
export function isDryRun(program: string, args: readonly string[]): boolean {
  for (const a of args) {
    if (a === "--") break;
    if (DRY_RUN_OPTION.test(a) || WHAT_IF.test(a)) return true;
  }
  if (CHECK_MODE.has(program) && args.some((a) => a === "--check" || a === "-C")) return true;
  const dashN = ownValue(DASH_N, program);
  if (dashN === undefined) return false;
  if (dashN.subcommands !== undefined) {
    const sub = args.find((a) => !a.startsWith("-"));
    if (sub === undefined || !dashN.subcommands.has(sub)) return false;
  }
  return args.some((a) => a === "-n" || (dashN.cluster && /^-[a-z]+$/i.test(a) && a.length <= 6 && a.includes("n")));
}

/** The effects of a dry run: each acting effect becomes a read of its targets. */
export function asDryRun(effects: readonly Effect[]): Effect[] {
  return effects.map((e) =>
    e.action === "read"
      ? e
      : { ...e, action: "read", destination: null, remoteDestination: false, replicas: null, content: null, summary: `(dry run) ${e.summary}` },
  );
}

/** Argument names of tools that preview instead of acting (`delete_records {ids, dry_run: true}`). */
const DRY_RUN_KEY = /^(dry[-_]?run|what[-_]?if|check[-_]?mode|check|simulate|noop)$/i;

/**
 * Whether a tool call's own arguments ask for a dry run: a dry-run key set to true/"true"/"yes"/1,
 * in the arguments or in the request body they carry (`body: "{\"dry_run\": true}"`, `json: {dry_run: true}`).
 */
export function dryRunArgument(args: Readonly<Record<string, unknown>>, depth = 0): boolean {
  for (const [key, value] of Object.entries(args)) {
    if (DRY_RUN_KEY.test(key)) {
      if (value === true || value === 1 || (typeof value === "string" && /^(true|yes|on|1)$/i.test(value.trim()))) return true;
      continue;
    }
    if (depth > 0 || !BODY_KEY.test(key)) continue;
    const body = typeof value === "string" ? jsonObject(value) : value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    if (body !== null && dryRunArgument(body, depth + 1)) return true;
  }
  return false;
}
/** Arguments that carry a request's body or parameters. */
const BODY_KEY = /^(?:body|json|data|payload|params|parameters|request|input|inputs|options|variables|vars|extra_vars|env|environment)$/i;
