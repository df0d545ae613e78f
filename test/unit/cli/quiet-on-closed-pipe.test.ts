import { spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transformSync } from "@swc/core";
import { quietOnClosedPipe } from "../../../src/cli/quiet-on-closed-pipe";

describe("a closed output pipe ends the checker quietly", () => {
  test("a process printing into `| head -1` exits 0 without a stack trace", () => {
    // The helper runs in a real process whose stdout is a pipe that `head` closes early.
    const dir = mkdtempSync(join(tmpdir(), "claimcheck-pipe-"));
    const source = readFileSync(join(__dirname, "../../../src/cli/quiet-on-closed-pipe.ts"), "utf8");
    writeFileSync(join(dir, "helper.js"), transformSync(source, { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }).code);
    writeFileSync(join(dir, "child.js"), [
      'const { quietOnClosedPipe } = require("./helper.js");',
      'quietOnClosedPipe(process.stdout, () => process.exit(0), (e) => { process.stderr.write("other " + e.message); process.exit(3); });',
      'let i = 0; const line = "x".repeat(200) + "\\n";',
      "(function pump() { while (i < 20000) { i++; if (!process.stdout.write(line)) { process.stdout.once(\"drain\", pump); return; } } })();",
    ].join("\n"));
    const run = spawnSync("bash", ["-c", "set -o pipefail; node child.js | head -1 >/dev/null"], { cwd: dir, encoding: "utf8", env: process.env });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // Without the listener, the same process dies on the unhandled EPIPE.
    writeFileSync(join(dir, "bare.js"), readFileSync(join(dir, "child.js"), "utf8").split("\n").slice(2).join("\n"));
    const bare = spawnSync("bash", ["-c", "set -o pipefail; node bare.js | head -1 >/dev/null"], { cwd: dir, encoding: "utf8", env: process.env });
    expect(bare.status).not.toBe(0);
  });
  test("other stream errors are reported, not swallowed", () => {
    const stream = new EventEmitter();
    const onClosed = jest.fn();
    const onError = jest.fn();
    quietOnClosedPipe(stream, onClosed, onError);
    const e = Object.assign(new Error("disk full"), { code: "ENOSPC" });
    stream.emit("error", e);
    expect(onError).toHaveBeenCalledWith(e);
    expect(onClosed).not.toHaveBeenCalled();
  });
  test("repeated EPIPE errors close once", () => {
    const stream = new EventEmitter();
    const onClosed = jest.fn();
    quietOnClosedPipe(stream, onClosed, jest.fn());
    for (let i = 0; i < 3; i++) stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(onClosed).toHaveBeenCalledTimes(1);
  });
});
