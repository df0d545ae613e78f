import { loadPolicy, type LoadedPolicy } from "@open-policy-agent/opa-wasm";
import { errorFromThrown } from "./error-from-thrown";
import type { PolicyBundle } from "./policy-bundle";

/** The entrypoint every claimcheck bundle must export; its result is a `PolicyDecision`. */
export const DECISION_ENTRYPOINT = "claimcheck/decision";

/** Initial wasm memory, in 64 KiB pages (the SDK's default). */
const INITIAL_MEMORY_PAGES = 5;
/** Default memory ceiling: 32 MiB. Wasm memory never shrinks, so it must be bounded. */
export const DEFAULT_MAX_MEMORY_PAGES = 512;

/** One loaded bundle, ready to evaluate. Replaced whole on reload, never mutated. */
export interface CompiledPolicy {
  readonly revision: string;
  /** The bundle's data document, deep-frozen (the classifier reads tool overrides from it). */
  readonly data: unknown;
  readonly instance: LoadedPolicy;
  /** Id of `claimcheck/decision` in this instance (resolved once, not per evaluation). */
  readonly entrypointId: number;
}

/**
 * Instantiates a bundle's wasm in a fresh, bounded memory and loads its data. Rejects with an
 * `Error` when the wasm does not load, lacks the `claimcheck/decision` entrypoint, or the data
 * does not fit.
 */
export async function compilePolicy(bundle: PolicyBundle, maxMemoryPages = DEFAULT_MAX_MEMORY_PAGES): Promise<CompiledPolicy> {
  let instance: LoadedPolicy;
  try {
    instance = await loadPolicy(bundle.wasm, { initial: INITIAL_MEMORY_PAGES, maximum: maxMemoryPages });
  } catch (thrown) {
    throw new Error(`policy.wasm does not load: ${errorFromThrown(thrown).message}`);
  }
  const entrypoints = instance.entrypoints as Record<string, number>;
  const entrypointId = entrypoints[DECISION_ENTRYPOINT];
  if (typeof entrypointId !== "number") {
    throw new Error(`policy.wasm has no ${DECISION_ENTRYPOINT} entrypoint (has: ${Object.keys(entrypoints).join(", ") || "none"}); build with -e ${DECISION_ENTRYPOINT}`);
  }
  try {
    instance.setData(bundle.data as object);
  } catch (thrown) {
    throw new Error(`bundle data does not load: ${errorFromThrown(thrown).message}`);
  }
  return { revision: bundle.revision, data: deepFreeze(bundle.data), instance, entrypointId };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
