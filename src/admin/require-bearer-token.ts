import { createHash, timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";

/** SHA-256 digest: equal length whatever the input, so `timingSafeEqual` can compare them. */
function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/**
 * Express middleware admitting only requests with `Authorization: Bearer <token>`. The check
 * compares SHA-256 digests with `crypto.timingSafeEqual`, so neither the token's content nor its
 * length leaks through response timing. Anything else gets 401 in the OpenAI error envelope.
 */
export function requireBearerToken(token: string): RequestHandler {
  const expected = digest(token);
  return function requireBearer(req: Request, res: Response, next: NextFunction): void {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get("authorization") ?? "");
    if (match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected)) return next();
    res
      .status(401)
      .set("www-authenticate", 'Bearer realm="claimcheck-admin"')
      .json({ error: { message: "A valid admin bearer token is required.", type: "authentication_error", code: "invalid_admin_token", param: null } });
  };
}
