import { reportedSideEffects } from "../../../src/evidence/reported-effects";

describe("what a result says the call also did", () => {
  test.each([
    ['{"agent_id": "x", "enabled": false, "active_runs_cancelled": 2}', ["stop"]],
    ['{"deleted": true, "sessions_terminated": 3, "api_keys_revoked": 1}', ["stop", "revoke"]],
    ['{"active_runs_cancelled": 0}', []],
    ['{"runs_cancelled": "none"}', []],
    ["cancelled 2 runs", []],
  ])("%s", (text, expected) => {
    expect(reportedSideEffects(text)).toEqual(expected);
  });
});
