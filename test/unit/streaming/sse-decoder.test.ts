import { SseDecoder } from "../../../src/streaming/sse-decoder";
import { ProxyError } from "../../../src/errors/proxy-error";

/** Decodes `bytes` fed in the given pieces; returns the events' (event, data) pairs. */
function decode(pieces: Uint8Array[], maxEventBytes = 1 << 20): Array<[string | undefined, string]> {
  const events: Array<[string | undefined, string]> = [];
  const decoder = new SseDecoder((e) => events.push([e.event, e.data]), maxEventBytes);
  for (const p of pieces) decoder.feed(p);
  decoder.end();
  return events;
}

const stream = Buffer.from(
  [
    ": keep-alive comment\r\n",
    'data: {"a":"héllo wörld ✓ 🚀"}\r\n\r\n',
    "event: ping\ndata: {}\n\n",
    'data: {"multi":\ndata: "line"}\n\n',
    "data: [DONE]\n\n",
  ].join(""),
  "utf8",
);
const expected: Array<[string | undefined, string]> = [
  [undefined, '{"a":"héllo wörld ✓ 🚀"}'],
  ["ping", "{}"],
  [undefined, '{"multi":\n"line"}'],
  [undefined, "[DONE]"],
];

describe("SseDecoder", () => {
  it("decodes comments, CRLF, named events, multi-line data and [DONE]", () => {
    expect(decode([stream])).toEqual(expected);
  });

  it("gives the same events when the bytes are split at every single boundary", () => {
    for (let cut = 1; cut < stream.length; cut++) {
      expect(decode([stream.subarray(0, cut), stream.subarray(cut)])).toEqual(expected);
    }
  });

  it("gives the same events when fed one byte at a time (multi-byte characters split too)", () => {
    const bytes = [...stream].map((b) => Uint8Array.of(b));
    expect(decode(bytes)).toEqual(expected);
  });

  it("drops an event that never got its blank line when the stream ends", () => {
    expect(decode([Buffer.from('data: {"a":1}\n\ndata: {"b":2}')])).toEqual([[undefined, '{"a":1}']]);
  });

  it("refuses an event larger than the limit instead of buffering it", () => {
    const decoder = new SseDecoder(() => undefined, 100);
    decoder.feed(Buffer.from("data: " + "x".repeat(60)));
    expect(() => decoder.feed(Buffer.from("x".repeat(60)))).toThrow(ProxyError);
  });
});
