import { SingleBar } from "cli-progress";
import type { GuardStage } from "../guard/guard-stage";
import { checkCases, type CaseToExchange } from "./check-cases";
import { formatJsonLines, formatResultLines, formatSummary, summarize } from "./format-check-report";
import type { CheckArgs } from "./parse-check-args";
import { readCases, type RecordedCase } from "./read-cases";

/** Where the checker writes; process streams in the binary, buffers in tests. */
export interface CheckIo {
  out(line: string): void;
  err(line: string): void;
  /** The stream the progress bar draws on, and whether it is a terminal. */
  progressStream: NodeJS.WritableStream & { isTTY?: boolean };
}

/** A loaded guard and how to release it (stop the policy store). */
export interface LoadedGuard {
  guard: Pick<GuardStage, "decide">;
  close(): Promise<void>;
}

export interface CheckDeps {
  loadGuard(args: CheckArgs): Promise<LoadedGuard>;
  toExchange: CaseToExchange;
}

/** Below this many conversations a progress bar is more noise than help. */
const PROGRESS_MIN_ITEMS = 20;

/**
 * `claimcheck check`: reads every file first (so a bad file fails fast, exit 2, before any
 * guard work), loads the guard once, decides each conversation, prints, and returns the exit
 * status: 0 nothing blocked (with `expect`: no mismatch), 1 otherwise, 2 unusable input/policy.
 */
export async function runCheck(args: CheckArgs, io: CheckIo, deps: CheckDeps): Promise<number> {
  const cases: RecordedCase[] = [];
  try {
    for (const file of args.files) cases.push(...(await readCases(file)));
  } catch (e) {
    io.err(`claimcheck: cannot read input: ${(e as Error).message}`);
    return 2;
  }
  let loaded: LoadedGuard;
  try {
    loaded = await deps.loadGuard(args);
  } catch (e) {
    io.err(`claimcheck: cannot load the policy: ${(e as Error).message}`);
    return 2;
  }
  const bar = showProgress(args, io, cases.length) ? new SingleBar({ stream: io.progressStream, clearOnComplete: true, noTTYOutput: true, format: "checking [{bar}] {value}/{total}" }) : null;
  let results;
  try {
    bar?.start(cases.length, 0);
    results = await checkCases(cases, loaded.guard, deps.toExchange, (done) => bar?.update(done));
  } finally {
    bar?.stop();
    await loaded.close();
  }
  const summary = summarize(results);
  const lines = args.json ? formatJsonLines(results, summary) : [...formatResultLines(results, args.expect), formatSummary(summary, args.expect)];
  for (const line of lines) io.out(line);
  const failed = args.expect ? summary.mismatches > 0 : summary.block > 0;
  return failed ? 1 : 0;
}

function showProgress(args: CheckArgs, io: CheckIo, items: number): boolean {
  if (args.progress !== undefined) return args.progress;
  return io.progressStream.isTTY === true && items >= PROGRESS_MIN_ITEMS;
}
