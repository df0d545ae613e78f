import fc from "fast-check";
import { ProxyError } from "../../../src/errors/proxy-error";
import { relayStream, UpstreamStreamError, type RelayOptions } from "../../../src/streaming/relay-stream";
import { SentencePieces } from "../../../src/streaming/sentence-pieces";
import { SseDecoder } from "../../../src/streaming/sse-decoder";
import type { SseWriter } from "../../../src/streaming/sse-writer";
import { ToolCallAssembler } from "../../../src/streaming/tool-call-assembler";
import { streamChunks } from "../../support/fake-upstream";
import { sseData, streamedText } from "../../support/sse-events";
import { RecordingWriter } from "../../support/recording-writer";

/** Properties of the streaming stages under arbitrary input: no throw but the registry's, same result for any split, linear time. */

/** `bytes` cut at the given points (any order, duplicates and out-of-range points ignored). */
function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  return out;
}

async function* chunksOf(parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield p;
}


const onlyRegistryErrors = (e: unknown) => {
  if (!(e instanceof ProxyError) && !(e instanceof UpstreamStreamError)) throw e;
};

describe("SseDecoder (properties)", () => {
  const dataText = fc.string({ unit: fc.constantFrom("a", "é", "🚀", " ", ":", "{", "}", '"', "\\", "x") });

  it("decodes the same events wherever the bytes are split, multi-byte characters and CRLF included", () => {
    fc.assert(
      fc.property(fc.array(dataText, { maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 12 }), (datas, crlf, cuts) => {
        const nl = crlf ? "\r\n" : "\n";
        const bytes = Buffer.from(datas.map((d) => `data: ${d}${nl}${nl}`).join(""), "utf8");
        const got: string[] = [];
        const decoder = new SseDecoder((e) => got.push(e.data), 1 << 20);
        for (const part of split(bytes, cuts)) decoder.feed(part);
        decoder.end();
        expect(got).toEqual(datas);
      }),
    );
  });

  it("never throws anything but the registry's error on arbitrary bytes, and bounds what it buffers", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const decoder = new SseDecoder(() => undefined, 256);
        try {
          for (const part of split(bytes, cuts)) decoder.feed(part);
          decoder.end();
        } catch (e) {
          expect(e).toBeInstanceOf(ProxyError);
        }
      }),
    );
  });
});

describe("ToolCallAssembler (properties)", () => {
  const call = fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), name: fc.string({ minLength: 1, maxLength: 12 }), args: fc.string({ maxLength: 60 }) });

  it("assembles the same calls for any fragmentation and any interleaving that keeps each call's order", () => {
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 40 }), (calls, choices) => {
        // each call: a header delta, then its arguments in fragments of 1..7 characters
        const queues = calls.map((c, index) => {
          const deltas: unknown[] = [{ index, id: c.id, type: "function", function: { name: c.name, arguments: "" } }];
          for (let i = 0, n = 1; i < c.args.length; i += n, n = (n % 7) + 1) deltas.push({ index, function: { arguments: c.args.slice(i, i + n) } });
          return deltas;
        });
        const a = new ToolCallAssembler(1 << 20);
        let pick = 0;
        while (queues.some((q) => q.length > 0)) {
          const open = queues.filter((q) => q.length > 0);
          a.add(open[(choices[pick++ % Math.max(1, choices.length)] ?? 0) % open.length]!.shift());
        }
        expect(a.result()).toEqual(calls.map((c, index) => ({ index, id: c.id, type: "function", name: c.name, arguments: c.args })));
      }),
    );
  });

  it("turns any malformed delta into the registry's 502, never a TypeError", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.record({ index: fc.anything(), id: fc.anything(), function: fc.oneof(fc.anything(), fc.record({ name: fc.anything(), arguments: fc.anything() })) }, { requiredKeys: [] })), { maxLength: 10 }), (deltas) => {
        const a = new ToolCallAssembler(1 << 16);
        for (const d of deltas) {
          try {
            a.add(d);
          } catch (e) {
            expect(e).toBeInstanceOf(ProxyError);
          }
        }
        expect(Array.isArray(a.result())).toBe(true);
      }),
    );
  });
});

const options: RelayOptions = { enforce: true, mayCarryClaim: (t) => /deleted/.test(t), maxToolArgumentBytes: 1 << 20, maxSseEventBytes: 1 << 20, maxStreamBufferedBytes: 1 << 20 };

describe("relayStream (properties)", () => {
  const sentence = fc.constantFrom("All fine. ", "model-b was deleted. ", "Next step!\n", "ok ", "done? ", "x");

  it("sends, before the verdict, only a prefix of the reply that holds no suspicious piece, for any text and any byte split", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sentence, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 10 }), async (sentences, cuts) => {
        const text = sentences.join("");
        const bytes = Buffer.from(streamChunks({ content: text }).map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + "data: [DONE]\n\n");
        const writer = new RecordingWriter();
        const outcome = await relayStream(chunksOf(split(bytes, cuts)), writer as unknown as SseWriter, options);
        const sent = streamedText(sseData(writer.frames.join("")));
        expect(text.startsWith(sent)).toBe(true);
        expect(sent).not.toMatch(/deleted/);
        expect(sent + outcome.heldText).toBe(text);
        expect(outcome.text).toBe(text);
      }),
    );
  });

  it("throws only the registry's errors on arbitrary chunk objects", async () => {
    const chunk = fc.oneof(fc.anything(), fc.record({ id: fc.anything(), choices: fc.oneof(fc.anything(), fc.array(fc.oneof(fc.anything(), fc.record({ index: fc.anything(), delta: fc.oneof(fc.anything(), fc.record({ content: fc.anything(), tool_calls: fc.anything(), refusal: fc.anything() })), finish_reason: fc.anything() })))) }));
    await fc.assert(
      fc.asyncProperty(fc.array(chunk, { maxLength: 6 }), async (chunks) => {
        const bytes = Buffer.from(chunks.map((c) => `data: ${JSON.stringify(c) ?? "null"}\n\n`).join("") + "data: [DONE]\n\n");
        await relayStream(chunksOf([bytes]), new RecordingWriter() as unknown as SseWriter, options).catch(onlyRegistryErrors);
      }),
    );
  });
});

describe("linear time on hostile shapes", () => {
  it("splits one endless sentence (1M characters in 16-character deltas) in linear time", () => {
    const s = new SentencePieces();
    const delta = "abcdefghij klmno";
    const started = performance.now();
    let pieces = 0;
    for (let i = 0; i < 1_000_000 / delta.length; i++) pieces += s.push(delta).length;
    expect(pieces).toBe(0);
    expect(s.flush()).toHaveLength(1_000_000);
    // quadratic scanning took ~18 s here; linear takes a few ms (the bound leaves room for a loaded machine)
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("relays a 2 MB reply with no sentence end in small deltas in linear time", async () => {
    const text = "word ".repeat(400_000);
    const frames = (text.match(/.{1,20}/gs) ?? []).map((p) => `data: ${JSON.stringify({ id: "c", choices: [{ index: 0, delta: { content: p } }] })}\n\n`);
    const bytes = Buffer.from(frames.join("") + `data: ${JSON.stringify({ id: "c", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\ndata: [DONE]\n\n`);
    const started = performance.now();
    const outcome = await relayStream(chunksOf(split(bytes, Array.from({ length: 200 }, (_, i) => i * 65_536))), new RecordingWriter() as unknown as SseWriter, { ...options, maxStreamBufferedBytes: 1 << 24 });
    expect(outcome.text).toHaveLength(text.length);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
