#!/usr/bin/env node
/** The `claimcheck` binary: process glue around {@link runClaimcheck}. See docs/cli.md. */
import { caseToExchange } from "./case-to-exchange";
import { loadGuard } from "./load-guard";
import { quietOnClosedPipe } from "./quiet-on-closed-pipe";
import { runClaimcheck } from "./run-claimcheck";
import type { CheckIo } from "./run-check";

// The reader went away (`| head -1`): stop quietly, with the status so far.
quietOnClosedPipe(process.stdout, () => process.exit(process.exitCode ?? 0), (e) => {
  process.stderr.write(`claimcheck: cannot write the report: ${e.message}\n`);
  process.exit(2);
});

const io: CheckIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progressStream: process.stderr,
};

runClaimcheck(process.argv.slice(2), io, { loadGuard, toExchange: caseToExchange }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`claimcheck: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
