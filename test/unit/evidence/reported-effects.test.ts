import { reportedItems, reportedSideEffects } from "../../../src/evidence/reported-effects";

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

describe("reportedItems", () => {
  test("the things a result lists as done, each by the action its key names", () => {
    expect(reportedItems('HTTP 200\n{"revoked":["key_7Fq1","key_2Hn8"],"count":2}')).toEqual([
      { target: "key_7Fq1", action: "revoke" }, { target: "key_2Hn8", action: "revoke" }]);
    expect(reportedItems('{"deleted_ids":[41,42]}')).toEqual([{ target: "41", action: "delete" }, { target: "42", action: "delete" }]);
    expect(reportedItems('{"revoked": true, "ids": ["a"]}')).toEqual([]);
  });
});
