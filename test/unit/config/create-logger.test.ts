import { Writable } from "node:stream";
import { createLogger } from "../../../src/logging/create-logger";

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe("createLogger", () => {
  it("redacts authorization headers and masks sk-… values anywhere in logged fields", () => {
    const { lines, stream } = capture();
    const logger = createLogger("info", stream);
    logger.info({ headers: { authorization: "Bearer sk-live-abcdef123456", "x-api-key": "k" }, note: "upstream said key sk-proj-ZZZZZZZZ is bad", nested: { detail: "rk-abcdefgh9" } }, "upstream call");
    const line = lines.join("");
    expect(line).not.toMatch(/sk-live-abcdef123456|sk-proj-ZZZZZZZZ|rk-abcdefgh9/);
    expect(JSON.parse(line)).toEqual(expect.objectContaining({ headers: { authorization: "[redacted]", "x-api-key": "[redacted]" }, note: "upstream said key sk-[redacted] is bad", nested: { detail: "rk-[redacted]" } }));
  });
});
