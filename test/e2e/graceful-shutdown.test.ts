import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { startFakeUpstream, streamChunks, type FakeUpstream } from "../support/fake-upstream";
import { sseData } from "../support/sse-events";

const root = join(__dirname, "..", "..");

async function freePort(): Promise<number> {
  const s = createServer().listen(0, "127.0.0.1");
  await once(s, "listening");
  const port = (s.address() as { port: number }).port;
  s.close();
  return port;
}

let upstream: FakeUpstream;
let child: ChildProcess | null = null;

beforeAll(() => {
  const build = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json", "--noCheck"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
});
beforeEach(async () => {
  upstream = await startFakeUpstream();
});
afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await upstream.close();
});

it("on SIGTERM finishes the stream in flight, then exits 0 without waiting out the grace period", async () => {
  // A slow stream: one chunk every 50 ms, so SIGTERM lands in the middle of it.
  upstream.handle = (_req, _b, res) => {
    const chunks = streamChunks({ content: "one two three four five six seven eight." });
    res.writeHead(200, { "content-type": "text/event-stream" });
    let i = 0;
    const timer = setInterval(() => {
      if (i < chunks.length) res.write(`data: ${JSON.stringify(chunks[i++])}\n\n`);
      else {
        clearInterval(timer);
        res.end("data: [DONE]\n\n");
      }
    }, 50);
  };
  const port = await freePort();
  child = spawn(process.execPath, ["dist/src/main.js"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), UPSTREAM_BASE_URL: upstream.baseUrl, LOG_LEVEL: "warn", DECISION_LOG: "none", SHUTDOWN_GRACE_MS: "20000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const response = await fetch(`${base}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ stream: true, messages: [{ role: "user", content: "count" }] }) });
  const exited = once(child, "exit");
  const stopped = Date.now();
  child.kill("SIGTERM");
  const text = await response.text();
  const [code] = await exited;
  expect(sseData(text).at(-1)).toBe("[DONE]");
  expect(code).toBe(0);
  expect(Date.now() - stopped).toBeLessThan(5000);
  await expect(fetch(`${base}/healthz`)).rejects.toThrow();
}, 30_000);
