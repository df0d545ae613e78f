// Soak test: the built proxy (`node dist/src/main.js`, a child process, DECISION_LOG=file) in front
// of a scripted upstream (in-process), driven by --conns concurrent keep-alive clients for --minutes,
// mixing JSON and SSE, allowed/flagged/blocked replies and upstream faults. Loopback only; stops by
// itself (time and request count are bounded). Reports throughput, outcomes by kind, the proxy's
// RSS over time, and decision records against guarded requests (which must be exactly equal).
//
// usage: node scripts/soak.mjs [--minutes 10] [--conns 64] [--fault-rate 0.15] [--max-requests 5000000]
//                              [--cases FILE.json|DIR] [--sample-seconds 5] [--json OUT.json] [--keep-log]
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FAULTS, startSoakUpstream } from "./soak-upstream.mjs";
import { runClients } from "./soak-clients.mjs";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const minutes = Number(opt("minutes", 10));
const conns = Number(opt("conns", 64));
const faultRate = Number(opt("fault-rate", 0.15));
const maxRequests = Number(opt("max-requests", 5_000_000));
const sampleSeconds = Number(opt("sample-seconds", 5));
const casesPath = opt("cases", join(root, "scripts", "soak-cases.json"));
const jsonOut = opt("json", null);
const keepLog = args.includes("--keep-log");
if (!(minutes > 0 && conns > 0 && faultRate >= 0 && faultRate <= 1)) {
  console.error("usage: node scripts/soak.mjs [--minutes N>0] [--conns N>0] [--fault-rate 0..1] [--cases FILE|DIR]");
  process.exit(2);
}

const cases = loadCases(casesPath);
console.log(`soak: ${minutes} min, ${conns} connections, ${cases.length} cases, fault rate ${faultRate}`);

// Build dist/ (same as `npm start`'s prestart) and start the proxy directly, so its pid is the one we sample.
const build = spawnSync("npx", ["tsc", "-p", "tsconfig.build.json", "--noCheck"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(1);

const work = mkdtempSync(join(tmpdir(), "claimcheck-soak-"));
const logFile = join(work, "decisions.jsonl");
const upstream = await startSoakUpstream(cases);
const port = await freePort();
const proxy = spawn(process.execPath, ["dist/src/main.js"], {
  cwd: root,
  stdio: ["ignore", "ignore", "pipe"],
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    UPSTREAM_BASE_URL: `http://127.0.0.1:${upstream.port}/v1`,
    UPSTREAM_API_KEY: "sk-soak",
    UPSTREAM_IDLE_TIMEOUT_MS: "1500",
    LOG_LEVEL: "error",
    DECISION_LOG: "file",
    DECISION_LOG_FILE: logFile,
    POLICY_WATCH: "false",
  },
});
let proxyErr = "";
proxy.stderr.on("data", (d) => (proxyErr = (proxyErr + d).slice(-4000)));
const base = `http://127.0.0.1:${port}`;
await waitReady(base);

const started = Date.now();
const rss = [{ t: 0, mib: rssMiB(proxy.pid), done: 0 }];
const counters = { sent: 0 };
const sampler = setInterval(() => {
  const sample = { t: Math.round((Date.now() - started) / 1000), mib: rssMiB(proxy.pid), done: counters.sent };
  rss.push(sample);
  console.log(`  t=${String(sample.t).padStart(4)}s  rss=${sample.mib.toFixed(1)} MiB  requests=${sample.done}`);
}, sampleSeconds * 1000);

const result = await runClients({ base, cases, conns, faultRate, faults: FAULTS, deadline: started + minutes * 60_000, maxRequests, counters });
clearInterval(sampler);
const seconds = (Date.now() - started) / 1000;
rss.push({ t: Math.round(seconds), mib: rssMiB(proxy.pid), done: counters.sent });

// Healthy afterwards: /healthz and one normal guarded request.
const after = await result.probe(base);

// Stop the proxy (SIGTERM flushes the decision log), then count its records.
proxy.kill("SIGTERM");
const exitCode = await new Promise((r) => proxy.once("exit", (code) => r(code)));
await upstream.close();
const records = await readRecords(logFile);
const byStatus = tally(records.statuses);
const byVerdict = tally(records.verdicts);
const ids = records.ids;
const guarded = result.guarded + after.guarded;

const warm = rss.filter((s) => s.t >= Math.min(60, seconds / 3));
const report = {
  minutes, conns, faultRate, seconds: Math.round(seconds), cases: cases.length,
  requests: result.total, guarded, throughput_rps: Math.round((result.total / seconds) * 10) / 10,
  outcomes: result.outcomes, unexpected: result.unexpected.slice(0, 20), unexpected_count: result.unexpectedCount,
  latency_ms: result.latency,
  records: records.count, records_unique_ids: ids.size, records_by_status: byStatus, records_by_verdict: byVerdict, guard_errors: records.guardErrors,
  records_equal_guarded: records.count === guarded && ids.size === records.count,
  rss_mib: rss.map((s) => [s.t, Math.round(s.mib * 10) / 10]),
  rss_after_warmup: { min: Math.min(...warm.map((s) => s.mib)), max: Math.max(...warm.map((s) => s.mib)), first: warm[0]?.mib, last: warm.at(-1)?.mib },
  healthy_after: after.ok, proxy_exit_code: exitCode, decision_log: keepLog ? logFile : "(removed; --keep-log keeps it)",
};
console.log(JSON.stringify(report, null, 2));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
if (!keepLog) rmSync(work, { recursive: true, force: true });
if (proxyErr.trim()) console.log(`proxy stderr (last lines):\n${proxyErr}`);
const pass = report.records_equal_guarded && result.unexpectedCount === 0 && after.ok && exitCode === 0;
console.log(pass ? "soak: PASS" : "soak: FAIL");
process.exit(pass ? 0 : 1);

function loadCases(path) {
  if (statSync(path).isDirectory()) return readdirSync(path).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(path, f), "utf8")));
  return JSON.parse(readFileSync(path, "utf8"));
}

/** The decision log, read line by line (a 10-minute run writes hundreds of MB). */
async function readRecords(path) {
  const out = { count: 0, ids: new Set(), statuses: [], verdicts: [], guardErrors: [] };
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const r = JSON.parse(line);
    out.count++;
    out.ids.add(r.decision_id);
    out.statuses.push(r.status);
    out.verdicts.push(r.verdict ?? "none");
    // A guard that failed (status "error") blocked fail-closed: keep why, for the report.
    if (r.status === "error" && out.guardErrors.length < 10) out.guardErrors.push({ decision_id: r.decision_id, rules: r.violations?.map((v) => v.rule), error: r.error });
  }
  return out;
}

function rssMiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function tally(values) {
  const out = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitReady(url) {
  for (let i = 0; i < 300; i++) {
    if (proxy.exitCode !== null) throw new Error(`the proxy exited (${proxy.exitCode}): ${proxyErr}`);
    const ok = await new Promise((r) => http.get(`${url}/readyz`, (res) => { res.resume(); r(res.statusCode === 200); }).on("error", () => r(false)));
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the proxy did not become ready in 30 s");
}
