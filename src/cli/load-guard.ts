import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { createGuardStage } from "../guard/create-guard-stage";
import { PolicyStore } from "../policy/policy-store";
import type { CheckArgs } from "./parse-check-args";
import type { LoadedGuard } from "./run-check";

const BUNDLE_IN_PACKAGE = join("policies", "build", "bundle.tar.gz");

/**
 * The shipped bundle, found from this file's location upward (it sits at a different depth in
 * `src/` under tests than in `dist/src/` once built).
 */
function shippedBundle(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, BUNDLE_IN_PACKAGE);
    if (existsSync(candidate) || dirname(dir) === dir) return candidate;
  }
}

/**
 * The same guard stage the proxy builds, on a policy store that does not watch the file.
 * Bundle: `--bundle`, else `POLICY_BUNDLE`, else the one shipped in `policies/build/`.
 * Rejects when the bundle cannot be loaded.
 */
export async function loadGuard(args: Pick<CheckArgs, "bundle" | "failOpen">): Promise<LoadedGuard> {
  const bundlePath = args.bundle ?? process.env.POLICY_BUNDLE ?? shippedBundle();
  const policy = await PolicyStore.load({ bundlePath, watch: false });
  return { guard: createGuardStage({ policy, failOpen: args.failOpen }), close: () => policy.close() };
}
