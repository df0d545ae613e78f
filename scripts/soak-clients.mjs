// The soak's load: `conns` concurrent keep-alive clients sending corpus cases to the proxy until the
// deadline or the request cap, each request JSON or SSE at random, a share of them with an upstream
// fault. Every reply is classified; a reply that does not fit its case and fault is "unexpected".
import http from "node:http";

const CLIENT_TIMEOUT_MS = 30_000;

/** What a fault must produce, by mode: the outcome kinds that are correct for it. */
const EXPECTED = {
  "reset-before-body": { json: ["proxy_502"], sse: ["proxy_502"] },
  "status-429": { json: ["upstream_429"], sse: ["upstream_429"] },
  "status-500": { json: ["upstream_500"], sse: ["upstream_500"] },
  garbage: { json: ["proxy_502"], sse: ["proxy_502"] },
  "cut-body": { json: ["proxy_502"], sse: ["stream_error", "proxy_502"] },
  "no-finish": { sse: ["stream_error", "proxy_502"] },
  stall: { json: ["proxy_504"], sse: ["stream_error", "proxy_504"] },
  "client-abort": { sse: ["client_abort"] },
};

/** Runs the load. Every request goes to the guarded route, so each must leave one decision record. */
export async function runClients({ base, cases, conns, faultRate, faults, deadline, maxRequests, counters }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: conns });
  const outcomes = {};
  const unexpected = [];
  let unexpectedCount = 0;
  const latencies = [];
  const faultKinds = (mode) => Object.keys(faults).filter((k) => faults[k].includes(mode));

  const worker = async () => {
    while (Date.now() < deadline && counters.sent < maxRequests) {
      counters.sent++;
      const c = cases[Math.floor(Math.random() * cases.length)];
      const stream = Math.random() < 0.5;
      const mode = stream ? "sse" : "json";
      const kinds = faultKinds(mode);
      const fault = Math.random() < faultRate ? kinds[Math.floor(Math.random() * kinds.length)] : null;
      const body = { ...c.request, model: `case:${c.id}${fault ? `|fault:${fault}` : ""}`, stream };
      if (stream && Math.random() < 0.5) body.stream_options = { include_usage: true };
      const t0 = performance.now();
      const got = await send(agent, base, body, fault === "client-abort");
      if (!fault && got.kind === "verdict") latencies.push(performance.now() - t0);
      const label = got.kind === "verdict" ? `verdict_${got.verdict}` : got.kind;
      const key = `${mode}:${fault ?? "none"}:${label}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      const ok = fault ? EXPECTED[fault][mode].includes(got.kind) : got.kind === "verdict" && c.expect.includes(got.verdict) && got.wellFormed;
      if (!ok) {
        unexpectedCount++;
        if (unexpected.length < 50) unexpected.push({ case: c.id, mode, fault, got });
      }
    }
  };
  await Promise.all(Array.from({ length: conns }, worker));
  latencies.sort((a, b) => a - b);
  const pct = (p) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN) * 10) / 10;

  return {
    total: counters.sent,
    guarded: counters.sent,
    outcomes: Object.fromEntries(Object.entries(outcomes).sort()),
    unexpected,
    unexpectedCount,
    latency: { p50: pct(0.5), p90: pct(0.9), p99: pct(0.99), max: Math.round((latencies.at(-1) ?? NaN) * 10) / 10 },
    /** After the load: /healthz and one normal guarded request must succeed. */
    async probe(url) {
      const health = await new Promise((r) => http.get(`${url}/healthz`, (res) => { res.resume(); r(res.statusCode); }).on("error", () => r(0)));
      const c = cases[0];
      const got = await send(agent, url, { ...c.request, model: `case:${c.id}`, stream: false }, false);
      agent.destroy();
      return { ok: health === 200 && got.kind === "verdict" && c.expect.includes(got.verdict), guarded: 1 };
    },
  };
}

/** Sends one request and classifies the reply. */
function send(agent, base, body, abortEarly) {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    let settled = false;
    const done = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = http.request(`${base}/v1/chat/completions`, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), authorization: "Bearer sk-client" } }, (res) => {
      if (abortEarly && res.statusCode === 200) {
        res.once("data", () => {
          req.destroy();
          done({ kind: "client_abort" });
        });
        return;
      }
      const parts = [];
      res.on("data", (d) => parts.push(d));
      res.on("error", (e) => done({ kind: "client_error", code: e.code ?? e.message }));
      res.on("end", () => done(classify(res, Buffer.concat(parts).toString("utf8"))));
    });
    const timer = setTimeout(() => {
      req.destroy();
      done({ kind: "client_timeout" });
    }, CLIENT_TIMEOUT_MS);
    req.on("error", (e) => done({ kind: "client_error", code: e.code ?? e.message }));
    req.end(payload);
  });
}

function classify(res, text) {
  const status = res.statusCode;
  if (status === 429) return { kind: res.headers["retry-after"] ? "upstream_429" : "upstream_429_without_retry_after" };
  if (status === 500) return { kind: "upstream_500" };
  if (status === 502 || status === 504) return { kind: `proxy_${status}`, code: safeJson(text)?.error?.code };
  if (status !== 200) return { kind: `status_${status}`, text: text.slice(0, 200) };
  if (!String(res.headers["content-type"]).includes("text/event-stream")) {
    const verdict = res.headers["x-guard-verdict"];
    const parsed = safeJson(text);
    const blocked = parsed?.choices?.[0]?.finish_reason === "content_filter";
    return { kind: verdict ? "verdict" : "no_verdict", verdict, wellFormed: !!parsed && (verdict === "block") === blocked };
  }
  const events = text.split("\n\n").map((f) => f.replace(/^data: /, "")).filter(Boolean);
  const last = events.at(-1);
  const error = events.map(safeJson).find((e) => e?.error);
  if (error) return { kind: last === "[DONE]" ? "error_then_done" : "stream_error", code: error.error.code };
  const guard = events.map(safeJson).find((e) => e?.guard)?.guard;
  if (!guard || last !== "[DONE]") return { kind: "stream_incomplete" };
  const finishes = events.map(safeJson).filter((e) => e?.choices?.[0]?.finish_reason).map((e) => e.choices[0].finish_reason);
  const wellFormed = finishes.length === 1 && (guard.verdict === "block") === (finishes[0] === "content_filter");
  return { kind: "verdict", verdict: guard.verdict, wellFormed };
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
