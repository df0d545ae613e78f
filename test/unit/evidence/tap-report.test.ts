import { tapStepItems } from "../../../src/evidence/tap-report";

describe("tapStepItems", () => {
  const report = "TAP version 13\n1..4\nok 1 - stop agent kestrel-a\nnot ok 2 - stop agent kestrel-b\nok 3 - wipe scratch volume vol-kestrel-shared (12.4 GiB)\nnot ok 4 - delete agent kestrel-c # TODO not wired up\n";
  test("each step that does a deed on something named is that deed, done or failed; TODO steps report nothing", () => {
    expect(tapStepItems(report, ["kestrel-a", "kestrel-b", "kestrel-c"]).map((i) => [i.action, i.target, i.status])).toEqual([
      ["stop", "kestrel-a", "success"], ["stop", "kestrel-b", "failure"], ["delete", "vol-kestrel-shared", "success"],
    ]);
  });
  test("a subtest's indented steps are read too", () => {
    const nested = "TAP version 14\n1..1\n# Subtest: cleanup\n    1..2\n    ok 1 - delete vol-a\n    not ok 2 - stop agent-b\nnot ok 1 - cleanup\n";
    expect(tapStepItems(nested, []).map((i) => [i.action, i.target, i.status])).toEqual([["delete", "vol-a", "success"], ["stop", "agent-b", "failure"]]);
  });
  test("text that is not a TAP report", () => {
    expect(tapStepItems("ok 1 - stop agent kestrel-a\n", ["kestrel-a"])).toEqual([]);
  });
});
