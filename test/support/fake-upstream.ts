import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake upstream received. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type UpstreamHandler = (req: IncomingMessage, body: string, res: ServerResponse) => void | Promise<void>;

/**
 * A real HTTP server on 127.0.0.1:0 playing the provider. Each test scripts it by setting
 * `handle`; every request is recorded in `seen` (with `closed` set when its connection was
 * closed before the response ended: that is how tests see an upstream abort).
 */
export interface FakeUpstream {
  /** Base URL with `/v1`, as `UPSTREAM_BASE_URL` takes it. */
  baseUrl: string;
  seen: SeenRequest[];
  handle: UpstreamHandler;
  /** Resolves when a request's response was closed without finishing (aborted by the proxy). */
  aborted: Promise<void>;
  close(): Promise<void>;
}

/** Listens on `port` (default: any free port; a fixed one lets a test bring a refused upstream back). */
export async function startFakeUpstream(port = 0): Promise<FakeUpstream> {
  let abortedResolve!: () => void;
  const fake: FakeUpstream = {
    baseUrl: "",
    seen: [],
    handle: (_req, _body, res) => sendJson(res, 500, { error: { message: "no handler scripted" } }),
    aborted: new Promise<void>((r) => (abortedResolve = r)),
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (d: Buffer) => parts.push(d));
    req.on("end", () => {
      const body = Buffer.concat(parts).toString("utf8");
      fake.seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      res.on("close", () => {
        if (!res.writableFinished) abortedResolve();
      });
      void fake.handle(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export interface ReplyMessage {
  content: string | null;
  tool_calls?: Array<{ id: string; type: "function"; function: { name: string; arguments: string } }>;
}

/** A `chat.completion` body answering with `message`. */
export function completion(message: ReplyMessage, model = "gpt-test"): Record<string, unknown> {
  return {
    id: "chatcmpl-fake123",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    system_fingerprint: "fp_fake",
    choices: [{ index: 0, message: { role: "assistant", refusal: null, ...message }, logprobs: null, finish_reason: message.tool_calls?.length ? "tool_calls" : "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

/** The chunks an OpenAI stream for `message` consists of (text word by word, tool arguments in 5-char parts). */
export function streamChunks(message: ReplyMessage, options: { usage?: boolean; model?: string } = {}): Array<Record<string, unknown>> {
  const base = { id: "chatcmpl-stream123", object: "chat.completion.chunk", created: 1_700_000_001, model: options.model ?? "gpt-test", system_fingerprint: "fp_fake" };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
  const chunks = [chunk({ role: "assistant", content: "", refusal: null })];
  for (const word of message.content?.match(/\S+\s*|\s+/g) ?? []) chunks.push(chunk({ content: word }));
  (message.tool_calls ?? []).forEach((tc, index) => {
    chunks.push(chunk({ tool_calls: [{ index, id: tc.id, type: "function", function: { name: tc.function.name, arguments: "" } }] }));
    for (const part of tc.function.arguments.match(/.{1,5}/gs) ?? []) chunks.push(chunk({ tool_calls: [{ index, function: { arguments: part } }] }));
  });
  chunks.push(chunk({}, message.tool_calls?.length ? "tool_calls" : "stop"));
  if (options.usage) chunks.push({ ...base, choices: [], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } } as never);
  return chunks;
}

/** Writes `chunks` as SSE frames, one per tick, then `[DONE]` unless `done: false`. */
export function sendStream(res: ServerResponse, chunks: unknown[], options: { done?: boolean; end?: boolean } = {}): Promise<void> {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  return new Promise((resolve) => {
    let i = 0;
    const tick = () => {
      if (res.destroyed) return resolve();
      if (i < chunks.length) {
        res.write(`data: ${JSON.stringify(chunks[i++])}\n\n`);
        setImmediate(tick);
        return;
      }
      if (options.done ?? true) res.write("data: [DONE]\n\n");
      if (options.end ?? true) res.end();
      resolve();
    };
    tick();
  });
}
