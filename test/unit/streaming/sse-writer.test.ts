import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { SseWriter } from "../../../src/streaming/sse-writer";

/** A response whose socket is full: every write reports congestion until `drain`. */
class CongestedResponse extends EventEmitter {
  headersSent = false;
  destroyed = false;
  written: string[] = [];
  writeHead() {
    this.headersSent = true;
    return this;
  }
  write(frame: string) {
    this.written.push(frame);
    return false;
  }
}

describe("SseWriter", () => {
  it("waits for one drain however many frames were written during the congestion", async () => {
    const res = new CongestedResponse();
    const writer = new SseWriter(res as unknown as ServerResponse, {});
    const waits = Array.from({ length: 50 }, (_, i) => writer.write(`data: ${i}\n\n`));
    expect(res.listenerCount("drain")).toBe(1);
    expect(res.listenerCount("close")).toBe(1);
    res.emit("drain");
    await Promise.all(waits);
    expect(res.listenerCount("drain")).toBe(0);
    expect(res.listenerCount("close")).toBe(0);
    // the next congestion gets a fresh wait
    const next = writer.write("data: x\n\n");
    expect(res.listenerCount("drain")).toBe(1);
    res.emit("close");
    await next;
    expect(res.written).toHaveLength(51);
  });
});
