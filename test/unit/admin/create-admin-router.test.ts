import express from "express";
import request from "supertest";
import { createAdminRouter, type AdminPolicyControl } from "../../../src/admin/create-admin-router";
import type { PolicyReloadResult } from "../../../src/policy/policy-store";

const TOKEN = "s3cret-admin-token";

function fakePolicy(reload: () => Promise<PolicyReloadResult> = async () => ({ ok: true, revision: "rev-2" })) {
  let revision = "rev-1";
  const calls = { reload: 0 };
  const policy: AdminPolicyControl = {
    revision: () => revision,
    reload: async () => {
      calls.reload++;
      const r = await reload();
      if (r.ok) revision = r.revision;
      return r;
    },
  };
  return { policy, calls };
}

function appWith(token: string | undefined, policy: AdminPolicyControl) {
  const app = express();
  const router = createAdminRouter({ token, policy });
  if (router) app.use(router);
  app.get("/healthz", (_req, res) => res.send("ok"));
  return { app, router };
}

describe("admin router", () => {
  it.each([undefined, ""])("is off (null, paths 404) when the token is %p", async (token) => {
    const { app, router } = appWith(token, fakePolicy().policy);
    expect(router).toBeNull();
    await request(app).get("/admin/policy").set("authorization", "Bearer anything").expect(404);
  });

  it("answers 401 with the OpenAI envelope without a token", async () => {
    const { app } = appWith(TOKEN, fakePolicy().policy);
    const res = await request(app).get("/admin/policy").expect(401);
    expect(res.body.error).toMatchObject({ type: "authentication_error", code: "invalid_admin_token", param: null });
    expect(res.headers["www-authenticate"]).toMatch(/^Bearer/);
  });

  it.each(["Bearer wrong", `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN])("answers 401 to %p", async (auth) => {
    const { policy, calls } = fakePolicy();
    const { app } = appWith(TOKEN, policy);
    await request(app).post("/admin/policy/reload").set("authorization", auth).expect(401);
    expect(calls.reload).toBe(0);
  });

  it("does not guard paths outside /admin", async () => {
    const { app } = appWith(TOKEN, fakePolicy().policy);
    await request(app).get("/healthz").expect(200);
  });

  it("reports the revision in force with the right token", async () => {
    const { app } = appWith(TOKEN, fakePolicy().policy);
    const res = await request(app).get("/admin/policy").set("authorization", `bearer ${TOKEN}`).expect(200);
    expect(res.body).toEqual({ revision: "rev-1", reloading: false });
  });

  it("reloads and reports the new revision", async () => {
    const { policy, calls } = fakePolicy();
    const { app } = appWith(TOKEN, policy);
    const res = await request(app).post("/admin/policy/reload").set("authorization", `Bearer ${TOKEN}`).expect(200);
    expect(res.body).toEqual({ ok: true, revision: "rev-2" });
    expect(calls.reload).toBe(1);
    const after = await request(app).get("/admin/policy").set("authorization", `Bearer ${TOKEN}`).expect(200);
    expect(after.body.revision).toBe("rev-2");
  });

  it("reports a failed reload as 500 with the revision still in force", async () => {
    const { policy } = fakePolicy(async () => ({ ok: false, revision: "rev-1", error: "rego_parse_error: bad.rego:3" }));
    const { app } = appWith(TOKEN, policy);
    const res = await request(app).post("/admin/policy/reload").set("authorization", `Bearer ${TOKEN}`).expect(500);
    expect(res.body).toMatchObject({ ok: false, revision: "rev-1", error: { type: "server_error", code: "policy_reload_failed" } });
    expect(res.body.error.message).toContain("rego_parse_error");
  });

  it("turns a reload that throws into a failed result", async () => {
    const { policy } = fakePolicy(async () => {
      throw new Error("disk gone");
    });
    const { app } = appWith(TOKEN, policy);
    const res = await request(app).post("/admin/policy/reload").set("authorization", `Bearer ${TOKEN}`).expect(500);
    expect(res.body.error.message).toContain("disk gone");
  });

  it("shares one reload between concurrent requests", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { policy, calls } = fakePolicy(async () => {
      await gate;
      return { ok: true, revision: "rev-3" };
    });
    const { app } = appWith(TOKEN, policy);
    const auth = `Bearer ${TOKEN}`;
    const a = request(app).post("/admin/policy/reload").set("authorization", auth).then((r) => r);
    const b = request(app).post("/admin/policy/reload").set("authorization", auth).then((r) => r);
    await new Promise((r) => setTimeout(r, 50));
    release();
    const [ra, rb] = await Promise.all([a, b]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    expect(calls.reload).toBe(1);
  });
});
