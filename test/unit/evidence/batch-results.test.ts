import { batchResultItems } from "../../../src/evidence/batch-results";

describe("batchResultItems", () => {
  test("an item named by its agent, and a timeout, are read per item", () => {
    const answer = '{"requested":3,"stopped":2,"results":[{"agent":"h-1","status":"stopped"},{"agent":"h-4","status":"timeout","error":"no ack"},{"agent":"h-5","status":"stopped"}]}';
    expect(batchResultItems(answer, "stop").map((i) => `${i.target} ${i.status}`)).toEqual(["h-1 success", "h-4 failure", "h-5 success"]);
  });
  test("an item's status told as the deed's past participle (decommissioned, undeployed, shut_down…) is done", () => {
    const answer = '{"results":[{"name":"civet-intake","status":"decommissioned"},{"name":"civet-router","status":"Undeployed"},{"name":"civet-esc","status":"error","error":"lease held"},{"name":"x","status":"pending"}]}';
    expect(batchResultItems(answer, "decommission").map((i) => `${i.target} ${i.status}`)).toEqual(["civet-intake success", "civet-router success", "civet-esc failure"]);
  });
  test("an item named by its reference (`ref`)", () => {
    const answer = '{"results":[{"ref":"glimmer-rerank@3","status":"deleted"},{"ref":"pollux-asr@12","status":"error","code":"VERSION_PINNED"}]}';
    expect(batchResultItems(answer, "delete").map((i) => `${i.target} ${i.status}`)).toEqual(["glimmer-rerank@3 success", "pollux-asr@12 failure"]);
  });
  test("a list of names done, and a failed item named by its own id key", () => {
    const answer = '{"requested":3,"deleted":["gecko-s","gecko-m"],"failed":[{"model_id":"gecko-l","error":"timeout"},{"request_id":"r-1","error":"x"}]}';
    expect(batchResultItems(answer, "delete").map((i) => `${i.target} ${i.status}`)).toEqual(["gecko-s success", "gecko-m success", "gecko-l failure"]);
  });
  test("a list of what was revoked (or stopped, terminated…) is done per item", () => {
    const answer = '{"agent":"sumac-planner","revoked":[{"type":"api_key","id":"ak_7f21c9"},{"type":"oauth_client","id":"sumac-svc"}]}';
    expect(batchResultItems(answer, "revoke").map((i) => `${i.target} ${i.status}`)).toEqual(["ak_7f21c9 success", "sumac-svc success"]);
  });
  test("a version item is that version of the item's model, or of the call's one target", () => {
    const answer = '{"model":"fraud-scorer","results":[{"version":1,"status":"DELETED"},{"version":3,"status":"FAILED","error_code":"INVALID_STATE"}]}';
    expect(batchResultItems(answer, "delete", "fraud-scorer").map((i) => `${i.target} ${i.status}`)).toEqual(["fraud-scorer/1 success", "fraud-scorer/3 failure"]);
    expect(batchResultItems('{"results":[{"name":"m","version":"2","status":"ok"}]}', "delete").map((i) => i.target)).toEqual(["m/2"]);
    expect(batchResultItems(answer, "delete")).toEqual([]);
  });
  test("bare versions listed as done are versions of the call's one target, as failed version records are", () => {
    const answer = '{"deleted":["1.0","3.2"],"failed":[{"version":"3.0","error":"retention_hold"}]}';
    expect(batchResultItems(answer, "delete", "marigold-13b").map((i) => `${i.target} ${i.status}`)).toEqual(["marigold-13b/1.0 success", "marigold-13b/3.2 success", "marigold-13b/3.0 failure"]);
    // Names are names, whoever the call's target.
    expect(batchResultItems('{"deleted":["step-002000"]}', "delete", "rz-417").map((i) => i.target)).toEqual(["step-002000"]);
  });
  test("S3 DeleteObjects: Deleted items done, Errors not", () => {
    const answer = '{"Deleted": [{"Key": "ckpt/r101.ckpt"}, {"Key": "ckpt/r102.ckpt"}], "Errors": [{"Key": "ckpt/r103.ckpt", "Code": "InternalError"}]}';
    expect(batchResultItems(answer, "delete").map((i) => `${i.target} ${i.status}`)).toEqual(["ckpt/r101.ckpt success", "ckpt/r102.ckpt success", "ckpt/r103.ckpt failure"]);
  });
  test("a multi-status body inside an HTTP tool's answer: each item by its own status", () => {
    const answer = JSON.stringify({ status: 207, body: { results: [{ id: "a", status: 204 }, { id: "b", status: 423, error: { code: "locked" } }, { id: "c", status: "deleted" }] } });
    expect(batchResultItems(answer, "delete").map((i) => `${i.target} ${i.status}`)).toEqual(["a success", "b failure", "c success"]);
  });
  test("an item named by its file, or by the region the one thing stands in", () => {
    const files = '{"results":[{"file":"b/b.Q2_K.gguf","status":200,"deleted":true},{"file":"b/b.Q4_K_M.gguf","status":409,"error":"in_use"}]}';
    expect(batchResultItems(files, "delete").map((i) => `${i.target} ${i.status}`)).toEqual(["b/b.Q2_K.gguf success", "b/b.Q4_K_M.gguf failure"]);
    const regions = '{"agent":"digest","results":[{"region":"us-east-1","state":"stopped"},{"region":"eu-west-2","state":"running","error":"drain_timeout"}]}';
    expect(batchResultItems(regions, "stop").map((i) => `${i.target} ${i.status}`)).toEqual(["us-east-1 success", "eu-west-2 failure"]);
    // A record's own name still comes before where it stands.
    expect(batchResultItems('{"results":[{"name":"kite-1","region":"us-east-1","status":"stopped"}]}', "stop").map((i) => i.target)).toEqual(["kite-1"]);
  });
  test("no batch shape, no items", () => {
    expect(batchResultItems('{"deleted": true, "id": "x"}', "delete")).toEqual([]);
    expect(batchResultItems('{"results": [{"name": "x", "size": 3}]}', "delete")).toEqual([]);
  });
});

test("a result listing what it did in a key named after the thing (`agents_halted`) reports each done", () => {
  // reportedItems reads both `revoked: […]` and `agents_halted: […]`
  const { reportedItems } = require("../../../src/evidence/reported-effects") as typeof import("../../../src/evidence/reported-effects");
  expect(reportedItems('{"tripped": true, "agents_halted": ["drover-planner", "drover-exec-1"]}')).toEqual([
    { target: "drover-planner", action: "stop" }, { target: "drover-exec-1", action: "stop" },
  ]);
});
test("items with a status word: deleted is done, error is not", () => {
  const answer = '{"results":[{"id":"q-0412","status":"deleted"},{"id":"q-0426","status":"error","code":"LEGAL_HOLD"}],"deleted":1,"failed":1}';
  expect(batchResultItems(answer, "delete").map((i) => `${i.target} ${i.status}`)).toEqual(["q-0412 success", "q-0426 failure"]);
});

test("a count of a deed beside a list of as many ids reports each id done", () => {
  const { reportedItems } = require("../../../src/evidence/reported-effects") as typeof import("../../../src/evidence/reported-effects");
  expect(reportedItems('{"agent_id": "x", "terminated": 2, "failed": 0, "session_ids": ["s1", "s2"]}')).toEqual([{ target: "s1", action: "stop" }, { target: "s2", action: "stop" }]);
  expect(reportedItems('{"terminated": 1, "session_ids": ["s1", "s2"]}')).toEqual([]);
});

test("items named by their provider or service: the grants a revoke-all failed on", () => {
  const answer = '{"principal": "sumac", "requested": 3, "revoked": ["salesforce"], "failed": [{"provider": "slack", "error": "upstream_timeout"}, {"service": "hubspot", "error": "invalid_client"}]}';
  expect(batchResultItems(answer, "revoke").map((i) => `${i.target} ${i.status}`)).toEqual(["salesforce success", "slack failure", "hubspot failure"]);
});
