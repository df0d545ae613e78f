// The soak's scripted provider: answers corpus-format cases (JSON or SSE) and, when the request's
// model asks for one, injects a fault. The model is "case:<id>" or "case:<id>|fault:<kind>".
// Loopback only; started in-process by scripts/soak.mjs.
import http from "node:http";

/** Faults the soak sprinkles in, and the stream modes each applies to. */
export const FAULTS = {
  "reset-before-body": ["json", "sse"], // connection dropped before any reply byte
  "status-429": ["json", "sse"], // rate limited, with Retry-After
  "status-500": ["json", "sse"],
  garbage: ["json", "sse"], // 200 with an HTML body
  "cut-body": ["json", "sse"], // the reply stops in the middle (connection reset)
  "no-finish": ["sse"], // the stream ends without finish_reason nor [DONE]
  stall: ["json", "sse"], // headers, part of the body, then silence (idle timeout)
  "client-abort": ["sse"], // slow stream; the client leaves after the first bytes
};

/** Starts the upstream for `cases` (corpus format). Resolves `{ port, close }`. */
export function startSoakUpstream(cases) {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const server = http.createServer((req, res) => {
    const parts = [];
    req.on("data", (d) => parts.push(d));
    req.on("end", () => answer(byId, Buffer.concat(parts).toString("utf8"), req, res));
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: server.address().port,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
      }),
    ),
  );
}

function answer(byId, body, req, res) {
  let parsed;
  try { parsed = JSON.parse(body); } catch { return json(res, 400, { error: { message: "bad json" } }); }
  const [caseRef, faultRef] = String(parsed.model).split("|");
  const c = byId.get(caseRef.replace(/^case:/, ""));
  if (!c) return json(res, 404, { error: { message: `no case ${parsed.model}` } });
  const fault = faultRef?.replace(/^fault:/, "") ?? null;
  if (fault === "reset-before-body") return req.socket.destroy();
  if (fault === "status-429") return json(res, 429, { error: { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded", param: null } }, { "retry-after": "1" });
  if (fault === "status-500") return json(res, 500, { error: { message: "The server had an error", type: "server_error", code: null, param: null } });
  if (fault === "garbage") {
    res.writeHead(200, { "content-type": "text/html" });
    return res.end("<html><body>502 Bad Gateway</body></html>");
  }
  const id = `chatcmpl-soak${Math.random().toString(36).slice(2, 10)}`;
  const created = Math.floor(Date.now() / 1000);
  const msg = c.response;
  const finish = msg.tool_calls?.length ? "tool_calls" : "stop";
  if (!parsed.stream) {
    const text = JSON.stringify({
      id, object: "chat.completion", created, model: parsed.model, system_fingerprint: "fp_soak",
      choices: [{ index: 0, message: { role: "assistant", content: msg.content ?? null, refusal: null, ...(msg.tool_calls ? { tool_calls: msg.tool_calls } : {}) }, logprobs: null, finish_reason: finish }],
      usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
    });
    if (fault === "cut-body" || fault === "stall") {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.write(text.slice(0, text.length >> 1));
      if (fault === "cut-body") setTimeout(() => res.destroy(), 5);
      return; // stall: the proxy's idle timeout ends it
    }
    return json(res, 200, JSON.parse(text));
  }
  const chunk = (delta, finish_reason = null) => ({ id, object: "chat.completion.chunk", created, model: parsed.model, system_fingerprint: "fp_soak", choices: [{ index: 0, delta, logprobs: null, finish_reason }] });
  const events = [chunk({ role: "assistant", content: "", refusal: null })];
  for (const piece of (msg.content ?? "").match(/\S+\s*|\s+/g) ?? []) events.push(chunk({ content: piece }));
  (msg.tool_calls ?? []).forEach((tc, index) => {
    events.push(chunk({ tool_calls: [{ index, id: tc.id, type: "function", function: { name: tc.function.name, arguments: "" } }] }));
    for (const part of tc.function.arguments.match(/.{1,7}/gs) ?? []) events.push(chunk({ tool_calls: [{ index, function: { arguments: part } }] }));
  });
  const half = Math.max(1, events.length >> 1);
  if (fault === "cut-body" || fault === "stall" || fault === "no-finish") events.length = half;
  else events.push(chunk({}, finish));
  if (!fault && parsed.stream_options?.include_usage) events.push({ id, object: "chat.completion.chunk", created, model: parsed.model, choices: [], usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 } });
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const gapMs = fault === "client-abort" ? 20 : 0;
  let i = 0;
  const tick = () => {
    if (res.destroyed) return;
    if (i < events.length) {
      res.write(`data: ${JSON.stringify(events[i++])}\n\n`);
      return gapMs ? setTimeout(tick, gapMs) : setImmediate(tick);
    }
    if (fault === "cut-body") return res.destroy();
    if (fault === "stall") return; // silence: the proxy's idle timeout ends it
    if (fault !== "no-finish") res.write("data: [DONE]\n\n");
    res.end();
  };
  tick();
}

function json(res, status, obj, headers = {}) {
  const s = JSON.stringify(obj);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(s), ...headers });
  res.end(s);
}
