import { request as httpRequest, type IncomingMessage } from "node:http";
import request from "supertest";
import type { DecisionRecord } from "../../../src/audit/decision-record";
import { completion, sendJson, type FakeUpstream } from "../../support/fake-upstream";
import type { TestProxy } from "../../support/test-proxy";

/** A user turn and a reply that the fault tests stream or send. */
export const chatBody = { model: "gpt-test", messages: [{ role: "user", content: "Shut down agent-7." }] };
/** "Checking. " goes out at once; the claim is held until the verdict. */
export const heldReply = { content: "Checking. agent-7 has been shut down as you asked. Anything else?" };
export const HELD_TEXT = /shut down|Anything else/;
export const toolReply = { content: "Stopping it now.", tool_calls: [{ id: "call_1", type: "function" as const, function: { name: "stop_agent", arguments: '{"agent_id":"agent-7","force":true,"reason":"ordered by the user"}' } }] };

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Exactly one decision record was written for the request (the handler writes it in a
 * `finally`, which may run a tick after the response ended): waits for it, then makes sure no
 * second one follows. Returns it.
 */
export async function theOneRecord(proxy: TestProxy, before = 0): Promise<DecisionRecord> {
  for (let i = 0; i < 200 && proxy.log.records.length <= before; i++) await sleep(10);
  await sleep(30);
  expect(proxy.log.records).toHaveLength(before + 1);
  return proxy.log.records[before]!;
}

/** The app still serves: a normal guarded request gets its reply and verdict, and its own record. */
export async function expectHealthy(proxy: TestProxy, upstream: FakeUpstream): Promise<void> {
  const before = proxy.log.records.length;
  proxy.guard.script = { verdict: "allow" };
  upstream.handle = (_req, _b, res) => sendJson(res, 200, completion({ content: "All good." }));
  const res = await request(proxy.app).post("/v1/chat/completions").send(chatBody);
  expect(res.status).toBe(200);
  expect(res.headers["x-guard-verdict"]).toBe("allow");
  expect((await theOneRecord(proxy, before)).status).toBe("evaluated");
}

/**
 * Posts `body` to the listening proxy over a raw connection. `onResponse` sees the response and
 * may hang up; `hangUp()` ends the connection at any time. `done` settles when it is closed.
 */
export function rawPost(base: string, body: unknown, onResponse: (res: IncomingMessage, hangUp: () => void) => void = () => undefined): { done: Promise<void>; hangUp(): void } {
  let req!: ReturnType<typeof httpRequest>;
  const done = new Promise<void>((resolve) => {
    req = httpRequest(`${base}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, agent: false }, (res) => {
      res.on("close", () => resolve());
      onResponse(res, () => req.destroy());
    });
    req.on("error", () => resolve());
    req.on("close", () => resolve());
    req.end(JSON.stringify(body));
  });
  return { done, hangUp: () => req.destroy() };
}
