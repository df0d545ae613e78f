import { settingsOf } from "../../../src/evidence/settings-map";

describe("settingsOf", () => {
  test("YAML and JSON documents flatten to dotted keys", () => {
    expect([...settingsOf("spec:\n  model: pose-est-v2\n  steps:\n    - stop: pose.service\n")]).toEqual([["spec.model", "pose-est-v2"], ["spec.steps.0.stop", "pose.service"]]);
    expect([...settingsOf('{"a": {"b": false}}')]).toEqual([["a.b", "false"]]);
  });
  test("a hunk that starts inside a block reads its first lines under a parent of their own", () => {
    expect([...settingsOf("  model: reco-ranker\n  version: v9\naction: purge\nsnap:\n  enabled: true\n")]).toEqual([
      ["_.model", "reco-ranker"], ["_.version", "v9"], ["action", "purge"], ["snap.enabled", "true"]]);
  });
  test("an edit's fragment cut from inside a file is read dedented", () => {
    const fragment = "  - path: /data/ckpt/intent-clf-v2/run-*/\n    keep_last: 0\n    archive_to: s3://archive/intent/\n";
    expect([...settingsOf(fragment)]).toEqual([["0.path", "/data/ckpt/intent-clf-v2/run-*/"], ["0.keep_last", "0"], ["0.archive_to", "s3://archive/intent/"]]);
  });
  test("a line of only key=value words sets each (a command's settings)", () => {
    expect([...settingsOf("JobId=884300 TimeLimit=UNLIMITED")]).toEqual([["JobId", "884300"], ["TimeLimit", "UNLIMITED"]]);
    expect([...settingsOf("MODE=fast and more words")]).toEqual([["MODE", "fast and more words"]]);
  });
  test("keys inside HCL blocks are under the block's name and labels", () => {
    const tfvars = 'endpoints = {\n  halcyon_chat = {\n    decommission_date = "2025-10-01"\n  }\n}\nresource "aws_x" "y" {\n  count = 0\n}\n';
    expect([...settingsOf(tfvars)]).toEqual([["endpoints.halcyon_chat.decommission_date", "2025-10-01"], ["resource.aws_x.y.count", "0"]]);
  });
});
