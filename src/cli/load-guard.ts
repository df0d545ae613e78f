import { resolve } from "node:path";
import { loadConfig } from "../config/load-config";
import { createGuardStage } from "../guard/create-guard-stage";
import { PolicyStore } from "../policy/policy-store";
import type { CheckArgs } from "./parse-check-args";
import type { LoadedGuard } from "./run-check";

/**
 * The same guard stage the proxy builds, from the same configuration (`GUARD_CONFIG`, the
 * environment: `POLICY_BUNDLE`, `GUARD_FAIL_OPEN`…), on a policy store that neither watches nor
 * polls. `--bundle` (relative to the working directory) and `--fail-open` override it.
 * Rejects when the configuration is invalid or the bundle cannot be loaded.
 */
export async function loadGuard(args: Pick<CheckArgs, "bundle" | "failOpen">): Promise<LoadedGuard> {
  const config = loadConfig(process.env);
  const bundlePath = args.bundle !== undefined ? resolve(args.bundle) : config.policy.bundlePath;
  const policy = await PolicyStore.load({ bundlePath, watch: false, evalBudgetMs: config.policy.evalBudgetMs });
  return { guard: createGuardStage({ policy, failOpen: args.failOpen || config.failOpen }), close: () => policy.close() };
}
