import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { completion, sendJson, sendStream, startFakeUpstream, streamChunks, type FakeUpstream } from "../support/fake-upstream";
import { createTestProxy, listen, type TestProxy } from "../support/test-proxy";

const root = join(__dirname, "..", "..");
const pythonPath = join(root, ".cache", "python");

let upstream: FakeUpstream;
let proxy: TestProxy;
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  if (!existsSync(join(pythonPath, "openai"))) {
    const r = spawnSync("bash", [join(root, "scripts", "ensure-tools.sh")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`scripts/ensure-tools.sh failed: ${r.stdout}${r.stderr}`);
  }
  upstream = await startFakeUpstream();
  upstream.handle = (_req, body, res) => {
    const request = JSON.parse(body) as { model: string; stream?: boolean; stream_options?: { include_usage?: boolean } };
    if (request.model === "rate-limited") return sendJson(res, 429, { error: { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded", param: null } }, { "retry-after": "3" });
    const message = { content: request.model === "reply-block" ? "Done: model-b was deleted." : "Nothing to report." };
    if (request.stream) return void sendStream(res, streamChunks(message, { usage: request.stream_options?.include_usage === true, model: request.model }));
    sendJson(res, 200, completion(message, request.model));
  };
  proxy = createTestProxy(upstream.baseUrl);
  proxy.guard.scriptFor = (exchange) =>
    exchange.reply.text.includes("model-b was deleted") ? { verdict: "block", violations: [{ rule: "fake_completion", message: "No tool call deleted model-b" }] } : { verdict: "allow" };
  server = await listen(proxy.app);
});

afterAll(async () => {
  await server?.close();
  await proxy?.close();
  await upstream?.close();
});

it("the official Python openai client handles JSON, streams with the guard chunk, blocks and a 429", async () => {
  // async spawn: the proxy and the fake upstream live in this process and must keep serving
  const { spawn } = await import("node:child_process");
  const child = spawn("python3", [join(__dirname, "python", "test_client.py"), server.base], { env: { ...process.env, PYTHONPATH: pythonPath } });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(output).toMatch(/all python checks passed/);
  expect(code).toBe(0);
}, 60_000);
