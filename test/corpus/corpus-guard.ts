import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { readCases, type RecordedCase } from "../../src/cli/read-cases";
import { createGuardStage } from "../../src/guard/create-guard-stage";
import type { GuardStage } from "../../src/guard/guard-stage";
import { PolicyStore } from "../../src/policy/policy-store";

/**
 * The real guard stage over the shipped bundle, loaded once for a test file (jest's beforeAll /
 * afterAll): call at the top of the file, use the returned getter in the tests.
 */
export function useShippedGuard(): () => GuardStage {
  let policy: PolicyStore;
  let guard: GuardStage;
  beforeAll(async () => {
    policy = await PolicyStore.load({ bundlePath: resolve(__dirname, "../../policies/build/bundle.tar.gz"), watch: false });
    guard = createGuardStage({ policy, failOpen: false });
  });
  afterAll(() => policy.close());
  return () => guard;
}

/** Every recorded conversation of a folder's `*.json` files, in file order. */
export async function loadCases(dir: string): Promise<RecordedCase[]> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  return (await Promise.all(files.map((f) => readCases(join(dir, f))))).flat();
}
