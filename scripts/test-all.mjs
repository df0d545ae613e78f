// The README's test command (`npm test`): every check the project has, one summary line.
// Steps: tools → typecheck → Rego format, bundle freshness, `opa test` → jest (unit, policy, e2e incl. Python client).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
process.chdir(root);
const opaDir = join(homedir(), ".cache", "opa");
const env = { ...process.env, PATH: `${opaDir}:${process.env.PATH}` };
let passed = 0;
let failed = 0;

function run(label, cmd, args, { capture = false } = {}) {
  console.log(`\n== ${label}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit", env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return r;
}

function step(label, cmd, args) {
  const ok = run(label, cmd, args).status === 0;
  ok ? passed++ : failed++;
  if (!ok) console.log(`!! ${label} failed`);
  return ok;
}

if (!step("tools", "bash", ["scripts/ensure-tools.sh"])) {
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(1);
}
step("typecheck", "npm", ["run", "--silent", "typecheck"]);
step("rego format", "npm", ["run", "--silent", "policy:fmt"]);
step("policy bundle up to date", "npm", ["run", "--silent", "policy:check"]);

// `--ignore build`: opa loads a bundle.tar.gz it finds as one more copy of every rule (its bodies
// would be merged with the sources', so a stale rule could still fire under test).
const opa = run("opa test", "opa", ["test", "policies/", "--ignore", "build", "--format=json"], { capture: true });
try {
  const results = JSON.parse(opa.stdout || "[]");
  const ok = results.filter((t) => !t.fail && !t.error && !t.skip).length;
  const bad = results.filter((t) => t.fail || t.error).length;
  console.log(`opa test: ${ok} passed, ${bad} failed`);
  for (const t of results.filter((t) => t.fail || t.error)) console.log(`  FAIL ${t.package}.${t.name}`);
  passed += ok;
  failed += bad + (opa.status !== 0 && bad === 0 ? 1 : 0);
} catch {
  console.log("opa test: could not read its output");
  failed++;
}

mkdirSync(".cache", { recursive: true });
const out = join(".cache", "jest-results.json");
run("jest", "npx", ["jest", "--ci", "--json", `--outputFile=${out}`]);
if (existsSync(out)) {
  const j = JSON.parse(readFileSync(out, "utf8"));
  passed += j.numPassedTests;
  failed += j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
  if (j.numTotalTests === 0) { console.log("jest ran no test"); failed++; }
} else {
  console.log("jest wrote no results");
  failed++;
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
