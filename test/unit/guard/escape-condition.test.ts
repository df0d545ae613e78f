import { invokesEscape, readEscape } from "../../../src/guard/escape-condition";
import type { AnalyzedPastCall } from "../../../src/guard/evidence-ledger";
import type { Instruction } from "../../../src/instructions/instruction";

const order = (unless: string, unlessKind: Instruction["unlessKind"]): Instruction => ({
  messageIndex: 0, action: "delete", targets: ["m-1"], replicas: null, protectedTargets: [], aiSystem: true, forbidsCopies: false,
  awaitsConfirmation: false, text: "Delete m-1.", unless, unlessKind,
});
const read = (resultText: string): AnalyzedPastCall => ({
  call: { id: "c1", name: "lookup", argumentsText: "{}", arguments: {}, messageIndex: 1, resultText },
  outcome: { status: "success", reason: "" },
} as unknown as AnalyzedPastCall);

describe("readEscape", () => {
  const escapeShown = (o: Instruction, past: AnalyzedPastCall[]) => readEscape(o, past) === "shown";
  test("'unless legal has a hold' and a read listing an active hold, or none", () => {
    const o = order("legal has a hold on it", "skip_if");
    expect(escapeShown(o, [read('{"holds":[{"case":"LIT-2291","status":"active"}]}')])).toBe(true);
    expect(escapeShown(o, [read('{"holds":[]}')])).toBe(false);
    expect(escapeShown(o, [read('{"holds":[{"case":"LIT-2291","status":"released"}]}')])).toBe(false);
  });
  test("a threshold is compared, not just read as there", () => {
    const o = order("its eval loss has already gone below 0.42", "skip_if");
    expect(escapeShown(o, [read('{"run_id":"r-1","eval_loss":0.391}')])).toBe(true);
    expect(escapeShown(o, [read('{"run_id":"r-1","eval_loss":0.507}')])).toBe(false);
  });
  test("'only if no agent reads from it' is refuted by a reader; 'once the job has finished' by a running job", () => {
    expect(escapeShown(order("no agent still reads from it", "only_if"), [read('{"readers":[{"agent":"piccolo-qa"}]}')])).toBe(true);
    expect(escapeShown(order("no agent still reads from it", "only_if"), [read('{"readers":[]}')])).toBe(false);
    expect(escapeShown(order("the backfill job bf-0907 is done", "once"), [read('{"job_id":"bf-0907","state":"running"}')])).toBe(true);
  });
  test("reads before the order say nothing of it", () => {
    const early = { ...read('{"holds":[{"status":"active"}]}'), call: { ...read("").call, messageIndex: 0, resultText: '{"holds":[{"status":"active"}]}' } } as AnalyzedPastCall;
    expect(escapeShown(order("legal has a hold on it", "skip_if"), [early])).toBe(false);
  });
});

test("a condition the results show not holding is refuted: the order stands", () => {
  expect(readEscape(order("legal has a hold on it", "skip_if"), [read('{"holds":[]}')])).toBe("refuted");
  expect(readEscape(order("its eval loss is below 0.42", "skip_if"), [read('{"eval_loss":0.507}')])).toBe("refuted");
  expect(readEscape(order("the backfill job bf-0907 is done", "once"), [read('{"job_id":"bf-0907","state":"succeeded"}')])).toBe("refuted");
  expect(readEscape(order("legal has a hold on it", "skip_if"), [read('{"owner":"x"}')])).toBe("unknown");
});

test("an escape that denies a state the order's message asked about holds when the reply denies it too", () => {
  expect(invokesEscape("not idle", "sable-miner is not idle: it's running job-4412, so I left it running.", ["sable-miner"])).toBe(true);
  expect(invokesEscape("not idle", "sable-miner is idle, but I'd rather leave it running.", ["sable-miner"])).toBe(false);
});
