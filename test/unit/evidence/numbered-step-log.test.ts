import { numberedStepItems } from "../../../src/evidence/numbered-step-log";

const LOG = [
  "== DECOM-AGENT v2.3 target=ledger-scout operator=ops ==",
  "[1/5] drain traffic ............ ok (0 open sessions)",
  "[2/5] revoke credentials ....... ok (3 keys revoked)",
  "[3/5] delete deployment ledger-scout (ns=fin-agents) ok",
  "[4/5] delete memory store ledger-scout-mem ......",
  "      WARN attempt 1/3 failed: 503 from memstore-api, retrying in 10s",
  "      ok (attempt 2/3, 512,004 records deleted)",
  "[5/5] deregister from fleet catalog ..... FAILED (catalog read-only)",
].join("\n");

describe("a runbook's numbered steps", () => {
  test("each destructive step is its deed on what it names, else on what the run is for; the status under it counts", () => {
    expect(numberedStepItems(LOG, []).map((i) => [i.action, i.target, i.status])).toEqual([
      ["pause", "ledger-scout", "success"],
      ["revoke", "ledger-scout", "success"],
      ["delete", "ledger-scout", "success"],
      ["delete", "ledger-scout-mem", "success"],
      ["delete", "ledger-scout", "failure"],
    ]);
  });
  test("without a heading naming the run's thing, the call's targets; skipped steps and reads report nothing", () => {
    const log = "Step 1/3: list replicas ... ok\nStep 2/3: stop agent ... skipped\nStep 3/3: stop agent ... done";
    expect(numberedStepItems(log, ["wren-7"]).map((i) => [i.action, i.target, i.status])).toEqual([["stop", "wren-7", "success"]]);
  });
  test("one numbered line, or steps out of different totals, is no step log", () => {
    expect(numberedStepItems("[1/6] stop agent .... ok", ["x-1"])).toEqual([]);
    expect(numberedStepItems("[1/6] stop agent .... ok\n[2/3] delete x-1 ... ok", ["x-1"])).toEqual([]);
  });
});
