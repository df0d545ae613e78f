import { isStateKey } from "../../../src/evidence/state-fields";
import { stateOfWord } from "../../../src/evidence/state-words";

describe("stateOfWord", () => {
  test.each([
    ["Running", "running"],
    // Azure's power states
    ["VM deallocated", "stopped"],
    ["PowerState/deallocating", "leaving"],
    ["inactive (dead)", "stopped"],
    ["1  STOPPED", "stopped"],
    ["shut down", "stopped"],
    ["reaped", "terminated"],
    ["Evicted", "terminated"],
    ["NotFound", "absent"],
    ["revoked", "revoked"],
    // a job or run read as cancelled has ended
    ["CANCELLED", "stopped"],
    ["weird", null],
  ])("%s → %s", (word, state) => expect(stateOfWord(word)).toBe(state));
});

test("state keys: current state fields, MLflow's lifecycle_stage, a registry's stage; not a desired or earlier one", () => {
  for (const k of ["status", "State", "lifecycleState", "lifecycle_stage", "current_phase", "stage", "current_stage"]) expect(isStateKey(k)).toBe(true);
  for (const k of ["desired_state", "previous_status", "previous_stage", "name"]) expect(isStateKey(k)).toBe(false);
});

test("a cordoned Kubernetes node is paused", () => {
  expect(stateOfWord("Ready,SchedulingDisabled")).toBe("paused");
});
