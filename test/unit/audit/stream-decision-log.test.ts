import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { createDecisionLog } from "../../../src/audit/create-decision-log";
import { createStreamDecisionLog } from "../../../src/audit/stream-decision-log";
import { aRecord } from "./record-fixture";

const base = { bufferSize: 10, batchSize: 5, flushIntervalMs: 1000, includeText: false };

/** A writable that refuses to drain until `release()` (a congested pipe). */
function slowStream(highWaterMark = 1) {
  const chunks: string[] = [];
  let pendingCallbacks: Array<() => void> = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      pendingCallbacks.push(cb);
    },
  });
  const release = () => {
    const cbs = pendingCallbacks;
    pendingCallbacks = [];
    cbs.forEach((cb) => cb());
  };
  return { stream, chunks, release };
}

describe("file decision log", () => {
  it("appends one JSON line per record and flushes on close", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "cc-log-")), "decisions.jsonl");
    const log = createDecisionLog({ ...base, sink: "file", file });
    log.write(aRecord({ decision_id: "a" }));
    log.write(aRecord({ decision_id: "b" }));
    await log.close();
    const again = createDecisionLog({ ...base, sink: "file", file });
    again.write(aRecord({ decision_id: "c" }));
    await again.close();
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).decision_id)).toEqual(["a", "b", "c"]);
  });

  it("reports an unwritable path through onError and drops, without throwing", async () => {
    const errors: Error[] = [];
    let dropped = 0;
    const log = createDecisionLog({ ...base, sink: "file", file: "/nonexistent-dir/x/decisions.jsonl" }, { onError: (e) => errors.push(e), onDrop: (n) => (dropped += n) });
    log.write(aRecord());
    await new Promise((r) => setTimeout(r, 50));
    log.write(aRecord());
    await log.close();
    expect(errors[0]?.message).toMatch(/ENOENT/);
    expect(dropped).toBeGreaterThanOrEqual(1);
  });

  it("refuses a file sink without a path", () => {
    expect(() => createDecisionLog({ ...base, sink: "file" })).toThrow(/file path/);
  });
});

describe("stdout decision log", () => {
  it("writes one line per record to stdout, the lines of one event-loop turn in one write", async () => {
    const spy = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      const log = createDecisionLog({ ...base, sink: "stdout" });
      log.write(aRecord({ decision_id: "x" }));
      log.write(aRecord({ decision_id: "y" }));
      await log.close();
      expect(spy).toHaveBeenCalledTimes(1);
      const lines = spy.mock.calls.map((c) => String(c[0])).join("").split(/(?<=\n)/);
      expect(lines).toHaveLength(2);
      expect(lines.every((l) => l.endsWith("\n") && !l.slice(0, -1).includes("\n"))).toBe(true);
      expect(JSON.parse(lines[1]!).decision_id).toBe("y");
    } finally {
      spy.mockRestore();
    }
  });
});

describe("stream decision log under backpressure", () => {
  it("buffers while congested, drops the oldest beyond bufferSize, writes the rest on drain", async () => {
    const { stream, chunks, release } = slowStream();
    let dropped = 0;
    const log = createStreamDecisionLog(stream, { bufferSize: 2, includeText: false, closeTimeoutMs: 1000, endOnClose: false }, { onDrop: (n) => (dropped += n) });
    log.write(aRecord({ decision_id: "1" }));
    await new Promise((r) => setImmediate(r)); // "1" goes to the stream, which is now congested
    for (const id of ["2", "3", "4", "5"]) log.write(aRecord({ decision_id: id }));
    expect(dropped).toBe(2); // "2","3" were dropped for "4","5"
    const closed = log.close();
    for (let i = 0; i < 5; i++) {
      release();
      await new Promise((r) => setImmediate(r));
    }
    await closed;
    expect(chunks.join("").trimEnd().split("\n").map((c) => JSON.parse(c).decision_id)).toEqual(["1", "4", "5"]);
    expect(chunks).toHaveLength(2); // "4" and "5" left in one write
  });

  it("close() gives up at its deadline when the stream never drains", async () => {
    const { stream } = slowStream();
    let dropped = 0;
    const log = createStreamDecisionLog(stream, { bufferSize: 5, includeText: false, closeTimeoutMs: 50, endOnClose: false }, { onDrop: (n) => (dropped += n) });
    log.write(aRecord());
    await new Promise((r) => setImmediate(r)); // the first line congests the stream
    log.write(aRecord());
    const start = Date.now();
    await log.close();
    expect(Date.now() - start).toBeLessThan(1000);
    expect(dropped).toBe(1);
  });

  it("counts writes after close as dropped", async () => {
    const { stream, release } = slowStream(1000);
    let dropped = 0;
    const log = createStreamDecisionLog(stream, { bufferSize: 5, includeText: false, closeTimeoutMs: 50, endOnClose: false }, { onDrop: (n) => (dropped += n) });
    release();
    await log.close();
    log.write(aRecord());
    expect(dropped).toBe(1);
  });

  it("never logs message text when includeText is off", async () => {
    const { stream, chunks, release } = slowStream(1 << 20);
    const log = createStreamDecisionLog(stream, { bufferSize: 5, includeText: false, closeTimeoutMs: 100, endOnClose: false });
    log.write(aRecord({ messages: [{ role: "user", text: "secret plan" }], reply_text: "done" }));
    release();
    await log.close();
    expect(chunks.join("")).not.toMatch(/secret plan|reply_text/);
  });
});
