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
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "tar";

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
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The wasm SDK's capabilities (its builtins, so a policy using one it lacks fails to build)
 * plus the language features Rego v1 needs, which that file predates.
 */
function capabilitiesFile() {
  const capabilities = JSON.parse(readFileSync(wasmCapabilities, "utf8"));
  capabilities.features = ["rego_v1", "keywords_in_refs"];
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-opa-"));
  const path = join(dir, "capabilities.json");
  writeFileSync(path, JSON.stringify(capabilities));
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function build() {
  const opa = findOpa();
  const revision = sourceRevision();
  const capabilities = capabilitiesFile();
  try {
    run(opa, [
      "build", "-t", "wasm", "-e", entrypoint,
      "--capabilities", capabilities.path,
      "--revision", revision,
      "--ignore", "*_test.rego",
      ...[...excludedDirs].flatMap((dir) => ["--ignore", dir]),
      "-o", relative(root, bundlePath),
      relative(root, policiesDir),
    ]);
  } finally {
    capabilities.cleanup();
  }
  console.log(`built ${relative(root, bundlePath)} (revision ${revision}, ${bundleSources().length} source files)`);
}

/** Reads the revision from the committed bundle's .manifest. */
function bundleRevision() {
  return new Promise((resolve, reject) => {
    let manifest = "";
    const parser = new Parser({
      onReadEntry(entry) {
        if (entry.path.replace(/^\/+/, "") === ".manifest") entry.on("data", (chunk) => (manifest += chunk));
        else entry.resume();
      },
    });
    parser.on("end", () => {
      try {
        resolve(JSON.parse(manifest).revision);
      } catch {
        reject(new Error(`${relative(root, bundlePath)} has no readable .manifest`));
      }
    });
    parser.on("error", reject);
    parser.end(readFileSync(bundlePath));
  });
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
await command();
