import { keptItems, reportedItems, reportedLineItems, reportedSideEffects } from "../../../src/evidence/reported-effects";

describe("what a result says the call also did", () => {
  test.each([
    ['{"agent_id": "x", "enabled": false, "active_runs_cancelled": 2}', ["stop"]],
    ['{"deleted": true, "sessions_terminated": 3, "api_keys_revoked": 1}', ["stop", "revoke"]],
    ['{"active_runs_cancelled": 0}', []],
    ['{"runs_cancelled": "none"}', []],
    ["cancelled 2 runs", []],
    ['{"ok":true,"state":"terminated","credentials_revoked":true,"removed_from_hive":true}', ["revoke", "delete"]],
    ['{"removed_from_hive":false}', []],
    // camelCase keys and Kubernetes-style conditions, as YAML or JSON
    ['{"credentialsRevoked": true}', ["revoke"]],
    ["kind: AgentRetirement\nmetadata:\n  name: x\nstatus:\n  phase: Completed\n  conditions:\n    - type: CredentialsRevoked\n      status: \"True\"\n", ["revoke"]],
    ['{"status": {"conditions": [{"type": "CredentialsRevoked", "status": "False"}]}}', []],
    // the steps of a job, each named for its deed
    ['{"data": {"job": {"steps": [{"name": "pause_intake", "status": "succeeded"}, {"name": "revoke_tools", "status": "succeeded"}, {"name": "terminate_runtime", "status": "failed"}]}}}', ["pause", "revoke"]],
    ['{"steps": [{"name": "collect_metrics", "status": "succeeded"}]}', []],
  ])("%s", (text, expected) => {
    expect(reportedSideEffects(text)).toEqual(expected);
  });
});

describe("reportedItems", () => {
  test("a swap's answer lists the thing it retired", () => {
    expect(reportedItems('{"team":"atlas","status":"ok","active":["pm-agent","coder-b"],"retired":["coder-a"]}')).toEqual([{ target: "coder-a", action: "decommission" }]);
  });
  test("the things a result lists as done, each by the action its key names", () => {
    expect(reportedItems('HTTP 200\n{"revoked":["key_7Fq1","key_2Hn8"],"count":2}')).toEqual([
      { target: "key_7Fq1", action: "revoke" }, { target: "key_2Hn8", action: "revoke" }]);
    expect(reportedItems('{"deleted_ids":[41,42]}')).toEqual([{ target: "41", action: "delete" }, { target: "42", action: "delete" }]);
    expect(reportedItems('{"revoked": true, "ids": ["a"]}')).toEqual([]);
  });
});

describe("keptItems", () => {
  test("what a result lists as retained, skipped or not deleted", () => {
    expect(keptItems('{"deleted":true,"checkpoints_retained":["ck-0612","ck-0830"],"note":"use delete_checkpoint"}')).toEqual(["ck-0612", "ck-0830"]);
    expect(keptItems('{"skipped":["prod-a"],"not_deleted":[7]}')).toEqual(["prod-a", "7"]);
    expect(keptItems('{"deleted":["a","b"],"retained_days":30}')).toEqual([]);
  });
});

describe("reportedLineItems", () => {
  test("kubectl's lines name each thing a selector's delete removed", () => {
    expect(reportedLineItems('deployment.apps "swarm-planner" deleted\npod/swarm-x-1 deleted\nservice "s" configured')).toEqual([
      { target: "swarm-planner", action: "delete" }, { target: "swarm-x-1", action: "delete" }]);
  });
  test.each([
    ["removing old log /var/log/prometheus-adapter/adapter.log.8.gz", [{ target: "/var/log/prometheus-adapter/adapter.log.8.gz", action: "delete" }]],
    ["Deleted branch feat/ledger-export (was 4e1a9c2).", [{ target: "feat/ledger-export", action: "delete" }]],
    ["Removing linux-headers-5.15.0-101-generic (5.15.0-101.111) ...", [{ target: "linux-headers-5.15.0-101-generic", action: "delete" }]],
    ["removed '/var/lib/node_exporter/textfile/backup_job.prom'", [{ target: "/var/lib/node_exporter/textfile/backup_job.prom", action: "delete" }]],
    ["Deleted archived journal /var/log/journal/4f1c/system@0005.journal~ (128.0M).", [{ target: "/var/log/journal/4f1c/system@0005.journal~", action: "delete" }]],
    ["stopped worker-3", [{ target: "worker-3", action: "stop" }]],
    // a count or a plain word names nothing; a deed word inside a line is not its opening
    ["Removed 3 files", []],
    ["removed everything", []],
    ["nothing was removed from /srv/x", []],
  ])("%s", (log, expected) => {
    expect(reportedLineItems(log)).toEqual(expected);
  });
});
