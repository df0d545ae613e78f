import { createParser, type EventSourceMessage, type EventSourceParser } from "eventsource-parser";
import { ProxyError } from "../errors/proxy-error";

/**
 * Decodes an SSE byte stream into events. Robust to frames split at any byte (multi-byte UTF-8
 * characters included: the `TextDecoder` runs in streaming mode), `\r\n` line ends, comments and
 * multi-line `data:`; `eventsource-parser` does the line grammar.
 *
 * `maxEventBytes` bounds the bytes fed since the last complete event, so an upstream that never
 * ends an event cannot make the proxy buffer without limit.
 */
export class SseDecoder {
  private readonly parser: EventSourceParser;
  private readonly text = new TextDecoder("utf-8");
  private bytesSinceEvent = 0;
  private sawEvent = false;

  constructor(
    onEvent: (event: EventSourceMessage) => void,
    private readonly maxEventBytes: number,
  ) {
    this.parser = createParser({
      onEvent: (event) => {
        this.sawEvent = true;
        onEvent(event);
      },
    });
  }

  /** Feeds raw bytes; `onEvent` runs synchronously for each event they complete. */
  feed(chunk: Uint8Array): void {
    this.sawEvent = false;
    this.parser.feed(this.text.decode(chunk, { stream: true }));
    // After an event the unfinished remainder is at most this chunk; count it conservatively.
    this.bytesSinceEvent = this.sawEvent ? 0 : this.bytesSinceEvent + chunk.byteLength;
    if (this.bytesSinceEvent > this.maxEventBytes) {
      throw new ProxyError("upstream_invalid_response", `The upstream sent an SSE event larger than ${this.maxEventBytes} bytes.`);
    }
  }

  /** The stream ended: flushes a trailing partial character; an event without its blank line is dropped (per the SSE spec). */
  end(): void {
    const rest = this.text.decode();
    if (rest) this.parser.feed(rest);
  }
}
