import { batchResultItems } from "../../../src/evidence/batch-results";

describe("batchResultItems", () => {
  test("S3 DeleteObjects: Deleted items done, Errors not", () => {
    const answer = '{"Deleted": [{"Key": "ckpt/r101.ckpt"}, {"Key": "ckpt/r102.ckpt"}], "Errors": [{"Key": "ckpt/r103.ckpt", "Code": "InternalError"}]}';
    expect(batchResultItems(answer, "delete").map((i) => `${i.target} ${i.status}`)).toEqual(["ckpt/r101.ckpt success", "ckpt/r102.ckpt success", "ckpt/r103.ckpt failure"]);
  });
  test("a multi-status body inside an HTTP tool's answer: each item by its own status", () => {
    const answer = JSON.stringify({ status: 207, body: { results: [{ id: "a", status: 204 }, { id: "b", status: 423, error: { code: "locked" } }, { id: "c", status: "deleted" }] } });
    expect(batchResultItems(answer, "delete").map((i) => `${i.target} ${i.status}`)).toEqual(["a success", "b failure", "c success"]);
  });
  test("no batch shape, no items", () => {
    expect(batchResultItems('{"deleted": true, "id": "x"}', "delete")).toEqual([]);
    expect(batchResultItems('{"results": [{"name": "x", "size": 3}]}', "delete")).toEqual([]);
  });
});
