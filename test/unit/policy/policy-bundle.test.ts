import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readPolicyBundle } from "../../../src/policy/policy-bundle";

const DEFAULT_BUNDLE = join(__dirname, "../../../policies/build/bundle.tar.gz");

/** A minimal ustar archive (one header block per file, 512-byte padded) of `files`, gzipped. */
function tarGz(files: Record<string, string>): Uint8Array {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const header = Buffer.alloc(512);
    header.write(name, 0);
    header.write("0000644\0", 100);
    header.write("0000000\0", 108);
    header.write("0000000\0", 116);
    header.write(`${Buffer.byteLength(content).toString(8).padStart(11, "0")}\0`, 124);
    header.write("00000000000\0", 136);
    header.write("        ", 148);
    header.write("0", 156);
    header.write("ustar\0" + "00", 257);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
    const body = Buffer.alloc(Math.ceil(Buffer.byteLength(content) / 512) * 512);
    body.write(content);
    blocks.push(header, body);
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

describe("readPolicyBundle", () => {
  test("reads wasm, data and manifest revision from the shipped bundle", async () => {
    const bundle = await readPolicyBundle(readFileSync(DEFAULT_BUNDLE));
    expect(Buffer.from(bundle.wasm.subarray(0, 4)).toString("latin1")).toBe("\0asm");
    expect(bundle.revision).toMatch(/^src-/);
    expect(bundle.manifest.wasm?.[0]?.entrypoint).toBe("claimcheck/decision");
    expect(bundle.data).toHaveProperty("claimcheck.tool_overrides");
  });

  test("rejects bytes that are not a gzipped tarball", async () => {
    await expect(readPolicyBundle(Buffer.from("definitely not a bundle"))).rejects.toThrow(Error);
  });

  test("rejects a bundle without policy.wasm", async () => {
    await expect(readPolicyBundle(tarGz({ "/data.json": "{}" }))).rejects.toThrow(/no \/policy\.wasm/);
  });

  test("rejects a bundle whose data.json is not JSON", async () => {
    await expect(readPolicyBundle(tarGz({ "/policy.wasm": "\0asm", "/data.json": "{oops" }))).rejects.toThrow(/data\.json is not valid JSON/);
  });

  test("rejects a bundle whose tool_overrides the classifier cannot use", async () => {
    const data = JSON.stringify({ claimcheck: { tool_overrides: { archive_model: { actions: ["copy"] } } } });
    await expect(readPolicyBundle(tarGz({ "/policy.wasm": "\0asm", "/data.json": data }))).rejects.toThrow(/tool_overrides\.archive_model/);
  });

  test("a bundle without manifest gets revision unknown and empty data", async () => {
    const bundle = await readPolicyBundle(tarGz({ "/policy.wasm": "\0asm" }));
    expect(bundle).toMatchObject({ revision: "unknown", data: {}, manifest: {} });
  });
});
