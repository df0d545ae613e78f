import { parseCheckArgs, USAGE } from "./parse-check-args";
import { runCheck, type CheckDeps, type CheckIo } from "./run-check";

/**
 * The `claimcheck` command line, given its arguments (without `node` and the script), where to
 * write, and the guard to use. Resolves to the exit status; never rejects on bad input.
 */
export async function runClaimcheck(argv: string[], io: CheckIo, deps: CheckDeps): Promise<number> {
  const parsed = parseCheckArgs(argv);
  if (parsed.command === "help") {
    io.out(USAGE);
    return 0;
  }
  if (parsed.command === "error") {
    io.err(`claimcheck: ${parsed.message}\n${USAGE}`);
    return 2;
  }
  return runCheck(parsed.args, io, deps);
}
