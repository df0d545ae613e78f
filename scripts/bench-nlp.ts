/**
 * Text-reading micro-benchmark. Compile and run:
 *
 *   npx tsc --ignoreConfig -m commonjs -t es2023 --esModuleInterop --skipLibCheck --types node \
 *     --resolveJsonModule --rootDir . --outDir .cache/nlp-bench scripts/bench-nlp.ts \
 *   && node .cache/nlp-bench/scripts/bench-nlp.js [CASES_DIR]
 *
 * For every corpus case (default /work/shared/corpus/cases) prints the median µs of
 * `extractClaims` on the reply, `mayCarryClaim` on each of its sentences and
 * `extractInstructions` on the conversation, then the median and p95 over the corpus, and
 * the share of replies that take the cheap path (no claim word, nothing tagged).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { extractClaims } from "../src/claims/extract-claims";
import { mayCarryClaim } from "../src/claims/may-carry-claim";
import type { MessageView, Role } from "../src/exchange/exchange";
import { extractInstructions } from "../src/instructions/extract-instructions";

interface RawCase { id: string; request: { messages: Array<{ role: Role; content?: unknown }> }; response: { content?: string | null } }

const dir = process.argv[2] ?? "/work/shared/corpus/cases";
const ROUNDS = 300;

function medianMicros(fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    fn();
    times.push((performance.now() - start) * 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const cases = readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as RawCase);
const claimTimes: number[] = [];
const orderTimes: number[] = [];
const pieceTimes: number[] = [];
let cheap = 0;
console.log("case       chars  claims µs  orders µs");
for (const c of cases) {
  const reply = c.response.content ?? "";
  const messages: MessageView[] = c.request.messages.map((m, index) => ({
    index, role: m.role, text: typeof m.content === "string" ? m.content : "", toolCalls: [], toolCallId: null,
  }));
  for (let i = 0; i < 50; i++) {
    extractClaims(reply);
    extractInstructions(messages);
  }
  const claims = medianMicros(() => extractClaims(reply));
  const orders = medianMicros(() => extractInstructions(messages));
  for (const piece of reply.split(/(?<=[.!?])\s+/)) pieceTimes.push(medianMicros(() => mayCarryClaim(piece)));
  if (!mayCarryClaim(reply)) cheap++;
  claimTimes.push(claims);
  orderTimes.push(orders);
  console.log(`${c.id.padEnd(10)} ${String(reply.length).padStart(5)}  ${claims.toFixed(1).padStart(9)}  ${orders.toFixed(1).padStart(9)}`);
}
console.log(`\nextractClaims per reply: median ${quantile(claimTimes, 0.5).toFixed(1)} µs, p95 ${quantile(claimTimes, 0.95).toFixed(1)} µs, max ${Math.max(...claimTimes).toFixed(1)} µs`);
console.log(`extractInstructions per conversation: median ${quantile(orderTimes, 0.5).toFixed(1)} µs, p95 ${quantile(orderTimes, 0.95).toFixed(1)} µs`);
console.log(`mayCarryClaim per sentence: median ${quantile(pieceTimes, 0.5).toFixed(2)} µs, p95 ${quantile(pieceTimes, 0.95).toFixed(2)} µs`);
console.log(`replies on the cheap path (no claim word): ${cheap}/${cases.length}`);
