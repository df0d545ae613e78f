import { thingsDoneOneByOne } from "../../../src/claims/counted-deeds";
import { DEFAULT_ACTION_FAMILIES } from "../../../src/claims/action-families";
import type { LedgerEntry } from "../../../src/guard/evidence-ledger";

let order = 0;
const deed = (over: Partial<LedgerEntry>): LedgerEntry => ({
  callId: `call_${order}`, tool: "delete_checkpoint", order: order++, kind: "action", action: "delete", state: null,
  targets: ["wl-2207/18000", "wl-2207/step-18000"], replicas: null, outcome: "success", summary: "delete_checkpoint(run_id=wl-2207, step=18000)",
  reason: "ok: true", scope: [], ...over,
});
const count = (ledger: LedgerEntry[]) => thingsDoneOneByOne("delete", ledger, DEFAULT_ACTION_FAMILIES);

describe("thingsDoneOneByOne", () => {
  const second = { targets: ["wl-2207/19000", "wl-2207/step-19000"], summary: "delete_checkpoint(run_id=wl-2207, step=19000)" };
  test("calls of one tool, one thing each, counted; a unit spelled two ways is one thing", () => {
    expect(count([deed({}), deed(second)])).toBe(2);
    // A retry of the same call did one thing; a failed call did none.
    expect(count([deed({}), deed({}), deed(second), deed({ ...second, targets: ["wl-2207/20000"], summary: "x(step=20000)", outcome: "failure" })])).toBe(2);
  });
  test("calls on one name with other arguments did different things", () => {
    const wipe = (store: string) => deed({ tool: "wipe_agent_memory", targets: ["thimble-support"], summary: `wipe_agent_memory(agent_id=thimble-support, store=${store})` });
    expect(count([wipe("working"), wipe("long_term")])).toBe(2);
  });
  test("not known: a single call (it may remove a whole with its parts), two tools, a call on several names or many at once", () => {
    expect(count([deed({})])).toBeNull();
    expect(count([deed({}), deed({ ...second, tool: "delete_run" })])).toBeNull();
    expect(count([deed({}), deed({ ...second, targets: ["a", "b"] })])).toBeNull();
    expect(count([deed({}), deed({ ...second, summary: "rm -rf /ckpt/wl-2207" })])).toBeNull();
    expect(count([deed({}), deed({ ...second, targets: ["ckpt/*"] })])).toBeNull();
    expect(count([deed({}), deed({ ...second, kind: "state", state: "deleted" })])).toBeNull();
  });
});
