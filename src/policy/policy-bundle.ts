import { Parser, type ReadEntry } from "tar";
import { invalidToolOverrides } from "../classify/classify-overrides";

/** The parts of an OPA bundle (`opa build -t wasm`) that claimcheck loads. */
export interface PolicyBundle {
  /** `/policy.wasm`: the compiled policy. */
  wasm: Uint8Array;
  /** `/data.json`: the bundle's data document (`{}` when the bundle has none). */
  data: unknown;
  /** `/.manifest`, parsed (`{}` when absent). */
  manifest: BundleManifest;
  /** `manifest.revision`, or "unknown" when the bundle has none. */
  revision: string;
}

export interface BundleManifest {
  revision?: string;
  wasm?: Array<{ entrypoint: string; module: string }>;
  [key: string]: unknown;
}

/** Largest file read from a bundle; a bigger one is rejected rather than buffered. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
const WANTED = new Set(["policy.wasm", "data.json", ".manifest"]);

/**
 * Reads a gzipped bundle tarball in memory (the wasm SDK cannot). Rejects with an `Error`
 * when the archive is damaged, has no `policy.wasm`, its JSON files do not parse, or its
 * `claimcheck.tool_overrides` has an entry the classifier cannot use.
 */
export async function readPolicyBundle(bytes: Uint8Array): Promise<PolicyBundle> {
  const files = await extractFiles(bytes);
  const wasm = files.get("policy.wasm");
  if (!wasm) throw new Error("bundle has no /policy.wasm (build it with `opa build -t wasm`)");
  const data = parseJsonFile(files, "data.json", {});
  const manifest = parseJsonFile(files, ".manifest", {}) as BundleManifest;
  if (manifest === null || typeof manifest !== "object") throw new Error("bundle /.manifest is not an object");
  const badOverrides = invalidToolOverrides((data as { claimcheck?: { tool_overrides?: unknown } } | null)?.claimcheck?.tool_overrides);
  if (badOverrides.length) throw new Error(`bundle /data.json: ${badOverrides.join("; ")}`);
  return { wasm, data, manifest, revision: typeof manifest.revision === "string" && manifest.revision ? manifest.revision : "unknown" };
}

function parseJsonFile(files: Map<string, Uint8Array>, name: string, fallback: unknown): unknown {
  const raw = files.get(name);
  if (!raw) return fallback;
  try {
    return JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("utf8"));
  } catch (error) {
    throw new Error(`bundle /${name} is not valid JSON: ${(error as Error).message}`);
  }
}

function extractFiles(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, Uint8Array>();
    let failed = false;
    const fail = (error: Error) => {
      if (!failed) reject(error);
      failed = true;
    };
    // strict: a damaged archive is an error, not a warning and a partial read.
    const parser = new Parser({
      strict: true,
      onReadEntry(entry: ReadEntry) {
        // Bundle paths are rooted ("/policy.wasm"); only the top-level files matter.
        const name = entry.path.replace(/^\/+/, "");
        if (!WANTED.has(name)) return entry.resume();
        if (entry.size > MAX_ENTRY_BYTES) {
          entry.resume();
          return fail(new Error(`bundle /${name} is larger than ${MAX_ENTRY_BYTES} bytes`));
        }
        const chunks: Buffer[] = [];
        entry.on("data", (chunk: Buffer) => chunks.push(chunk));
        entry.on("end", () => files.set(name, Buffer.concat(chunks)));
      },
    });
    parser.on("error", (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
    parser.on("end", () => {
      if (!failed) resolve(files);
    });
    try {
      parser.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
