import { relayStream, type RelayOptions } from "../../../src/streaming/relay-stream";
import type { SseWriter } from "../../../src/streaming/sse-writer";
import { streamChunks } from "../../support/fake-upstream";
import { sseData, streamedText } from "../../support/sse-events";
import { RecordingWriter } from "../../support/recording-writer";


const options: RelayOptions = { enforce: true, mayCarryClaim: (t) => /deleted/.test(t), maxToolArgumentBytes: 1 << 20, maxSseEventBytes: 1 << 20, maxStreamBufferedBytes: 1 << 20 };

async function* pieces(bytes: Buffer, cuts: number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const c of [...cuts, bytes.length]) {
    yield bytes.subarray(from, c);
    from = c;
  }
}

describe("relayStream", () => {
  const message = { content: "Looking. model-b was deleted. Bye ✓", tool_calls: [{ id: "call_1", type: "function" as const, function: { name: "delete_model", arguments: '{"name":"model-b"}' } }] };
  const bytes = Buffer.from(streamChunks(message, { usage: true }).map((c) => `data: ${JSON.stringify(c)}\r\n\r\n`).join("") + "data: [DONE]\r\n\r\n");

  it("returns the same outcome and sends the same frames wherever the upstream bytes are split", async () => {
    const reference = new RecordingWriter();
    const expected = await relayStream(pieces(bytes, []), reference as unknown as SseWriter, options);
    expect(expected.text).toBe(message.content);
    expect(expected.heldText).toBe("model-b was deleted. Bye ✓");
    expect(expected.toolCalls).toEqual([{ index: 0, id: "call_1", type: "function", name: "delete_model", arguments: '{"name":"model-b"}' }]);
    expect(expected.finishReason).toBe("tool_calls");
    expect(expected.usage).toEqual(expect.objectContaining({ choices: [] }));
    expect(streamedText(sseData(reference.frames.join("")))).toBe("Looking. ");
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const writer = new RecordingWriter();
      const outcome = await relayStream(pieces(bytes, [cut, Math.min(bytes.length, cut + 3)]), writer as unknown as SseWriter, options);
      expect(outcome).toEqual(expected);
      expect(writer.frames.join("")).toBe(reference.frames.join(""));
    }
  });

  it("refuses a reply larger than the stream buffer limit", async () => {
    await expect(relayStream(pieces(bytes, []), new RecordingWriter() as unknown as SseWriter, { ...options, maxStreamBufferedBytes: 10 })).rejects.toThrow(/exceeds 10 bytes/);
  });
});
