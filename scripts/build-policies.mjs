#!/usr/bin/env node
// Builds, checks, formats and tests the Rego policies in policies/.
//
//   node scripts/build-policies.mjs build   compile policies/ to policies/build/bundle.tar.gz (wasm)
//   node scripts/build-policies.mjs check   fail when the committed bundle is older than the sources
//   node scripts/build-policies.mjs fmt     fail when a .rego file is not `opa fmt`-formatted
//   node scripts/build-policies.mjs test    run every *_test.rego (opa test -v)
//
// The bundle's .manifest revision is "src-" + a hash of the sources that go into it, so
// `check` needs no OPA: it recomputes the hash and compares (CI runs it to prove the
// committed bundle is up to date).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { Parser } from "tar";

const { loadPolicy } = createRequire(import.meta.url)("@open-policy-agent/opa-wasm");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const policiesDir = join(root, "policies");
const bundlePath = join(policiesDir, "build", "bundle.tar.gz");
const entrypoint = "claimcheck/decision";
const wasmCapabilities = join(root, "node_modules/@open-policy-agent/opa-wasm/capabilities.json");
/** Folders of policies/ that are not part of the default bundle. */
const excludedDirs = new Set(["build", "examples"]);
/** What `opa build` loads from a directory: modules and data files. */
const sourceExtensions = [".rego", ".json", ".yaml", ".yml"];
const opaInstall = "GOBIN=~/.cache/opa go install github.com/open-policy-agent/opa@v1.22.3";

/** Every file that goes into the bundle, as sorted paths relative to policies/. */
function bundleSources(dir = policiesDir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === policiesDir && excludedDirs.has(entry.name))) files.push(...bundleSources(path));
    } else if (sourceExtensions.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith("_test.rego")) {
      files.push(relative(policiesDir, path).split(sep).join("/"));
    }
  }
  return files.sort();
}

/** "src-" + the first 16 hex digits of a sha256 over the sources' paths and contents. */
function sourceRevision() {
  const hash = createHash("sha256");
  for (const file of bundleSources()) {
    hash.update(file).update("\0").update(readFileSync(join(policiesDir, file))).update("\0");
  }
  return `src-${hash.digest("hex").slice(0, 16)}`;
}

function findOpa() {
  for (const candidate of ["opa", join(homedir(), ".cache/opa/opa")]) {
    if (spawnSync(candidate, ["version"], { stdio: "ignore" }).status === 0) return candidate;
  }
  console.error(`opa (the OPA CLI, v1.22.3) was not found on PATH nor at ~/.cache/opa/opa.\nInstall it with:\n  ${opaInstall}`);
  process.exit(2);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root });
  if (result.status !== 0) throw new Error(`${command} ${args[0]} failed (exit ${result.status ?? result.signal})`);
}

/**
 * The wasm SDK's capabilities (its builtins, so a policy using one it lacks fails to build)
 * plus the language features Rego v1 needs, which that file predates.
 */
function capabilitiesFile(dir) {
  const capabilities = JSON.parse(readFileSync(wasmCapabilities, "utf8"));
  capabilities.features = ["rego_v1", "keywords_in_refs"];
  const path = join(dir, "capabilities.json");
  writeFileSync(path, JSON.stringify(capabilities));
  return path;
}

/** Builds into a temporary folder and replaces the bundle only once the new one loads. */
async function build() {
  const opa = findOpa();
  const revision = sourceRevision();
  const work = mkdtempSync(join(tmpdir(), "claimcheck-opa-"));
  try {
    const built = join(work, "bundle.tar.gz");
    run(opa, [
      "build", "-t", "wasm", "-e", entrypoint,
      "--capabilities", capabilitiesFile(work),
      "--revision", revision,
      "--ignore", "*_test.rego",
      ...[...excludedDirs].flatMap((dir) => ["--ignore", dir]),
      "-o", built,
      relative(root, policiesDir),
    ]);
    await verifyBundle(built).catch((error) => {
      throw new Error(`the built bundle does not load in @open-policy-agent/opa-wasm: ${error?.message ?? error}`);
    });
    copyFileSync(built, bundlePath);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`built ${relative(root, bundlePath)} (revision ${revision}, ${bundleSources().length} source files)`);
}

/** Reads the named top-level files of a bundle tarball into memory. */
function readBundleFiles(path, names) {
  return new Promise((resolve, reject) => {
    const files = new Map();
    const parser = new Parser({
      strict: true,
      onReadEntry(entry) {
        const name = entry.path.replace(/^\/+/, "");
        if (!names.includes(name)) return entry.resume();
        const chunks = [];
        entry.on("data", (chunk) => chunks.push(chunk));
        entry.on("end", () => files.set(name, Buffer.concat(chunks)));
      },
    });
    parser.on("end", () => resolve(files));
    parser.on("error", reject);
    parser.end(readFileSync(path));
  });
}

async function bundleRevision() {
  const manifest = (await readBundleFiles(bundlePath, [".manifest"])).get(".manifest");
  if (!manifest) throw new Error(`${relative(root, bundlePath)} has no .manifest`);
  return JSON.parse(manifest.toString("utf8")).revision;
}

/**
 * Loads the built wasm the way claimcheck does and evaluates an empty input: OPA can emit a
 * module that compiles but does not instantiate, which `opa test` (not wasm) cannot see.
 */
async function verifyBundle(path) {
  const files = await readBundleFiles(path, ["policy.wasm", "data.json"]);
  const policy = await loadPolicy(files.get("policy.wasm"), { initial: 5, maximum: 512 });
  policy.setData(JSON.parse(files.get("data.json")?.toString("utf8") ?? "{}"));
  const input = { version: "claimcheck.policy-input/v1", tools: [], instructions: [], history: [], reply: { text: "", tool_calls: [] }, claims: [] };
  const result = policy.evaluate(input, entrypoint);
  if (result?.[0]?.result?.verdict !== "allow") throw new Error(`an empty input does not evaluate to allow: ${JSON.stringify(result)}`);
}

async function check() {
  const expected = sourceRevision();
  if (!existsSync(bundlePath)) {
    console.error(`${relative(root, bundlePath)} is missing: run npm run policy:build`);
    process.exit(1);
  }
  const actual = await bundleRevision();
  if (actual !== expected) {
    console.error(`${relative(root, bundlePath)} is stale (bundle ${actual}, sources ${expected}): run npm run policy:build and commit it`);
    process.exit(1);
  }
  console.log(`${relative(root, bundlePath)} is up to date (${actual})`);
}

const commands = {
  build,
  check,
  fmt: () => run(findOpa(), ["fmt", "--list", "--fail", relative(root, policiesDir)]),
  test: () => run(findOpa(), ["test", relative(root, policiesDir), "-v", "--ignore", "build"]),
};

const command = commands[process.argv[2] ?? ""];
if (!command) {
  console.error(`usage: node scripts/build-policies.mjs ${Object.keys(commands).join("|")}`);
  process.exit(2);
}
try {
  await command();
} catch (error) {
  console.error(error?.message ?? error);
  process.exit(1);
}
