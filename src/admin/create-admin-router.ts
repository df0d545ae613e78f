import express, { type Request, type Response, type Router } from "express";
import type { PolicyReloadResult } from "../policy/policy-store";
import { requireBearerToken } from "./require-bearer-token";

/** What the admin API needs of the policy store (`PolicyStore` has it). */
export interface AdminPolicyControl {
  revision(): string;
  reload(): Promise<PolicyReloadResult>;
}

export interface AdminRouterOptions {
  /** `ADMIN_TOKEN`. Unset or empty turns the admin API off. */
  token: string | undefined;
  policy: AdminPolicyControl;
}

/**
 * The admin API: `GET /admin/policy` (the revision in force) and `POST /admin/policy/reload`.
 * Returns `null` when no token is configured, so nothing is mounted and the paths 404; an admin
 * API must never be reachable without a credential. Mount at the root: `app.use(router)`; the
 * token check applies under `/admin` only.
 *
 * Concurrent reload requests share one reload (the second waits for the first's result)
 * rather than racing two policy builds.
 */
export function createAdminRouter(options: AdminRouterOptions): Router | null {
  if (!options.token) return null;
  const { policy } = options;
  const router = express.Router();
  let reloading: Promise<PolicyReloadResult> | null = null;

  router.use("/admin", requireBearerToken(options.token));

  router.get("/admin/policy", function getPolicy(_req: Request, res: Response) {
    res.json({ revision: policy.revision(), reloading: reloading !== null });
  });

  router.post("/admin/policy/reload", async function reloadPolicy(_req: Request, res: Response) {
    reloading ??= policy
      .reload()
      .catch((e: unknown): PolicyReloadResult => ({ ok: false, revision: policy.revision(), error: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        reloading = null;
      });
    const result = await reloading;
    if (result.ok) {
      res.json(result);
      return;
    }
    // The old policy keeps serving; the reload failure is the server's (a bad bundle), hence 500.
    res.status(500).json({
      error: { message: `Policy reload failed: ${result.error ?? "unknown error"}`, type: "server_error", code: "policy_reload_failed", param: null },
      ok: false,
      revision: result.revision,
    });
  });

  return router;
}
