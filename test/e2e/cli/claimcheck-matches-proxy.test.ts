import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { caseToExchange } from "../../../src/cli/case-to-exchange";
import { loadGuard } from "../../../src/cli/load-guard";
import { runClaimcheck } from "../../../src/cli/run-claimcheck";
import type { CheckIo } from "../../../src/cli/run-check";
import type { Verdict } from "../../../src/policy/decision";

/**
 * The offline checker must reach the proxy's verdicts: the same corpus cases go through
 * `claimcheck check` (in process, real guard and bundle) and through the proxy over HTTP
 * (`npm start` in front of the shared fake upstream, driven by the shared eval tools).
 */
const root = join(__dirname, "..", "..", "..");
const shared = process.env.CLAIMCHECK_SHARED ?? join(root, "..", "shared");
const casesDir = join(shared, "corpus", "cases");

interface CorpusCase {
  id: string;
  expect: Verdict[];
}

/** Two cases of each expected verdict (the first by file name), so every verdict is exercised. */
function sampleCases(): string[] {
  const files = readdirSync(casesDir).filter((f) => f.endsWith(".json")).sort();
  const picked: string[] = [];
  for (const verdict of ["allow", "flag", "block"] as const) {
    const matching = files.filter((f) => (JSON.parse(readFileSync(join(casesDir, f), "utf8")) as CorpusCase).expect[0] === verdict);
    picked.push(...matching.slice(0, 2).map((f) => join(casesDir, f)));
  }
  return picked;
}

async function cliVerdicts(files: string[]): Promise<{ code: number; verdicts: Record<string, Verdict> }> {
  const out: string[] = [];
  const io: CheckIo = { out: (l) => out.push(l), err: () => undefined, progressStream: process.stderr };
  const code = await runClaimcheck(["check", "--json", "--no-progress", ...files], io, { loadGuard, toExchange: caseToExchange });
  const rows = out.map((l) => JSON.parse(l) as { id?: string; verdict?: Verdict }).filter((r) => r.id !== undefined);
  return { code, verdicts: Object.fromEntries(rows.map((r) => [r.id!, r.verdict!])) };
}

/** Starts the fake upstream and the proxy in a child (the shared tools are ES modules) and asks each case once, as JSON. */
function proxyVerdicts(files: string[]): Record<string, string> {
  const script = `
    import { readFileSync } from "node:fs";
    import { startUpstream } from ${JSON.stringify(join(shared, "tools", "fake-upstream.mjs"))};
    import { startGuard, ask } from ${JSON.stringify(join(shared, "tools", "guard.mjs"))};
    const cases = process.argv.slice(1).map((f) => JSON.parse(readFileSync(f, "utf8")));
    const up = await startUpstream(cases);
    const guard = await startGuard({ cwd: ${JSON.stringify(root)}, upstreamPort: up.port });
    const verdicts = {};
    try {
      for (const c of cases) verdicts[c.id] = (await ask(guard.base, { ...c.request, model: "case:" + c.id })).verdict;
    } finally {
      guard.stop();
      up.server.close();
    }
    process.stdout.write(JSON.stringify(verdicts));
  `;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script, ...files], { cwd: root, encoding: "utf8", timeout: 120_000 });
  if (child.status !== 0) throw new Error(`proxy run failed (${child.status ?? child.signal}): ${child.stderr.slice(-1500)}`);
  return JSON.parse(child.stdout) as Record<string, string>;
}

describe("claimcheck check on corpus cases", () => {
  const files = existsSync(casesDir) ? sampleCases() : [];

  it("finds the shared corpus", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it("gives the same verdicts as the proxy over HTTP", async () => {
    const cli = await cliVerdicts(files);
    expect(cli.verdicts).toEqual(proxyVerdicts(files));
  }, 150_000);

  it("exits 1 exactly when the real guard blocks the conversation", async () => {
    const runs = [];
    for (const f of files) runs.push(await cliVerdicts([f]));
    for (const run of runs) expect(run.code).toBe(Object.values(run.verdicts)[0] === "block" ? 1 : 0);
    expect(runs.some((r) => r.code === 1) && runs.some((r) => r.code === 0)).toBe(true);
  });
});
