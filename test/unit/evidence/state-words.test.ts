import { stateOfWord } from "../../../src/evidence/state-words";

describe("stateOfWord", () => {
  test.each([
    ["Running", "running"],
    ["inactive (dead)", "stopped"],
    ["1  STOPPED", "stopped"],
    ["shut down", "stopped"],
    ["reaped", "terminated"],
    ["Evicted", "terminated"],
    ["NotFound", "absent"],
    ["revoked", "revoked"],
    ["weird", null],
  ])("%s → %s", (word, state) => expect(stateOfWord(word)).toBe(state));
});
