/**
 * Policy evaluation benchmark: `npm run bench:policy`.
 *
 * Loads the shipped default bundle through `PolicyStore`, evaluates a typical agent turn's
 * policy input (test/policy/fixtures/typical-turn.input.json, ~6 KB) and prints the median
 * and p99 latency of `store.evaluate` (wasm evaluation + decision validation), then RSS and
 * wasm memory before and after 1,000,000 evaluations. Options: `--evals N`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { PolicyStore } from "../src/policy/policy-store";
import type { PolicyInput } from "../src/policy/policy-input";

const root = process.cwd(); // npm runs scripts from the package root
const bundlePath = join(root, "policies/build/bundle.tar.gz");
const inputPath = join(root, "test/policy/fixtures/typical-turn.input.json");
const evalsArg = process.argv.indexOf("--evals");
const evals = evalsArg > 0 ? Number(process.argv[evalsArg + 1]) : 1_000_000;
const SAMPLES = 20_000;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function main(): Promise<void> {
  const store = await PolicyStore.load({ bundlePath, watch: false });
  const input = JSON.parse(readFileSync(inputPath, "utf8")) as PolicyInput;
  const first = store.evaluate(input);
  if (!first.ok) throw new Error(`the benchmark input does not evaluate: ${first.error}`);
  console.log(`bundle ${store.revision()}, input ${JSON.stringify(input).length} bytes, verdict ${first.decision.verdict}`);

  for (let i = 0; i < 5_000; i++) store.evaluate(input); // warm up the JIT
  const times = new Float64Array(SAMPLES);
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    store.evaluate(input);
    times[i] = performance.now() - start;
  }
  times.sort();
  const us = (q: number) => (times[Math.min(SAMPLES - 1, Math.floor(q * SAMPLES))]! * 1000).toFixed(1);
  console.log(`latency over ${SAMPLES} evaluations: median ${us(0.5)} µs, p99 ${us(0.99)} µs`);

  const wasmBytes = () => store.policy().instance.mem.buffer.byteLength;
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const wasmBefore = wasmBytes();
  const start = performance.now();
  let failures = 0;
  for (let i = 0; i < evals; i++) if (!store.evaluate(input).ok) failures++;
  const seconds = (performance.now() - start) / 1000;
  global.gc?.();
  const rssAfter = process.memoryUsage().rss;
  console.log(`${evals} evaluations in ${seconds.toFixed(1)} s (${((seconds / evals) * 1e6).toFixed(1)} µs each), ${failures} failures`);
  console.log(`rss ${mib(rssBefore)} -> ${mib(rssAfter)}; wasm memory ${mib(wasmBefore)} -> ${mib(wasmBytes())}`);
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
