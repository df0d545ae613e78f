import { actionSatisfies, DEFAULT_ACTION_FAMILIES, switchOffDisables } from "../../../src/claims/action-families";

describe("action families", () => {
  test("a stop is carried out by a stop or a removal, not by a pause", () => {
    expect(actionSatisfies(DEFAULT_ACTION_FAMILIES, "stop", "delete")).toBe(true);
    expect(actionSatisfies(DEFAULT_ACTION_FAMILIES, "stop", "pause")).toBe(false);
    expect(actionSatisfies(DEFAULT_ACTION_FAMILIES, "stop", "disable")).toBe(false);
  });
  test("a stop worded as a switch is carried out by disabling", () => {
    expect(switchOffDisables("stop", "disable", "Shut off the ai-triage-bot feature everywhere")).toBe(true);
    expect(switchOffDisables("stop", "disable", "ai-triage-bot is switched off")).toBe(true);
    expect(switchOffDisables("stop", "disable", "Turn the summarizer off in prod")).toBe(true);
    expect(switchOffDisables("stop", "disable", "Shut down the ai-triage-bot")).toBe(false);
    expect(switchOffDisables("delete", "disable", "switch it off and delete it")).toBe(false);
  });
});
