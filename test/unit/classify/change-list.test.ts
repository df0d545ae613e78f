import { changeListEffects } from "../../../src/classify/change-list";
import { analyze, brief } from "./call-of";

describe("a list of changes, each with its own action", () => {
  test.each([
    [{ hosted_zone_id: "Z0812", changes: [
      { Action: "DELETE", ResourceRecordSet: { Name: "status.acme.io.", Type: "CNAME" } },
      { Action: "DELETE", ResourceRecordSet: { Name: "_statuspal-verify.acme.io.", Type: "TXT" } }] },
    ["delete status.acme.io.", "delete _statuspal-verify.acme.io."]],
    [{ operations: [{ op: "delete", id: "m-7" }, { op: "update", id: "m-8" }] }, ["delete m-7", "modify m-8"]],
  ])("%j", (args, expected) => {
    expect(brief(analyze("apply_changes", args).effects)).toEqual(expected);
  });

  test("JSON Patch operations, lists of plain edits and lists with an unknown action are not read this way", () => {
    expect(changeListEffects("patch_config", { patch: [{ op: "remove", path: "/spec/replicas" }] })).toBeNull();
    expect(changeListEffects("apply_changes", { changes: [{ action: "update", name: "a.acme.io." }] })).toBeNull();
    expect(changeListEffects("apply_changes", { changes: [{ action: "delete", name: "a" }, { action: "frobnicate", name: "b" }] })).toBeNull();
  });
});
